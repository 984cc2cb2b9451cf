// Platform-wide lookups: the same for every organization (mix-api.md §3.1, §3.2).
import type { Geography } from './types';

export const GEOGRAPHIES: readonly Geography[] = [
  { id: '1', displayName: 'Azure East US' },
  { id: '10', displayName: 'Sandbox US' },
  { id: '11', displayName: 'Production US' },
  { id: '14', displayName: 'US' },
  { id: '16', displayName: 'Canada' },
  { id: '20', displayName: 'EU' },
  { id: '21', displayName: 'UK' },
  { id: '22', displayName: 'Australia' },
];

export function geography(id: string): Geography {
  const found = GEOGRAPHIES.find((g) => g.id === id);
  if (!found) throw new Error(`seed: no geography ${id}`);
  return found;
}

const ENTITY_KINDS = ['BASE', 'FREEFORM', 'LIST', 'REGEX', 'RELATIONAL', 'RULE_BASED'] as const;

export const DATA_TYPES: readonly {
  name: string;
  schema: Record<string, unknown>;
  compatibleEntityTypes: { name: string; default: boolean }[];
}[] = [
  {
    name: 'ALPHANUMERIC',
    schema: { type: 'string' },
    compatibleEntityTypes: [
      { name: 'LIST', default: true },
      { name: 'FREEFORM', default: false },
      { name: 'REGEX', default: false },
      { name: 'RULE_BASED', default: false },
    ],
  },
  {
    name: 'AMOUNT',
    schema: { type: 'object', properties: { amount: { type: 'number' }, currency: { type: 'string' } } },
    compatibleEntityTypes: [
      { name: 'RELATIONAL', default: true },
      { name: 'RULE_BASED', default: false },
    ],
  },
  { name: 'BOOLEAN', schema: { type: 'boolean' }, compatibleEntityTypes: [{ name: 'LIST', default: true }] },
  {
    name: 'DATE',
    schema: { type: 'string', format: 'date' },
    compatibleEntityTypes: [
      { name: 'RELATIONAL', default: true },
      { name: 'RULE_BASED', default: false },
    ],
  },
  {
    name: 'DIGITS',
    schema: { type: 'string', pattern: '^[0-9]+$' },
    compatibleEntityTypes: [
      { name: 'REGEX', default: true },
      { name: 'RULE_BASED', default: false },
    ],
  },
  {
    name: 'NOT_SET',
    schema: {},
    compatibleEntityTypes: ENTITY_KINDS.map((name) => ({ name, default: false })),
  },
  {
    name: 'NUMBER',
    schema: { type: 'number' },
    compatibleEntityTypes: [
      { name: 'RELATIONAL', default: true },
      { name: 'LIST', default: false },
    ],
  },
  {
    name: 'TIME',
    schema: { type: 'string', format: 'time' },
    compatibleEntityTypes: [{ name: 'RELATIONAL', default: true }],
  },
];

export const ENTITY_TYPES: readonly { name: string; description: string; compatibleDataTypes: string[] }[] = [
  {
    name: 'BASE',
    description: 'Predefined Nuance entity.',
    compatibleDataTypes: ['AMOUNT', 'DATE', 'NUMBER'],
  },
  { name: 'FREEFORM', description: 'Open text such as a message body.', compatibleDataTypes: ['NOT_SET'] },
  {
    name: 'LIST',
    description: 'A closed list of literals, each with a value.',
    compatibleDataTypes: ['ALPHANUMERIC', 'BOOLEAN', 'NUMBER', 'NOT_SET'],
  },
  {
    name: 'REGEX',
    description: 'Values matched by a regular expression.',
    compatibleDataTypes: ['ALPHANUMERIC', 'DIGITS', 'NOT_SET'],
  },
  {
    name: 'RELATIONAL',
    description: 'Built from other entities with isA / hasA.',
    compatibleDataTypes: ['AMOUNT', 'DATE', 'NUMBER', 'TIME', 'NOT_SET'],
  },
  {
    name: 'RULE_BASED',
    description: 'Values defined by a GrXML grammar.',
    compatibleDataTypes: ['ALPHANUMERIC', 'AMOUNT', 'DIGITS', 'NOT_SET'],
  },
];

