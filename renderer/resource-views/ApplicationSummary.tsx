import type { ReactNode } from 'react';
import type { MixApplication } from '../../common/mix-models';
import { isRecord, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DateTime, Fact, Facts, Page } from './ui';

export interface ApplicationSummaryProps {
  /** One item of `applications.list` (Mix has no single-application read). */
  application: MixApplication | undefined;
  /** Below the facts: the framework's tabs (configurations, credentials...). */
  children?: ReactNode;
}

/** The shared page header of applications and bots. */
export function AppLikeSummary({
  app,
  kind,
  children,
}: {
  app: MixApplication | undefined;
  kind: 'Application' | 'Bot';
  children?: ReactNode;
}) {
  const item = isRecord(app) ? app : ({} as Partial<MixApplication>);
  const orgName = textOf(item.organizationName);
  const orgId = textOf(item.organizationId);
  const configs = Array.isArray(item.configs) ? item.configs.length : undefined;
  return (
    <Page title={textOf(item.applicationName) ?? textOf(item.id) ?? kind} className="view-app">
      <Facts>
        <Fact label={`${kind} ID`}>{show(item.id)}</Fact>
        <Fact label="Organization">{orgName ? `${orgName}${orgId ? ` (${orgId})` : ''}` : show(orgId)}</Fact>
        <Fact label="Created">
          <DateTime value={item.createTime} />
        </Fact>
        {configs !== undefined && configs > 0 && <Fact label="Configurations">{configs}</Fact>}
      </Facts>
      {children}
    </Page>
  );
}

/** Page-level (h1): an application's name, id, organization and creation date. */
export function ApplicationSummary({ application, children }: ApplicationSummaryProps) {
  return (
    <AppLikeSummary app={application} kind="Application">
      {children}
    </AppLikeSummary>
  );
}
