import type { InvokeChannel, InvokeRequest, InvokeResponse, Result } from '../../common/ipc-contract';
import { toProblem } from '../problem';
import { redactProblem } from '../log/redact';
import { silentLogger, type Logger } from '../ports/logger';
import type { IpcRouter } from './ipc-router';
import type { SenderPolicy } from './ipc-sender';
import { PAYLOAD_CHECKS } from './payload-checks';

export type IpcHandlers = { [C in InvokeChannel]: (request: InvokeRequest<C>) => Promise<InvokeResponse<C>> };

function isChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(PAYLOAD_CHECKS, channel);
}

/** Sender check → channel check → payload check → service call; every failure is a Result, never a throw. */
export function createIpcRouter(options: {
  handlers: IpcHandlers;
  isTrustedSender: SenderPolicy;
  log?: Logger;
}): IpcRouter {
  const { handlers, isTrustedSender, log = silentLogger } = options;

  async function dispatch<C extends InvokeChannel>(channel: C, payload: unknown): Promise<InvokeResponse<C>> {
    const request = PAYLOAD_CHECKS[channel](payload) as InvokeRequest<C>;
    const handler = handlers[channel] as (request: InvokeRequest<C>) => Promise<InvokeResponse<C>>;
    return handler(request);
  }

  return {
    channels: Object.keys(PAYLOAD_CHECKS),
    async handle(sender, channel, payload): Promise<Result<unknown>> {
      if (!isTrustedSender(sender)) {
        log.warn(`[ipc] refused ${channel.slice(0, 60)} from an untrusted frame`);
        return {
          ok: false,
          problem: {
            code: 'forbidden',
            message: 'The request was refused: it did not come from the Mix Explorer window.',
          },
        };
      }
      if (!isChannel(channel)) {
        return {
          ok: false,
          problem: { code: 'invalid-input', message: 'The request was refused: unknown request.' },
        };
      }
      try {
        return { ok: true, value: await dispatch(channel, payload) };
      } catch (error) {
        const result = toProblem(error);
        if (result.code === 'internal') {
          log.error(`[ipc] ${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
        } else if (result.code !== 'cancelled') {
          // Lower layers log their own failures in detail; this line ties the problem to the channel.
          log.warn(`[ipc] ${channel}: ${result.code}${result.status ? ` (HTTP ${result.status})` : ''}`);
        }
        // Whatever a server or a service put into it, a problem crosses IPC only through the one redactor.
        return { ok: false, problem: redactProblem(result) };
      }
    },
  };
}
