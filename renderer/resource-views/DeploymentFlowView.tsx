import type {
  MixDeploymentFlow,
  MixDeploymentFlowStep,
  MixEnvGeography,
  MixEnvironment,
} from '../../common/mix-models';
import type { MixFlowsBody } from './bodies';
import { EnvTypeBadge, geographyName } from './env-geography';
import { records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Badge, Empty, Panel } from './ui';
import './DeploymentFlowView.css';

export interface DeploymentFlowViewProps {
  /** `deploymentFlows.list` body: `{ flows }`. */
  body: MixFlowsBody | undefined;
}

/** Steps by their step number; steps without one keep Mix's order after the numbered ones. */
export function orderedSteps(flow: MixDeploymentFlow): MixDeploymentFlowStep[] {
  const steps = records<MixDeploymentFlowStep>(flow.steps);
  const rank = (step: MixDeploymentFlowStep) =>
    typeof step.step === 'number' ? step.step : Number.MAX_SAFE_INTEGER;
  return steps
    .map((step, index) => ({ step, index }))
    .sort((a, b) => rank(a.step) - rank(b.step) || a.index - b.index)
    .map(({ step }) => step);
}

function Step({ step, position }: { step: MixDeploymentFlowStep; position: number }) {
  const number = typeof step.step === 'number' ? step.step : position;
  const environments = records<MixEnvironment>(step.environments);
  return (
    <li className="view-step" aria-label={`Step ${number}`}>
      <div className="view-step-header">
        <strong>Step {number}</strong>
        {step.requiresApproval === true ? (
          <Badge tone="warn">Requires approval</Badge>
        ) : (
          <Badge>No approval</Badge>
        )}
      </div>
      {environments.length === 0 && <Empty>No environments.</Empty>}
      {environments.map((environment, i) => (
        <div key={textOf(environment.id) ?? i} className="view-step-env">
          <div className="view-step-env-name">{show(environment.displayName ?? environment.id)}</div>
          <ul className="view-step-geos">
            {records<MixEnvGeography>(environment.geographies).map((geo, j) => (
              <li key={textOf(geo.id) ?? j}>
                {show(geographyName(geo))} <EnvTypeBadge envType={geo.envType} />{' '}
                <span className="muted view-host">{show(geo.envHost)}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </li>
  );
}

/** Panel (h2): each flow (h3) as a left-to-right pipeline of steps → environments → geographies. */
export function DeploymentFlowView({ body }: DeploymentFlowViewProps) {
  const flows = records<MixDeploymentFlow>(body?.flows);
  return (
    <Panel title="Deployment flows" className="view-flows">
      {flows.length === 0 && <Empty>No deployment flows.</Empty>}
      {flows.map((flow, i) => {
        const name = textOf(flow.displayName) ?? textOf(flow.id) ?? 'Flow';
        const steps = orderedSteps(flow);
        return (
          <section key={textOf(flow.id) ?? i} className="view-flow" aria-label={`Flow ${name}`}>
            <h3>
              {name} {textOf(flow.id) && <span className="muted">#{flow.id}</span>}
            </h3>
            {steps.length === 0 ? (
              <Empty>No steps.</Empty>
            ) : (
              <ol className="view-pipeline" aria-label={`Steps of ${name}`}>
                {steps.map((step, j) => (
                  <Step key={textOf(step.id) ?? j} step={step} position={j + 1} />
                ))}
              </ol>
            )}
          </section>
        );
      })}
    </Panel>
  );
}
