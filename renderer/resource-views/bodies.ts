/**
 * Mix.api response bodies as the views take them (mix-api.md §3, §5), built from common/mix-models.ts.
 * Every field is optional: the framework passes bodies straight from `useMixQuery`.
 */
import type {
  MixAppConfig,
  MixBotInterface,
  MixBuild,
  MixCredential,
  MixDataHost,
  MixDataTypeBody,
  MixDeploymentFlow,
  MixEnginePack,
  MixEntityTypeBody,
  MixEntityWrapper,
  MixEnvironment,
  MixGeography,
  MixIntent,
  MixJob,
  MixLanguageTopic,
  MixLock,
  MixPaging,
  MixProject,
  MixVoice,
} from '../../common/mix-models';

/**
 * A project as `projects.get` returns it. Recorded answers carry no projectDescription or isChildDataCompliant
 * on projects (they come in app configs' projectDetails), but the create call takes them, so they are read if sent.
 */
export interface MixProjectDetails extends MixProject {
  projectDescription?: string;
  isChildDataCompliant?: boolean;
}

/** `projects.get` */
export interface MixProjectBody {
  project?: MixProjectDetails;
}
/** `builds.list` */
export interface MixBuildsBody extends MixPaging {
  projectId?: string;
  builds?: MixBuild[];
}
/** `intents.list` */
export interface MixIntentsBody {
  intents?: MixIntent[];
}
/** `intents.get` */
export interface MixIntentBody {
  intent?: MixIntent;
}
/** `entities.list` */
export interface MixEntitiesBody {
  entities?: MixEntityWrapper[];
}
/** `entities.get` */
export interface MixEntityGetBody {
  entity?: MixEntityWrapper;
}
/** `jobs.list` */
export interface MixJobsBody extends MixPaging {
  jobs?: MixJob[];
}
/** `locks.list` */
export interface MixLocksBody extends MixPaging {
  locks?: MixLock[];
}
/** `appConfigs.list`, `botConfigs.list`, and an application or bot fetched with a FULL view. */
export interface MixConfigsBody {
  configs?: MixAppConfig[];
}
/** `appConfigs.get` */
export interface MixAppConfigBody {
  config?: MixAppConfig;
}
/** `appCredentials.list`, `botCredentials.list` */
export interface MixCredentialsBody {
  credentials?: MixCredential[];
}
/** `dataHosts.list`, `dataHosts.latest` */
export interface MixDataHostsBody {
  dataHosts?: MixDataHost[];
}
/** `botInterfaces.get` */
export interface MixBotInterfaceBody {
  interface?: MixBotInterface;
}
/** `deploymentFlows.list` */
export interface MixFlowsBody extends MixPaging {
  flows?: MixDeploymentFlow[];
}
/** `environments.list` */
export interface MixEnvironmentsBody extends MixPaging {
  environments?: MixEnvironment[];
}
/** `enginePacks.list` */
export interface MixEnginePacksBody {
  enginePacks?: MixEnginePack[];
}
/** `languageTopics.list` */
export interface MixLanguageTopicsBody {
  languageTopics?: MixLanguageTopic[];
}
/** `voices.list` */
export interface MixVoicesBody {
  voices?: MixVoice[];
}
/** `geographies.list` */
export interface MixGeographiesBody extends MixPaging {
  geographies?: MixGeography[];
}
/** `dataTypes.list` */
export interface MixDataTypesBody {
  dataTypes?: MixDataTypeBody[];
}
/** `entityTypes.list` */
export interface MixEntityTypesBody {
  entityTypes?: MixEntityTypeBody[];
}
