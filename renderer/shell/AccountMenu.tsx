import { Button, Header, Menu, MenuItem, MenuSection, MenuTrigger, Popover } from 'react-aria-components';
import type { Profile, SessionState, SignInMode } from '../../common/ipc-contract';
import type { MixVersionBody } from '../../common/mix-models';
import { pagingOf } from '../../common/mix-models';
import { listItems, objectOf, textOf } from '../../common/tolerant-reader';
import { isServiceAccount } from '../../common/profile-validation';
import { call } from '../bridge';
import { useMixQuery } from '../explorer/mix-query';
import type { MixRequest } from '../explorer/route-requests';
import { ORGANIZATIONS_REQUEST } from '../explorer/route-requests';
import { COPIED_COMMAND } from '../explorer/useCopyActions';
import { formatTimeOfDay, plural } from '../format';
import { useClock } from '../hooks/clock';
import { useTickingNow } from '../hooks/useCountdown';
import type { SessionApi } from '../hooks/useSession';
import { renewalText, sessionHealth, sessionLine, statusLabel } from '../session-summary';
import { showToast } from '../ui/Toast';
import type { AccountAction, AccountMenuItem } from './account-actions';
import { accountMenuSections } from './account-actions';
import { useForgetSignIn } from './ForgetSignInDialog';
import './AccountMenu.css';

interface AccountMenuProps {
  /** `header`: who is signed in, in the app header; `status`: the session line of the status bar. */
  variant: 'header' | 'status';
  profile: Profile;
  api: SessionApi;
  onSwitchProfile: () => void;
  onEditProfile: () => void;
  /** The Mix.api request "Copy as curl" copies: the view on screen's, or the organizations list. */
  curlRequest: () => MixRequest;
}

const MODE_LABELS: Record<SignInMode, string> = {
  embedded: 'Embedded window',
  'system-browser': 'System browser',
};

/** What kind of profile signs in, and how: "Demo", "Service account", "System browser". */
function profileKind(profile: Profile, session: SessionState | null): string {
  if (profile.demo) return 'Demo';
  if (isServiceAccount(profile)) return 'Service account';
  return MODE_LABELS[session?.signInMode ?? profile.signInMode];
}

/** How many organizations the account sees: main's count, else the first page of the tree's list. */
function countOfOrganizations(session: SessionState, body: unknown): number | undefined {
  if (session.organizationCount !== undefined) return session.organizationCount;
  if (body === undefined) return undefined;
  // grpc-gateway drops a zero totalSize: without one, the page's own items are the count.
  return pagingOf(body).totalSize ?? listItems(body, 'organizations').length;
}

function versionText(body: unknown): string | null {
  const version = objectOf<MixVersionBody>(body) ?? {};
  const mix = textOf(version.mixVersion);
  const api = textOf(version.apiVersion);
  const parts = [mix && `Mix ${mix}`, api && `API ${api}`, textOf(version.mixEnvironment)].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : null;
}

/** Who is signed in, with which profile, and how the session stands: the menu's first section's header. */
function AccountDetails({
  profile,
  session,
  signingIn,
}: {
  profile: Profile;
  session: SessionState | null;
  signingIn: boolean;
}) {
  const now = useTickingNow({ now: useClock() });
  // Asked only while the menu is open; the cache answers a second opening.
  const version = versionText(useMixQuery('system.version').data);
  // The tree's own request: the cache answers it, no read of its own.
  const organizations = useMixQuery(ORGANIZATIONS_REQUEST.endpoint, ORGANIZATIONS_REQUEST.params, {
    enabled: session?.organizationCount === undefined,
  });
  const known = session?.status === 'signed-in' || session?.status === 'expired';
  const organizationCount = known ? countOfOrganizations(session, organizations.data) : undefined;
  return (
    <>
      <span className="account-who">
        {known && session.account ? `Signed in as ${session.account}` : 'Not signed in'}
      </span>
      <span className="account-fact">
        <span>
          Profile {profile.name} · <span className="account-kind">{profileKind(profile, session)}</span>
        </span>
      </span>
      <span className="account-fact">
        <span className={`health-dot health-${sessionHealth(session, signingIn)}`} aria-hidden="true" />
        {sessionLine(session, signingIn, now)}
      </span>
      {session?.status === 'signed-in' && session.expiresAt !== undefined && (
        <span className="account-fact">Token valid until {formatTimeOfDay(session.expiresAt)}</span>
      )}
      {session?.status === 'signed-in' && (
        <span className="account-fact">Renewal: {renewalText(session, now, isServiceAccount(profile))}</span>
      )}
      {session && (
        <span className="account-fact">
          {session.system}
          {organizationCount !== undefined && ` · ${plural(organizationCount, 'organization')}`}
        </span>
      )}
      {known && version && <span className="account-fact">{version}</span>}
      {known && session.scope && <span className="account-fact account-scope">Scope: {session.scope}</span>}
    </>
  );
}

