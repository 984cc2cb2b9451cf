import { describe, expect, it } from 'vitest';
import { shownTabs, tabsThatFit } from '../../../../renderer/ui/Tabs';

const tabs = ['Overview', 'Builds', 'Jobs', 'Intents', 'Entities', 'Locks', 'Exports'].map((label) => ({
  id: label.toLowerCase(),
  label,
}));

describe('tabs that overflow into a More menu', () => {
  it('keeps every tab in the row when they all fit', () => {
    expect(tabsThatFit([80, 80, 80], 240)).toBe(3);
  });

  it('keeps room for the More button when some do not fit, and always shows at least one tab', () => {
    // 7 tabs of 90 px in 400 px: 84 px for "More", then three tabs (84 + 270 = 354; a fourth would be 444).
    expect(tabsThatFit(Array(7).fill(90), 400)).toBe(3);
    expect(tabsThatFit([500, 90], 300)).toBe(1);
  });

  it('leaves room for a wide active tab that takes the last place in the row', () => {
    // "Raw JSON" (120 px) active, after six tabs of 80 px, in 400 px: 84 for More + 120 leaves room for two.
    const widths = [80, 80, 80, 80, 80, 80, 120];
    expect(tabsThatFit(widths, 400, 6)).toBe(3);
    expect(tabsThatFit(widths, 400, 1)).toBe(3);
  });

  it('shows the active tab in the row even when it is one of those that did not fit', () => {
    expect(shownTabs(tabs, 3, 'builds').map((tab) => tab.id)).toEqual(['overview', 'builds', 'jobs']);
    expect(shownTabs(tabs, 3, 'exports').map((tab) => tab.id)).toEqual(['overview', 'builds', 'exports']);
  });
});