export const VOICES: readonly {
  name: string;
  restricted: boolean;
  gender: 'FEMALE' | 'MALE';
  model: string;
  locale: string;
  sampleRateHz: number[];
  foreignLanguages: string[];
  styles: string[];
}[] = [
  {
    name: 'Ava-Ml',
    restricted: false,
    gender: 'FEMALE',
    model: 'enhanced',
    locale: 'en-US',
    sampleRateHz: [8000, 22050],
    foreignLanguages: ['es-MX'],
    styles: ['lively', 'neutral'],
  },
  {
    name: 'Evan',
    restricted: false,
    gender: 'MALE',
    model: 'enhanced',
    locale: 'en-US',
    sampleRateHz: [8000, 22050],
    foreignLanguages: [],
    styles: ['neutral'],
  },
  {
    name: 'Amelie-Ml',
    restricted: false,
    gender: 'FEMALE',
    model: 'enhanced',
    locale: 'fr-CA',
    sampleRateHz: [8000, 22050],
    foreignLanguages: ['en-US'],
    styles: ['neutral'],
  },
  {
    name: 'Serena',
    restricted: true,
    gender: 'FEMALE',
    model: 'standard',
    locale: 'en-GB',
    sampleRateHz: [8000],
    foreignLanguages: [],
    styles: [],
  },
  {
    name: 'Markus',
    restricted: false,
    gender: 'MALE',
    model: 'standard',
    locale: 'de-DE',
    sampleRateHz: [8000, 16000],
    foreignLanguages: [],
    styles: [],
  },
];

const TOPICS: Record<string, Record<string, string[]>> = {
  gen: { 'en-US': ['4.7.0', '4.8.0'], 'en-GB': ['4.6.0', '4.7.0'], 'fr-CA': ['4.6.0'], 'de-DE': ['4.5.0'] },
  banking: { 'en-US': ['2.1.0', '2.2.0'] },
  telco: { 'en-US': ['1.3.0'], 'fr-CA': ['1.3.0'] },
};

export const DEFAULT_ENGINE_PACK_ID = 'e8166c40-26ab-4d5f-a73f-a092041f4603';

function topicsFor(
  supportedFrom: number,
): Record<string, { locales: Record<string, { versions: object[] }> }> {
  const result: Record<string, { locales: Record<string, { versions: object[] }> }> = {};
  for (const [topic, locales] of Object.entries(TOPICS)) {
    const entry: Record<string, { versions: object[] }> = {};
    for (const [locale, versions] of Object.entries(locales)) {
      entry[locale] = {
        versions: versions.map((version, i) => ({
          version,
          isSupported: i >= supportedFrom || i === versions.length - 1,
        })),
      };
    }
    result[topic] = { locales: entry };
  }
  return result;
}

export const ENGINE_PACKS: readonly object[] = [
  {
    enginePackId: DEFAULT_ENGINE_PACK_ID,
    version: '4.2.0',
    dialogVersion: '6.0.0',
    nluVersion: '4',
    asrVersion: '4.0.0',
    ttsVersion: '4.0.0',
    isDefault: true,
    topics: topicsFor(0),
  },
  {
    enginePackId: '1b0e7bb5-3a34-4c2e-9e4f-6f1f2c8d9a10',
    version: '3.11.0',
    dialogVersion: '5.4.0',
    nluVersion: '3',
    asrVersion: '3.11.0',
    ttsVersion: '3.9.0',
    isDefault: false,
    topics: topicsFor(1),
  },
];

export const LANGUAGE_TOPICS: readonly {
  id: string;
  name: string;
  locales: { locale: string; versions: string[] }[];
}[] = Object.entries(TOPICS).map(([topic, locales]) => ({
  id: topic,
  name: topic,
  locales: Object.entries(locales).map(([locale, versions]) => ({ locale, versions })),
}));

/** Newest datapack version of a topic and locale. */
export function datapackVersion(topic: string, locale: string): string {
  return TOPICS[topic]?.[locale]?.at(-1) ?? '4.7.0';
}
