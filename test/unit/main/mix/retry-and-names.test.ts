import { describe, expect, it } from 'vitest';
import {
  defaultDownloadName,
  mixTimestamp,
  safeFileName,
  suggestedFileName,
} from '../../../../main/mix/file-names';
import { backoffMs, retryAfterMs } from '../../../../main/mix/retry-policy';

describe('retryAfterMs', () => {
  const now = Date.UTC(2026, 0, 1);

  it('reads seconds and HTTP dates in the future', () => {
    expect(retryAfterMs('7', now)).toBe(7_000);
    expect(retryAfterMs(' 0 ', now)).toBe(0);
    expect(retryAfterMs(new Date(now + 12_000).toUTCString(), now)).toBe(12_000);
    expect(retryAfterMs('86400', now)).toBe(86_400_000);
    expect(retryAfterMs(['3', '9'], now)).toBe(3_000);
  });

  it.each([
    ['a negative number (once read as a date in 2001)', '-5'],
    ['a fraction', '1.5'],
    ['a date in the past', new Date(Date.UTC(2025, 11, 31)).toUTCString()],
    ['a number too long to be seconds', '999999999999'],
    ['words', 'soon'],
    ['a date without a day name', '2026-01-02T00:00:00Z'],
    ['nothing', undefined],
    ['an empty value', ''],
  ])('ignores %s, so the normal backoff applies', (_name, header) => {
    expect(retryAfterMs(header, now)).toBeUndefined();
  });
});

describe('backoffMs', () => {
  it('doubles its ceiling per retry and jitters within the upper half', () => {
    expect([0, 1, 2].map((retry) => backoffMs(retry, () => 0))).toEqual([250, 500, 1_000]);
    expect([0, 1, 2].map((retry) => backoffMs(retry, () => 0.999999))).toEqual([500, 1_000, 2_000]);
    expect(backoffMs(20, () => 1)).toBe(30_000);
  });
});

describe('suggestedFileName', () => {
  it('prefers the RFC 5987 name and falls back to the plain one', () => {
    expect(
      suggestedFileName(
        {
          'content-disposition': `attachment; filename="fallback.zip"; filename*=UTF-8''caf%C3%A9%20menu.zip`,
        },
        'x',
      ),
    ).toBe('café menu.zip');
    expect(suggestedFileName({ 'content-disposition': 'attachment; filename=plain.json' }, 'x')).toBe(
      'plain.json',
    );
    expect(suggestedFileName({ 'content-disposition': 'attachment; filename="a \\"q\\".zip"' }, 'x')).toBe(
      'a _q_.zip',
    );
  });

  it('keeps only a bare, safe name: no folders, controls, or dot names', () => {
    expect(suggestedFileName({ 'content-disposition': 'attachment; filename="../../etc/passwd"' }, 'x')).toBe(
      'passwd',
    );
    expect(suggestedFileName({ 'content-disposition': 'attachment; filename="..\\..\\win.ini"' }, 'x')).toBe(
      'win.ini',
    );
    expect(
      suggestedFileName({ 'content-disposition': 'attachment; filename="a\u0007b\u202Egpj.exe"' }, 'x'),
    ).toBe('a_b_gpj.exe');
    expect(suggestedFileName({ 'content-disposition': 'attachment; filename=".."' }, 'fallback.zip')).toBe(
      'fallback.zip',
    );
    expect(suggestedFileName({}, 'fallback.zip')).toBe('fallback.zip');
  });

  it.each([
    ['CON.zip', 'CON_.zip'],
    ['nul.zip', 'nul_.zip'],
    ['COM1.zip', 'COM1_.zip'],
    ['lpt9.tar.gz', 'lpt9_.tar.gz'],
    ['AUX', 'AUX_'],
    ['PRN .json', 'PRN_.json'],
    ['CONOUT$.txt', 'CONOUT$_.txt'],
    ['COM¹.zip', 'COM¹_.zip'],
  ])('never offers the Windows device name %s as is', (name, safe) => {
    expect(suggestedFileName({ 'content-disposition': `attachment; filename="${name}"` }, 'x')).toBe(safe);
  });

  it.each(['CONSOLE.zip', 'COM10.zip', 'NULL.zip', 'my-CON.zip', 'AUX-build.zip'])(
    'leaves %s alone: not a device name',
    (name) => {
      expect(safeFileName(name)).toBe(name);
    },
  );

  it('removes trailing dots and spaces, also where cutting a long name leaves them', () => {
    expect(safeFileName('report.zip. . ')).toBe('report.zip');
    expect(safeFileName(`${'a'.repeat(199)}. tail`)).toBe('a'.repeat(199));
  });
});

describe('default download names', () => {
  const now = Date.UTC(2026, 4, 7, 8, 9, 10);

  it("follows Mix's project export naming in GMT", () => {
    expect(mixTimestamp(now)).toBe('2026-05-07-08-09-10');
    expect(
      defaultDownloadName('projects.export', { projectId: '1922' }, { now, projectName: 'Coffee' }),
    ).toBe('1922-Coffee-2026-05-07-08-09-10.zip');
    expect(
      defaultDownloadName('projects.exportMetadata', { projectId: '1922' }, { now, projectName: 'Coffee' }),
    ).toBe('1922-Coffee-metadata-2026-05-07-08-09-10.json');
  });

  it('never produces a path', () => {
    expect(defaultDownloadName('builds.export', { buildLabel: '../x/ASR_1_1' }, { now })).toBe(
      '_x_ASR_1_1.zip',
    );
    expect(defaultDownloadName('samples.export', { projectId: '1', intentName: 'a/b' }, { now })).toBe(
      'samples-1-a_b.zip',
    );
  });
});
