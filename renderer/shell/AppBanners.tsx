import type { AppInfo, Notice, Problem } from '../../common/ipc-contract';
import { Banner } from '../ui/Banner';

interface AppBannersProps {
  info: AppInfo | null;
  infoProblem: Problem | null;
  notices: Notice[];
  onDismiss: (id: string) => void;
}

/** App-wide facts the user should know whatever screen is open. */
export function AppBanners({ info, infoProblem, notices, onDismiss }: AppBannersProps) {
  const storage = info?.secretStorage;
  const memoryOnly = storage?.mode === 'memory-only';
  // Waiting for the keyring, or encrypted with a caveat worth knowing.
  const storageNote = storage && storage.mode !== 'memory-only' ? storage.reason : undefined;
  if (!memoryOnly && !storageNote && !infoProblem && notices.length === 0) return null;
  return (
    <div className="banners">
      {infoProblem && (
        <Banner tone="error" title={infoProblem.message}>
          {infoProblem.detail}
        </Banner>
      )}
      {memoryOnly && storage && (
        <Banner tone="warning" title="Client secrets are kept in memory only">
          {storage.reason ?? 'This computer offers no encrypted storage.'} You will need to enter client
          secrets again after Mix Explorer restarts.
        </Banner>
      )}
      {storageNote && (
        <Banner
          tone="info"
          title={storage?.mode === 'waiting' ? 'Waiting for the keyring…' : 'Saved secrets'}
        >
          {storageNote}
        </Banner>
      )}
      {notices.map((notice) => (
        <Banner key={notice.id} tone={notice.level} onDismiss={() => onDismiss(notice.id)}>
          {notice.message}
        </Banner>
      ))}
    </div>
  );
}
