// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import JsonView, { JSON_CHILDREN_STEP, LARGE_JSON_BYTES } from '../../../../renderer/explorer/JsonView';

afterEach(cleanup);

const BODY = {
  project: {
    id: '1922',
    displayName: 'Coffee Assistant',
    datapacks: [{ displayName: 'en-US', version: '4.7.0' }],
    channels: [{ channel: { id: '1', displayName: 'Omni Channel VA', modes: ['TTS', 'DTMF'] } }],
  },
};

function toggle(name: string) {
  return screen.getByRole('button', { name });
}

describe('JsonView', () => {
  it('starts folded below the root and renders children only when a node is unfolded', () => {
    render(<JsonView value={BODY} bytes={400} label="Project JSON" />);
    expect(toggle('root').getAttribute('aria-expanded')).toBe('true');
    expect(toggle('project').getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('{4 keys}')).toBeTruthy();
    // Nothing below `project` is in the DOM yet.
    expect(screen.queryByText('"Coffee Assistant"')).toBeNull();

    fireEvent.click(toggle('project'));
    expect(screen.getByText('"Coffee Assistant"')).toBeTruthy();
    expect(screen.getAllByText('[1 item]')).toHaveLength(2);
    expect(screen.queryByText('"en-US"')).toBeNull();

    fireEvent.click(toggle('project'));
    expect(screen.queryByText('"Coffee Assistant"')).toBeNull();
  });

  it('search unfolds the way to every match and marks it', () => {
    render(<JsonView value={BODY} bytes={400} label="Project JSON" />);
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search JSON' }), { target: { value: 'dtmf' } });
    fireEvent.submit(screen.getByRole('search'));
    expect(screen.getByRole('status').textContent).toBe('1 match');
    const hit = screen.getByText('"DTMF"').closest('li');
    expect(hit?.className).toContain('json-hit');
    expect(toggle('channels').getAttribute('aria-expanded')).toBe('true');
    expect(toggle('modes').getAttribute('aria-expanded')).toBe('true');
  });

  it('renders a long array a step at a time', () => {
    const items = Array.from({ length: 1000 }, (_, index) => `item-${index}`);
    render(<JsonView value={items} bytes={20_000} label="List JSON" />);
    const tree = screen.getByRole('list', { name: 'List JSON' });
    expect(within(tree).getAllByText(/^"item-/)).toHaveLength(JSON_CHILDREN_STEP);
    fireEvent.click(screen.getByRole('button', { name: /Show 200 more of 800/ }));
    expect(within(tree).getAllByText(/^"item-/)).toHaveLength(2 * JSON_CHILDREN_STEP);
  });

  it('summarises a body over 2 MB instead of rendering it, until asked', () => {
    const projects = Array.from({ length: 30_000 }, (_, index) => ({
      id: String(index),
      displayName: `Project ${index}`,
    }));
    render(<JsonView value={{ projects }} bytes={LARGE_JSON_BYTES + 1_000_000} label="Projects JSON" />);
    expect(screen.getByText(/This answer is 3\.0 MB: \{1 key\}/)).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Projects JSON' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Copy JSON' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Render anyway' }));
    fireEvent.click(toggle('projects'));
    // Still only one step of children, whatever the size.
    expect(screen.getAllByRole('button', { name: /^\[\d+\]$/ })).toHaveLength(JSON_CHILDREN_STEP);
  });
});
