// Test helper: one sample request per Mix.api v4 read of mix-api.md §3 (#1–#43, with both forms of #12/#13),
// and what its 200 answer must look like: the field-level shapes of recorded Mix answers (mix-api.md §10).
import { expect } from 'vitest';
import { SANDBOX_FIXTURES as F } from '../../../../main/emulator/seed/fixtures';

export type Body = Record<string, unknown>;

export interface JsonEndpoint {
  n: number;
  path: string;
  check: (body: Body) => void;
}

export interface DownloadEndpoint {
  n: number;
  path: string;
  contentType: string;
  /** false for the metadata export, which is JSON. */
  zip: boolean;
}

const isStringId = (value: unknown) => expect(value).toMatch(/^[0-9]+$/);

function listOf(body: Body, key: string): Body[] {
  const list = body[key];
  expect(Array.isArray(list), `${key} is a list`).toBe(true);
  return list as Body[];
}

/** The paging fields, as numbers, agreeing with the list. */
export function expectPaged(body: Body, key: string, limit = 25, offset = 0): Body[] {
  const list = listOf(body, key);
  expect(body.count).toBe(list.length);
  expect(body.limit).toBe(limit);
  expect(body.offset).toBe(offset);
  if (list.length > 0) expect(body.totalSize).toBeGreaterThanOrEqual(list.length);
  return list;
}

