import { MIX_ENDPOINTS, isMixEndpointKey, type MixEndpointKey, type MixQueryType } from './mix-catalogue';

export type MixParamValue = string | number | boolean | readonly string[];
/** Path and query parameters of one request, by name; checked by `validateMixParams`. */
export type MixParams = Readonly<Record<string, MixParamValue>>;

/** A parameter set that cannot address a Mix resource (thrown by the path and query builders). */
export class MixParamError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MixParamError';
  }
}

const MAX_TEXT_LENGTH = 2_000;
const MAX_LIST_LENGTH = 100;
const MAX_NUMBER = 2 ** 31 - 1;

/**
 * `.` and `..` cannot be sent as a path segment: URL parsers (WHATWG, servers, proxies) remove them,
 * percent-encoded (`%2E%2E`) or not, so the request would reach another resource.
 */
function isDotSegment(value: string): boolean {
  return value === '.' || value === '..';
}

function describeType(type: MixQueryType): string {
  if (typeof type !== 'string') return `one of ${type.join(', ')}`;
  if (type === 'string[]') return 'a list of texts';
  return type === 'string' ? 'a text' : `a ${type}`;
}

/** IDs arrive as strings from Mix but may be typed as numbers by a caller. */
function checkText(name: string, value: unknown): string {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string') throw new MixParamError(`"${name}" must be a text.`);
  if (value.length > MAX_TEXT_LENGTH) {
    throw new MixParamError(`"${name}" is longer than ${MAX_TEXT_LENGTH} characters.`);
  }
  return value;
}

function badListItem(name: string): never {
  throw new MixParamError(`"${name}" must be ${describeType('string[]')}.`);
}

function checkPathValue(name: string, value: unknown): string {
  const text = checkText(name, value);
  if (text === '') throw new MixParamError(`"${name}" must not be empty.`);
  if (isDotSegment(text))
    throw new MixParamError(`"${name}" cannot be "${text}": Mix.api cannot address it.`);
  return text;
}

function checkQueryValue(name: string, type: MixQueryType, value: unknown): MixParamValue {
  if (typeof type !== 'string') {
    if (typeof value === 'string' && type.includes(value)) return value;
    throw new MixParamError(`"${name}" must be ${describeType(type)}.`);
  }
  switch (type) {
    case 'string':
      return checkText(name, value);
    case 'number':
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_NUMBER) {
        return value;
      }
      throw new MixParamError(`"${name}" must be a whole number from 0 to ${MAX_NUMBER}.`);
    case 'boolean':
      if (typeof value === 'boolean') return value;
      throw new MixParamError(`"${name}" must be true or false.`);
    case 'string[]': {
      const list = typeof value === 'string' ? [value] : value;
      if (!Array.isArray(list) || list.length > MAX_LIST_LENGTH) {
        throw new MixParamError(`"${name}" must be ${describeType(type)} of at most ${MAX_LIST_LENGTH}.`);
      }
      // Lists hold locales and the like, never IDs: only texts.
      return list.map((item: unknown) =>
        typeof item === 'string' ? checkText(name, item) : badListItem(name),
      );
    }
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function checkParams(key: MixEndpointKey, params: unknown): MixParams {
  const given = params === undefined || params === null ? {} : params;
  if (!isPlainObject(given)) throw new MixParamError('The parameters must be an object.');
  const endpoint = MIX_ENDPOINTS[key];
  for (const name of Object.keys(given)) {
    if (!endpoint.pathParams.includes(name) && !Object.hasOwn(endpoint.query, name)) {
      throw new MixParamError(`"${name}" is not a parameter of ${key}.`);
    }
  }
  const checked: Record<string, MixParamValue> = {};
  for (const name of endpoint.pathParams) {
    if (given[name] === undefined) throw new MixParamError(`"${name}" is required for ${key}.`);
    checked[name] = checkPathValue(name, given[name]);
  }
  for (const [name, spec] of Object.entries(endpoint.query)) {
    const value = given[name];
    if (value === undefined) {
      if (spec.required) throw new MixParamError(`"${name}" is required for ${key}.`);
      continue;
    }
    const valid = checkQueryValue(name, spec.type, value);
    if (spec.required && Array.isArray(valid) && valid.length === 0) {
      throw new MixParamError(`"${name}" is required for ${key}: give at least one.`);
    }
    checked[name] = valid;
  }
  return checked;
}

/**
 * Checks parameters from an untrusted caller (a renderer payload): known names only, the right types,
 * required ones present, path values that address exactly one segment.
 * @returns the checked parameters (numbers given for IDs become strings), or a message saying what is wrong.
 */
export function validateMixParams(key: string, params: unknown): MixParams | string {
  if (!isMixEndpointKey(key)) return `"${String(key).slice(0, 80)}" is not a known Mix.api endpoint.`;
  try {
    return checkParams(key, params);
  } catch (error) {
    if (error instanceof MixParamError) return error.message;
    throw error;
  }
}

/** The path of an endpoint, each parameter percent-encoded as one segment (`a/b` stays one segment). */
export function buildMixPath(key: MixEndpointKey, params: MixParams): string {
  const endpoint = MIX_ENDPOINTS[key];
  return endpoint.path.replace(/\{([A-Za-z]+)\}/g, (_match, name: string) => {
    const value = checkPathValue(name, params[name] ?? '');
    return encodeURIComponent(value);
  });
}

function queryText(value: string | number | boolean): string {
  return typeof value === 'string' ? value : String(value);
}

/** Query pairs in catalogue order (so equal requests have equal URLs); lists repeat their name. */
export function mixQuery(key: MixEndpointKey, params: MixParams): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of Object.keys(MIX_ENDPOINTS[key].query)) {
    const value = params[name];
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) pairs.push([name, item]);
    else pairs.push([name, queryText(value as string | number | boolean)]);
  }
  return pairs;
}

/** `/v4/...?...` with the query percent-encoded. */
export function mixPathWithQuery(key: MixEndpointKey, params: MixParams): string {
  const query = mixQuery(key, params)
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`)
    .join('&');
  return query ? `${buildMixPath(key, params)}?${query}` : buildMixPath(key, params);
}
