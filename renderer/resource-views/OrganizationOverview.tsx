import type { ReactNode } from 'react';
import type { MixMember, MixOrganizationItem } from '../../common/mix-models';
import { isRecord, records, textOf } from '../../common/tolerant-reader';
import { formatNumber, humanize, show } from '../format';
import { Badge, Empty, Fact, Facts, Page } from './ui';

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
          return (
            <li key={section} className="view-count">
              {onOpenSection ? (
                <button
                  type="button"
                  className="view-count-button"
                  aria-label={`Open ${SECTION_NAMES[section]} (${text})`}
                  onClick={() => onOpenSection(section)}
                >
                  <span className="view-count-number">{text}</span>
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
            <table className="view-table" aria-label="Members">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">ID</th>
                </tr>
              </thead>
              <tbody>
                {members.map((member, i) => (
                  <tr key={textOf(member.id) ?? i}>
                    <th scope="row">{show(member.name)}</th>
                    <td>{show(member.email)}</td>
                    <td className="view-id">{show(member.id)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
      {children}
    </Page>
  );
}
