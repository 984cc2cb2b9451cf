import type { MixCredential, MixCredentialClient, MixEnvGeography } from '../../common/mix-models';
import type { MixCredentialsBody } from './bodies';
import { EnvTypeBadge, geographyName } from './env-geography';
import { field, isRecord, records, textOf } from '../../common/tolerant-reader';
import { show } from '../format';
import { Chips, DateTime, Empty, Panel } from './ui';

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
                  <table className="view-table" aria-label={`Clients of ${appId ?? 'the credential'}`}>
                    <thead>
                      <tr>
                        <th scope="col">Client name</th>
                        <th scope="col">Client ID</th>
                        <th scope="col">OAuth scopes</th>
                        <th scope="col">Created</th>
                        <th scope="col">Updated</th>
                      </tr>
                    </thead>
                    <tbody>
                      {clients.map((client, j) => (
                        <tr key={textOf(client.id) ?? j}>
                          <th scope="row">{show(client.clientName)}</th>
                          <td className="view-id">{show(client.clientId)}</td>
                          <td>
                            <Chips
                              label="OAuth scopes"
                              items={(textOf(client.oauthScopes) ?? '').split(/\s+/).filter(Boolean)}
                            />
                          </td>
                          <td>
                            <DateTime value={client.createTime} />
                          </td>
                          <td>
                            <DateTime value={client.updateTime} />
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </Panel>
  );
}
