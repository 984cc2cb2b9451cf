import type { ReactNode } from 'react';
import type { MixMember, MixOrganizationItem } from '../../common/mix-models';
import { isRecord, records, textOf } from '../../common/tolerant-reader';
import { DASH, formatNumber, humanize, show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import type { Column } from '../ui/table/table-model';
import { Badge, Empty, Fact, Facts, Page } from './ui';
import './OrganizationOverview.css';

const MEMBER_COLUMNS: Column<MixMember>[] = [
  { id: 'name', header: 'Name', value: (member) => textOf(member.name), width: 'minmax(140px, 1fr)' },
  { id: 'email', header: 'Email', value: (member) => textOf(member.email), width: 'minmax(180px, 1.5fr)' },
  {
    id: 'id',
    header: 'ID',
    value: (member) => textOf(member.id),
    render: (member) => <span className="view-id">{show(member.id)}</span>,
    width: 'minmax(80px, 0.6fr)',
  },
];

export const ORGANIZATION_SECTIONS = [
  'projects',
  'applications',
  'bots',
  'deploymentFlows',
  'environments',
  'enginePacks',
  'languageTopics',
  'voices',
] as const;

export type OrganizationSection = (typeof ORGANIZATION_SECTIONS)[number];

const SECTION_NAMES: Record<OrganizationSection, string> = {
  projects: 'Projects',
  applications: 'Applications',
  bots: 'Bots',
  deploymentFlows: 'Deployment flows',
  environments: 'Environments',
  enginePacks: 'Engine packs',
  languageTopics: 'Language topics',
  voices: 'Voices',
};

export interface OrganizationOverviewProps {
  /** One item of `organizations.list` (`members` with `view=FULL`). */
  organization: MixOrganizationItem | undefined;
  /** Counts the framework knows (e.g. `totalSize` of each list); sections without a count show "—". */
  counts?: Partial<Record<OrganizationSection, number>>;
  onOpenSection?: (section: OrganizationSection) => void;
  children?: ReactNode;
}

/** Page-level (h1): an organization, how much it holds, and its members when Mix listed them. */
export function OrganizationOverview({
  organization,
  counts = {},
  onOpenSection,
  children,
}: OrganizationOverviewProps) {
  const org = isRecord(organization) ? organization : ({} as Partial<MixOrganizationItem>);
  const type = textOf(org.type);
  const members = records<MixMember>(org.members);
  return (
    <Page
      title={textOf(org.displayName) ?? textOf(org.id) ?? 'Organization'}
      className="view-organization"
      aside={type && type !== 'TYPE_UNSPECIFIED' && <Badge tone="info">{humanize(type)}</Badge>}
    >
      <Facts>
        <Fact label="Organization ID">{show(org.id)}</Fact>
      </Facts>
      <h2>Contents</h2>
      <ul className="view-counts" aria-label="Contents">
        {ORGANIZATION_SECTIONS.map((section) => {
          const count = isRecord(counts) ? counts[section] : undefined;
          const text = formatNumber(count);
          // The name reads as the button shows it ("3 Projects"), so speech users can say what they see.
          const name = text === DASH ? SECTION_NAMES[section] : `${text} ${SECTION_NAMES[section]}`;
          return (
            <li key={section} className="view-count">
              {onOpenSection ? (
                <button
                  type="button"
                  className="view-count-button"
                  aria-label={`Open ${name}`}
                  onClick={() => onOpenSection(section)}
                >
                  <span className="view-count-number">{text}</span>{' '}
                  <span className="view-count-label">{SECTION_NAMES[section]}</span>
                </button>
              ) : (
                <>
                  <span className="view-count-number">{text}</span>
                  <span className="view-count-label">{SECTION_NAMES[section]}</span>
                </>
              )}
            </li>
          );
        })}
      </ul>
      {Array.isArray(org.members) && (
        <>
          <h2>Members</h2>
          {members.length === 0 ? (
            <Empty>No members listed.</Empty>
          ) : (
            <DataTable
              label="Members"
              columns={MEMBER_COLUMNS}
              rows={members}
              rowKey={(member, i) => textOf(member.id) ?? String(i)}
              defaultSort={{ columnId: 'name', direction: 'ascending' }}
            />
          )}
        </>
      )}
      {children}
    </Page>
  );
}
