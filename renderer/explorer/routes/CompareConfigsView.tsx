/**
 * Two app configs of an organization side by side, each from any of its applications: a route of its own
 * (`/orgs/1/compare/49/190/51/200`), so Back/Forward, Pin, Recent and Copy link keep the pair. Both sides
 * come from the reads of "what's deployed where" (every application with its configs, the flows), so a
 * visit after the matrix asks Mix nothing; each side's data hosts are its dialog build's, as on the
 * Data hosts tab. Picking another config on either side is a new route.
 */
import { useMemo } from 'react';
import type { ConfigRef, ExplorerRoute } from '../../../common/explorer-routes';
import type { MixDataHost } from '../../../common/mix-models';
import { listItems, textOf } from '../../../common/tolerant-reader';
import { CompareTable } from '../../resource-views/CompareTable';
import { MISSING, compareFacts, configFacts, type Facts } from '../../resource-views/compare';
import { configsOfApplications, deploymentMatrix, type MatrixSource } from '../../resource-views';
import { Empty } from '../../resource-views/ui';
import { GroupedComboBox, type ComboSection } from '../../ui/ComboBox';
import { useExplorer } from '../explorer-context';
import { COMPARE_CONFIGS_LABEL } from '../labels';
import { useMixQueries } from '../mix-query';
import { ResourceView } from '../ResourceView';
import { bothQueries, matrixPageRequest, useDeploymentFlows, useOrgApplications } from './deployment-reads';
import { useOrgName } from './OrgListView';
import './CompareConfigsView.css';

type CompareRoute = Extract<ExplorerRoute, { kind: 'compare-configs' }>;

/** The option id of a config in the pickers: its application and its own id. */
const optionId = ({ applicationId, configId }: ConfigRef) => `${applicationId}/${configId}`;

function refOf(source: MatrixSource): ConfigRef {
  return { applicationId: textOf(source.application.id) ?? '', configId: textOf(source.config.id) ?? '' };
}

function applicationName(source: MatrixSource): string {
  return textOf(source.application.applicationName) ?? `Application ${textOf(source.application.id) ?? ''}`;
}

function configName(source: MatrixSource): string {
  return `${textOf(source.config.tag) ?? 'Configuration'} #${textOf(source.config.id) ?? ''}`;
}

/** One group per application, in the order Mix listed them; typing matches the application's name too. */
export function configSections(sources: readonly MatrixSource[]): ComboSection[] {
  const sections = new Map<string, ComboSection & { options: ComboSection['options'][number][] }>();
  for (const source of sources) {
    const ref = refOf(source);
    if (!ref.applicationId || !ref.configId) continue;
    const section = sections.get(ref.applicationId) ?? {
      id: `application-${ref.applicationId}`,
      title: applicationName(source),
      options: [],
    };
    sections.set(ref.applicationId, section);
    section.options.push({
      id: optionId(ref),
      label: configName(source),
      text: `${applicationName(source)} › ${configName(source)}`,
    });
  }
  return [...sections.values()];
}

/** The config a side names, if Mix listed it under that application. */
export function findConfig(sources: readonly MatrixSource[], ref: ConfigRef): MatrixSource | undefined {
  return sources.find((source) => optionId(refOf(source)) === optionId(ref));
}

export function CompareConfigsView({ route }: { route: CompareRoute }) {
  const { orgId, left, right } = route;
  const { state } = useExplorer();
  const orgName = useOrgName(orgId);
  const apps = useOrgApplications(orgId);
  const { query: flowsQuery, flows } = useDeploymentFlows(orgId);
  const sources = useMemo(
    () => (apps.applications ? configsOfApplications(apps.applications) : []),
    [apps.applications],
  );
  const matrix = useMemo(() => deploymentMatrix(sources, flows), [sources, flows]);
  const sections = useMemo(() => configSections(sources), [sources]);
  const ready = apps.applications !== undefined && flowsQuery.data !== undefined;
  const sides = [left, right].map((ref) => ({ ref, source: findConfig(sources, ref) }));

  // Each side's data hosts belong to its dialog build (the Data hosts tab reads the same key).
  const dialogs = sides.map(({ ref, source }) => ({
    applicationId: ref.applicationId,
    buildLabel: textOf(source?.config.builds?.dialog?.buildLabel),
  }));
  const hosts = useMixQueries(
    dialogs.map(({ applicationId, buildLabel }) => ({
      endpoint: 'dataHosts.list',
      params: { buildLabel: buildLabel ?? '', applicationId },
      enabled: buildLabel !== undefined,
    })),
  );

  const pick = (side: 'left' | 'right', id: string) => {
    const [applicationId = '', configId = ''] = id.split('/');
    const next = { ...route, [side]: { applicationId, configId } };
    if (optionId(next[side]) !== optionId(route[side])) state.navigate(next);
  };

  const facts = (index: number): Facts => {
    const side = sides[index];
    const source = side?.source;
    const body = hosts[index]?.data?.data;
    return [
      ['Application', source ? applicationName(source) : MISSING],
      ...configFacts(
        source?.config,
        matrix.rows.find((row) => row.configId === side?.ref.configId),
        matrix.columns,
        body === undefined ? undefined : (listItems(body, 'dataHosts') as MixDataHost[]),
      ),
    ];
  };
  const name = (index: number) => {
    const side = sides[index];
    return side?.source
      ? `${applicationName(side.source)} › ${configName(side.source)}`
      : `Configuration ${side?.ref.configId ?? ''}`;
  };
  const missing = sides.filter(({ source }) => source === undefined);
  const where = orgName ?? `organization ${orgId}`;

  return (
    <ResourceView
      title={COMPARE_CONFIGS_LABEL}
      subtitle={orgName ?? `Organization ${orgId}`}
      route={route}
      query={bothQueries(apps.query, flowsQuery)}
      request={matrixPageRequest(orgId, 0)}
      contentLabel="Comparison"
    >
      {ready && (
        <div className="compare-route">
          <div className="compare-pickers">
            <GroupedComboBox
              label="First configuration"
              sections={sections}
              selectedId={sides[0]?.source ? optionId(left) : null}
              onSelect={(id) => pick('left', id)}
              placeholder="Type an application or a tag"
            />
            <GroupedComboBox
              label="Second configuration"
              sections={sections}
              selectedId={sides[1]?.source ? optionId(right) : null}
              onSelect={(id) => pick('right', id)}
              placeholder="Type an application or a tag"
            />
          </div>
          {missing.length > 0 ? (
            <Empty>
              {missing.map(({ ref }) => (
                <span key={optionId(ref)} className="compare-missing">
                  Mix returned no configuration {ref.configId} of application {ref.applicationId} in {where}.
                  Choose one above.
                </span>
              ))}
            </Empty>
          ) : (
            <CompareTable
              label="Configuration comparison"
              leftName={name(0)}
              rightName={name(1)}
              rows={compareFacts(facts(0), facts(1))}
            />
          )}
        </div>
      )}
    </ResourceView>
  );
}
