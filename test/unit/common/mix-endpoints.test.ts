import { describe, expect, it } from 'vitest';
import {
  MIX_ENDPOINTS,
  MIX_ENDPOINT_KEYS,
  buildMixPath,
  curlCommand,
  isMixEndpointKey,
  mixPathWithQuery,
  mixQuery,
  validateMixParams,
  type MixEndpointKey,
  type MixParams,
} from '../../../common/mix-endpoints';

/** A valid value for every path parameter and required query parameter of an endpoint. */
function sampleParams(key: MixEndpointKey): MixParams {
  const endpoint = MIX_ENDPOINTS[key];
  const params: Record<string, string | string[]> = {};
  for (const name of endpoint.pathParams) params[name] = `${name}-1`;
  for (const [name, spec] of Object.entries(endpoint.query)) {
    if (!spec.required) continue;
    params[name] =
      spec.type === 'string[]' ? ['en-US'] : typeof spec.type === 'string' ? 'x' : (spec.type[0] ?? '');
  }
  return params;
}

describe('the endpoint catalogue', () => {
  it('holds the 43 GET endpoints of mix-api.md §3 with unique paths', () => {
    expect(MIX_ENDPOINT_KEYS).toHaveLength(43);
    expect(new Set(MIX_ENDPOINT_KEYS.map((key) => MIX_ENDPOINTS[key].path)).size).toBe(43);
    expect(MIX_ENDPOINT_KEYS.filter((key) => MIX_ENDPOINTS[key].kind === 'download').sort()).toEqual([
      'appConfigs.export',
      'builds.export',
      'grammars.export',
      'literals.export',
      'ontology.export',
      'projects.export',
      'projects.exportMetadata',
      'samples.export',
    ]);
  });

  it.each(MIX_ENDPOINT_KEYS)('%s: declares exactly its template parameters and builds a full path', (key) => {
    const endpoint = MIX_ENDPOINTS[key];
    const inTemplate = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]);
    expect(endpoint.pathParams).toEqual(inTemplate);
    const params = sampleParams(key);
    expect(validateMixParams(key, params)).toEqual(params);
    const path = buildMixPath(key, params);
    expect(path).toMatch(/^\/v4\//);
    expect(path).not.toMatch(/[{}]/);
    expect(endpoint.paged).toBe('limit' in endpoint.query && 'offset' in endpoint.query);
  });

  it('knows its keys', () => {
    expect(isMixEndpointKey('projects.list')).toBe(true);
    expect(isMixEndpointKey('toString')).toBe(false);
    expect(isMixEndpointKey('__proto__')).toBe(false);
  });
});

describe('buildMixPath', () => {
  it('encodes each value as a single segment', () => {
    expect(buildMixPath('intents.get', { projectId: '1', intentName: 'a/b' })).toBe(
      '/v4/projects/1/intents/a%2Fb',
    );
    expect(buildMixPath('intents.get', { projectId: '1', intentName: 'ORDER DRINK?#' })).toBe(
      '/v4/projects/1/intents/ORDER%20DRINK%3F%23',
    );
    expect(buildMixPath('entities.get', { projectId: '1', entityName: 'Größe…' })).toBe(
      '/v4/projects/1/entities/Gr%C3%B6%C3%9Fe%E2%80%A6',
    );
    expect(buildMixPath('entities.get', { projectId: '1', entityName: '.hidden..name' })).toBe(
      '/v4/projects/1/entities/.hidden..name',
    );
  });

  it('refuses "." and ".." (parsers drop them even percent-encoded) and empty segments', () => {
    expect(() => buildMixPath('intents.get', { projectId: '1', intentName: '..' })).toThrow(/intentName/);
    expect(() => buildMixPath('intents.get', { projectId: '.', intentName: 'A' })).toThrow(/projectId/);
    expect(() => buildMixPath('intents.get', { projectId: '1', intentName: '' })).toThrow(/empty/);
    expect(() => buildMixPath('intents.get', { projectId: '1' })).toThrow(/empty/);
  });
});

