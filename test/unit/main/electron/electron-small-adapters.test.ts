import { describe, expect, it } from 'vitest';
import { createElectronClipboard } from '../../../../main/electron/electron-clipboard';
import { createElectronExternalBrowser } from '../../../../main/electron/electron-external-browser';
import { createElectronPartitions } from '../../../../main/electron/electron-partitions';
import { createElectronShell } from '../../../../main/electron/electron-shell';
import { ProblemError } from '../../../../main/problem';

describe('electron external browser', () => {
  it('opens http and https pages and refuses every other protocol', async () => {
    const opened: string[] = [];
    const browser = createElectronExternalBrowser(async (url) => {
      opened.push(url);
    });
    await browser.open('https://auth.example.com/oauth2/auth?x=1');
    await browser.open('http://127.0.0.1:3000/');
    for (const url of [
      'file:///etc/passwd',
      'smb://host/share',
      'javascript:alert(1)',
      'not a url',
      'ms-settings:',
    ]) {
      const error = await browser.open(url).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ProblemError);
      expect((error as ProblemError).problem.code).toBe('invalid-input');
    }
    expect(opened).toEqual(['https://auth.example.com/oauth2/auth?x=1', 'http://127.0.0.1:3000/']);
  });
});

describe('electron partitions', () => {
  it('clears the partition, then flushes its cookie store', async () => {
    const steps: string[] = [];
    const partitions = createElectronPartitions((partition) => ({
      clearStorageData: async () => {
        steps.push(`clear ${partition}`);
      },
      cookies: {
        flushStore: async () => {
          steps.push(`flush ${partition}`);
        },
      },
    }));
    await partitions.clear('persist:mix-signin-p1-2');
    expect(steps).toEqual(['clear persist:mix-signin-p1-2', 'flush persist:mix-signin-p1-2']);
  });

  it('never clears the default session', async () => {
    const partitions = createElectronPartitions(() => {
      throw new Error('must not be reached');
    });
    await expect(partitions.clear('')).rejects.toThrow('No sign-in partition');
  });
});

describe('electron clipboard', () => {
  it('writes text to the system clipboard', () => {
    let content = '';
    createElectronClipboard({ writeText: (text) => (content = text) }).writeText('copied');
    expect(content).toBe('copied');
  });
});

describe('electron shell', () => {
  it('passes the path to showItemInFolder and openPath, and openPath’s own answer back', async () => {
    const calls: string[] = [];
    const shell = createElectronShell({
      showItemInFolder: (path) => void calls.push(`show ${path}`),
      openPath: async (path) => {
        calls.push(`open ${path}`);
        return path.endsWith('.bin') ? 'No application knows this file.' : '';
      },
    });
    shell.showInFolder('/home/me/Downloads/model.zip');
    expect(await shell.open('/home/me/Downloads/model.zip')).toBe('');
    expect(await shell.open('/home/me/Downloads/blob.bin')).toBe('No application knows this file.');
    expect(calls).toEqual([
      'show /home/me/Downloads/model.zip',
      'open /home/me/Downloads/model.zip',
      'open /home/me/Downloads/blob.bin',
    ]);
  });
});
