import { describe, expect, it } from 'vitest';
import type { ExplorerRoute } from '../../../../../common/explorer-routes';
import { KEEP_ALIVE, visitedAfter } from '../../../../../renderer/explorer/routes/RouteViews';

const project = (projectId: string): ExplorerRoute => ({ kind: 'project', projectId, tab: 'overview' });

describe('the views kept alive', () => {
  it('puts the view in sight first and keeps the others, without duplicates', () => {
    let visited = visitedAfter([], project('1'));
    visited = visitedAfter(visited, project('2'));
    visited = visitedAfter(visited, project('1'));
    expect(visited.map((entry) => entry.route)).toEqual([project('1'), project('2')]);
  });

  it('keeps at most KEEP_ALIVE views, dropping the least recently seen', () => {
    let visited = visitedAfter([], project('0'));
    for (let i = 1; i <= KEEP_ALIVE; i += 1) visited = visitedAfter(visited, project(String(i)));
    expect(visited).toHaveLength(KEEP_ALIVE);
    expect(visited.map((entry) => (entry.route as { projectId: string }).projectId)).not.toContain('0');
  });

  it('keeps no view for home (the session screen is always there)', () => {
    expect(visitedAfter([], { kind: 'home' })).toEqual([]);
  });
});