describe('mixQuery', () => {
  it('lists parameters in catalogue order, repeating lists and spelling booleans', () => {
    const params = { locales: ['en-US', 'fr-FR'], projectId: '1' };
    expect(mixQuery('ontology.export', params)).toEqual([
      ['locales', 'en-US'],
      ['locales', 'fr-FR'],
    ]);
    expect(mixPathWithQuery('projects.list', { limit: 10, excludeChannels: false, orgId: 'a b&c' })).toBe(
      '/v4/projects?orgId=a%20b%26c&excludeChannels=false&limit=10',
    );
  });
});

describe('validateMixParams', () => {
  it('rejects unknown parameters, wrong types and missing required ones', () => {
    expect(validateMixParams('projects.list', { orgID: '1' })).toBe(
      '"orgID" is not a parameter of projects.list.',
    );
    expect(validateMixParams('projects.list', { limit: '10' })).toMatch(/"limit" must be a whole number/);
    expect(validateMixParams('projects.list', { limit: -1 })).toMatch(/"limit" must be a whole number/);
    expect(validateMixParams('projects.list', { limit: 1.5 })).toMatch(/"limit"/);
    expect(validateMixParams('projects.list', { excludeChannels: 'true' })).toBe(
      '"excludeChannels" must be true or false.',
    );
    expect(validateMixParams('builds.list', { projectId: '1', type: 'nlu' })).toBe(
      '"type" must be one of ASR, NLU, DIALOG.',
    );
    expect(validateMixParams('builds.list', { projectId: '1' })).toBe('"type" is required for builds.list.');
    expect(validateMixParams('projects.get', {})).toBe('"projectId" is required for projects.get.');
    expect(validateMixParams('ontology.export', { projectId: '1', locales: [] })).toMatch(/at least one/);
    expect(validateMixParams('ontology.export', { projectId: '1', locales: ['en-US', 3] })).toMatch(
      /"locales"/,
    );
    expect(validateMixParams('projects.get', { projectId: { id: 1 } })).toBe('"projectId" must be a text.');
    expect(validateMixParams('projects.get', ['1'])).toBe('The parameters must be an object.');
    expect(validateMixParams('nope.list', {})).toBe('"nope.list" is not a known Mix.api endpoint.');
    expect(validateMixParams('projects.list', JSON.parse('{"__proto__": {"x": 1}}'))).toMatch(/__proto__/);
  });

  it('returns only checked values, numeric IDs as text', () => {
    expect(validateMixParams('builds.list', { projectId: 1922, type: 'NLU', limit: 10 })).toEqual({
      projectId: '1922',
      type: 'NLU',
      limit: 10,
    });
    expect(validateMixParams('ontology.export', { projectId: '1', locales: 'en-US' })).toEqual({
      projectId: '1',
      locales: ['en-US'],
    });
    expect(validateMixParams('system.version', undefined)).toEqual({});
  });
});

describe('copyable commands', () => {
  it('writes curl with $MIX_TOKEN unless a token is given', () => {
    expect(curlCommand('https://mix.api.nuance.com/', 'projects.list', { orgId: '64', limit: 25 })).toBe(
      `curl -sS -H "Authorization: Bearer $MIX_TOKEN" -H 'Accept: application/json' 'https://mix.api.nuance.com/v4/projects?orgId=64&limit=25'`,
    );
    expect(curlCommand('https://mix.api.nuance.com', 'system.version', {}, { token: "t'ok" })).toBe(
      `curl -sS -H 'Authorization: Bearer t'\\''ok' -H 'Accept: application/json' https://mix.api.nuance.com/v4/version`,
    );
    expect(curlCommand('https://mix.api.nuance.eu', 'projects.export', { projectId: '1922' })).toBe(
      `curl -sS -f -OJ -H "Authorization: Bearer $MIX_TOKEN" -H 'Accept: application/json' https://mix.api.nuance.eu/v4/projects/1922/.export`,
    );
  });
});
