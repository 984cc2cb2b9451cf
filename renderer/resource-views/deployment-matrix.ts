/**
 * "What's deployed where", as data: app configs (rows) × environment-geographies (columns, in deployment-flow
 * order) with each cell's status. Pure, so a 50-application organization is built and checked without a DOM.
 * Mix often sends no entries for a PENDING_REQUEST or UNDEPLOYED step (mix-api.md §10): such a step's cells
 * are placed from the config's deployment flow.
 */
import {
  overriddenConfigId,
  type MixAppConfig,
  type MixApplication,
  type MixDeployment,
  type MixDeploymentFlow,
  type MixDeploymentFlowStep,
  type MixEnvGeography,
  type MixEnvGeographyDeployment,
} from '../../common/mix-models';
import { field, isRecord, records, textOf } from '../../common/tolerant-reader';
import { flowOf, geographyName } from './env-geography';
import { modelRows } from './model-builds';

export interface MatrixColumn {
  /** The env-geography id. */
  id: string;
  environment: string;
  geography: string;
  envType?: string;
  step?: number;
  requiresApproval: boolean;
}

export interface MatrixCell {
  status: string;
  /** Mix's own result (`success`, `n/a`), when it sent an entry. */
  result?: string;
  isOverridden: boolean;
  /** Placed from the flow: Mix sent no entry for this env-geography. */
  fromFlow: boolean;
}

export interface MatrixBuild {
  engine: 'ASR' | 'NLU' | 'Dialog';
  locale?: string;
  version?: string;
  buildLabel?: string;
}

export interface MatrixRow {
  key: string;
  configId: string;
  tag: string;
  applicationId: string;
  applicationName?: string;
  projectId?: string;
  projectName?: string;
  flowId?: string;
  /** Undefined when the flow is not among the organization's flows: show the id. */
  flowName?: string;
  /** The config this one overrides. */
  parentId?: string;
  builds: MatrixBuild[];
  cells: ReadonlyMap<string, MatrixCell>;
}

export interface DeploymentMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

/** A config and the application it belongs to. */
export interface MatrixSource {
  application: Pick<MixApplication, 'id' | 'applicationName'>;
  config: MixAppConfig;
}

const stepNumber = (step: unknown): number | undefined => {
  const value = field(step, 'step');
  return typeof value === 'number' ? value : undefined;
};

function sortedSteps(flow: MixDeploymentFlow | undefined): MixDeploymentFlowStep[] {
  return records<MixDeploymentFlowStep>(flow?.steps).sort(
    (a, b) => (stepNumber(a) ?? 0) - (stepNumber(b) ?? 0),
  );
}

function flowColumns(flow: MixDeploymentFlow): MatrixColumn[] {
  return sortedSteps(flow).flatMap((step) =>
    records(step.environments).flatMap((environment) =>
      records<MixEnvGeography>(field(environment, 'geographies')).flatMap((geo): MatrixColumn[] => {
        const id = textOf(geo.id);
        if (!id) return [];
        return [
          {
            id,
            environment:
              textOf(field(environment, 'displayName')) ?? textOf(geo.envName) ?? `Environment ${id}`,
            geography: geographyName(geo) ?? id,
            envType: textOf(geo.envType),
            step: stepNumber(step),
            requiresApproval: step.requiresApproval === true,
          },
        ];
      }),
    ),
  );
}

/** The step a deployment stands for: the one with its id, otherwise the one at its place in the flow. */
function stepOf(steps: readonly MixDeploymentFlowStep[], deployment: MixDeployment, index: number) {
  const id = textOf(deployment.id);
  return steps.find((step) => id !== undefined && textOf(step.id) === id) ?? steps[index];
}

function buildsOf(config: MixAppConfig): MatrixBuild[] {
  return modelRows(isRecord(config.builds) ? config.builds : undefined).map(({ engine, ref }) => ({
    engine: engine as MatrixBuild['engine'],
    locale: textOf(ref.locale),
    version: textOf(ref.buildVersion),
    buildLabel: textOf(ref.buildLabel),
  }));
}

/**
 * The matrix of these configs. Columns: the env-geographies of the flows the configs use, flow by flow in
 * the order Mix listed the flows, each in step order; then any env-geography Mix named in an entry that no
 * known flow has (named from the entry). Rows keep the order given (applications, then their configs).
 */