export const JSON_ENDPOINTS: JsonEndpoint[] = [
  {
    n: 1,
    path: '/v4/organizations',
    check: (b) => expectPaged(b, 'organizations').forEach((o) => isStringId(o.id)),
  },
  {
    n: 2,
    path: '/v4/geographies',
    check: (b) => expect(expectPaged(b, 'geographies')[0]).toEqual({ id: '1', displayName: 'Azure East US' }),
  },
  {
    n: 3,
    path: '/v4/data-types?includeCompatibleEntityTypes=true',
    check: (b) => {
      const types = listOf(b, 'dataTypes');
      expect(types.map((t) => t.name)).toEqual(expect.arrayContaining(['ALPHANUM', 'SET', 'NUMBER']));
      types.forEach((t) => {
        expect(t.schema).toMatchObject({
          schema: expect.any(String),
          title: t.name,
          type: expect.any(String),
          description: expect.any(String),
          additionalProperties: false,
        });
        expect(Array.isArray(t.compatibleEntityTypes)).toBe(true);
      });
    },
  },
  {
    n: 4,
    path: '/v4/ontology/entity-types?includeCompatibleDataTypes=true',
    check: (b) =>
      expect(listOf(b, 'entityTypes').map((t) => t.name)).toEqual([
        'BASE',
        'FREEFORM',
        'LIST',
        'REGEX',
        'RELATIONAL',
        'RULE_BASED',
      ]),
  },
  {
    n: 5,
    path: '/v4/version',
    check: (b) => {
      expect(Object.keys(b).sort()).toEqual(['apiVersion', 'mixAPIServer', 'mixEnvironment', 'mixVersion']);
      expect(b.mixAPIServer).toMatch(/^127\.0\.0\.1:\d+$/);
    },
  },
  {
    n: 6,
    path: '/v4/organizations/1/deployment-flows',
    check: (b) => {
      const [flow] = expectPaged(b, 'flows');
      expect(flow).toMatchObject({ id: '263', displayName: 'Multi-Stage Pipeline' });
      const steps = flow?.steps as { step: number; environments: { geographies: { envType: string }[] }[] }[];
      expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 4]);
      expect(steps[3]?.environments[0]?.geographies[0]?.envType).toBe('PRODUCTION');
    },
  },
  {
    n: 7,
    path: '/v4/organizations/14/environments',
    check: (b) =>
      expect(expectPaged(b, 'environments')).toEqual([
        {
          id: '800',
          displayName: 'Sandbox',
          geographies: [
            {
              id: '900',
              geography: { id: '10', displayName: 'Sandbox US' },
              envType: 'SANDBOX',
              envHost: 'api.nuance.com',
              envName: 'Sandbox',
            },
          ],
        },
      ]),
  },
  {
    n: 8,
    path: '/v4/organizations/14/engine-packs',
    check: (b) => {
      const [pack] = listOf(b, 'enginePacks');
      expect(pack).toMatchObject({ isDefault: true, version: '4.2.0' });
      const topics = pack?.topics as Record<string, { locales: Record<string, { versions: unknown[] }> }>;
      expect(topics.gen?.locales['en-US']?.versions).toContainEqual({ version: '4.8.0', isSupported: true });
    },
  },
  {
    n: 9,
    path: '/v4/organizations/14/language-topics',
    check: (b) =>
      expect(listOf(b, 'languageTopics')[0]).toMatchObject({
        id: '1',
        name: 'gen',
        locales: expect.arrayContaining([{ locale: 'en-US', versions: ['4.7.0', '4.8.0'] }]),
      }),
  },
  {
    n: 10,
    path: '/v4/organizations/14/voices',
    check: (b) =>
      listOf(b, 'voices').forEach((v) => {
        expect(Object.keys(v).sort()).toEqual(
          [
            'foreignLanguages',
            'gender',
            'locale',
            'model',
            'name',
            'restricted',
            'sampleRateHz',
            'styles',
          ].sort(),
        );
        expect((v.sampleRateHz as unknown[]).every((r) => typeof r === 'number')).toBe(true);
        expect(['STANDARD', 'NEURAL']).toContain(v.model);
      }),
  },
  {
    n: 11,
    path: '/v4/organizations/1/bots?view=BV_FULL',
    check: (b) => {
      expect(b.totalSize).toBe(2);
      const [bot] = listOf(b, 'bots');
      expect(bot).toMatchObject({ id: '49', applicationName: 'Mix Sample App' });
      expect((bot?.configs as Body[]).map((c) => [c.id, c.hasInterface])).toEqual([
        ['190', true],
        ['191', false],
        ['192', true],
      ]);
    },
  },
  {
    n: 12,
    path: '/v4/organizations/1/apps',
    check: (b) =>
      expect(expectPaged(b, 'applications').map((a) => [a.id, a.configs])).toEqual([
        ['49', []],
        ['50', []],
      ]),
  },
  {
    n: 13,
    path: '/v4/apps?orgId=1&view=AV_FULL',
    check: (b) => {
      const [app] = expectPaged(b, 'applications');
      expect(app).toMatchObject({ id: '49', organizationId: '1', organizationName: 'Nuance Sandbox Corp' });
      const [config] = app?.configs as Body[];
      expect(config).toMatchObject({ id: '190', tag: 'DemoProject', parentId: '', deploymentFlowId: '263' });
      const deployments = config?.deployments as { status: string; envGeographyDeployments: Body[] }[];
      expect(deployments.map((d) => [d.status, d.envGeographyDeployments.length])).toEqual([
        ['DEPLOYED', 1],
        ['DEPLOYED', 1],
        ['PENDING_REQUEST', 0],
        ['UNDEPLOYED', 0],
      ]);
      // App configs embed env-geographies without the environment's name (mix-api.md §5).
      expect(deployments[0]?.envGeographyDeployments[0]?.envGeography).not.toHaveProperty('envName');
      expect(config?.builds).toMatchObject({
        asr: {
          builds: [{ locale: 'en-US', buildVersion: '1', buildLabel: 'ASR_8681_1' }],
          projectId: '8681',
        },
        dialog: { projectId: '8681', buildVersion: '1', buildLabel: 'DIALOG_8681_1' },
      });
      expect(config?.projectDetails).toMatchObject({ projectId: '8681', projectName: 'DemoProject' });
    },
  },
  {
    n: 14,
    path: '/v4/apps/49/app-configs',
    check: (b) => expect(listOf(b, 'configs').map((c) => c.id)).toEqual(['190', '191', '192']),
  },
  {
    n: 15,
    path: `/v4/app-configs/${F.configs.coffee}`,
    check: (b) =>
      expect(b.config).toMatchObject({ id: '180', tag: 'CoffeeApp', parentId: '', deploymentFlowId: '600' }),
  },
  {
    n: 17,
    path: '/v4/apps/49/credentials?view=ACV_FULL',
    check: (b) => {
      const [first] = listOf(b, 'credentials');
      const times = { createTime: expect.any(String), updateTime: expect.any(String) };
      expect(first).toMatchObject({ id: '491', ...times, credential: { appId: 'ACME-DEV', ...times } });
      expect((first?.credential as Body).clients).toEqual([
        expect.objectContaining({
          clientId: 'appID:ACME-DEV:geo:dev:clientName:default',
          clientName: 'default',
          ...times,
        }),
      ]);
      expect((first?.geographies as Body[])[0]).not.toHaveProperty('envName');
    },
  },
  {
    n: 18,
    path: '/v4/builds/DIALOG_8681_1/data-hosts?applicationId=49&deploymentFlowId=264',
    check: (b) =>
      expect(b).toEqual({
        dataHosts: [
          {
            id: expect.stringMatching(/^\d+$/),
            alias: 'backend',
            environmentId: '305',
            environmentGeographyId: '344',
            value: 'https://sandbox.app49.example.com/api/v1',
          },
        ],
      }),
  },
  {
    n: 19,
    path: '/v4/apps/48/projects/1922/data-hosts/.latest',
    check: (b) =>
      expect(listOf(b, 'dataHosts').map((h) => h.value)).toEqual([
        'https://sandbox.app48.example.com/api/v2',
      ]),
  },
  {
    n: 20,
    path: '/v4/bots/48/configs',
    check: (b) => {
      const configs = listOf(b, 'configs');
      expect(configs.map((c) => [c.id, c.parentId, c.hasInterface])).toEqual([
        ['180', '', true],
        ['181', '180', true],
      ]);
      const [deployment] = configs[0]?.deployments as { envGeographyDeployments: Body[] }[];
      expect(deployment?.envGeographyDeployments[0]).toMatchObject({
        envGeography: { id: '900', envName: 'Sandbox' },
        dataHosts: [expect.objectContaining({ alias: 'backend', environmentGeographyId: '900' })],
        approvalRequired: false,
      });
    },
  },
  {
    n: 21,
    path: '/v4/bots/49/credentials?view=BCV_FULL',
    check: (b) => {
      const credentials = listOf(b, 'credentials');
      expect(credentials.map((c) => (c.credential as Body).appId)).toEqual(['ACME-DEV', 'ACME-PROD']);
      expect((credentials[0]?.geographies as Body[])[0]).toMatchObject({ id: '338', envName: 'Development' });
    },
  },
  {
    n: 22,
    path: '/v4/bots/49/configs/190/interface',
    check: (b) =>
      expect(b.interface).toMatchObject({
        version: 1,
        languageTopic: 'gen',
        locales: ['en-US'],
        channels: [
          {
            id: '10311',
            displayName: 'Omni Channel VA',
            codeName: expect.any(String),
            modes: expect.any(Array),
            color: 'PURPLE',
          },
        ],
        variables: expect.arrayContaining([
          {
            id: expect.any(String),
            displayName: 'resultObject',
            description: '',
            isReserved: true,
            complexVariableTypeId: expect.any(String),
          },
          expect.objectContaining({
            displayName: 'userName',
            isReserved: false,
            simpleVariableType: 'STRING_TYPE',
          }),
        ]),
        transferNodes: expect.arrayContaining([
          {
            id: expect.any(String),
            nodeName: 'End dialog',
            nodeType: 'END',
            description: '',
            requestVariables: [],
          },
        ]),
        createTime: expect.any(String),
      }),
  },
  {
    n: 23,
    path: '/v4/projects',
    check: (b) => {
      const projects = expectPaged(b, 'projects');
      expect(projects.map((p) => p.id)).toEqual(['61', '525', '1922', '1923', '1924', '8681', '8682']);
      expect(b.totalSize).toBe(7);
      // List items leave these out (mix-api.md §10).
      for (const field of [
        'enginePackId',
        'isChildDataCompliant',
        'projectDescription',
        'enginePackFeatures',
      ]) {
        expect(projects[0]).not.toHaveProperty(field);
      }
    },
  },
  {
    n: 24,
    path: `/v4/projects/${F.projects.coffee}`,
    check: (b) =>
      expect(b.project).toMatchObject({
        id: '1922',
        orgId: '14',
        displayName: 'Coffee Assistant',
        languageTopic: 'gen',
        channels: expect.arrayContaining([
          {
            channel: {
              id: '10313',
              displayName: 'Web chat',
              codeName: 'Web chat',
              modes: ['INTERACTIVITY', 'RICH_TEXT'],
              color: 'LIGHT_ORANGE',
            },
            isActive: false,
          },
        ]),
        datapacks: [
          { displayName: 'en-US', version: '4.8.0', isActive: true },
          { displayName: 'fr-CA', version: '4.6.0', isActive: true },
        ],
        createTime: '2024-03-25T12:32:07.247Z',
        enginePackId: expect.any(String),
      }),
  },
  {
    n: 25,
    path: '/v4/projects/.locks',
    check: (b) =>
      expect(expectPaged(b, 'locks').map((l) => [l.lockId, l.projectId])).toEqual([
        ['15', '1923'],
        ['16', '8681'],
      ]),
  },
  {
    n: 26,
    path: `/v4/projects/${F.projects.banking}/.lock`,
    check: (b) =>
      expect(b.lock).toEqual({
        lockId: '15',
        projectId: '1923',
        lockOwner: F.lockOwner,
        notes: expect.any(String),
        createTime: '2024-05-30T17:50:00Z',
      }),
  },
  {
    n: 27,
    path: '/v4/projects/1922/builds?type=NLU',
    check: (b) => {
      expect(b.projectId).toBe('1922');
      const builds = expectPaged(b, 'builds');
      expect(builds.map((x) => x.buildLabel)).toEqual([
        'NLU_1922_1',
        'NLU_1922_2',
        'NLU_1922_3',
        'NLU_1922_4',
        'NLU_1922_5',
        'NLU_1922_6',
      ]);
      expect(b.totalSize).toBe(6);
      expect(builds[3]).toMatchObject({
        status: 'BST_FAILED',
        errors: { errors: [{ message: expect.any(String), code: '-1' }] },
      });
      expect(builds[3]).not.toHaveProperty('datapack');
    },
  },
  {
    n: 28,
    path: '/v4/projects/1922/builds/.latest',
    check: (b) => {
      expect(b.models).toMatchObject({
        asr: {
          projectId: '1922',
          builds: [
            { locale: 'en-US', buildLabel: 'ASR_1922_2' },
            { locale: 'fr-CA', buildLabel: 'ASR_1922_2' },
          ],
        },
        nlu: {
          projectId: '1922',
          builds: [
            { locale: 'en-US', buildLabel: 'NLU_1922_6' },
            { locale: 'fr-CA', buildLabel: 'NLU_1922_6' },
          ],
        },
        dialog: { projectId: '1922', buildVersion: '2', buildLabel: 'DIALOG_1922_2' },
      });
      // Latest-build entries carry no createTime (mix-api.md §10).
      expect(JSON.stringify(b)).not.toContain('createTime');
    },
  },
  {
    n: 29,
    path: `/v4/builds/${F.builds.nluCompleted}`,
    check: (b) =>
      expect(b).toMatchObject({
        projectId: '1922',
        buildLabel: 'NLU_1922_6',
        buildId: expect.stringMatching(/^\d+$/),
        buildType: 'NLU',
        buildVersion: '6',
        status: 'BST_COMPLETED',
        datapack: { displayName: 'en-US', version: '4.8.0' },
        modelType: 'ACCURATE',
      }),
  },
  {
    n: 31,
    path: '/v4/projects/1922/jobs',
    check: (b) => {
      const jobs = expectPaged(b, 'jobs');
      expect(jobs).toHaveLength(4);
      expect(jobs[0]).toMatchObject({
        id: F.runningJobId,
        status: 'RUNNING',
        type: 'BUILD_MODELS',
        projectId: '1922',
      });
      expect(jobs[0]).not.toHaveProperty('report');
    },
  },
  {
    n: 32,
    path: `/v4/projects/1922/jobs/${F.partiallyCompletedJobId}`,
    check: (b) =>
      expect(b).toEqual({
        id: F.partiallyCompletedJobId,
        type: 'BUILD_MODELS',
        projectId: '1922',
        status: 'PARTIALLY_COMPLETED',
        createTime: '2024-06-01T16:43:23.000Z',
        updateTime: '2024-06-01T16:44:15.000Z',
        duration: '52s',
        report: {
          nluBuildReports: {
            reports: [
              {
                locale: 'en-US',
                status: 'FAILED',
                errors: { errors: [{ message: expect.any(String), code: '-1' }] },
                createTime: '2024-06-01T16:43:23.000Z',
              },
            ],
          },
          asrBuildReports: {
            reports: [
              {
                locale: 'en-US',
                status: 'COMPLETED',
                version: '2',
                buildLabel: 'ASR_1922_2',
                createTime: '2024-06-01T16:43:23.000Z',
              },
            ],
          },
        },
      }),
  },
  {
    n: 33,
    path: '/v4/projects/1922/intents',
    check: (b) =>
      expect(listOf(b, 'intents')[0]).toEqual({
        id: expect.any(String),
        name: 'ORDER_COFFEE',
        isInBaseOntology: false,
        links: [
          { entityRef: 'DrinkSize' },
          { entityRef: 'DrinkType' },
          { entityRef: 'COFFEE_SHOP_LOCATION' },
        ],
      }),
  },
  {
    n: 34,
    path: '/v4/projects/1922/intents/NO_INTENT',
    check: (b) => expect(b.intent).toMatchObject({ name: 'NO_INTENT', isInBaseOntology: true, links: [] }),
  },
  {
    n: 35,
    path: '/v4/projects/1922/entities',
    check: (b) => {
      const entities = listOf(b, 'entities');
      entities.forEach((e) => expect(Object.keys(e)).toHaveLength(1));
      expect(new Set(entities.map((e) => Object.keys(e)[0]))).toEqual(
        new Set([
          'listEntity',
          'freeformEntity',
          'baseEntity',
          'regexEntity',
          'relationalEntity',
          'ruleBasedEntity',
        ]),
      );
      // The recorded shapes of freeform, regex and list entities (mix-api.md §5, §10).
      const body = (key: string, name: string) =>
        entities.map((e) => e[key] as Body | undefined).find((e) => e?.name === name);
      expect(body('freeformEntity', 'ORDER_NOTE')).toEqual({
        id: expect.any(String),
        name: 'ORDER_NOTE',
        settings: { isSensitive: false, canonicalize: true },
        dataType: 'NOT_SET',
      });
      expect(body('regexEntity', 'ORDER_NUMBER')).toMatchObject({ pattern: '[A-Z]{2}[0-9]{6}' });
      expect(body('listEntity', 'DrinkType')).toMatchObject({
        isDynamic: true,
        numLiterals: 4,
        dataSource: 'nuance_custom_data',
        dataType: 'ALPHANUM',
      });
      expect(body('baseEntity', 'nuance_DATE')).not.toHaveProperty('settings');
    },
  },
  {
    n: 36,
    path: '/v4/projects/1922/entities/DrinkSize',
    check: (b) =>
      expect(b).toEqual({
        entity: {
          listEntity: expect.objectContaining({
            name: 'DrinkSize',
            isDynamic: false,
            numLiterals: 9,
            settings: { isSensitive: false, canonicalize: true },
          }),
        },
      }),
  },
  {
    n: 43,
    path: '/v4/projects/1922/env-configs',
    check: (b) =>
      expect(b).toEqual({
        projectDefaults: expect.arrayContaining([
          { label: 'GRAMMAR_BASE_PATH', value: expect.stringMatching(/^https:/) },
        ]),
        environments: [
          {
            id: '800',
            name: 'Sandbox',
            environmentGeographies: [
              {
                id: '900',
                name: 'Sandbox US',
                environmentGeographyDefaults: [{ label: 'GRAMMAR_BASE_PATH', value: expect.any(String) }],
              },
            ],
          },
        ],
      }),
  },
];

