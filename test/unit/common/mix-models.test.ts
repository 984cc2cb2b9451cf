import { describe, expect, it } from 'vitest';
import { entityKind, grpcCodeOf, mixErrorMessage, pagingOf } from '../../../common/mix-models';

describe('readers of Mix-specific shapes', () => {
  it('reads paging fields that are numbers or numeric strings, dropping the rest', () => {
    expect(pagingOf({ totalSize: '250', count: 25, limit: 25, offset: -1 })).toEqual({
      totalSize: 250,
      count: 25,
      limit: 25,
    });
    expect(pagingOf('junk')).toEqual({});
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

  it('reads a gRPC status code only when it is one (0–16), never an HTTP status in the same field', () => {
    expect(grpcCodeOf({ code: 5, message: 'Not found', details: [] })).toBe(5);
    expect(grpcCodeOf({ code: 0, message: 'Job deleted.' })).toBe(0);
    expect(grpcCodeOf({ code: 401, status: 'Unauthorized', message: 'x' })).toBeUndefined();
    expect(grpcCodeOf({ code: '5' })).toBeUndefined();
    expect(grpcCodeOf({ message: 'No job found' })).toBeUndefined();
  });
});
