// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Splitter } from '../../../../renderer/ui/Splitter';
import { isNumber, useRememberedState } from '../../../../renderer/ui/useRememberedState';

function Sidebar() {
  const [width, setWidth] = useRememberedState('test-width', 280, isNumber);
  return (
    <Splitter
      orientation="vertical"
      label="Resize the sidebar"
      value={width}
      min={180}
      max={520}
      onChange={setWidth}
    />
  );
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});

describe('a splitter', () => {
  it('resizes by 16 px with the arrows, jumps to the bounds with Home and End, and says its value', () => {
    render(<Sidebar />);
    const splitter = screen.getByRole('separator', { name: 'Resize the sidebar' });
    fireEvent.keyDown(splitter, { key: 'ArrowRight' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('296');
    fireEvent.keyDown(splitter, { key: 'ArrowLeft' });
    fireEvent.keyDown(splitter, { key: 'ArrowLeft' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('264');
    fireEvent.keyDown(splitter, { key: 'Home' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('180');
    fireEvent.keyDown(splitter, { key: 'ArrowLeft' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('180');
    fireEvent.keyDown(splitter, { key: 'End' });
    expect(splitter.getAttribute('aria-valuenow')).toBe('520');
  });

  it('is remembered: the next window opens at the size the user left', () => {
    render(<Sidebar />);
    fireEvent.keyDown(screen.getByRole('separator'), { key: 'ArrowRight' });
    cleanup();
    render(<Sidebar />);
    expect(screen.getByRole('separator').getAttribute('aria-valuenow')).toBe('296');
  });

  it('ignores a remembered value that is not a size', () => {
    window.localStorage.setItem('mix-explorer.layout.test-width', '"wide"');
    render(<Sidebar />);
    expect(screen.getByRole('separator').getAttribute('aria-valuenow')).toBe('280');
    window.localStorage.setItem('mix-explorer.layout.test-width', '{not json');
    cleanup();
    render(<Sidebar />);
    expect(screen.getByRole('separator').getAttribute('aria-valuenow')).toBe('280');
  });
});