export function deploymentMatrix(
  sources: readonly MatrixSource[],
  flows: readonly MixDeploymentFlow[],
): DeploymentMatrix {
  const columns = new Map<string, MatrixColumn>();
  const usedFlowIds = new Set(sources.map(({ config }) => textOf(config.deploymentFlowId)));
  for (const flow of records<MixDeploymentFlow>(flows)) {
    if (!usedFlowIds.has(textOf(flow.id))) continue;
    for (const column of flowColumns(flow)) if (!columns.has(column.id)) columns.set(column.id, column);
  }
  const rows = sources.flatMap(({ application, config }, index): MatrixRow[] => {
    if (!isRecord(config)) return [];
    const configId = textOf(config.id) ?? '';
    const flowId = textOf(config.deploymentFlowId);
    const flow = flowOf(flows, flowId);
    const steps = sortedSteps(flow);
    const cells = new Map<string, MatrixCell>();
    records<MixDeployment>(config.deployments).forEach((deployment, i) => {
      const status = textOf(deployment.status) ?? 'STATUS_UNSPECIFIED';
      const entries = records<MixEnvGeographyDeployment>(deployment.envGeographyDeployments);
      for (const entry of entries) {
        const geo = objectOrUndefined(entry.envGeography);
        const id = textOf(geo?.id);
        if (!id) continue;
        if (!columns.has(id)) {
          columns.set(id, {
            id,
            environment: textOf(geo?.envName) || 'Environment not in a known flow',
            geography: geographyName(geo) ?? id,
            envType: textOf(geo?.envType),
            requiresApproval: entry.approvalRequired === true,
          });
        }
        const own = textOf(entry.status);
        cells.set(id, {
          status: own && own !== 'STATUS_UNSPECIFIED' ? own : status,
          result: textOf(entry.deploymentResult),
          isOverridden: entry.isOverridden === true,
          fromFlow: false,
        });
      }
      if (entries.length > 0) return;
      const step = stepOf(steps, deployment, i);
      for (const environment of records(step?.environments)) {
        for (const geo of records<MixEnvGeography>(field(environment, 'geographies'))) {
          const id = textOf(geo.id);
          if (id && !cells.has(id)) cells.set(id, { status, isOverridden: false, fromFlow: true });
        }
      }
    });
    return [
      {
        key: `${textOf(application.id) ?? ''}/${configId || index}`,
        configId,
        tag: textOf(config.tag) ?? configId,
        applicationId: textOf(application.id) ?? '',
        applicationName: textOf(application.applicationName),
        projectId: textOf(field(config.projectDetails, 'projectId')),
        projectName: textOf(field(config.projectDetails, 'projectName')),
        flowId,
        flowName: textOf(flow?.displayName),
        parentId: overriddenConfigId(config),
        builds: buildsOf(config),
        cells,
      },
    ];
  });
  return { columns: [...columns.values()], rows };
}

function objectOrUndefined(value: unknown): MixEnvGeography | undefined {
  return isRecord(value) ? (value as unknown as MixEnvGeography) : undefined;
}

/** Every config of these applications (a list fetched with `view=AV_FULL`), application by application. */
export function configsOfApplications(applications: unknown): MatrixSource[] {
  return records<MixApplication>(applications).flatMap((application) =>
    records<MixAppConfig>(application.configs).map((config) => ({ application, config })),
  );
}

/** `ASR 3 · NLU 6` per locale, and `Dialog 2`: the versions a config deploys, in one short line each. */
export function buildSummary(builds: readonly MatrixBuild[]): string[] {
  const byLocale = new Map<string, string[]>();
  const lines: string[] = [];
  for (const build of builds) {
    const version = `${build.engine} ${build.version ?? build.buildLabel ?? '?'}`;
    if (build.locale === undefined) {
      lines.push(version);
      continue;
    }
    const list = byLocale.get(build.locale) ?? [];
    list.push(version);
    byLocale.set(build.locale, list);
  }
  return [...[...byLocale].map(([locale, versions]) => `${locale}: ${versions.join(' · ')}`), ...lines];
}
