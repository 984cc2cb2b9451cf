/** Walking JSON bodies for the JSON view: child lists, summaries and search, bounded so they never freeze. */
import { plural } from '../format';

export type JsonPath = readonly (string | number)[];

/** A JSON pointer (RFC 6901) naming a node: the key of its expanded state and of search hits. */
export function pointer(path: JsonPath): string {
  return path.map((part) => `/${String(part).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

export function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}

export function childEntries(value: unknown): [string | number, unknown][] {
  if (Array.isArray(value)) return value.map((item, index) => [index, item]);
  if (isContainer(value)) return Object.entries(value);
  return [];
}

export function childCount(value: unknown): number {
  if (Array.isArray(value)) return value.length;
  return isContainer(value) ? Object.keys(value).length : 0;
}

/** `{3 keys}`, `[20,000 items]`, or the value itself for scalars. */
export function summarize(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${plural(value.length, 'item')}]`;
  }
  if (isContainer(value)) {
    const count = Object.keys(value).length;
    return `{${plural(count, 'key')}}`;
  }
  return scalarText(value);
}

export function scalarText(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (value === undefined) return 'undefined';
  return String(value);
}

export interface JsonSearchResult {
  /** Pointers of nodes whose key or scalar value contains the text. */
  matches: string[];
  /** More matches (or nodes) than the limits: the list is not complete. */
  truncated: boolean;
}

/** Finds nodes by key or value, case-insensitively; stops after `maxMatches` hits or `maxNodes` nodes. */
export function searchJson(
  value: unknown,
  text: string,
  { maxMatches = 200, maxNodes = 500_000 } = {},
): JsonSearchResult {
  const needle = text.trim().toLowerCase();
  const matches: string[] = [];
  if (!needle) return { matches, truncated: false };
  let visited = 0;
  // Iterative, so a deeply nested body cannot overflow the stack.
  const stack: [JsonPath, unknown][] = [[[], value]];
  while (stack.length > 0) {
    const [path, node] = stack.pop() as [JsonPath, unknown];
    visited += 1;
    if (visited > maxNodes) return { matches, truncated: true };
    const key = path[path.length - 1];
    const keyHit = typeof key === 'string' && key.toLowerCase().includes(needle);
    const valueHit = !isContainer(node) && scalarText(node).toLowerCase().includes(needle);
    if (keyHit || valueHit) {
      matches.push(pointer(path));
      if (matches.length >= maxMatches) return { matches, truncated: true };
    }
    const children = childEntries(node);
    for (let index = children.length - 1; index >= 0; index -= 1) {
      const [childKey, child] = children[index] as [string | number, unknown];
      stack.push([[...path, childKey], child]);
    }
  }
  return { matches, truncated: false };
}

/** The pointers of every node above a node (the root's is ``). */
export function ancestors(nodePointer: string): string[] {
  const result: string[] = [''];
  let index = nodePointer.indexOf('/', 1);
  while (index !== -1) {
    result.push(nodePointer.slice(0, index));
    index = nodePointer.indexOf('/', index + 1);
  }
  return result;
}
