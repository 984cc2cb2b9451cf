import type { SystemPreset } from './ipc-contract';
import { findMixSystem } from './mix-systems';

/**
 * Mix client IDs name the geography they were issued in: `appID:ACME-PROD:geo:us:clientName:default`
 * (mix-api.md §1.3 and §10; also seen percent-encoded, `geo%3Aus`). Only the geographies that have a Mix
 * system of their own are compared; `geo:dev`, `geo:qa` and unknown values say nothing about the system.
 */
const GEOGRAPHY_SYSTEMS: Readonly<Record<string, Exclude<SystemPreset, 'custom'>>> = {
  us: 'us',
  eu: 'eu',
  uk: 'uk',
  au: 'au',
};

function decoded(clientId: string): string {
  try {
    return decodeURIComponent(clientId);
  } catch {
    return clientId;
  }
}

/** The geography a Mix client ID names (`us`, `eu`, `dev`, …, lower case), if it names one. */
export function clientIdGeography(clientId: string): string | undefined {
  const match = /(?:^|:)geo:([A-Za-z0-9_-]+)(?::|$)/.exec(decoded(clientId.trim()));
  return match?.[1]?.toLowerCase();
}

/**
 * A warning for the profile form when the client ID was issued for another Mix system than the profile's;
 * undefined when they agree or when either says nothing (custom system, no or unknown `geo:`).
 */
export function geographyMismatch(clientId: string, system: SystemPreset): string | undefined {
  if (system === 'custom') return undefined;
  const geography = clientIdGeography(clientId);
  const issuedFor = geography === undefined ? undefined : GEOGRAPHY_SYSTEMS[geography];
  if (issuedFor === undefined || issuedFor === system) return undefined;
  const issuedLabel = findMixSystem(issuedFor)?.label ?? issuedFor;
  const profileLabel = findMixSystem(system)?.label ?? system;
  return (
    `This client ID was issued for the ${issuedLabel} Mix system (geo:${geography}), but the profile uses ` +
    `${profileLabel}: the ${profileLabel} authorization service will not know it. Choose ${issuedLabel} ` +
    `as the Mix system, or use credentials from the ${profileLabel} Mix dashboard.`
  );
}
