import { describe, expect, it } from 'vitest';
import {
  countOf,
  entityKind,
  listItems,
  mixErrorMessage,
  pagingOf,
  unwrap,
} from '../../../common/mix-models';

describe('tolerant readers of Mix answers', () => {
  it('reads list items only from an array field', () => {
    expect(listItems({ projects: [{ id: '1' }] }, 'projects')).toEqual([{ id: '1' }]);
    expect(listItems({ projects: {} }, 'projects')).toEqual([]);
    expect(listItems({ applications: [], count: 0 }, 'projects')).toEqual([]);
    expect(listItems(null, 'projects')).toEqual([]);
  });

  it('reads paging fields that are numbers or numeric strings, dropping the rest', () => {
    expect(pagingOf({ totalSize: '250', count: 25, limit: 25, offset: -1 })).toEqual({
      totalSize: 250,
      count: 25,
      limit: 25,
    });
    expect(pagingOf('junk')).toEqual({});
    expect(countOf('1e3')).toBe(1000);
    expect(countOf('')).toBeUndefined();
  });

  it('unwraps one-object answers', () => {
    expect(unwrap({ project: { id: '1' } }, 'project')).toEqual({ id: '1' });
    expect(unwrap({ project: 'x' }, 'project')).toBeUndefined();
  });

  it('names the kind of an entity wrapper, known or not', () => {
    expect(entityKind({ listEntity: { name: 'DrinkSize' } })).toEqual({
      kind: 'list',
      entity: { name: 'DrinkSize' },
    });
    expect(entityKind({ ruleBasedEntity: { name: 'R' } })?.kind).toBe('ruleBased');
    expect(entityKind({ quantumEntity: { name: 'Q' } })?.kind).toBe('quantum');
    expect(entityKind({ name: 'bare' })).toBeUndefined();
    expect(entityKind({ listEntity: 'not an object' })).toBeUndefined();
  });

  it("finds Mix's message in any error body it uses", () => {
    expect(mixErrorMessage({ code: 5, message: 'Project with id=9 does not exist.', details: [] })).toBe(
      'Project with id=9 does not exist.',
    );
    expect(mixErrorMessage({ error: 'v1 style' })).toBe('v1 style');
    expect(mixErrorMessage({ code: 5 })).toBeUndefined();
  });
});
