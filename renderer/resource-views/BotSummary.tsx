import type { ReactNode } from 'react';
import type { MixBot } from '../../common/mix-models';
import { AppLikeSummary } from './ApplicationSummary';

export interface BotSummaryProps {
  /** One item of `bots.list`. */
  bot: MixBot | undefined;
  children?: ReactNode;
}

/** Page-level (h1): a bot's name, id, organization and creation date. */
export function BotSummary({ bot, children }: BotSummaryProps) {
  return (
    <AppLikeSummary app={bot} kind="Bot">
      {children}
    </AppLikeSummary>
  );
}