export const DOWNLOAD_ENDPOINTS: DownloadEndpoint[] = [
  {
    n: 16,
    path: '/v4/app-configs/190/.download?appId=ACME-DEV',
    contentType: 'application/octet-stream',
    zip: true,
  },
  {
    n: 30,
    path: `/v4/builds/${F.builds.asrCompleted}/.download`,
    contentType: 'application/octet-stream',
    zip: true,
  },
  {
    n: 37,
    path: '/v4/projects/1922/intents/ORDER_COFFEE/samples/.export?locales=en-US&locales=fr-CA',
    contentType: 'application/zip',
    zip: true,
  },
  {
    n: 38,
    path: '/v4/projects/1922/entities/DrinkSize/literals/.export?locales=en-US',
    contentType: 'application/zip',
    zip: true,
  },
  { n: 40, path: '/v4/projects/1922/.export', contentType: 'application/zip', zip: true },
  { n: 41, path: '/v4/projects/1922/metadata/.export', contentType: 'application/json', zip: false },
  {
    n: 42,
    path: '/v4/projects/1922/ontology/.export?locales=en-US',
    contentType: 'application/zip',
    zip: true,
  },
];

/** #39 needs a Professional Services user; tests sign one in for it. */
export const GRAMMAR_EXPORT = '/v4/projects/1922/entities/COFFEE_SHOP_LOCATION/grammars/.export';
