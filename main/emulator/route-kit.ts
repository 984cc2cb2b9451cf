import type { SandboxContext } from './context';
import type { AccessToken } from './store';

/** What a Mix.api read handler gets: the caller, the query, the path parameters and the organizations it may see. */
export interface MixRequest {
  ctx: SandboxContext;
  token: AccessToken;
  query: URLSearchParams;
  params: Record<string, string>;
  visibleOrgIds: ReadonlySet<string>;
  /** The host the caller addressed (`GET /v4/version` names it as `mixAPIServer`). */
  host: string;
}

/** A file answer: `.export` and `.download` endpoints stream bytes with a Content-Disposition. */
export interface Download {
  kind: 'download';
  body: Buffer;
  contentType: string;
  filename: string;
}

export type MixHandler = (request: MixRequest) => object;

export function isDownload(result: object): result is Download {
  return (result as Partial<Download>).kind === 'download' && Buffer.isBuffer((result as Download).body);
}

interface CompiledRoute {
  segments: string[];
  handler: MixHandler;
}

/**
 * Matches `/v4/projects/:projectId/builds` style patterns. Dot-verbs (`.latest`, `.export`, `.locks`) are
 * literal segments, and a `:param` never matches a segment that starts with a dot, so
 * `/v4/projects/.locks` cannot be read as the project ".locks".
 */
export class RouteTable {
  private readonly routes: CompiledRoute[];

  constructor(routes: Record<string, MixHandler>) {
    this.routes = Object.entries(routes).map(([pattern, handler]) => ({
      segments: pattern.split('/').slice(1),
      handler,
    }));
  }

  match(pathname: string): { handler: MixHandler; params: Record<string, string> } | undefined {
    const parts = pathname.split('/').slice(1);
    for (const route of this.routes) {
      if (route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const matched = route.segments.every((segment, i) => {
        const part = parts[i] ?? '';
        if (!segment.startsWith(':')) return segment === part;
        if (part === '' || part.startsWith('.')) return false;
        params[segment.slice(1)] = safeDecode(part);
        return true;
      });
      if (matched) return { handler: route.handler, params };
    }
    return undefined;
  }
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}
