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
  const memoryOnly = info?.secretStorage.mode === 'memory-only';
  if (!memoryOnly && !infoProblem && notices.length === 0) return null;
  return (
    <div className="banners">
      {infoProblem && (
        <Banner tone="error" title={infoProblem.message}>
          {infoProblem.detail}
        </Banner>
      )}
      {memoryOnly && (
        <Banner tone="warning" title="Client secrets are kept in memory only">
          {info.secretStorage.reason ?? 'This computer offers no encrypted storage.'} You will need to enter
          client secrets again after Mix Explorer restarts.
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
