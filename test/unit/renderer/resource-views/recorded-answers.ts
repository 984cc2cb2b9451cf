// Mix answers in the shapes real Mix sends, an outside reference for the view tests: the field-level facts of
// mix-api.md §10 and the response bodies of §5, which come from the recorded answers Nuance's `mix` CLI is
// tested against. The structure (field names, nesting, empty arrays, string or number ids) is what was recorded;
// names and values are ours where the recording's were placeholders ("now", "later").
// Unlike ./fixtures.ts, nothing here comes from our sandbox.

/** `GET /v4/bots/{botId}/configs/{configId}/interface` (§10). */
export const BOT_INTERFACE = {
  interface: {
    id: '52',
    version: 1,
    languageTopic: 'gen',
    locales: ['en-US'],
    channels: [
      {
        id: 'channel1',
        displayName: 'Default',
        codeName: 'default',
        modes: ['TEXT'],
        color: 'COLOR_UNSPECIFIED',
      },
      { id: 'channel2', displayName: 'text', codeName: 'text', modes: ['RICH_TEXT'], color: 'GREEN' },
    ],
    variables: [
      {
        id: 'variable1',
        displayName: 'resultObject',
        description: '',
        isReserved: true,
        complexVariableTypeId: 'c1',
      },
      {
        id: 'variable2',
        displayName: 'resourceReferences',
        description: 'References to external resources',
        isReserved: true,
        simpleVariableType: 'STRING_TYPE',
      },
    ],
    transferNodes: [
      { id: 'transferNode1', nodeName: 'Main exit', nodeType: 'END', description: '', requestVariables: [] },
      { id: 'transferNode2', nodeName: 'End dialog', nodeType: 'END', description: '', requestVariables: [] },
    ],
    createTime: '2022-09-22T15:46:18Z',
  },
};

/** A deployment flow of four steps (§5: steps 339 … 342, each with its environment and geographies). */
export const FLOW = {
  id: '6',
  displayName: 'Multi-Stage Pipeline',
  steps: [
    {
      id: '339',
      step: 1,
      requiresApproval: false,
      environments: [
        {
          id: '301',
          displayName: 'Development',
          geographies: [
            {
              id: '33',
              geography: { id: '1', displayName: 'Azure US' },
              envType: 'SANDBOX',
              envHost: 'api.nuance.com',
            },
          ],
        },
      ],
    },
    {
      id: '340',
      step: 2,
      requiresApproval: false,
      environments: [
        {
          id: '302',
          displayName: 'QA',
          geographies: [
            {
              id: '39',
              geography: { id: '1', displayName: 'Extra Geo' },
              envType: 'SANDBOX',
              envHost: 'api.nuance.com',
            },
          ],
        },
      ],
    },
    {
      id: '341',
      step: 3,
      requiresApproval: true,
      environments: [
        {
          id: '303',
          displayName: 'Staging',
          geographies: [
            {
              id: '340',
              geography: { id: '11', displayName: 'Production US' },
              envType: 'PRODUCTION',
              envHost: 'api.nuance.com',
            },
          ],
        },
      ],
    },
    {
      id: '342',
      step: 4,
      requiresApproval: true,
      environments: [
        {
          id: '304',
          displayName: 'Production',
          geographies: [
            {
              id: '342',
              geography: { id: '16', displayName: 'Canada' },
              envType: 'PRODUCTION',
              envHost: 'api.nuance.ca',
            },
          ],
        },
      ],
    },
  ],
};

/**
 * `GET /v4/bots/{botId}/configs` (§5, §10): PENDING_REQUEST and UNDEPLOYED deployments without entries, entries
 * with envName, dataHosts and approvalRequired; `parentId` names the overridden config, `deploymentFlowId` is a
 * number here.
 */
export const BOT_CONFIGS = {
  configs: [
    {
      id: '456',
      tag: 'A3_C1',
      deployments: [
        {
          id: '339',
          status: 'DEPLOYED',
          envGeographyDeployments: [
            {
              id: '119',
              envGeography: {
                id: '33',
                geography: { id: '1', displayName: 'Azure US' },
                envType: 'SANDBOX',
                envHost: 'api.com',
                envName: 'Development',
              },
              status: 'DEPLOYED',
              deploymentResult: 'success',
              isOverridden: false,
              dataHosts: [
                {
                  id: '742',
                  alias: 'backend',
                  environmentId: '301',
                  environmentGeographyId: '33',
                  value: 'https://dev.example.com',
                },
              ],
              approvalRequired: false,
            },
          ],
        },
        {
          id: '340',
          status: 'DEPLOYED',
          envGeographyDeployments: [
            {
              id: '160',
              envGeography: {
                id: '39',
                geography: { id: '1', displayName: 'Extra Geo' },
                envType: 'SANDBOX',
                envHost: 'api.com',
                envName: 'QA',
              },
              status: 'DEPLOYED',
              deploymentResult: 'success',
              isOverridden: false,
              dataHosts: [],
              approvalRequired: false,
            },
          ],
        },
        { id: '341', status: 'PENDING_REQUEST', envGeographyDeployments: [] },
        { id: '342', status: 'UNDEPLOYED', envGeographyDeployments: [] },
      ],
      parentId: '92',
      hasInterface: true,
      deploymentFlowId: 6,
      createTime: '2022-10-17T17:30:06Z',
    },
  ],
};

