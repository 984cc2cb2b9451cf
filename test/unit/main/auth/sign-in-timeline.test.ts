import { describe, expect, it } from 'vitest';
import { timelineText } from '../../../../common/sign-in-timeline-text';
import {
  MAX_TIMELINE_STEPS,
  createSignInTimeline,
  describeUrl,
} from '../../../../main/auth/sign-in-timeline';
import { createFakeClock } from './support/fake-clock';

describe('describeUrl', () => {
  it.each([
    [
      'https://auth.crt.nuance.com/oauth2/auth?client_id=appID%3AX&state=s3cr3t-state&code_challenge=abc',
      { host: 'auth.crt.nuance.com', path: '/oauth2/auth', query: ['client_id', 'state', 'code_challenge'] },
    ],
    [
      'http://localhost:3000/callback?code=c0de&code=again',
      { host: 'localhost:3000', path: '/callback', query: ['code'] },
    ],
    ['https://auth.crt.nuance.com/login', { host: 'auth.crt.nuance.com', path: '/login' }],
    ['not a url', { host: '(not a URL)' }],
  ])('%s keeps host, path and parameter names', (url, described) => {
    expect(describeUrl(url)).toEqual(described);
  });
});

describe('createSignInTimeline', () => {
  it('stamps each step with the clock and keeps the first and the newest when it overflows', () => {
    const clock = createFakeClock();
    const timeline = createSignInTimeline(clock);
    timeline.add('authorize', 'https://auth.example.test/oauth2/auth?state=x', { outcome: 'opened' });
    for (let i = 0; i < MAX_TIMELINE_STEPS + 10; i++) {
      clock.advance(10);
      timeline.add('page loaded', `https://auth.example.test/page-${i}`);
    }
    const steps = timeline.steps();
    expect(steps).toHaveLength(MAX_TIMELINE_STEPS);
    expect(steps[0]).toMatchObject({ event: 'authorize', query: ['state'], outcome: 'opened' });
    expect(steps.at(-1)).toMatchObject({ path: `/page-${MAX_TIMELINE_STEPS + 9}` });
  });
});

describe('timelineText', () => {
  it('writes one line per step with the offset, the place, the status and the outcome', () => {
    const at = Date.UTC(2026, 10, 29, 20, 0, 0);
    expect(
      timelineText([
        {
          at,
          event: 'authorize',
          host: 'auth.example.test',
          path: '/oauth2/auth',
          query: ['client_id', 'state'],
          outcome: 'opened in the sign-in window',
        },
        {
          at: at + 1234,
          event: 'token exchange',
          host: 'auth.example.test',
          path: '/oauth2/token',
          status: 400,
          outcome: 'refused (token-error)',
        },
      ]),
    ).toBe(
      [
        'Sign-in started 2026-11-29T20:00:00.000Z',
        '+0.000 s  authorize  auth.example.test/oauth2/auth ?client_id&state  opened in the sign-in window',
        '+1.234 s  token exchange  auth.example.test/oauth2/token  HTTP 400  refused (token-error)',
      ].join('\n'),
    );
  });
});