function items(list: readonly AccountMenuItem[]) {
  return list.map((item) => (
    <MenuItem key={item.action} id={item.action} className="menu-item" textValue={item.label}>
      {item.label}
    </MenuItem>
  ));
}

/**
 * The account menu (as VS Code and GitHub Desktop have it): who is signed in, the profile and the
 * session's state, with Sign out, profile switching and, as secondary items, Copy access token and Copy
 * as curl. React Aria's menu gives the keyboard and screen-reader behaviour. The token reaches the
 * renderer only when the user picks Copy access token.
 */
export function AccountMenu({
  variant,
  profile,
  api,
  onSwitchProfile,
  onEditProfile,
  curlRequest,
}: AccountMenuProps) {
  const forgetSignIn = useForgetSignIn(profile.name, () => void api.forget());
  const now = useTickingNow({ now: useClock() });
  const { session, pendingMode } = api;
  const signingIn = pendingMode !== null || session?.status === 'signing-in';
  const status = signingIn ? 'signing-in' : (session?.status ?? 'signed-out');
  const sections = accountMenuSections({
    status,
    profileMode: profile.signInMode,
    serviceAccount: isServiceAccount(profile),
  });
  const health = sessionHealth(session, signingIn);
  const line = sessionLine(session, signingIn, now);
  const who = session?.status === 'signed-in' || session?.status === 'expired' ? session.account : undefined;

  async function copyToken() {
    const copied = await api.copyAccessToken();
    if (copied) showToast(`Copied — valid until ${formatTimeOfDay(copied.expiresAt)}`);
  }

  async function copyCurl() {
    const request = curlRequest();
    const result = await call('mix:copy-command', {
      profileId: profile.id,
      endpoint: request.endpoint,
      params: { ...request.params },
      format: 'curl',
    });
    showToast(result.ok ? COPIED_COMMAND.curl : result.problem.message);
  }

  const run: Record<AccountAction, () => void> = {
    'sign-in': () => void api.signIn(),
    'sign-in-other-mode': () =>
      void api.signIn({ mode: profile.signInMode === 'embedded' ? 'system-browser' : 'embedded' }),
    'cancel-sign-in': () => void api.cancelSignIn(),
    'sign-out': () => void api.signOut(),
    'use-another-account': () => void api.signIn({ freshAccount: true }),
    forget: forgetSignIn.ask,
    'switch-profile': onSwitchProfile,
    'edit-profile': onEditProfile,
    'copy-token': () => void copyToken(),
    'copy-curl': () => void copyCurl(),
  };

  return (
    <>
      <MenuTrigger>
        {variant === 'header' ? (
          <Button
            className="account-button"
            aria-label={`Account: ${who ?? profile.name} · ${statusLabel(status)}`}
          >
            <span className={`health-dot health-${health}`} aria-hidden="true" />
            <span className="account-button-text">{who ?? profile.name}</span>
            <span className="menu-chevron" aria-hidden="true">
              ▾
            </span>
          </Button>
        ) : (
          <Button className="status-button status-session" aria-label={`Session: ${line}`}>
            <span className={`health-dot health-${health}`} aria-hidden="true" />
            {line}
          </Button>
        )}
        <Popover
          className="popover account-popover"
          placement={variant === 'header' ? 'bottom end' : 'top start'}
          offset={4}
        >
          <Menu className="menu" aria-label="Account" onAction={(key) => run[key as AccountAction]()}>
            <MenuSection className="account-section">
              <Header className="account-details">
                <AccountDetails profile={profile} session={session} signingIn={signingIn} />
              </Header>
              {items(sections.session)}
            </MenuSection>
            <MenuSection className="account-section">{items(sections.profile)}</MenuSection>
            {sections.copy.length > 0 && (
              <MenuSection className="account-section">{items(sections.copy)}</MenuSection>
            )}
          </Menu>
        </Popover>
      </MenuTrigger>
      {forgetSignIn.dialog}
    </>
  );
}
