/** Longest server-provided text we show; error pages and descriptions can be arbitrarily long. */
export const MAX_SERVER_TEXT_LENGTH = 300;

// C0/C1 controls plus the bidi overrides and isolates that can make text read differently than it is.
const UNSAFE_CHARACTERS = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * Text that came from a server, made safe to show as one line: controls removed, whitespace collapsed,
 * truncated. The renderer renders text, not HTML, so no escaping happens here.
 */
export function toPlainText(value: string, maxLength = MAX_SERVER_TEXT_LENGTH): string {
  const clean = value.replace(UNSAFE_CHARACTERS, ' ').replace(/\s+/g, ' ').trim();
  const characters = Array.from(clean);
  if (characters.length <= maxLength) return clean;
  return `${characters.slice(0, maxLength - 1).join('')}…`;
}