/**
 * `GET /v4/apps?filter=<id>&view=AV_FULL` (the request `mix applications:get -M` sends): a config that is not an
 * override has `parentId: ""`, `deploymentFlowId` is a string, and a new config has no deployment entries.
 */
export const APPLICATIONS_GET = {
  applications: [
    {
      id: '1',
      applicationName: 'Sample App',
      organizationId: '3',
      organizationName: 'name@company.com',
      configs: [
        {
          id: '58',
          tag: 'A58',
          deployments: [{ id: '66', status: 'PENDING_REQUEST', envGeographyDeployments: [] }],
          parentId: '',
          deploymentFlowId: '6',
          builds: {},
          projectDetails: {
            projectId: '61',
            projectName: 'Test Project',
            isChildDataCompliant: true,
            projectDescription: 'Test Project.',
          },
          createTime: '2021-11-05T20:12:29Z',
        },
      ],
      createTime: '2021-11-01T09:00:00Z',
    },
  ],
  count: 1,
  totalSize: 1,
  limit: 25,
  offset: 0,
};

/** `GET /v4/apps/{id}/credentials?view=ACV_FULL` (§10): times on the entry, the credential and each client. */
export const APP_CREDENTIALS = {
  credentials: [
    {
      id: '491',
      credential: {
        id: '236',
        appId: 'ACME-PROD',
        clients: [
          {
            id: '491',
            clientId: 'appID:ACME-PROD:geo:dev:clientName:default',
            clientName: 'default',
            oauthScopes: 'asr dlg nlu tts log asr.wordset nlu.wordset',
            createTime: '2020-12-02T17:37:05Z',
            updateTime: '2020-12-02T17:37:05Z',
          },
          {
            id: '492',
            clientId: 'appID:ACME-PROD:geo:dev:clientName:NVP',
            clientName: 'NVP',
            oauthScopes: 'asr.wordset nlu.wordset',
            createTime: '2020-12-02T17:37:05Z',
            updateTime: '2021-03-04T10:15:00Z',
          },
        ],
        createTime: '2020-12-02T17:37:05Z',
        updateTime: '2020-12-02T17:37:05Z',
      },
      geographies: [
        {
          id: '305',
          geography: { id: '11', displayName: 'Production US' },
          envType: 'PRODUCTION',
          envHost: 'api.nuance.com',
        },
        {
          id: '306',
          geography: { id: '12', displayName: 'Production UK' },
          envType: 'PRODUCTION',
          envHost: 'api.nuance.co.uk',
        },
      ],
      createTime: '2020-12-02T17:40:20Z',
      updateTime: '2020-12-02T17:40:29Z',
    },
  ],
};

/** `GET /v4/bots/{id}/credentials` without the FULL view (§10): `clients: []`, geographies with `envName`. */
export const BOT_CREDENTIALS = {
  credentials: [
    {
      id: '456',
      credential: {
        id: '203',
        appId: 'app_123',
        clients: [],
        createTime: '2022-09-12T16:14:53Z',
        updateTime: '2022-09-22T19:26:21Z',
      },
      geographies: [
        {
          id: '412',
          geography: { id: '1', displayName: 'Azure US' },
          envType: 'SANDBOX',
          envHost: 'api.com',
          envName: 'Sandbox',
        },
        {
          id: '413',
          geography: { id: '10', displayName: 'Sandbox US' },
          envType: 'SANDBOX',
          envHost: 'api.com',
          envName: '',
        },
      ],
      createTime: '2022-09-12T16:14:53Z',
      updateTime: '2022-09-12T16:14:53Z',
    },
  ],
};

/** `GET /v4/organizations/{orgId}/engine-packs` (§5, §10): topics keyed by topic and locale; also `topics: {}`. */
export const ENGINE_PACKS = {
  enginePacks: [
    {
      enginePackId: 'e8166c40-26ab-4d5f-a73f-a092041f4603',
      version: '4.2.0',
      dialogVersion: '6.0.0',
      nluVersion: '4',
      asrVersion: '4.0.0',
      ttsVersion: '4.0.0',
      isDefault: true,
      topics: {
        gen: {
          locales: {
            'fr-CA': {
              versions: [
                { version: '4.1.0', isSupported: true },
                { version: '4.0.0', isSupported: true },
              ],
            },
            'en-US': { versions: [{ version: '4.7.0', isSupported: true }] },
          },
        },
      },
    },
    {
      enginePackId: '5d0c3f7e-9a21-4b6e-8c44-0e2f7a9b1c33',
      version: '4.3.0',
      dialogVersion: '6.1.0',
      nluVersion: '4',
      asrVersion: '4.1.0',
      ttsVersion: '4.0.0',
      isDefault: false,
      topics: {},
    },
  ],
};

