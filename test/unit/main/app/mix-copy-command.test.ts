import { describe, expect, it } from 'vitest';
import type { Profile } from '../../../../common/ipc-contract';
import { createMixHandlers } from '../../../../main/app/mix-handlers';
import type { MixClient } from '../../../../main/mix';
import { toProblem } from '../../../../main/problem';
import { createDownloadRegister } from '../../../../main/app/download-register';
import { FakeClock } from '../session/fakes';

/** The copy handler alone: it reads the profile and writes the clipboard, nothing else. */
function handlers() {
  const copied: string[] = [];
  const profile = { id: 'p1', apiUrl: 'https://mix.api.nuance.com' } as Profile;
  const mix = createMixHandlers({
    client: {} as MixClient,
    profiles: { get: (id) => (id === 'p1' ? profile : undefined), clientSecret: async () => undefined },
    sessions: { accessToken: async () => 'secret-token' },
    saveDialog: { showSaveDialog: async () => ({ canceled: true }) } as never,
    clipboard: { writeText: (text) => copied.push(text) },
    clock: new FakeClock(),
    register: createDownloadRegister(() => undefined),
    emit: () => undefined,
  });
  return { copy: mix['mix:copy-command'], copied };
}

describe('copy as mix CLI command', () => {
  it('puts the command on the clipboard when the mix CLI can send the request', async () => {
    const { copy, copied } = handlers();
    await copy({
      profileId: 'p1',
      endpoint: 'applications.list',
      params: { filter: '49', view: 'AV_FULL' },
      format: 'mix-cli',
    });
    expect(copied).toEqual(['mix applications:get -M 49']);
  });

  it('copies nothing and says why in plain words when no command can', async () => {
    const { copy, copied } = handlers();
    const failure = await copy({
      profileId: 'p1',
      endpoint: 'organizations.applications',
      params: { orgId: '3' },
      format: 'mix-cli',
    }).catch((error: unknown) => toProblem(error));
    expect(copied).toEqual([]);
    expect(failure).toMatchObject({
      code: 'invalid-input',
      message: expect.stringMatching(
        /^No mix CLI command sends this request: .*applications:list -O <orgId>/,
      ),
    });
  });
});
