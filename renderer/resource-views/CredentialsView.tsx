import type { MixCredential, MixCredentialClient, MixEnvGeography } from '../../common/mix-models';
import type { MixCredentialsBody } from './bodies';
import { EnvTypeBadge, geographyName } from './env-geography';
import { field, isRecord, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { DataTable } from '../ui/table/DataTable';
import { DATE_WIDTH, type Column } from '../ui/table/table-model';
import { Chips, chipsColumn, DateTime, Empty, Panel } from './ui';

const scopesOf = (client: MixCredentialClient) =>
  (textOf(client.oauthScopes) ?? '').split(/\s+/).filter(Boolean);

const CLIENT_COLUMNS: Column<MixCredentialClient>[] = [
  {
    id: 'name',
    header: 'Client name',
    value: (client) => textOf(client.clientName),
    width: 'minmax(140px, 1fr)',
  },
  {
    id: 'id',
    header: 'Client ID',
    value: (client) => textOf(client.clientId),
    render: (client) => <span className="view-id">{show(client.clientId)}</span>,
    width: 'minmax(160px, 2fr)',
  },
  chipsColumn<MixCredentialClient>('scopes', 'OAuth scopes', scopesOf, 'minmax(140px, 1fr)'),
  {
    id: 'created',
    header: 'Created',
    value: (client) => textOf(client.createTime),
    render: (client) => <DateTime value={client.createTime} />,
    width: DATE_WIDTH,
  },
  {
    id: 'updated',
    header: 'Updated',
    value: (client) => textOf(client.updateTime),
    render: (client) => <DateTime value={client.updateTime} />,
    width: DATE_WIDTH,
  },
];

export interface CredentialsViewProps {
  /** `appCredentials.list` or `botCredentials.list` body: `{ credentials }` (clients only with the FULL view). */
  body: MixCredentialsBody | undefined;
  /** Panel title; "Credentials" unless told. */
  title?: string;
}

/** A geography with its environment's name when Mix sends one (bot credentials do; it may be `""`). */
function GeographyChip({ geo }: { geo: MixEnvGeography }) {
  const envName = textOf(geo.envName);
  return (
    <>
      {envName && `${envName} · `}
      {show(geographyName(geo))} <EnvTypeBadge envType={geo.envType} />
    </>
  );
}

/** Created, and Updated when Mix says it changed since. */
function Times({ of, times }: { of: string; times: { createTime?: unknown; updateTime?: unknown } }) {
  const updated = textOf(times.updateTime);
  return (
    <>
      <div>
        <dt>{of} created</dt>
        <dd>
          <DateTime value={times.createTime} />
        </dd>
      </div>
      {updated && updated !== textOf(times.createTime) && (
        <div>
          <dt>{of} updated</dt>
          <dd>
            <DateTime value={updated} />
          </dd>
        </div>
      )}
    </>
  );
}

/**
 * Panel (h2): runtime credentials per app ID and geography, and their OAuth clients, with the times Mix keeps
 * at each level (mix-api.md §10). Only the fields named here are read, so a secret Mix might one day add to a
 * client is never shown.
 */
export function CredentialsView({ body, title = 'Credentials' }: CredentialsViewProps) {
  const credentials = records<MixCredential>(body?.credentials);
  return (
    <Panel title={title} className="view-credentials">
      {credentials.length === 0 ? (
        <Empty>No credentials.</Empty>
      ) : (
        <ul className="view-cards">
          {credentials.map((credential, i) => {
            const appId = textOf(field(credential.credential, 'appId'));
            const clients = records<MixCredentialClient>(field(credential.credential, 'clients'));
            const geographies = records<MixEnvGeography>(credential.geographies);
            return (
              <li key={textOf(credential.id) ?? i} className="card view-card">
                <h3>
                  App ID <code>{appId ?? '—'}</code>
                </h3>
                <dl className="view-inline-facts">
                  <div>
                    <dt>Geographies</dt>
                    <dd>
                      <Chips
                        label={`Geographies of ${appId ?? 'the credential'}`}
                        items={geographies.map((geo, j) => (
                          <GeographyChip key={textOf(geo.id) ?? j} geo={geo} />
                        ))}
                      />
                    </dd>
                  </div>
                  <Times of="Entry" times={credential} />
                  {isRecord(credential.credential) && <Times of="Credential" times={credential.credential} />}
                </dl>
                {clients.length === 0 ? (
                  <Empty>No clients listed (Mix lists them only with the full view).</Empty>
                ) : (
                  <DataTable
                    label={`Clients of ${appId ?? 'the credential'}`}
                    columns={CLIENT_COLUMNS}
                    rows={clients}
                    rowKey={(client, index) => textOf(client.id) ?? String(index)}
                  />
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