/** `GET /v4/projects?includeFeatures=true` list item (§10): no enginePackId, isChildDataCompliant, description. */
export const PROJECT_WITH_FEATURES = {
  project: {
    id: '8681',
    orgId: '24',
    displayName: 'DemoProject',
    languageTopic: 'gen',
    channels: [
      {
        channel: {
          id: '10311',
          displayName: 'Omni Channel VA',
          codeName: 'Omni Channel VA',
          modes: ['AUDIO_SCRIPT', 'DTMF', 'INTERACTIVITY', 'RICH_TEXT', 'TTS'],
          color: 'PURPLE',
        },
        isActive: true,
      },
    ],
    datapacks: [{ displayName: 'en-US', version: '4.5.0', isActive: true }],
    baseDatapack: '',
    enginePackFeatures: ['ASR', 'NLU_ACCURATE_MODEL'],
    createTime: '2020-03-25T12:32:07.247Z',
    updateTime: '2020-05-21T15:48:23Z',
  },
};

/** `GET /v4/builds/{label}` of a failed build (§10): errors.errors[], no datapack or data sources. */
export const FAILED_BUILD = {
  projectId: '1922',
  buildLabel: 'NLU_1922_4',
  buildId: '3306',
  buildType: 'NLU',
  buildVersion: '4',
  status: 'BST_FAILED',
  errors: { errors: [{ message: "'NLU' jobs still pending for project 1922", code: '-1' }] },
  languageTopic: 'gen',
  notes: 'string',
  createTime: '2021-08-30T11:19:23Z',
  modelType: 'FAST',
};

/** `GET /v4/projects/{id}/builds/.latest` (§10): entries without createTime. */
export const LATEST_BUILDS = {
  models: {
    asr: { builds: [{ locale: 'en-US', buildVersion: '13', buildLabel: 'ASR_1922_13' }], projectId: '1922' },
    nlu: { builds: [{ locale: 'en-US', buildVersion: '16', buildLabel: 'NLU_1922_16' }], projectId: '1922' },
    dialog: { projectId: '1922', buildVersion: '8', buildLabel: 'DIALOG_1922_8' },
  },
};

/** `GET /v4/data-types` (§10): ALPHANUM / SET ..., schema with title, description, schema, additionalProperties. */
export const DATA_TYPES = {
  dataTypes: [
    {
      name: 'SET',
      schema: {
        schema: 'http://json-schema/schema#',
        title: 'SET',
        type: 'string',
        additionalProperties: false,
        description: 'Nothing set. Default.',
        properties: {},
      },
      compatibleEntityTypes: [
        { name: 'FREEFORM', default: false },
        { name: 'LIST', default: true },
      ],
    },
    {
      name: 'ALPHANUM',
      schema: {
        schema: 'http://json-schema/schema#',
        title: 'ALPHANUM',
        type: 'string',
        additionalProperties: false,
        description: 'Letters and digits.',
        properties: {},
      },
      compatibleEntityTypes: [{ name: 'REGEX', default: true }],
    },
  ],
};

/** `GET /v4/organizations/{orgId}/language-topics` (§10): ids like "1". */
export const LANGUAGE_TOPICS = {
  languageTopics: [
    {
      id: '1',
      name: 'gen',
      locales: [
        { locale: 'en-US', versions: ['4.1.0', '4.2.0'] },
        { locale: 'fr-FR', versions: ['4.1.0'] },
      ],
    },
  ],
};

/** `GET /v4/organizations/{orgId}/voices` (§10): model STANDARD / NEURAL. */
export const VOICES = {
  voices: [
    {
      name: 'Evan',
      restricted: false,
      gender: 'MALE',
      model: 'NEURAL',
      locale: 'en-US',
      sampleRateHz: [8000, 22050],
      foreignLanguages: [],
      styles: [],
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
  ],
};

/** `GET /v4/version` (§10): with `mixAPIServer`. */
export const VERSION = {
  mixEnvironment: 'test',
  mixVersion: '3.6.5.41.9485fe96c.797489',
  apiVersion: '0.9.15-30.b5f59d4.797490',
  mixAPIServer: 'mix.api.nuance.com',
};

/** `GET /v4/projects/{id}/entities` (§5): base, list (with a data source) and freeform entities. */
export const ENTITIES = {
  entities: [
    { baseEntity: { id: '385a68f5-b2e9-48f2-abe6-a5cfbe4456ea', name: 'AND', dataType: 'NOT_SET' } },
    {
      listEntity: {
        id: '8da514c1-20f4-4783-a29d-340fe29ac141',
        name: 'nuance_weather_condition',
        isDynamic: false,
        numLiterals: 0,
        settings: { isSensitive: false, canonicalize: true },
        dataSource: 'nuance_weather',
        dataType: 'NOT_SET',
      },
    },
    {
      freeformEntity: {
        id: 'f745edc1-b13e-4748-9c7e-6dccc0186c3c',
        name: 'DEPARTURE_LOCATION',
        settings: { isSensitive: true, canonicalize: true },
        dataType: 'NOT_SET',
      },
    },
    {
      regexEntity: {
        id: 'some-long-uuid',
        name: 'ORDER_NUMBER',
        pattern: '\\d{10}',
        settings: { isSensitive: false, canonicalize: true },
      },
    },
  ],
};
