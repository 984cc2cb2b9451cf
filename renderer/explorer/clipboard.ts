import { call } from '../bridge';

/**
 * Puts plain text (a deep link, a JSON value) on the clipboard through main, which works whether or not
 * the window has focus. Commands that may hold a token never come through here (`mix:copy-command`).
 */
export async function copyText(text: string): Promise<boolean> {
  return (await call('app:copy-text', { text })).ok;
}
