import { useMemo } from 'react';
import type { MixAppConfig, MixApplication, MixDataHost } from '../../../common/mix-models';
import { listItems, records, textOf } from '../../../common/tolerant-reader';
import { formatNumber } from '../../format';
import {
  CompareConfigs,
  DeploymentMatrixView,
  configsOfApplications,
  deploymentMatrix,
  type MatrixSource,
} from '../../resource-views';
import { useExplorer } from '../explorer-context';
import { useMixQueries } from '../mix-query';
import { ORG_LIST_LABELS } from '../labels';
import { ResourceView } from '../ResourceView';
import { bothQueries, matrixPageRequest, useDeploymentFlows, useOrgApplications } from './deployment-reads';

/** An organization's "what's deployed where": every application's configs × its environments. */
export function OrgDeploymentsView({ orgId, orgName }: { orgId: string; orgName: string | undefined }) {
  const { state } = useExplorer();
  const apps = useOrgApplications(orgId);
  const { query: flowsQuery, flows } = useDeploymentFlows(orgId);
  const sources = useMemo(
    () => (apps.applications ? configsOfApplications(apps.applications) : []),
    [apps.applications],
  );
  const ready = apps.applications !== undefined && flowsQuery.data !== undefined;
  const shown = apps.applications?.length ?? 0;
  return (
    <ResourceView
      title={ORG_LIST_LABELS.deployments}
      subtitle={orgName ?? `Organization ${orgId}`}
      route={{ kind: 'org-list', orgId, list: 'deployments' }}
      query={bothQueries(apps.query, flowsQuery)}
      request={matrixPageRequest(orgId, 0)}
      contentLabel="Matrix"
      isEmpty={ready && sources.length === 0}
      emptyText="No application of this organization has a configuration."
    >
      {ready && (
        <>
          {apps.partial && (
            <p className="muted">
              Showing the configurations of the first {formatNumber(shown)} of{' '}
              {formatNumber(apps.totalSize ?? shown)} applications.
            </p>
          )}
          <DeploymentMatrixView
            sources={sources}
            flows={flows}
            showApplication
            onOpenConfig={(applicationId, configId) =>
              state.navigate({ kind: 'app-config', orgId, applicationId, configId })
            }
          />
        </>
      )}
    </ResourceView>
  );
}

/** The matrix of one application's configs, inside the application's page. */
/** Data hosts are read for at most this many of an application's configs (one read per dialog build). */
const MAX_DATA_HOST_READS = 20;

export function ApplicationDeployments({
  orgId,
  applicationId,
  application,
  configsBody,
}: {
  orgId: string;
  applicationId: string;
  application: MixApplication | undefined;
  configsBody: unknown;
}) {
  const { state } = useExplorer();
  const { query: flowsQuery, flows } = useDeploymentFlows(orgId);
  const sources = useMemo((): MatrixSource[] => {
    const owner = { id: applicationId, applicationName: application?.applicationName };
    return records<MixAppConfig>(listItems(configsBody, 'configs')).map((config) => ({
      application: owner,
      config,
    }));
  }, [applicationId, application?.applicationName, configsBody]);
  // A config's data hosts belong to its dialog build (the Data hosts tab reads the same).
  const dialogs = sources
    .map(({ config }) => ({
      configId: textOf(config.id) ?? '',
      buildLabel: textOf(config.builds?.dialog?.buildLabel),
    }))
    .filter((item): item is { configId: string; buildLabel: string } => item.buildLabel !== undefined)
    .slice(0, MAX_DATA_HOST_READS);
  const hosts = useMixQueries(
    dialogs.map(({ buildLabel }) => ({ endpoint: 'dataHosts.list', params: { buildLabel, applicationId } })),
  );
  const matrix = useMemo(() => deploymentMatrix(sources, flows), [sources, flows]);
  // Flows name the columns: wait for them (or for their failure) so the matrix is drawn once.
  if (flowsQuery.data === undefined && flowsQuery.fetching)
    return <p className="muted">Reading deployment flows…</p>;
  const dataHostsOf = (configId: string) => {
    const index = dialogs.findIndex((item) => item.configId === configId);
    const body = hosts[index]?.data?.data;
    return body === undefined ? undefined : (listItems(body, 'dataHosts') as MixDataHost[]);
  };
  return (
    <>
      <DeploymentMatrixView
        sources={sources}
        flows={flows}
        showApplication={false}
        onOpenConfig={(_, configId) => state.navigate({ kind: 'app-config', orgId, applicationId, configId })}
      />
      <CompareConfigs
        configs={sources.map(({ config }) => config)}
        matrix={matrix}
        dataHostsOf={dataHostsOf}
        onOpenComparison={(leftConfigId, rightConfigId) =>
          state.navigate({
            kind: 'compare-configs',
            orgId,
            left: { applicationId, configId: leftConfigId },
            right: { applicationId, configId: rightConfigId },
          })
        }
      />
    </>
  );
}
