import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import axios from 'axios';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createIssuerDiscovery,
  issuerFromMetadata,
  type IssuerExpectation,
} from '../../../../main/auth/issuer-discovery';
import { systemClock } from '../../../../main/ports/clock';
import { createFakeClock } from './support/fake-clock';
import { testProfile } from './support/profile';

type Answer = { status: number; body: string; type?: string } | 'hang';

/** A server whose answers per path the test decides; it records the paths asked. */
async function metadataServer(answers: Record<string, Answer>) {
  const asked: string[] = [];
  const server: Server = createServer((req, res) => {
    asked.push(req.url ?? '');
    const answer = answers[req.url ?? ''] ?? { status: 404, body: 'not found' };
    if (answer === 'hang') return; // never answers
    res.writeHead(answer.status, { 'Content-Type': answer.type ?? 'application/json' });
    res.end(answer.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { origin, asked };
}

/** What the sign-in checks; the lookups (for the timeline) are tested on their own. */
const facts = ({ lookups: _lookups, ...checked }: IssuerExpectation) => checked;

const servers: Server[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

const json = (value: unknown): Answer => ({ status: 200, body: JSON.stringify(value) });
const AS_METADATA = '/.well-known/oauth-authorization-server';
const OIDC_METADATA = '/.well-known/openid-configuration';

describe('issuerFromMetadata', () => {
  const origin = 'https://auth.example.com';
  it('takes the issuer of the server it was fetched from, with its iss support', () => {
    expect(
      issuerFromMetadata(
        { issuer: 'https://auth.example.com/', authorization_response_iss_parameter_supported: true },
        origin,
      ),
    ).toEqual({ issuer: 'https://auth.example.com/', issParameterSupported: true });
    expect(issuerFromMetadata({ issuer: 'https://auth.example.com/oauth2' }, origin)).toEqual({
      issuer: 'https://auth.example.com/oauth2',
      issParameterSupported: false,
    });
  });

  it.each([
    // A malicious server naming a real one as its issuer would let the real one's code in.
    { issuer: 'https://auth.crt.nuance.com' },
    { issuer: 'https://auth.example.com.evil.example' },
    { issuer: 'http://auth.example.com' },
    { issuer: 'https://auth.example.com?x=1' },
    { issuer: 'https://user@auth.example.com' },
    { issuer: '' },
    { issuer: 42 },
    { nothing: true },
    ['https://auth.example.com'],
    null,
  ])('refuses %j', (document) => {
    expect(issuerFromMetadata(document, origin)).toBeUndefined();
  });
});

describe('createIssuerDiscovery', () => {
  const http = () => axios.create();

  it('reads the OAuth metadata first, and asks only once while the answer is fresh', async () => {
    const answers: Record<string, Answer> = {};
    const server = await metadataServer(answers);
    answers[AS_METADATA] = json({
      issuer: `${server.origin}/`,
      authorization_response_iss_parameter_supported: true,
    });
    const discovery = createIssuerDiscovery(http, systemClock);
    const expected = { issuer: `${server.origin}/`, issParameterSupported: true };
    expect(facts(await discovery.expect(testProfile({ authServerUrl: server.origin })))).toEqual(expected);
    // The same server typed with a trailing slash is the same server.
    expect(facts(await discovery.expect(testProfile({ authServerUrl: `${server.origin}/` })))).toEqual(
      expected,
    );
    expect(server.asked).toEqual([AS_METADATA]);
  });

  it('does without metadata that names another server as its issuer', async () => {
    const server = await metadataServer({
      [AS_METADATA]: json({ issuer: 'https://auth.crt.nuance.com' }),
      [OIDC_METADATA]: json({ issuer: 'https://auth.crt.nuance.com' }),
    });
    const discovery = createIssuerDiscovery(http, systemClock);
    expect(facts(await discovery.expect(testProfile({ authServerUrl: server.origin })))).toEqual({
      issParameterSupported: false,
    });
    expect(server.asked).toEqual([AS_METADATA, OIDC_METADATA]);
  });

  it('finds the issuer in the OpenID configuration when the OAuth metadata is missing', async () => {
    const answers: Record<string, Answer> = {};
    const server = await metadataServer(answers);
    answers[OIDC_METADATA] = json({
      issuer: server.origin,
      authorization_response_iss_parameter_supported: true,
    });
    const discovery = createIssuerDiscovery(http, systemClock);
    expect(facts(await discovery.expect(testProfile({ authServerUrl: server.origin })))).toEqual({
      issuer: server.origin,
      issParameterSupported: true,
    });
  });

  it.each<[string, Answer]>([
    ['an HTML page', { status: 200, body: '<html>login</html>', type: 'text/html' }],
    ['a redirect', { status: 302, body: '' }],
    ['a server error', { status: 500, body: '{"issuer":"x"}' }],
    ['a huge document', { status: 200, body: JSON.stringify({ issuer: 'x', pad: 'x'.repeat(200_000) }) }],
  ])('quietly does without metadata on %s', async (_what, answer) => {
    const server = await metadataServer({ [AS_METADATA]: answer, [OIDC_METADATA]: answer });
    const discovery = createIssuerDiscovery(http, systemClock);
    expect(facts(await discovery.expect(testProfile({ authServerUrl: server.origin })))).toEqual({
      issParameterSupported: false,
    });
  });

  it('never waits longer than its budget for a server that does not answer', async () => {
    const server = await metadataServer({ [AS_METADATA]: 'hang', [OIDC_METADATA]: 'hang' });
    const clock = createFakeClock();
    const discovery = createIssuerDiscovery(http, clock, { budgetMs: 150 });
    // Without a bound this would never settle (the server holds both requests open).
    expect(facts(await discovery.expect(testProfile({ authServerUrl: server.origin })))).toEqual({
      issParameterSupported: false,
    });
  });

  it('says which metadata requests it made and what came of each, for the sign-in timeline', async () => {
    const server = await metadataServer({
      [AS_METADATA]: { status: 404, body: 'not here' },
      [OIDC_METADATA]: { status: 200, body: '{"issuer":"https://elsewhere.example"}' },
    });
    const clock = createFakeClock();
    const found = await createIssuerDiscovery(http, clock).expect(
      testProfile({ authServerUrl: server.origin }),
    );
    expect(found.lookups).toEqual([
      { at: clock.now(), url: `${server.origin}${AS_METADATA}`, status: 404, outcome: 'no metadata' },
      { at: clock.now(), url: `${server.origin}${OIDC_METADATA}`, status: 200, outcome: 'no usable issuer' },
    ]);
  });

  it('asks a server that had no metadata again once the short negative cache ran out', async () => {
    const server = await metadataServer({});
    const clock = createFakeClock();
    const discovery = createIssuerDiscovery(http, clock);
    const profile = testProfile({ authServerUrl: server.origin });
    await discovery.expect(profile);
    await discovery.expect(profile);
    expect(server.asked).toHaveLength(2);
    clock.advance(11 * 60_000);
    await discovery.expect(profile);
    expect(server.asked).toHaveLength(4);
  });
});
