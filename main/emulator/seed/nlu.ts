// Intents and entities: every entity kind, each as Mix's one-key wrapper (`{listEntity: {...}}`, ...).
import type { EntityKind, EntityRecord, IntentRecord } from './types';

const WRAPPER: Record<EntityKind, string> = {
  BASE: 'baseEntity',
  FREEFORM: 'freeformEntity',
  LIST: 'listEntity',
  REGEX: 'regexEntity',
  RELATIONAL: 'relationalEntity',
  RULE_BASED: 'ruleBasedEntity',
};

export function wrapperKey(kind: EntityKind): string {
  return WRAPPER[kind];
}

function entity(
  kind: EntityKind,
  id: string,
  name: string,
  fields: Record<string, unknown>,
  literals: [string, string][] = [],
): EntityRecord {
  // Recorded shapes (mix-api.md §5, §10): list entities count their literals, base entities have no settings.
  const settings = { isSensitive: false, canonicalize: true };
  const body =
    kind === 'LIST'
      ? { id, name, isDynamic: false, numLiterals: literals.length, settings, ...fields }
      : kind === 'BASE'
        ? { id, name, ...fields }
        : { id, name, settings, ...fields };
  return { kind, name, json: { [WRAPPER[kind]]: body }, literals };
}

function intent(
  id: string,
  name: string,
  links: string[],
  samples: string[],
  extra: { isInBaseOntology?: boolean; dataSource?: string } = {},
): IntentRecord {
  return {
    intent: {
      id,
      name,
      isInBaseOntology: extra.isInBaseOntology ?? false,
      links: links.map((entityRef) => ({ entityRef })),
      ...(extra.dataSource === undefined ? {} : { dataSource: extra.dataSource }),
    },
    samples,
  };
}

const SIZES: [string, string][] = [
  ['small', 'small'],
  ['tall', 'small'],
  ['medium', 'medium'],
  ['grande', 'medium'],
  ['regular', 'medium'],
  ['large', 'large'],
  ['venti', 'large'],
  ['extra large', 'large'],
  ['huge', 'large'],
];

export function coffeeEntities(): EntityRecord[] {
  return [
    entity('LIST', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e01', 'DrinkSize', { dataType: 'ALPHANUM' }, SIZES),
    entity(
      'LIST',
      '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e02',
      'DrinkType',
      { dataType: 'ALPHANUM', isDynamic: true, dataSource: 'nuance_custom_data' },
      [
        ['latte', 'latte'],
        ['cappuccino', 'cappuccino'],
        ['flat white', 'flat_white'],
        ['espresso', 'espresso'],
      ],
    ),
    entity('FREEFORM', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e03', 'ORDER_NOTE', { dataType: 'NOT_SET' }),
    entity('BASE', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e04', 'nuance_CARDINAL_NUMBER', { dataType: 'NUMBER' }),
    entity('BASE', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e05', 'nuance_DATE', { dataType: 'DATE' }),
    entity('REGEX', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e06', 'ORDER_NUMBER', {
      dataType: 'ALPHANUM',
      pattern: '[A-Z]{2}[0-9]{6}',
    }),
    entity('RELATIONAL', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e07', 'DRINK_ORDER', {
      dataType: 'NOT_SET',
      isA: '',
      hasA: { entities: ['DrinkSize', 'DrinkType'] },
    }),
    entity('RELATIONAL', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e08', 'PICKUP_DATE', {
      dataType: 'DATE',
      isA: 'nuance_DATE',
      hasA: { entities: [] },
    }),
    entity('RULE_BASED', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e09', 'COFFEE_SHOP_LOCATION', {
      dataType: 'ALPHANUM',
    }),
  ];
}

export function coffeeIntents(): IntentRecord[] {
  return [
    intent(
      '7c1e9a3b-5d2f-4c8e-a1b3-000000000001',
      'ORDER_COFFEE',
      ['DrinkSize', 'DrinkType', 'COFFEE_SHOP_LOCATION'],
      ['I would like a large latte', 'can I get a small cappuccino', 'one flat white please'],
    ),
    intent(
      '7c1e9a3b-5d2f-4c8e-a1b3-000000000002',
      'ORDER_PASTRY',
      [],
      ['a croissant please', 'do you have muffins'],
      { dataSource: 'nuance_custom_data' },
    ),
    intent(
      '7c1e9a3b-5d2f-4c8e-a1b3-000000000003',
      'CHECK_ORDER_STATUS',
      ['ORDER_NUMBER', 'PICKUP_DATE'],
      ['where is my order', 'status of order AB123456'],
    ),
    intent('7c1e9a3b-5d2f-4c8e-a1b3-000000000004', 'NO_INTENT', [], [], { isInBaseOntology: true }),
  ];
}

export function bankingNlu(): { intents: IntentRecord[]; entities: EntityRecord[] } {
  return {
    intents: [
      intent('7c1e9a3b-5d2f-4c8e-a1b3-000000000101', 'GET_BALANCE', ['ACCOUNT_TYPE'], ['what is my balance']),
      intent(
        '7c1e9a3b-5d2f-4c8e-a1b3-000000000102',
        'TRANSFER_FUNDS',
        ['ACCOUNT_TYPE', 'AMOUNT'],
        ['move 50 dollars to savings'],
      ),
    ],
    entities: [
      entity('LIST', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e11', 'ACCOUNT_TYPE', { dataType: 'ALPHANUM' }, [
        ['checking', 'CHECKING'],
        ['savings', 'SAVINGS'],
      ]),
      entity('RELATIONAL', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e12', 'AMOUNT', {
        dataType: 'AMOUNT',
        isA: 'nuance_AMOUNT',
        hasA: { entities: [] },
      }),
    ],
  };
}

export function demoNlu(): { intents: IntentRecord[]; entities: EntityRecord[] } {
  return {
    intents: [
      intent('7c1e9a3b-5d2f-4c8e-a1b3-000000000201', 'iOrderCoffee', ['COFFEE_TYPE'], ['a coffee please']),
    ],
    entities: [
      entity('LIST', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e21', 'COFFEE_TYPE', { dataType: 'ALPHANUM' }, [
        ['americano', 'americano'],
        ['mocha', 'mocha'],
      ]),
      entity('RULE_BASED', '0b5f2c9e-6d1a-4f3b-8e7c-2a9d4b6f8e22', 'STORE_HOURS', { dataType: 'TIME' }),
    ],
  };
}

/** Intents of the scale project: INTENT_00001 ... with a fixed width so names sort like their numbers. */
export function scaleIntents(count: number): IntentRecord[] {
  const width = Math.max(5, String(count).length);
  const intents: IntentRecord[] = new Array<IntentRecord>(count);
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(width, '0');
    intents[i - 1] = {
      intent: { id: `scale-intent-${n}`, name: `INTENT_${n}`, isInBaseOntology: false, links: [] },
      samples: [],
    };
  }
  return intents;
}
