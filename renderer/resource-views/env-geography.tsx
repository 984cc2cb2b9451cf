import type { MixDeploymentFlow, MixEnvGeography } from '../../common/mix-models';
import { field, records, textOf } from '../../common/tolerant-reader';
import { Badge } from './ui';

/** `SANDBOX` / `PRODUCTION` in words, with a colour that tells them apart at a glance. */
export function EnvTypeBadge({ envType }: { envType: unknown }) {
  const type = textOf(envType);
  if (!type || type === 'EST_TYPE_UNSPECIFIED') return <span className="muted">—</span>;
  if (type === 'SANDBOX') return <Badge tone="info">Sandbox</Badge>;
  if (type === 'PRODUCTION') return <Badge tone="warn">Production</Badge>;
  return <Badge>{type}</Badge>;
}

export function geographyName(envGeography: unknown): string | undefined {
  return textOf(field(field(envGeography, 'geography'), 'displayName')) ?? textOf(field(envGeography, 'id'));
}

export interface EnvGeographyPlace {
  step?: number;
  environment?: string;
  requiresApproval?: boolean;
}

/**
 * Where an env-geography sits in the deployment flows: its step and environment name. App configs embed
 * env-geographies without their environment, so the framework may pass the organization's flows to name it.
 */
/** The flow with this id; ids arrive as strings (`"6"`) or numbers (`6582`), so they compare as text. */
export function flowOf(
  flows: readonly MixDeploymentFlow[] | undefined,
  flowId: unknown,
): MixDeploymentFlow | undefined {
  const wanted = textOf(flowId);
  return wanted === undefined
    ? undefined
    : records<MixDeploymentFlow>(flows).find((flow) => textOf(flow.id) === wanted);
}

export function placesOf(
  flows: readonly MixDeploymentFlow[] | undefined,
  flowId?: unknown,
): Map<string, EnvGeographyPlace> {
  const places = new Map<string, EnvGeographyPlace>();
  const chosen = flowOf(flows, flowId);
  for (const flow of chosen ? [chosen] : records<MixDeploymentFlow>(flows)) {
    for (const step of records(flow.steps)) {
      for (const environment of records(field(step, 'environments'))) {
        for (const geo of records<MixEnvGeography>(field(environment, 'geographies'))) {
          const id = textOf(geo.id);
          if (!id || places.has(id)) continue;
          const number = field(step, 'step');
          places.set(id, {
            step: typeof number === 'number' ? number : undefined,
            environment: textOf(field(environment, 'displayName')),
            requiresApproval: field(step, 'requiresApproval') === true,
          });
        }
      }
    }
  }
  return places;
}
