import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ExportContents, Problem } from '../../../../common/ipc-contract';
import { ARCHIVE_LIMITS } from '../../../../main/exports/archive-limits';
import { MAX_EXPORT_ROWS } from '../../../../main/exports/parse-export';
import { readExport } from '../../../../main/exports/read-export';
import { toProblem } from '../../../../main/problem';
import { rawZip } from './zip-writer';

async function refusal(body: Buffer, limits = ARCHIVE_LIMITS): Promise<Problem> {
  const heapBefore = process.memoryUsage().heapUsed;
  const outcome = await readExport(body, limits).then(
    (value: ExportContents) => ({ value }),
    (error: unknown) => ({ problem: toProblem(error) }),
  );
  if ('value' in outcome) throw new Error(`expected a refusal, read ${outcome.value.files.length} files`);
  // Bounded memory: far less than what the archive claims or unpacks to was held (V8's heap, roughly).
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(48 * 1024 * 1024);
  return outcome.problem;
}

/** A sentence for a person: no stack, no library's own wording. */
function expectPlain(problem: Problem): void {
  expect(problem.code).not.toBe('internal');
  expect(problem.message).toMatch(/^\S.*\.$/);
  expect(`${problem.message} ${problem.detail ?? ''}`).not.toMatch(/\n\s+at |Error:|yauzl|signature|offset/i);
}

const TRSX = `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns:nuance="https://developer.nuance.com/mix/nlu/trsx" xml:lang="en-US" nuance:version="2.6">
  <samples>
    <sample intentref="ORDER_COFFEE" count="2">I want a <annotation conceptref="DrinkSize">large</annotation> latte</sample>
    <sample intentref="ORDER_COFFEE" count="1">one espresso &amp; a croissant</sample>
  </samples>
</project>
`;

describe('an intent samples or entity literals export read inline', () => {
  it('reads TRSX samples of each locale, annotations reduced to their words', async () => {
    const zip = rawZip([
      { name: 'samples-en-US.trsx', data: TRSX },
      { name: 'samples-fr-CA.trsx', data: TRSX.replace('en-US', 'fr-CA') },
    ]);

    const contents = await readExport(zip, ARCHIVE_LIMITS);

    expect(contents.bytes).toBe(zip.length);
    expect(contents.files).toHaveLength(2);
    expect(contents.files[0]).toEqual({
      name: 'samples-en-US.trsx',
      kind: 'samples',
      locale: 'en-US',
      truncated: false,
      samples: [
        { intent: 'ORDER_COFFEE', text: 'I want a large latte', count: 2, locale: 'en-US' },
        { intent: 'ORDER_COFFEE', text: 'one espresso & a croissant', count: 1, locale: 'en-US' },
      ],
    });
    expect(contents.files[1]).toMatchObject({ kind: 'samples', locale: 'fr-CA' });
  });

  it('reads literal files (literal, tab, value) with the locale of their name', async () => {
    const zip = rawZip([{ name: 'DrinkSize-en-US.txt', data: 'large\tL\ngrande\tL\r\nsmall\tS\nmedium\n' }]);

    const [file] = (await readExport(zip, ARCHIVE_LIMITS)).files;

    expect(file).toEqual({
      name: 'DrinkSize-en-US.txt',
      kind: 'literals',
      locale: 'en-US',
      truncated: false,
      literals: [
        { literal: 'large', value: 'L', locale: 'en-US' },
        { literal: 'grande', value: 'L', locale: 'en-US' },
        { literal: 'small', value: 'S', locale: 'en-US' },
        { literal: 'medium', value: 'medium', locale: 'en-US' },
      ],
    });
  });

  it('shows a file of a format it does not know as raw text with a plain note, and skips folders', async () => {
    const zip = rawZip([
      { name: 'data/', data: Buffer.alloc(0) },
      { name: 'data/DrinkSize.csv', data: Buffer.from('literal,value\nlarge,L\n') },
    ]);

    const [file, ...rest] = (await readExport(zip, ARCHIVE_LIMITS)).files;

    expect(rest).toEqual([]);
    expect(file).toMatchObject({ name: 'data/DrinkSize.csv', kind: 'raw', text: 'literal,value\nlarge,L\n' });
    expect(file?.kind === 'raw' && file.note).toMatch(/does not know this file’s format for certain/);
  });

  it('a plain TRSX answer (no zip) is read as one file', async () => {
    const [file] = (await readExport(Buffer.from(TRSX), ARCHIVE_LIMITS, 'ORDER_COFFEE-samples')).files;
    expect(file).toMatchObject({ kind: 'samples', locale: 'en-US' });
  });

  it('stops at the row bound and says the list is cut', async () => {
    const lines = Array.from({ length: MAX_EXPORT_ROWS + 10 }, (_, index) => `literal ${index}\tv`).join(
      '\n',
    );
    const zip = rawZip([{ name: 'Big-en-US.txt', data: lines }]);

    const [file] = (await readExport(zip, ARCHIVE_LIMITS)).files;

    expect(file?.kind === 'literals' && file.literals.length).toBe(MAX_EXPORT_ROWS);
    expect(file?.truncated).toBe(true);
  });
});

