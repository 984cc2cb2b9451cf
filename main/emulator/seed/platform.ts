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

/** A data type's JSON schema as recorded (mix-api.md §10): `schema`, `title`, `type`, `additionalProperties`, `description`, `properties`. */
function schema(
  title: string,
  type: string,
  description: string,
  properties: object = {},
): Record<string, unknown> {
  return {
    schema: 'http://json-schema/schema#',
    title,
    type,
    additionalProperties: false,
    description,
    properties,
  };
}

/** Names as Mix spells them (`ALPHANUM`, `SET`, ...); descriptions and compatibilities beyond SET/NUMBER are guesses. */
export const DATA_TYPES: readonly {
  name: string;
  schema: Record<string, unknown>;
  compatibleEntityTypes: { name: string; default: boolean }[];
}[] = [
  {
    name: 'ALPHANUM',
    schema: schema('ALPHANUM', 'string', 'Letters and digits.'),
    compatibleEntityTypes: [
      { name: 'LIST', default: true },
      { name: 'FREEFORM', default: false },
      { name: 'REGEX', default: false },
      { name: 'RULE_BASED', default: false },
    ],
  },
  {
    name: 'AMOUNT',
    schema: schema('AMOUNT', 'object', 'A sum of money.', {
      amount: { type: 'number' },
      currency: { type: 'string' },
    }),
    compatibleEntityTypes: [
      { name: 'RELATIONAL', default: true },
      { name: 'RULE_BASED', default: false },
    ],
  },
  {
    name: 'BOOLEAN',
    schema: schema('BOOLEAN', 'boolean', 'True or false.'),
    compatibleEntityTypes: [{ name: 'LIST', default: true }],
  },
  {
    name: 'DATE',
    schema: schema('DATE', 'string', 'A calendar date.'),
    compatibleEntityTypes: [
      { name: 'RELATIONAL', default: true },
      { name: 'RULE_BASED', default: false },
    ],
  },
  {
    name: 'DIGITS',
    schema: schema('DIGITS', 'string', 'A string of digits.'),
    compatibleEntityTypes: [
      { name: 'REGEX', default: true },
      { name: 'RULE_BASED', default: false },
    ],
  },
  {
    name: 'NOT_SET',
    schema: schema('NOT_SET', 'string', 'Nothing set.'),
    compatibleEntityTypes: ENTITY_KINDS.map((name) => ({ name, default: false })),
  },
  {
    name: 'NUMBER',
    schema: schema('NUMBER', 'Integer', 'Nothing set. Default.'),
    compatibleEntityTypes: [{ name: 'REGEX', default: false }],
  },
  {
    name: 'SET',
    schema: schema('SET', 'string', 'Nothing set. Default.'),
    compatibleEntityTypes: [
      { name: 'FREEFORM', default: false },
      { name: 'LIST', default: true },
    ],
  },
  {
    name: 'TIME',
    schema: schema('TIME', 'string', 'A time of day.'),
    compatibleEntityTypes: [{ name: 'RELATIONAL', default: true }],
  },
];

export const ENTITY_TYPES: readonly { name: string; description: string; compatibleDataTypes: string[] }[] = [
  {
    name: 'BASE',
    description: 'Predefined Nuance entity.',
    compatibleDataTypes: ['AMOUNT', 'DATE', 'NUMBER'],
  },
  {
    name: 'FREEFORM',
    description: 'Open text such as a message body.',
    compatibleDataTypes: ['SET', 'NOT_SET'],
  },
  {
    name: 'LIST',
    description: 'A closed list of literals, each with a value.',
    compatibleDataTypes: ['ALPHANUM', 'BOOLEAN', 'SET', 'NOT_SET'],
  },
  {
    name: 'REGEX',
    description: 'Values matched by a regular expression.',
    compatibleDataTypes: ['ALPHANUM', 'DIGITS', 'NUMBER', 'NOT_SET'],
  },
  {
    name: 'RELATIONAL',
    description: 'Built from other entities with isA / hasA.',
    compatibleDataTypes: ['AMOUNT', 'DATE', 'NUMBER', 'TIME', 'NOT_SET'],
  },
  {
    name: 'RULE_BASED',
    description: 'Values defined by a GrXML grammar.',
    compatibleDataTypes: ['ALPHANUM', 'AMOUNT', 'DIGITS', 'NOT_SET'],
  },
];

