/**
 * Mix channel colours (`PURPLE`, `LIGHT_ORANGE`...) as CSS colours. Mix names a palette, not CSS colours,
 * so unknown names fall back to a neutral grey rather than guessing.
 */
const MIX_COLOURS: Readonly<Record<string, string>> = {
  BLUE: '#3b82f6',
  LIGHT_BLUE: '#7cc4fa',
  CORN_FLOWER: '#6495ed',
  CYAN: '#06b6d4',
  TEAL: '#14b8a6',
  GREEN: '#22a35a',
  LIGHT_GREEN: '#86d49b',
  YELLOW: '#eab308',
  ORANGE: '#f97316',
  LIGHT_ORANGE: '#fdba74',
  RED: '#dc2626',
  RAGE: '#b91c1c',
  PINK: '#ec4899',
  LIGHT_PINK: '#f9a8d4',
  PURPLE: '#8b5cf6',
  LIGHT_PURPLE: '#c4b5fd',
  BROWN: '#92400e',
  GREY: '#9ca3af',
  GRAY: '#9ca3af',
  BLACK: '#111827',
  // The rest of the palette mix-cli accepts for channels.
  INDIGO: '#6366f1',
  LIGHT_GREY: '#d1d5db',
  RUBY: '#9b111e',
  SALMON: '#fa8072',
  SKY: '#38bdf8',
};

export const UNKNOWN_COLOUR = '#9ca3af';

export function cssColourOf(mixColour: string | undefined): string {
  return (mixColour && MIX_COLOURS[mixColour.toUpperCase()]) || UNKNOWN_COLOUR;
}