describe('hostile archives end with a plain message and bounded memory', () => {
  it('a zip bomb (a small entry that unpacks to far more) is refused by its ratio', async () => {
    const bomb = rawZip([{ name: 'samples-en-US.trsx', data: Buffer.alloc(12 * 1024 * 1024) }]);
    expect(bomb.length).toBeLessThan(64 * 1024);

    const problem = await refusal(bomb);

    expectPlain(problem);
    expect(problem.message).toBe(
      'This export was refused: samples-en-US.trsx unpacks to far more than it holds (a zip bomb).',
    );
  });

  it('a bomb that lies about its size is cut off as it unpacks', async () => {
    const liar = rawZip([
      { name: 'samples-en-US.trsx', data: Buffer.alloc(200 * 1024 * 1024), declaredSize: 1000 },
    ]);

    const problem = await refusal(liar);

    expectPlain(problem);
    expect(problem.message).toBe('This export could not be read: it is not a complete zip archive.');
  });

  it('entries past the size bounds are refused before they are read', async () => {
    // Data that does not compress, so the bounds (not the ratio) refuse it; smaller bounds keep it quick.
    const limits = { ...ARCHIVE_LIMITS, maxEntryBytes: 512 * 1024, maxTotalBytes: 1024 * 1024 };
    const part = (index: number) => ({ name: `part-${index}.txt`, data: randomBytes(400 * 1024) });
    const tooBig = rawZip([{ name: 'big.txt', data: randomBytes(600 * 1024) }]);
    expectPlain(await refusal(tooBig, limits));
    expect((await refusal(tooBig, limits)).message).toBe('big.txt is larger than Mix Explorer reads inline.');

    const many = rawZip([part(0), part(1), part(2)]);
    const problem = await refusal(many, limits);
    expectPlain(problem);
    expect(problem.message).toBe('This export unpacks to more than Mix Explorer reads inline.');
  });

  it.each([
    ['../evil.trsx', 'a path that leaves the archive (..)'],
    ['samples/../../evil.trsx', 'a path that leaves the archive (..)'],
    ['/etc/passwd', 'an absolute path'],
    ['C:\\Windows\\evil.txt', 'an absolute path'],
    ['..\\evil.txt', 'a path that leaves the archive (..)'],
  ])('an entry named %s is refused', async (name, why) => {
    const zip = rawZip([
      { name: 'samples-en-US.trsx', data: Buffer.from(TRSX) },
      { name, data: Buffer.from('x') },
    ]);

    const problem = await refusal(zip);

    expectPlain(problem);
    expect(problem.message).toBe(`This export was refused: it contains ${why} (${name}).`);
  });

  it('100,000 entries are refused from the directory, before any is read', async () => {
    const zip = rawZip(
      Array.from({ length: 100_000 }, (_, index) => ({ name: `e${index}`, data: Buffer.from('x') })),
      { deflate: false },
    );

    const problem = await refusal(zip);

    expectPlain(problem);
    expect(problem.message).toBe('This export holds 100000 files; Mix Explorer reads at most 200 inline.');
  });

  it.each([
    ['cut in the middle', (zip: Buffer) => zip.subarray(0, Math.floor(zip.length / 2))],
    ['cut before its directory ends', (zip: Buffer) => zip.subarray(0, zip.length - 30)],
    [
      'with its entry bytes broken',
      (zip: Buffer) => Buffer.concat([zip.subarray(0, 40), Buffer.alloc(60, 0xff), zip.subarray(100)]),
    ],
  ])('a truncated zip (%s) is not readable', async (_name, damage) => {
    const zip = rawZip([{ name: 'samples-en-US.trsx', data: TRSX.repeat(20) }]);

    const problem = await refusal(damage(zip));

    expectPlain(problem);
    expect(problem.message).toBe('This export could not be read: it is not a complete zip archive.');
  });

  it('something that is not a zip at all, nor text, is refused', async () => {
    const problem = await refusal(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 1, 2, 3, 0, 0, 0xff]));
    expectPlain(problem);
    expect(problem.message).toBe(
      'This export is neither a zip archive nor text, so it cannot be shown here.',
    );
  });
});