export const VOICES: readonly {
  name: string;
  restricted: boolean;
  gender: 'FEMALE' | 'MALE';
  /** `STANDARD` or `NEURAL` (mix-api.md §10). */
  model: 'STANDARD' | 'NEURAL';
  locale: string;
  sampleRateHz: number[];
  foreignLanguages: string[];
  styles: string[];
}[] = [
  {
    name: 'Ava-Ml',
    restricted: false,
    gender: 'FEMALE',
    model: 'NEURAL',
    locale: 'en-US',
    sampleRateHz: [8000, 22050],
    foreignLanguages: ['es-MX'],
    styles: ['lively', 'neutral'],
  },
  {
    name: 'Evan',
    restricted: false,
    gender: 'MALE',
    model: 'NEURAL',
    locale: 'en-US',
    sampleRateHz: [8000, 22050],
    foreignLanguages: [],
    styles: ['neutral'],
  },
  {
    name: 'Amelie-Ml',
    restricted: false,
    gender: 'FEMALE',
    model: 'NEURAL',
    locale: 'fr-CA',
    sampleRateHz: [8000, 22050],
    foreignLanguages: ['en-US'],
    styles: ['neutral'],
  },
  {
    name: 'Serena',
    restricted: true,
    gender: 'FEMALE',
    model: 'STANDARD',
    locale: 'en-GB',
    sampleRateHz: [8000],
    foreignLanguages: [],
    styles: [],
  },
  {
    name: 'Markus',
    restricted: false,
    gender: 'MALE',
    model: 'STANDARD',
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
export const LEGACY_ENGINE_PACK_ID = '1b0e7bb5-3a34-4c2e-9e4f-6f1f2c8d9a10';
const EMPTY_ENGINE_PACK_ID = '5d0c3f7e-9a21-4b6e-8c44-0e2f7a9b1c33';

interface VersionEntry {
  version: string;
  isSupported: boolean;
}

function versionsOf(versions: readonly string[], supportedFrom: number): VersionEntry[] {
  return versions.map((version, i) => ({
    version,
    isSupported: i >= supportedFrom || i === versions.length - 1,
  }));
}

/** The recorded form (mix-api.md §10): an object keyed by topic, each with an object keyed by locale. */
function topicsByKey(
  supportedFrom: number,
): Record<string, { locales: Record<string, { versions: VersionEntry[] }> }> {
  const result: Record<string, { locales: Record<string, { versions: VersionEntry[] }> }> = {};
  for (const [topic, locales] of Object.entries(TOPICS)) {
    const entry: Record<string, { versions: VersionEntry[] }> = {};
    for (const [locale, versions] of Object.entries(locales)) {
      entry[locale] = { versions: versionsOf(versions, supportedFrom) };
    }
    result[topic] = { locales: entry };
  }
  return result;
}

/** GUESS: the list form a protobuf repeated field would give; kept so views stay tolerant of it. */
function topicsAsList(
  supportedFrom: number,
): { topic: string; locales: { locale: string; versions: VersionEntry[] }[] }[] {
  return Object.entries(TOPICS).map(([topic, locales]) => ({
    topic,
    locales: Object.entries(locales).map(([locale, versions]) => ({
      locale,
      versions: versionsOf(versions, supportedFrom),
    })),
  }));
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
    topics: topicsByKey(0),
  },
  {
    enginePackId: LEGACY_ENGINE_PACK_ID,
    version: '3.11.0',
    dialogVersion: '5.4.0',
    nluVersion: '3',
    asrVersion: '3.11.0',
    ttsVersion: '3.9.0',
    isDefault: false,
    topics: topicsAsList(1),
  },
  {
    // Recorded: an engine pack may come with no topics at all.
    enginePackId: EMPTY_ENGINE_PACK_ID,
    version: '4.3.0-preview',
    dialogVersion: '6.1.0',
    nluVersion: '4',
    asrVersion: '4.1.0',
    ttsVersion: '4.0.0',
    isDefault: false,
    topics: {},
  },
];

/** GUESS: the features each engine pack offers (`enginePackFeatures` of projects); Mix's names are not recorded. */
const FEATURES: Readonly<Record<string, readonly string[]>> = {
  [DEFAULT_ENGINE_PACK_ID]: ['ASR', 'NLU', 'DIALOG', 'TTS', 'NLU_ACCURATE_MODEL', 'ASR_WORDSETS'],
  [LEGACY_ENGINE_PACK_ID]: ['ASR', 'NLU', 'DIALOG', 'TTS'],
};

export function enginePackFeatures(enginePackId: string): string[] {
  return [...(FEATURES[enginePackId] ?? [])];
}

export const LANGUAGE_TOPICS: readonly {
  id: string;
  name: string;
  locales: { locale: string; versions: string[] }[];
}[] = Object.entries(TOPICS).map(([topic, locales], i) => ({
  // Ids look like "1" (mix-api.md §10).
  id: String(i + 1),
  name: topic,
  locales: Object.entries(locales).map(([locale, versions]) => ({ locale, versions })),
}));

/** Newest datapack version of a topic and locale. */
export function datapackVersion(topic: string, locale: string): string {
  return TOPICS[topic]?.[locale]?.at(-1) ?? '4.7.0';
}
