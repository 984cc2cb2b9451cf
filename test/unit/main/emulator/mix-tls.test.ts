// HTTPS: a self-signed certificate made with node:crypto only, or PEMs the caller brings.
import { X509Certificate } from 'node:crypto';
import { request } from 'node:https';
import { describe, expect, it } from 'vitest';
import { sandboxesPerTest } from './sandbox-test-kit';
import { selfSignedCertificate } from '../../../../main/emulator/self-signed';

const startTestSandbox = sandboxesPerTest();

function httpsGet(url: string, ca: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    request(url, { ca }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

describe('selfSignedCertificate', () => {
  it('is a valid, self-signed X.509 certificate for the loopback names, valid from the given time', () => {
    const now = Date.UTC(2026, 0, 1);
    const { cert } = selfSignedCertificate(now);
    const parsed = new X509Certificate(cert);
    expect(parsed.verify(parsed.publicKey)).toBe(true);
    expect(parsed.checkIP('127.0.0.1')).toBe('127.0.0.1');
    expect(parsed.checkHost('localhost')).toBe('localhost');
    expect(Date.parse(parsed.validFrom)).toBeLessThanOrEqual(now);
    expect(Date.parse(parsed.validTo)).toBeGreaterThan(now + 300 * 24 * 3600_000);
  });

  it('always encodes its random serial as DER allows (OpenSSL refused a leading zero byte once in ~256 runs)', () => {
    for (let run = 0; run < 1024; run += 1) {
      const { cert } = selfSignedCertificate(Date.UTC(2026, 0, 1));
      expect(() => new X509Certificate(cert)).not.toThrow();
    }
  }, 60_000);
});

describe('startSandbox({tls})', () => {
  it('tls: true serves HTTPS that a client trusting `certificate` can reach', async () => {
    const sandbox = await startTestSandbox({ tls: true });
    expect(sandbox.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
    expect(sandbox.certificate).toContain('BEGIN CERTIFICATE');
    const answer = await httpsGet(`${sandbox.url}/v4/version`, sandbox.certificate ?? '');
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 401 });
    // A client that does not trust the certificate is refused.
    await expect(fetch(`${sandbox.url}/v4/version`)).rejects.toThrow();
  });

  it('accepts PEMs from the caller', async () => {
    const pems = selfSignedCertificate(Date.now());
    const sandbox = await startTestSandbox({ tls: pems });
    expect(sandbox.certificate).toBe(pems.cert);
    expect((await httpsGet(`${sandbox.url}/oauth2/token`, pems.cert)).status).toBe(405);
  });

  it('has no certificate over plain HTTP', async () => {
    const sandbox = await startTestSandbox();
    expect(sandbox.url).toMatch(/^http:/);
    expect(sandbox.certificate).toBeUndefined();
  });
});
