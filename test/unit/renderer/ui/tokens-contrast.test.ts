import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The colour tokens, read from renderer/ui/tokens.css, keep WCAG AA contrast (4.5:1 for text) in both
// themes for every pair the components put together. axe-core checks the screens it is shown in the
// Chromium suite; this checks every pair, including states a story may not reach (hover, selected).

const css = readFileSync(join(__dirname, '../../../../renderer/ui/tokens.css'), 'utf8');
const [lightPart = '', darkPart = ''] = css.split('@media (prefers-color-scheme: dark)');

function tokens(part: string): Record<string, string> {
  return Object.fromEntries(
    [...part.matchAll(/--([\w-]+):\s*(#[0-9a-fA-F]{6})\b/g)].map(([, name, value]) => [name, value]),
  );
}

const THEMES = { light: tokens(lightPart), dark: { ...tokens(lightPart), ...tokens(darkPart) } };

function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(1 + offset, 3 + offset), 16) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text token on background token, as the components use them. */
const TEXT_PAIRS: [string, string][] = [
  ['text', 'bg'],
  ['text', 'surface'],
  ['text', 'surface-selected'],
  ['text-muted', 'bg'],
  ['text-muted', 'surface'],
  ['text-muted', 'surface-sunken'],
  ['text-muted', 'surface-hover'],
  ['link', 'surface'],
  ['link', 'surface-selected'],
  // Primary and segmented buttons (white on blue), in both states.
  ['on-accent', 'accent'],
  ['on-accent', 'accent-hover'],
  ['on-danger', 'danger'],
  ['on-danger', 'danger-hover'],
  // Status badges, the "Signed in" pill, banners: each tone's text on its own pale background.
  ['ok-text', 'ok-bg'],
  ['danger-text', 'danger-bg'],
  ['warn-text', 'warn-bg'],
  ['info-text', 'info-bg'],
  ['neutral-text', 'neutral-bg'],
];

describe('design tokens', () => {
  for (const [theme, values] of Object.entries(THEMES)) {
    it(`keep text at 4.5:1 or more on its background in the ${theme} theme`, () => {
      const low = TEXT_PAIRS.map(([text, background]) => {
        const [fg, bg] = [values[text], values[background]];
        if (!fg || !bg) throw new Error(`tokens.css has no --${fg ? background : text}`);
        return { pair: `${text} on ${background}`, ratio: Math.round(contrast(fg, bg) * 100) / 100 };
      }).filter(({ ratio }) => ratio < 4.5);
      expect(low).toEqual([]);
    });

    it(`keep the focus ring at 3:1 or more against the surfaces in the ${theme} theme`, () => {
      for (const surface of ['bg', 'surface', 'surface-selected']) {
        expect(contrast(values['focus-ring'] ?? '', values[surface] ?? '')).toBeGreaterThanOrEqual(3);
      }
    });
  }

  it('would have caught the old colours (white on #2f81f7 is 3.74:1)', () => {
    expect(contrast('#ffffff', '#2f81f7')).toBeCloseTo(3.74, 1);
  });
});
