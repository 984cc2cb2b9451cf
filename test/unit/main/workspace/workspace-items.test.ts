import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newProfileDraft } from '../../../../common/profile-defaults';
import { InMemorySettingsFile } from '../../../../main/storage/in-memory-settings-file';
import {
  MAX_LABEL,
  MAX_PINNED,
  MAX_RECENT,
  WORKSPACE_KEY,
  createWorkspaceItems,
} from '../../../../main/workspace/workspace-items';
import { startServices } from '../app/services-kit';
import { confOpener } from '../storage/fakes';

function storeOn(file = new InMemorySettingsFile()) {
  let now = 1_000;
  const warnings: string[] = [];
  const store = createWorkspaceItems({
    file,
    clock: { now: () => (now += 1) },
    log: { warn: (message) => void warnings.push(message) },
  });
  return { store, file, warnings };
}

const project = (id: number, tab = '') => `/projects/${id}${tab}`;

describe('recent and pinned views (per profile, in the settings file)', () => {
  it('lists the last opened view first, once, and keeps only the last 20', () => {
    const { store } = storeOn();
    for (let id = 1; id <= MAX_RECENT + 5; id += 1) store.visit('p1', project(id), `Project ${id}`);
    store.visit('p1', project(10), 'Coffee Assistant');
    const { recent } = store.items('p1');
    expect(recent).toHaveLength(MAX_RECENT);
    expect(recent.slice(0, 3).map((item) => item.label)).toEqual([
      'Coffee Assistant',
      'Project 25',
      'Project 24',
    ]);
    expect(recent.filter((item) => item.path === project(10))).toHaveLength(1);
    expect(recent.some((item) => item.path === project(1))).toBe(false);
    expect(store.items('p2')).toEqual({ recent: [], pinned: [] });
  });

  it('lists a project once whatever tab was open, at the tab last seen; unpinning from any tab unpins it', () => {
    const { store } = storeOn();
    store.visit('p1', project(1922), 'Coffee Assistant');
    store.visit('p1', '/orgs/7', 'Acme');
    store.visit('p1', project(1922, '/builds'), 'Coffee Assistant');
    expect(store.items('p1').recent.map((item) => item.path)).toEqual([project(1922, '/builds'), '/orgs/7']);
    store.pin('p1', project(1922, '/intents'), 'Coffee Assistant', true);
    store.pin('p1', project(1922), 'Coffee Assistant', true);
    expect(store.items('p1').pinned.map((item) => item.path)).toEqual([project(1922)]);
    store.pin('p1', project(1922, '/jobs'), 'Coffee Assistant', false);
    expect(store.items('p1').pinned).toEqual([]);
  });

  it('pins at the end, unpins, keeps a pin in place when pinned again, and gives a pin the newer name', () => {
    const { store } = storeOn();
    store.pin('p1', project(1), 'Project 1', true);
    store.pin('p1', '/orgs/7', 'Acme', true);
    store.pin('p1', project(1), 'Project 1 again', true);
    expect(store.items('p1').pinned.map((item) => item.path)).toEqual([project(1), '/orgs/7']);
    store.visit('p1', project(1), 'Coffee Assistant');
    expect(store.items('p1').pinned[0]?.label).toBe('Coffee Assistant');
    store.pin('p1', project(1), 'Coffee Assistant', false);
    expect(store.items('p1').pinned.map((item) => item.path)).toEqual(['/orgs/7']);
  });

  it(`refuses a pin beyond ${MAX_PINNED} in plain words and keeps the others`, () => {
    const { store } = storeOn();
    for (let id = 1; id <= MAX_PINNED; id += 1) store.pin('p1', project(id), `P${id}`, true);
    expect(() => store.pin('p1', project(999), 'One more', true)).toThrow(
      /at most 50 pinned views: unpin one first/,
    );
    expect(store.items('p1').pinned).toHaveLength(MAX_PINNED);
    // Pinning one already there again is no new pin.
    expect(store.pin('p1', project(3), 'P3', true).pinned).toHaveLength(MAX_PINNED);
  });

  it('reads a hand-edited file without failing: what is not a listable view is left out, with one warning', () => {
    const file = new InMemorySettingsFile({
      [WORKSPACE_KEY]: {
        p1: {
          recent: [
            { path: project(1), label: 'Good', at: 5 },
            { path: '/', label: 'Home is never listed', at: 5 },
            { path: '/etc/passwd', label: 'Not a view', at: 5 },
            { path: project(1), label: 'Twice', at: 6 },
            { path: project(2), label: 'x'.repeat(10_000), at: 7 },
            { path: project(3), label: 'No time' },
            'not an entry',
            null,
          ],
          pinned: 'not a list',
        },
        p2: 42,
      },
    });
    const { store, warnings } = storeOn(file);
    const { recent, pinned } = store.items('p1');
    expect(recent.map((item) => item.path)).toEqual([project(1), project(2)]);
    expect(recent[1]?.label.length).toBe(MAX_LABEL);
    expect(pinned).toEqual([]);
    expect(warnings).toEqual([
      '[workspace] 7 unreadable recent or pinned view(s) of a profile were left out.',
    ]);
    expect(store.items('p2')).toEqual({ recent: [], pinned: [] });
    // The next change writes the cleaned lists back.
    store.visit('p1', project(4), 'Four');
    expect(JSON.stringify(file.get(WORKSPACE_KEY))).not.toContain('Not a view');
  });
});

