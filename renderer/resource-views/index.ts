/**
 * Presentational views of Mix resources: they take Mix.api bodies and callbacks, fetch nothing, and render
 * the framework's download button through `renderDownload`. Page-level views (h1): ProjectOverview,
 * BuildDetail, IntentDetail, EntityDetail, JobDetail, ApplicationSummary, BotSummary, AppConfigDetail,
 * OrganizationOverview. Every other view is a panel (h2).
 */
export type * from './bodies';
export {
  DOWNLOAD_ENDPOINTS,
  type DownloadEndpoint,
  type DownloadTarget,
  type RenderDownload,
} from './download';

export { ProjectOverview, type ProjectOverviewProps } from './ProjectOverview';
export { LockBadge, lockOwnerText, type LockBadgeProps } from './LockBadge';
export { BuildsPanel, BUILD_TYPES, type BuildType, type BuildsPanelProps } from './BuildsPanel';
export { BUILDS_DEFAULT_SORT } from './builds-table';
export { LatestBuilds, type LatestBuildsProps } from './LatestBuilds';
export { BuildDetail, type BuildDetailProps } from './BuildDetail';
export { IntentsList, type IntentsListProps } from './IntentsList';
export { IntentDetail, type IntentDetailProps } from './IntentDetail';
export { EntitiesList, type EntitiesListProps } from './EntitiesList';
export { EntityDetail, type EntityDetailProps } from './EntityDetail';
export { JobsList, JOBS_DEFAULT_SORT, jobTypeText, type JobsListProps } from './JobsList';
export { configName } from './ConfigCard';
export { JobDetail, type JobDetailProps } from './JobDetail';
export { LocksList, type LocksListProps } from './LocksList';
export { EnvConfigs, type EnvConfigsProps } from './EnvConfigs';
export { ProjectExports, type ProjectExportsProps } from './ProjectExports';
export { projectLocales } from './locales';

export { ApplicationSummary, type ApplicationSummaryProps } from './ApplicationSummary';
export { AppConfigsView, type AppConfigsViewProps } from './AppConfigsView';
export { AppConfigDetail, type AppConfigDetailProps } from './AppConfigDetail';
export { CredentialsView, type CredentialsViewProps } from './CredentialsView';
export { DataHostsView, type DataHostsViewProps } from './DataHostsView';

export { BotSummary, type BotSummaryProps } from './BotSummary';
export { BotConfigsView, type BotConfigsViewProps } from './BotConfigsView';
export { BotInterfaceView, type BotInterfaceViewProps } from './BotInterfaceView';

export { DeploymentFlowView, type DeploymentFlowViewProps } from './DeploymentFlowView';
export { EnvironmentsView, type EnvironmentsViewProps } from './EnvironmentsView';
export { EnginePacksMatrix, type EnginePacksMatrixProps } from './EnginePacksMatrix';
export { LanguageTopicsView, type LanguageTopicsViewProps } from './LanguageTopicsView';
export { VoicesView, type VoicesViewProps } from './VoicesView';
export { GeographiesView, type GeographiesViewProps } from './GeographiesView';
export { DataTypesView, type DataTypesViewProps } from './DataTypesView';
export { EntityTypesView, type EntityTypesViewProps } from './EntityTypesView';
export { VersionView, type VersionViewProps } from './VersionView';
export {
  OrganizationOverview,
  ORGANIZATION_SECTIONS,
  type OrganizationOverviewProps,
  type OrganizationSection,
} from './OrganizationOverview';
export { DeploymentMatrixView, type DeploymentMatrixViewProps } from './DeploymentMatrixView';
export { deploymentMatrix, configsOfApplications, type MatrixSource } from './deployment-matrix';
export { BuildUsedBy, configsUsingBuild, type BuildUsedByProps } from './BuildUsedBy';
export {
  CompareBuilds,
  CompareConfigs,
  type CompareBuildsProps,
  type CompareConfigsProps,
} from './CompareViews';
