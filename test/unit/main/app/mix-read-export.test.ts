import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { rawZip } from '../exports/zip-writer';
import { hostileMix } from '../faults/hostile-mix';

const SAMPLES = rawZip([
  {
    name: 'samples-en-US.trsx',
    data: '<?xml version="1.0"?><project xml:lang="en-US"><samples><sample intentref="ORDER_COFFEE" count="1">a large latte</sample></samples></project>',
  },
]);

describe('mix:read-export: an export read inline through the real services', () => {
  it('fetches the export, unpacks it in memory and answers its samples; the folder stays empty', async () => {
    const h = await hostileMix();
    let asked = '';
    h.state.api = (request, res) => {
      asked = `${request.path}?${request.query.toString()}`;
      res.writeHead(200, { 'content-type': 'application/zip' });
      res.end(SAMPLES);
    };

    const contents = await h.kit.invoke('mix:read-export', {
      profileId: h.profileId,
      endpoint: 'samples.export',
      params: { projectId: '1922', intentName: 'ORDER_COFFEE', locales: ['en-US'] },
    });

    expect(asked).toBe('/v4/projects/1922/intents/ORDER_COFFEE/samples/.export?locales=en-US');
    expect(contents.files).toEqual([
      {
        name: 'samples-en-US.trsx',
        kind: 'samples',
        locale: 'en-US',
        truncated: false,
        samples: [{ intent: 'ORDER_COFFEE', text: 'a large latte', count: 1, locale: 'en-US' }],
      },
    ]);
    expect(await readdir(h.downloads)).toEqual([]);
  });

  it('an export larger than the inline bound is refused as it arrives, in plain words', async () => {
    const h = await hostileMix();
    h.state.api = (_request, res) => {
      // No Content-Length: the bound is met while reading.
      res.writeHead(200, { 'content-type': 'application/zip' });
      const chunk = Buffer.alloc(1024 * 1024, 0x41);
      let sent = 0;
      const pump = () => {
        while (sent < 40 && res.write(chunk)) sent += 1;
        if (sent < 40) res.once('drain', pump);
        else res.end();
      };
      res.on('error', () => undefined);
      pump();
    };

    const problem = await h.kit.problemOf('mix:read-export', {
      profileId: h.profileId,
      endpoint: 'literals.export',
      params: { projectId: '1922', entityName: 'DrinkSize', locales: ['en-US'] },
    });

    expect(problem).toMatchObject({
      code: 'too-large',
      message: 'The entity literals are larger than Mix Explorer reads inline.',
      detail: 'Download the file instead.',
    });
  });

  it('only samples and literals exports are read inline; any other endpoint is refused at the boundary', async () => {
    const h = await hostileMix();
    for (const [endpoint, params] of [
      ['projects.export', { projectId: '1922' }],
      ['builds.export', { buildLabel: 'NLU_1922_6' }],
      ['system.version', {}],
    ] as const) {
      const result = await h.kit.call('mix:read-export', { profileId: h.profileId, endpoint, params });
      expect(result).toMatchObject({ ok: false, problem: { code: 'invalid-input' } });
    }
    const extra = await h.kit.call('mix:read-export', {
      profileId: h.profileId,
      endpoint: 'samples.export',
      params: { projectId: '1922', intentName: 'X', locales: ['en-US'] },
      targetPath: '/tmp/x',
    });
    expect(extra).toMatchObject({ ok: false, problem: { code: 'invalid-input' } });
  });
});
