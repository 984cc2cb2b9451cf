import { useId, useState } from 'react';
import { overriddenConfigId, type MixAppConfig, type MixDeploymentFlow } from '../../common/mix-models';
import type { MixAppConfigBody } from './bodies';
import { ConfigBody, configName, type ConfigCallbacks } from './ConfigCard';
import type { RenderDownload } from './download';
import { field, objectOf, textOf } from '../../common/tolerant-reader';
import { Badge, Page } from './ui';

export interface AppConfigDetailProps extends Omit<ConfigCallbacks, 'onOpenConfig'> {
  /** `appConfigs.get` body: `{ config }`. */
  body: MixAppConfigBody | undefined;
  flows?: readonly MixDeploymentFlow[];
  /** Runtime app IDs the config may be live for (e.g. from the credentials' `appId`); the export needs one. */
  runtimeAppIds?: readonly string[];
  /** `appConfigs.export` with `{ configId, appId }`. */
  renderDownload?: RenderDownload;
  projectName?: string;
}

function AppIdChooser({
  ids,
  value,
  onChange,
}: {
  ids: readonly string[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <span className="view-filter">
      <label htmlFor={id}>Runtime app ID</label>{' '}
      {ids.length > 0 ? (
        <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
          {ids.map((appId) => (
            <option key={appId} value={appId}>
              {appId}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          type="text"
          value={value}
          placeholder="e.g. ACME-PROD"
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </span>
  );
}

/** Page-level (h1): one application configuration, its builds, deployments and package download. */
export function AppConfigDetail({
  body,
  flows,
  runtimeAppIds = [],
  renderDownload,
  projectName,
  ...callbacks
}: AppConfigDetailProps) {
  // The ids arrive with a later request: until the user picks one, the first known id is the choice.
  const [picked, setAppId] = useState<string>();
  const appId = picked ?? runtimeAppIds[0] ?? '';
  const config = objectOf<MixAppConfig>(body?.config) ?? ({ id: '' } as MixAppConfig);
  const configId = textOf(config.id);
  const name = configName(config);
  const parentId = overriddenConfigId(config);
  const chosenAppId = appId.trim();
  return (
    <Page
      title={`Configuration ${name}`}
      className="view-config"
      aside={parentId && <Badge tone="info">Override of #{parentId}</Badge>}
    >
      {textOf(field(config.projectDetails, 'projectDescription')) && (
        <p className="view-description">{textOf(field(config.projectDetails, 'projectDescription'))}</p>
      )}
      <ConfigBody config={config} flows={flows} level={2} {...callbacks} />
      {renderDownload && configId && (
        <section className="view-actions" aria-label="Downloads">
          <h2>Configuration package</h2>
          <AppIdChooser ids={runtimeAppIds} value={appId} onChange={setAppId} />
          {chosenAppId === '' ? (
            <span className="muted">Choose the runtime app ID the configuration is live for.</span>
          ) : (
            renderDownload({
              endpoint: 'appConfigs.export',
              params: { configId, appId: chosenAppId },
              label: `Configuration ${name} for ${chosenAppId}`,
              projectName: projectName ?? textOf(field(config.projectDetails, 'projectName')),
            })
          )}
        </section>
      )}
    </Page>
  );
}
