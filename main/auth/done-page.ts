/** What the browser tab shows once the loopback server has handed the code to the app. */
export type SignInOutcome = { ok: true } | { ok: false; message: string };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#222}</style>
</head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p></body></html>`;
}

export function donePage(outcome: SignInOutcome): string {
  return outcome.ok
    ? page('Signed in', 'Signed in. You can close this tab and return to Mix Explorer.')
    : page('Sign-in failed', `${outcome.message} You can close this tab and return to Mix Explorer.`);
}

export const alreadyFinishedPage = page(
  'Sign-in already finished',
  'This sign-in already finished. You can close this tab and return to Mix Explorer.',
);

export const notFoundPage = page('Not found', 'Mix Explorer serves only its sign-in redirect here.');

/** A near miss of the redirect URL reached the loopback server: the tab says what differs (no query shown). */
export function nearMissPage(explanation: string): string {
  return page(
    'Not the registered redirect URL',
    `${explanation} The sign-in was not completed. Return to Mix Explorer: it says how to fix the profile or the Mix registration.`,
  );
}
