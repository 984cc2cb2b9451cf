import { Suspense, lazy, useEffect, useId, useState } from 'react';
import type { ReactNode } from 'react';
import type { ExplorerRoute } from '../../common/explorer-routes';
import { routePath } from '../../common/explorer-routes';
import type { MixGetResponse, Problem } from '../../common/ipc-contract';
import { CopyMenu } from './CopyMenu';
import { useExplorer } from './explorer-context';
import { RAW_JSON_LABEL } from './labels';
import { PinButton } from './PinButton';
import { LoadingSkeleton, QueryProblem } from './QueryProblem';
import type { MixRequest } from './route-requests';
import type { TabSpec } from '../ui/Tabs';
import { Tabs } from '../ui/Tabs';
import { FrameHeadingContext } from '../resource-views/ui';
import { useViewShown } from './view-shown';
import { useRecordVisit } from './workspace-items';
import './ResourceView.css';

const JsonView = lazy(() => import('./JsonView'));

const RAW_TAB = 'raw-json';

/** The parts of a query a view shows: any of useMixQuery's results fits. */
export interface ViewQuery {
  loading: boolean;
  fetching: boolean;
  problem: Problem | null;
  response: MixGetResponse | undefined;
  refresh: () => void;
}

interface ResourceViewProps {
  /** The resource's name: the view's h1. */
  title: string;
  subtitle?: ReactNode;
  route: ExplorerRoute;
  /** The request in view, for Refresh, Raw JSON and the copy buttons. */
  query: ViewQuery;
  request?: MixRequest;
  /** Tabs that are routes (project, application, bot); Raw JSON is added after them. */
  tabs?: readonly TabSpec[];
  activeTab?: string;
  onTab?: (id: string) => void;
  /** The name of the single content tab when there are no route tabs. */
  contentLabel?: string;
  /** The view's one primary action (a download), first in the toolbar. */
  actions?: ReactNode;
  isEmpty?: boolean;
  emptyText?: string;
  /** What Raw JSON shows; the body of `query` by default. */
  raw?: unknown;
  children?: ReactNode;
}

/**
 * The frame of every explorer view: the resource's name (the screen's one h1) with one toolbar beside it in
 * the same place on every view and tab (its primary action, Refresh, one Copy menu, Pin), tabs with Raw
 * JSON, and the loading, error and empty states.
 */
export function ResourceView(props: ResourceViewProps) {
  const { title, route, query, request } = props;
  const explorer = useExplorer();
  const path = routePath(route);
  // Raw JSON belongs to the view it was opened on; another view starts on its content again.
  const [rawFor, setRawFor] = useState<string | null>(null);
  const showRaw = rawFor === path;
  const contentTabs: readonly TabSpec[] = props.tabs ?? [
    { id: 'content', label: props.contentLabel ?? 'Details' },
  ];
  const tabs = [...contentTabs, { id: RAW_TAB, label: RAW_JSON_LABEL }];
  const active = showRaw ? RAW_TAB : (props.activeTab ?? contentTabs[0]?.id ?? 'content');

  function selectTab(id: string) {
    if (id === RAW_TAB) {
      setRawFor(path);
      return;
    }
    setRawFor(null);
    if (id !== active) props.onTab?.(id);
  }

  // Once the view has its answer (and so its name), it goes first in Home's recent views; a kept-alive
  // view shown again counts again.
  const visit = useRecordVisit(explorer.profileId);
  const answered = query.response !== undefined;
  const shown = useViewShown();
  useEffect(() => {
    if (answered && shown) visit(path, title);
  }, [answered, shown, path, title, visit]);

  const raw = props.raw !== undefined ? props.raw : query.response?.data;
  const headingId = useId();

  function body() {
    if (query.loading) return <LoadingSkeleton />;
    const problem = query.problem && (
      <QueryProblem
        problem={query.problem}
        onRetry={query.refresh}
        onSignIn={explorer.signIn}
        {...(request ? { request } : {})}
      />
    );
    if (query.problem && !query.response) return problem;
    if (showRaw) {
      return (
        <>
          {problem}
          <Suspense fallback={<LoadingSkeleton label="Loading the JSON viewer…" />}>
            <JsonView value={raw} bytes={query.response?.bytes} label={`${title} JSON`} />
          </Suspense>
        </>
      );
    }
    return (
      <>
        {problem}
        {props.isEmpty ? (
          <div className="empty">
            <p className="muted">{props.emptyText ?? 'Nothing here yet.'}</p>
          </div>
        ) : (
          props.children
        )}
      </>
    );
  }

  return (
    <section className="resource" aria-labelledby={headingId}>
      <header className="resource-header">
        <div className="resource-title">
          <h1 id={headingId}>{title}</h1>
          {props.subtitle && <p className="muted resource-subtitle">{props.subtitle}</p>}
        </div>
        <div className="toolbar" role="toolbar" aria-label="View actions">
          {props.actions}
          <button
            type="button"
            className="button"
            onClick={query.refresh}
            aria-busy={query.fetching}
            disabled={!request && !query.response && !query.problem}
          >
            {query.fetching && <span className="spinner spinner-inline" aria-hidden="true" />}
            Refresh
          </button>
          <CopyMenu request={request} route={route} />
          <PinButton path={path} label={title} />
        </div>
      </header>
      <Tabs
        tabs={tabs}
        active={active}
        onSelect={selectTab}
        label={`${title} views`}
        panelBusy={query.fetching}
      >
        <FrameHeadingContext.Provider value={headingId}>
          <div className="resource-body">{body()}</div>
        </FrameHeadingContext.Provider>
      </Tabs>
    </section>
  );
}
