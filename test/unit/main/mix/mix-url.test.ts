import { describe, expect, it } from 'vitest';
import { networkProblem } from '../../../../main/mix/mix-errors';
import { mixUrl } from '../../../../main/mix/mix-url';
import { problemThrownBy } from '../support/problems';

describe('mixUrl', () => {
  it('builds the path on the API origin with its query', () => {
    const url = mixUrl('https://mix.api.nuance.com', '/v4/organizations', {
      view: 'FULL',
      limit: 25,
      skip: undefined,
    });
    expect(url.href).toBe('https://mix.api.nuance.com/v4/organizations?view=FULL&limit=25');
  });

  it('drops a path in the configured URL instead of following it elsewhere', () => {
    expect(mixUrl('https://mix.api.nuance.com//evil.example/x', '/v4/version').href).toBe(
      'https://mix.api.nuance.com/v4/version',
    );
  });

  it('refuses paths that would leave the origin', () => {
    for (const path of [
      '//evil.example/v4/version',
      'https://evil.example/v4',
      'http://mix.api.nuance.com/v4',
    ]) {
      expect(problemThrownBy(() => mixUrl('https://mix.api.nuance.com', path)).code).toBe('internal');
    }
  });

  it('refuses configured URLs that are not http(s)', () => {
    for (const apiUrl of ['not a url', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(problemThrownBy(() => mixUrl(apiUrl, '/v4/version')).code).toBe('invalid-input');
    }
  });
});

describe('networkProblem', () => {
  it('says how long the host was waited for on a timeout', () => {
    const error = Object.assign(new Error('timeout of 30000ms exceeded'), { code: 'ECONNABORTED' });
    const { problem } = networkProblem(error, 'mix.api.nuance.com', 30_000);
    expect(problem).toMatchObject({ code: 'network', host: 'mix.api.nuance.com', actions: ['retry'] });
    expect(problem.message).toBe('mix.api.nuance.com did not answer within 30 seconds.');
  });

  it('explains a host that does not resolve', () => {
    const error = Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    expect(networkProblem(error, 'mix.api.example', 30_000).problem.message).toContain(
      'Could not find mix.api.example',
    );
  });
});