describe('recent and pinned views through main', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('are kept in the settings file across a restart, and go with their profile', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mix-workspace-'));
    dirs.push(dir);
    const first = await startServices({ settings: confOpener(dir) });
    const profile = await first.invoke('profiles:save', {
      ...newProfileDraft('us'),
      name: 'US',
      clientId: 'appID:x',
    });
    await first.invoke('workspace:visit', {
      profileId: profile.id,
      path: '/projects/1922/builds',
      label: 'Coffee Assistant',
    });
    await first.invoke('workspace:pin', {
      profileId: profile.id,
      path: '/orgs/7',
      label: 'Acme',
      pinned: true,
    });
    first.services.dispose();

    const again = await startServices({ settings: confOpener(dir) });
    const items = await again.invoke('workspace:items', { profileId: profile.id });
    expect(items.recent.map((item) => [item.path, item.label])).toEqual([
      ['/projects/1922/builds', 'Coffee Assistant'],
    ]);
    expect(items.pinned.map((item) => [item.path, item.label])).toEqual([['/orgs/7', 'Acme']]);

    await again.invoke('profiles:remove', { profileId: profile.id });
    again.services.dispose();
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).not.toContain('Coffee Assistant');
  });

  it.each([
    ['a path that is no view', { path: '/etc/passwd' }],
    ['Home itself', { path: '/' }],
    ['a path walking up', { path: '/projects/../orgs/1' }],
    ['a very long path', { path: `/builds/${'x'.repeat(5000)}` }],
    ['a label of absurd length', { label: 'x'.repeat(5000) }],
    ['an extra field', { extra: true }],
  ])('refuses %s and lists nothing', async (_name, change) => {
    const kit = await startServices();
    const profile = await kit.invoke('profiles:save', {
      ...newProfileDraft('us'),
      name: 'US',
      clientId: 'appID:x',
    });
    const result = await kit.call('workspace:visit', {
      profileId: profile.id,
      path: '/orgs/1',
      label: 'Org',
      ...change,
    });
    expect(result).toMatchObject({ ok: false, problem: { code: 'invalid-input' } });
    expect(await kit.invoke('workspace:items', { profileId: profile.id })).toEqual({
      recent: [],
      pinned: [],
    });
  });

  it('refuses views of a profile that does not exist', async () => {
    const kit = await startServices();
    const result = await kit.call('workspace:pin', {
      profileId: 'nobody',
      path: '/orgs/1',
      label: 'Org',
      pinned: true,
    });
    expect(result.ok).toBe(false);
  });
});
