import { countOf, field, listItems } from '../../common/tolerant-reader';

/** An organization as the account lookup reads it (main only: the renderer reads `mix:get` answers). */
export interface MixOrganization {
  id: string;
  displayName: string;
  type?: string;
}

export interface MixOrganizationList {
  organizations: MixOrganization[];
  totalSize: number;
}

export const ORGANIZATIONS_PAGE_SIZE = 100;
/** Bounds against a server that never stops paging (or ignores `offset`). */
export const MAX_ORGANIZATIONS = 1_000;
export const MAX_ORGANIZATION_PAGES = 40;

/** One page of `GET /v4/organizations` with these query parameters. */
export type OrganizationsPage = (query: { view: 'FULL'; limit: number; offset: number }) => Promise<unknown>;

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** One organization, tolerant of extra fields; undefined for entries without an ID. */
function parseOrganization(value: unknown): MixOrganization | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const item = value as Record<string, unknown>;
  const id = text(item['id']);
  if (!id) return undefined;
  const type = text(item['type']);
  return { id, displayName: text(item['displayName']) ?? id, ...(type ? { type } : {}) };
}

/** Every organization the user belongs to, page by page (`view=FULL` adds the type, which names the account). */
export async function fetchAllOrganizations(getPage: OrganizationsPage): Promise<MixOrganizationList> {
  const found = new Map<string, MixOrganization>();
  let offset = 0;
  let totalSize: number | undefined;
  for (let page = 0; page < MAX_ORGANIZATION_PAGES && found.size < MAX_ORGANIZATIONS; page += 1) {
    const body = await getPage({ view: 'FULL', limit: ORGANIZATIONS_PAGE_SIZE, offset });
    const items = listItems(body, 'organizations');
    for (const organization of items.map(parseOrganization)) {
      if (organization && found.size < MAX_ORGANIZATIONS) found.set(organization.id, organization);
    }
    // grpc-gateway drops zero values, so a missing totalSize is only trusted once a page comes back short.
    totalSize = countOf(field(body, 'totalSize')) ?? totalSize;
    offset += items.length;
    const done = totalSize === undefined ? items.length < ORGANIZATIONS_PAGE_SIZE : offset >= totalSize;
    if (items.length === 0 || done) break;
  }
  const organizations = [...found.values()];
  return { organizations, totalSize: Math.max(totalSize ?? 0, organizations.length) };
}

/** Who is signed in: Mix names each user's PERSONAL organization after their email address. */
export function accountFromOrganizations(list: MixOrganizationList): string | undefined {
  return list.organizations.find((organization) => organization.type === 'PERSONAL')?.displayName;
}
