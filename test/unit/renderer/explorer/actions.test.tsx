// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { MixCopyCommandRequest } from '../../../../common/ipc-contract';
import type { FakeBridge } from '../fake-bridge';
import { chooseFromMenu, clickTreeItem, signedInExplorer, treeItem, useLayout } from './harness';
// The confirmation dialog is loaded lazily (its own chunk); loaded here first, so that finding it waits for
// the app, not for the test runner compiling the module on a busy machine.
import '../../../../renderer/ui/ConfirmDialog';

useLayout();

function copyRequests(fake: FakeBridge): MixCopyCommandRequest[] {
  return fake.calls
    .filter((call) => call.channel === 'mix:copy-command')
    .map((call) => call.request as MixCopyCommandRequest);
}

async function openProject(fake?: FakeBridge) {
  const bridge = await signedInExplorer(fake);
  treeItem('demo@mix.example').focus();
  fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
  const projects = screen.getByRole('treeitem', { name: 'Projects' });
  projects.focus();
  fireEvent.keyDown(projects, { key: 'ArrowRight' });
  await screen.findByRole('treeitem', { name: 'Coffee Assistant' });
  clickTreeItem('Coffee Assistant');
  await screen.findByRole('heading', { level: 1, name: 'Coffee Assistant' });
  return bridge;
}

