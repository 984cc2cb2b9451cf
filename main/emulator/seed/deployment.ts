// Deployment flows (steps → environments → env-geographies) per organization; environments derive from them.
import { geography } from './platform';
import type { DeploymentFlow, EnvGeography, EnvType, Environment } from './types';

function envGeo(
  id: string,
  geographyId: string,
  envType: EnvType,
  envName: string,
  envHost = 'api.nuance.com',
): EnvGeography {
  return { id, geography: geography(geographyId), envType, envHost, envName };
}

function environment(
  id: string,
  displayName: string,
  geos: [string, string, EnvType, string?][],
): Environment {
  return {
    id,
    displayName,
    geographies: geos.map(([geoId, geographyId, envType, host]) =>
      envGeo(geoId, geographyId, envType, displayName, host),
    ),
  };
}

/** A personal organization has one default flow with a single "Sandbox" step (mix-api.md §5). */
export function personalFlow(userIndex: number): DeploymentFlow {
  const n = String(userIndex);
  return {
    id: `60${n}`,
    displayName: 'Default',
    steps: [
      {
        id: `70${n}`,
        step: 1,
        requiresApproval: false,
        environments: [environment(`80${n}`, 'Sandbox', [[`90${n}`, '10', 'SANDBOX']])],
      },
    ],
  };
}

const DEVELOPMENT = environment('301', 'Development', [['338', '14', 'SANDBOX']]);
const QA = environment('302', 'QA', [['339', '14', 'SANDBOX']]);
const STAGING = environment('303', 'Staging', [['340', '11', 'PRODUCTION']]);
const PRODUCTION = environment('304', 'Production', [
  ['342', '16', 'PRODUCTION'],
  ['343', '11', 'PRODUCTION'],
]);
const CORP_SANDBOX = environment('305', 'Sandbox', [['344', '10', 'SANDBOX']]);

const PARTNER_SANDBOX = environment('132', 'Sandbox', [['57', '1', 'SANDBOX']]);
const PARTNER_PRODUCTION = environment('133', 'Production', [['58', '21', 'PRODUCTION', 'api.nuance.co.uk']]);

const LAB_SANDBOX = environment('140', 'Sandbox', [['60', '20', 'SANDBOX', 'api.nuance.eu']]);

/** The scale organization's flow (only with `scale`): three steps, four env-geographies. */
export const SCALE_FLOW: DeploymentFlow = {
  id: '95',
  displayName: 'Scale Pipeline',
  steps: [
    {
      id: '96',
      step: 1,
      requiresApproval: false,
      environments: [environment('150', 'Dev', [['70', '14', 'SANDBOX']])],
    },
    {
      id: '97',
      step: 2,
      requiresApproval: false,
      environments: [environment('151', 'Test', [['71', '14', 'SANDBOX']])],
    },
    {
      id: '98',
      step: 3,
      requiresApproval: true,
      environments: [
        environment('152', 'Live', [
          ['72', '11', 'PRODUCTION'],
          ['73', '16', 'PRODUCTION'],
        ]),
      ],
    },
  ],
};

export const STANDARD_FLOWS: Readonly<Record<string, DeploymentFlow[]>> = {
  '1': [
    {
      id: '263',
      displayName: 'Multi-Stage Pipeline',
      steps: [
        { id: '339', step: 1, requiresApproval: false, environments: [DEVELOPMENT] },
        { id: '340', step: 2, requiresApproval: false, environments: [QA] },
        { id: '341', step: 3, requiresApproval: true, environments: [STAGING] },
        { id: '342', step: 4, requiresApproval: true, environments: [PRODUCTION] },
      ],
    },
    {
      id: '264',
      displayName: 'Sandbox Only',
      steps: [{ id: '350', step: 1, requiresApproval: false, environments: [CORP_SANDBOX] }],
    },
  ],
  '3': [
    {
      id: '57',
      displayName: 'Partner Flow',
      steps: [
        { id: '60', step: 1, requiresApproval: false, environments: [PARTNER_SANDBOX] },
        { id: '61', step: 2, requiresApproval: true, environments: [PARTNER_PRODUCTION] },
      ],
    },
  ],
  '27': [
    {
      id: '88',
      displayName: 'Default',
      steps: [{ id: '89', step: 1, requiresApproval: false, environments: [LAB_SANDBOX] }],
    },
  ],
};

/** Every environment used by an organization's flows, once each, by id. */
export function environmentsOf(flows: readonly DeploymentFlow[]): Environment[] {
  const byId = new Map<string, Environment>();
  for (const flow of flows) {
    for (const step of flow.steps) for (const env of step.environments) byId.set(env.id, env);
  }
  return [...byId.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

/** Env-geography without `envName`, the form app configs and credentials embed. */
export function embedded(geo: EnvGeography): Omit<EnvGeography, 'envName'> {
  return { id: geo.id, geography: geo.geography, envType: geo.envType, envHost: geo.envHost };
}
