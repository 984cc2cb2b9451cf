/** mix-cli polls a running job every 10 s; so do the job views. */
export const JOB_POLL_MS = 10_000;
