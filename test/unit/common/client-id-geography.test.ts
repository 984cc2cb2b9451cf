import { describe, expect, it } from 'vitest';
import { clientIdGeography, geographyMismatch } from '../../../common/client-id-geography';
import type { SystemPreset } from '../../../common/ipc-contract';

describe('clientIdGeography', () => {
  it.each([
    ['appID:ACME-PROD:geo:us:clientName:default', 'us'],
    ['appID%3ADEMO-OMNICHANNEL-APP-DEV%3Ageo%3Aqa%3AclientName%3AScriptUser', 'qa'],
    ['appID:X:geo:EU:clientName:svc', 'eu'],
    ['  appID:X:geo:uk  ', 'uk'],
    ['appID:X:clientName:default', undefined],
    ['mix-sandbox-client', undefined],
    ['appID:X:geography:us', undefined],
    ['appID:X:geo::clientName:y', undefined],
    ['bad%E0%A4%A', undefined],
  ])('%s names %s', (clientId, geography) => {
    expect(clientIdGeography(clientId)).toBe(geography);
  });
});

describe('geographyMismatch', () => {
  const cases: [string, SystemPreset, RegExp | undefined][] = [
    ['appID:A:geo:us:clientName:default', 'us', undefined],
    [
      'appID:A:geo:us:clientName:default',
      'eu',
      /issued for the US Mix system \(geo:us\), but the profile uses EU/,
    ],
    ['appID%3AA%3Ageo%3Aeu%3AclientName%3Adefault', 'uk', /issued for the EU Mix system.*profile uses UK/],
    ['appID:A:geo:au:clientName:default', 'us', /Australia/],
    // Development and QA geographies, unknown ones and custom systems say nothing.
    ['appID:A:geo:dev:clientName:default', 'eu', undefined],
    ['appID:A:geo:mars:clientName:default', 'eu', undefined],
    ['appID:A:geo:eu:clientName:default', 'custom', undefined],
    ['plain-client', 'us', undefined],
  ];
  it.each(cases)('%s with system %s', (clientId, system, expected) => {
    const warning = geographyMismatch(clientId, system);
    if (expected === undefined) expect(warning).toBeUndefined();
    else expect(warning).toMatch(expected);
  });

  it('names the fix: the matching system or credentials from the profile’s dashboard', () => {
    expect(geographyMismatch('appID:A:geo:eu:clientName:x', 'us')).toMatch(
      /Choose EU as the Mix system, or use credentials from the US Mix dashboard/,
    );
  });
});
