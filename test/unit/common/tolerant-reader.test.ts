import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  countOf,
  field,
  isRecord,
  listItems,
  objectOf,
  records,
  textOf,
  texts,
  unwrap,
} from '../../../common/tolerant-reader';

const ROOT = join(__dirname, '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder)).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(join(ROOT, path)).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

describe('the one tolerant reader', () => {
  it('tells plain objects from arrays, null and scalars', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord([])).toBe(false);
    expect(isRecord(null)).toBe(false);
    expect(isRecord('x')).toBe(false);
  });

  it('reads fields, objects and arrays of objects from anything', () => {
    expect(field({ a: 1 }, 'a')).toBe(1);
    expect(field([1], '0')).toBeUndefined();
    expect(objectOf({ id: '1' })).toEqual({ id: '1' });
    expect(objectOf('x')).toBeUndefined();
    expect(records([{ id: '1' }, null, 'x', [1], { id: '2' }])).toEqual([{ id: '1' }, { id: '2' }]);
    expect(records({ 0: { id: '1' } })).toEqual([]);
  });

  it('reads ids as text whether Mix sent a string or a number, and drops empty text', () => {
    expect(textOf('6')).toBe('6');
    expect(textOf(6582)).toBe('6582');
    expect(textOf('')).toBeUndefined();
    expect(textOf('   ')).toBeUndefined();
    expect(textOf(Number.NaN)).toBeUndefined();
    expect(texts(['en-US', 1, '', null, {}])).toEqual(['en-US', '1']);
  });

  it('reads counts that are whole numbers or numeric strings, dropping the rest', () => {
    expect(countOf('250')).toBe(250);
    expect(countOf('1e3')).toBe(1000);
    expect(countOf('')).toBeUndefined();
    expect(countOf(-1)).toBeUndefined();
    expect(countOf(1.5)).toBeUndefined();
  });

  it('reads list items only from an array field, and unwraps one-object answers', () => {
    expect(listItems({ projects: [{ id: '1' }] }, 'projects')).toEqual([{ id: '1' }]);
    expect(listItems({ projects: {} }, 'projects')).toEqual([]);
    expect(listItems(null, 'projects')).toEqual([]);
    expect(unwrap({ project: { id: '1' } }, 'project')).toEqual({ id: '1' });
    expect(unwrap({ project: 'x' }, 'project')).toBeUndefined();
  });

  it('is the only place in the code base that defines isRecord or spells its check out', () => {
    const own = 'common/tolerant-reader.ts';
    const offenders = ['main', 'renderer', 'common', 'preload', 'scripts', 'test/e2e']
      .flatMap(sourceFiles)
      .filter((path) => relative(ROOT, join(ROOT, path)) !== own)
      .filter((path) => {
        const text = readFileSync(join(ROOT, path), 'utf8');
        return (
          /\b(function|const|let)\s+isRecord\b/.test(text) ||
          /typeof (\w+) === 'object' && \1 !== null && !Array\.isArray\(\1\)/.test(text)
        );
      });
    expect(offenders).toEqual([]);
  });
});
