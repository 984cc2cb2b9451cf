/** Ids of the seeded data a tester (or an e2e test) needs; everything here is fixed, except job times, which follow the start. */
export const SANDBOX_FIXTURES = {
  /** The first user's personal organization (the next users get 15, 16, ...). */
  personalOrgId: '14',
  standardOrgIds: ['1', '3', '27'],
  /** Only with `scale`: a standard organization every user belongs to. */
  scaleOrgId: '500',
  projects: {
    /** Org 14: channels, two locales, builds of every kind (completed and failed), every entity kind, jobs. */
    coffee: '1922',
    /** Org 14: locked by alice@company.example; one failed NLU build. */
    banking: '1923',
    /** Org 14: no builds, intents or jobs (`.latest` answers `{"models":{}}`). */
    emptyDraft: '1924',
    /** Org 1: locked by the first user. */
    demo: '8681',
    /** Org 1: NLU_8682_2 failed a day before the start (after NLU_8682_1 completed); DIALOG_8682_1 failed, DIALOG_8682_2 completed since. */
    travel: '8682',
    /** Org 3. */
    partnerWeather: '525',
    /** Org 27. */
    speechLab: '61',
  },
  /** Only with `scale` N: project 200000 (in org 27) holds N intents; projects 200001..200000+N fill the scale org. */
  scaleIntentsProjectId: '200000',
  scaleIntentsOrgId: '27',
  firstScaleProjectId: '200001',
  /** Created at sandbox start in project 1922; RUNNING until 20 s of job time have passed, then COMPLETED. */
  runningJobId: 'c0ffee00-1922-4a5e-9b3c-000000000001',
  runningJobDurationMs: 20_000,
  /** Made by the running job: visible once it has completed. */
  runningJobBuilds: ['ASR_1922_3', 'NLU_1922_7', 'DIALOG_1922_4'],
  partiallyCompletedJobId: '8f3e480e-f8e2-4274-8daf-ae8a304f11e4',
  builds: {
    asrCompleted: 'ASR_1922_2',
    nluCompleted: 'NLU_1922_6',
    nluFailed: 'NLU_1922_4',
    dialogCompleted: 'DIALOG_1922_2',
    dialogFailed: 'DIALOG_1922_3',
    /** Failed a day before the sandbox started: the week's failure of a project nobody opened. */
    recentNluFailed: 'NLU_8682_2',
  },
  applications: { coffee: '48', sample: '49', concierge: '50', partner: '51' },
  configs: {
    /** App 48, deployed to the personal sandbox; runtime app SANDBOX-COFFEE-APP-DEV. */
    coffee: '180',
    /** Override of 180. */
    coffeeOverride: '181',
    /** App 49 on the four-step flow 263: DEPLOYED, DEPLOYED, PENDING_REQUEST, UNDEPLOYED; runtime app ACME-DEV. */
    demo: '190',
    /** App 49, UNDEPLOYED everywhere, no dialog build (no bot interface). */
    travel: '191',
    /** App 49, override of 190, runtime app ACME-PROD. */
    demoOverride: '192',
    /** App 50 (Travel Concierge, org 1), on flow 263 like 190: the other application to compare with. */
    travelConcierge: '195',
    partner: '200',
  },
  runtimeAppIds: {
    coffee: 'SANDBOX-COFFEE-APP-DEV',
    demo: 'ACME-DEV',
    demoProd: 'ACME-PROD',
    partner: 'PARTNER-WEATHER',
  },
  lockOwner: { id: '2', email: 'alice@company.example', name: 'Alice' },
} as const;
