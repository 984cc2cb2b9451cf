// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clickTreeItem, signedInExplorer, useLayout } from './harness';

useLayout();

afterEach(() => {
  vi.useRealTimers();
});

describe('a confirmation toast', () => {
  it('goes after about five seconds even while the user keeps navigating', async () => {
    await signedInExplorer();
    // Only the clock's timeouts are faked: the explorer's reads and React still run on real time.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'], shouldAdvanceTime: true });
    fireEvent.keyDown(document.body, { key: 'k', ctrlKey: true });
    const palette = await screen.findByRole('dialog', { name: 'Command palette' });
    const input = within(palette).getByRole('combobox');
    fireEvent.change(input, { target: { value: 'Copy link' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByText(/^Copied link/)).toBeTruthy();

    // Each navigation re-renders the frame; the toast's clock must not start again.
    for (const name of [
      'Nuance Sandbox Corp',
      'demo@mix.example',
      'Nuance Sandbox Corp',
      'demo@mix.example',
    ]) {
      clickTreeItem(name);
      await act(() => vi.advanceTimersByTimeAsync(1_500));
    }
    expect(screen.queryByText(/^Copied link/)).toBeNull();
  });
});
