import { boolParam, enumParam } from './mix-query';
import { listPage, type SortFields } from './paging';
import type { TokenSubject } from './store';
import type { SandboxUser } from './types';

export type OrganizationType = 'PERSONAL' | 'STANDARD';

interface Member {
  id: string;
  email: string;
  name: string;
}

interface Organization {
  id: string;
  displayName: string;
  type: OrganizationType;
  members: Member[];
}

/** Standard organizations every sandbox user (and every client-credentials service account) belongs to. */
export const SEEDED_STANDARD_ORGANIZATIONS: readonly { id: string; displayName: string }[] = [
  { id: '1', displayName: 'Nuance Sandbox Corp' },
  { id: '3', displayName: 'Sandbox Partners Ltd' },
  { id: '27', displayName: 'Acme Speech Lab' },
];

const VIEWS = ['VIEW_UNSPECIFIED', 'FULL'] as const;
const TYPES = ['TYPE_UNSPECIFIED', 'PERSONAL', 'STANDARD'] as const;
const SORT_FIELDS: SortFields<Organization> = {
  // IDs are int64 values sent as strings, so they sort as numbers.
  id: (org) => Number(org.id),
  displayName: (org) => org.displayName,
};

/**
 * The organizations a token's subject belongs to: a user sees their personal organization (named after
 * their email, id 14, 15, ... in user order) and the seeded standard ones (plus `extraStandard`, e.g. the scale
 * organization); a service account sees the standard ones.
 */
export function organizationsOf(
  subject: TokenSubject,
  users: readonly SandboxUser[],
  extraStandard: readonly { id: string; displayName: string }[] = [],
): Organization[] {
  const members = users.map(toMember);
  const standard = [...SEEDED_STANDARD_ORGANIZATIONS, ...extraStandard].map((org) => ({
    ...org,
    type: 'STANDARD' as const,
    members,
  }));
  if (subject.kind === 'client') return standard;
  const index = users.findIndex((u) => u.email.toLowerCase() === subject.email.toLowerCase());
  const user = users[index];
  if (!user) return standard;
  const personal: Organization = {
    id: String(14 + index),
    displayName: user.email,
    type: 'PERSONAL',
    members: [toMember(user, index)],
  };
  return [...standard, personal];
}

function toMember(user: SandboxUser, index: number): Member {
  return { id: String(1000 + index), email: user.email, name: user.name ?? user.email };
}

/** GET /v4/organizations, with the query rules of mix-api.md §3.1 and §6. */
export function listOrganizations(all: readonly Organization[], query: URLSearchParams): object {
  const view = enumParam(query, 'view', VIEWS, 'VIEW_UNSPECIFIED');
  const type = enumParam(query, 'type', TYPES, 'TYPE_UNSPECIFIED');
  // Only privileged users may see every organization; no sandbox user is privileged, so it changes nothing.
  boolParam(query, 'showAll');
  const { items, paging } = listPage(all, query, {
    fields: SORT_FIELDS,
    defaultSort: [{ field: 'id', descending: false }],
    filter: (org) => type === 'TYPE_UNSPECIFIED' || org.type === type,
  });
  return {
    organizations: items.map((org) =>
      view === 'FULL'
        ? { id: org.id, displayName: org.displayName, type: org.type, members: org.members }
        : { id: org.id, displayName: org.displayName },
    ),
    ...paging,
  };
}