describe('copy commands', () => {
  it('copy the request in view as curl or mix CLI, and with the token only after confirming', async () => {
    const fake = await openProject();
    const toolbar = screen.getByRole('toolbar', { name: 'View actions' });

    await chooseFromMenu(toolbar, 'Copy', 'Copy as curl');
    await waitFor(() => expect(copyRequests(fake)).toHaveLength(1));
    expect(copyRequests(fake)[0]).toEqual({
      profileId: 'profile-1',
      endpoint: 'projects.get',
      params: { projectId: '1922' },
      format: 'curl',
    });
    expect((await screen.findByRole('alert')).textContent).toMatch(/Copied curl command/);

    await chooseFromMenu(toolbar, 'Copy', 'Copy as mix CLI command');
    await waitFor(() =>
      expect(copyRequests(fake).map((request) => request.format)).toEqual(['curl', 'mix-cli']),
    );

    await chooseFromMenu(toolbar, 'Copy', 'Copy as curl with token…');
    const dialog = await screen.findByRole('alertdialog', { name: 'Copy a command with your access token?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(copyRequests(fake)).toHaveLength(2);
    await chooseFromMenu(toolbar, 'Copy', 'Copy as curl with token…');
    fireEvent.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Copy with token' }),
    );
    await waitFor(() => expect(copyRequests(fake).at(-1)?.format).toBe('curl-with-token'));
  });

  it('copy the request of the tab in view', async () => {
    const fake = await openProject();
    fake.mixAnswers['jobs.list'] = { jobs: [], count: 0 };
    fireEvent.click(screen.getByRole('tab', { name: 'Jobs' }));
    await screen.findByText('This project has no jobs.');
    await chooseFromMenu(
      screen.getByRole('toolbar', { name: 'View actions' }),
      'Copy',
      'Copy as mix CLI command',
    );
    await waitFor(() =>
      expect(copyRequests(fake).at(-1)).toMatchObject({
        endpoint: 'jobs.list',
        params: { projectId: '1922', limit: 100, offset: 0 },
        format: 'mix-cli',
      }),
    );
  });

  it('copy a deep link to the view, through main (it works without window focus)', async () => {
    const fake = await openProject();
    fireEvent.click(screen.getByRole('tab', { name: 'Builds' }));
    await chooseFromMenu(screen.getByRole('toolbar', { name: 'View actions' }), 'Copy', 'Copy link');
    await waitFor(() => expect(fake.clipboard).toBe('mix-explorer://us/projects/1922/builds'));
  });
});

describe('downloads', () => {
  it('show progress with bytes and total, can be cancelled, and say where the file went', async () => {
    const fake = await openProject();
    fake.downloadTarget = '/home/demo/Downloads/1922-Coffee-Assistant.zip';
    fireEvent.click(screen.getByRole('tab', { name: 'Exports' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download Project package' }));
    await waitFor(() => expect(fake.runningDownloads()).toHaveLength(1));
    const [downloadId] = fake.runningDownloads() as [string];
    const request = fake.calls.find((call) => call.channel === 'mix:download')?.request;
    expect(request).toMatchObject({
      endpoint: 'projects.export',
      params: { projectId: '1922' },
      projectName: 'Coffee Assistant',
    });

    act(() => fake.emit('download:progress', { downloadId, bytes: 512 * 1024, total: 2 * 1024 * 1024 }));
    const progress = screen.getByRole('group', { name: 'Download Project package' });
    expect(within(progress).getByText('512.0 KB of 2.0 MB')).toBeTruthy();
    expect((within(progress).getByRole('progressbar') as HTMLProgressElement).value).toBe(512 * 1024);
    // Someone else's progress is not ours.
    act(() => fake.emit('download:progress', { downloadId: 'other', bytes: 1, total: 2 }));
    expect(within(progress).getByText('512.0 KB of 2.0 MB')).toBeTruthy();

    fireEvent.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('Download cancelled.')).toBeTruthy();
    expect(fake.calls.some((call) => call.channel === 'mix:cancel-download')).toBe(true);
    expect(fake.runningDownloads()).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Download Project metadata' }));
    await waitFor(() => expect(fake.runningDownloads()).toHaveLength(1));
    act(() => fake.finishDownload(fake.runningDownloads()[0] as string, 2048));
    expect(
      await screen.findByText('Saved 2.0 KB to /home/demo/Downloads/1922-Coffee-Assistant.zip'),
    ).toBeTruthy();
  });

  it('say nothing when the save dialog was closed', async () => {
    const fake = await openProject();
    fireEvent.click(screen.getByRole('tab', { name: 'Exports' }));
    fireEvent.click(screen.getByRole('button', { name: 'Download Project package' }));
    await waitFor(() => expect(fake.calls.some((call) => call.channel === 'mix:download')).toBe(true));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Download Project package' })).toBeTruthy(),
    );
    expect(screen.queryByText(/^Saved /)).toBeNull();
    expect(screen.queryByText('Download cancelled.')).toBeNull();
  });
});

describe('the view frame', () => {
  /** The shown view's h1 and its toolbar share one header, above the view's tabs. */
  function frameOfShownView() {
    const headings = screen.getAllByRole('heading', { level: 1 });
    expect(headings).toHaveLength(1);
    const heading = headings[0] as HTMLElement;
    const header = heading.closest('header') as HTMLElement;
    expect(within(header).getByRole('toolbar', { name: 'View actions' })).toBeTruthy();
    const tabs = screen.getByRole('tablist');
    expect(heading.compareDocumentPosition(tabs) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    return heading.textContent;
  }

  it('names the view once, beside its actions and above its tabs, on every tab', async () => {
    await openProject();
    expect(frameOfShownView()).toBe('Coffee Assistant');
    for (const tab of ['Builds', 'Overview', 'Raw JSON']) {
      fireEvent.click(screen.getByRole('tab', { name: tab }));
      await waitFor(() =>
        expect(screen.getByRole('tab', { name: tab }).getAttribute('aria-selected')).toBe('true'),
      );
      expect(frameOfShownView()).toBe('Coffee Assistant');
    }
  });
});

describe('links from the OS and the menu', () => {
  it('a mix-explorer:// link main hands over opens its view', async () => {
    const fake = await signedInExplorer();
    act(() => fake.emit('app:deep-link', { system: 'us', path: '/projects/1922/builds' }));
    await screen.findByRole('heading', { level: 1, name: 'Coffee Assistant' });
    expect(screen.getByRole('tab', { name: 'Builds' }).getAttribute('aria-selected')).toBe('true');
  });

  it('a malformed link path is ignored and the view stays', async () => {
    const fake = await openProject();
    act(() => fake.emit('app:deep-link', { system: 'us', path: '/projects/../../etc' }));
    expect(screen.getByRole('heading', { level: 1, name: 'Coffee Assistant' })).toBeTruthy();
  });

  it('a link for a Mix system no profile uses says so and does not open in the active profile', async () => {
    const fake = await openProject();
    act(() => fake.emit('app:deep-link', { system: 'eu', path: '/projects/1922/builds' }));
    expect(
      await screen.findByText(/This link is for the Mix system “eu”, which none of your profiles uses/),
    ).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Coffee Assistant' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: 'Builds', selected: true })).toBeNull();
  });

  it('the menu’s Settings… opens the profiles screen', async () => {
    const fake = await signedInExplorer();
    act(() => fake.emit('app:open-settings', null));
    await screen.findByRole('heading', { name: 'Profiles' });
  });
});
