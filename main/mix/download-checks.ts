import { MIX_ENDPOINTS, type MixEndpointKey } from '../../common/mix-endpoints';
import { problem, type ProblemError } from '../problem';

/**
 * What an endpoint's file is. `zip`: Mix documents a zip (it must start with `PK`); `json`: a JSON file,
 * or a JSON read saved as it came; `binary`: Mix documents only "binary" (samples, literals), so only
 * what is certainly not the file (a web page) is refused.
 */
export type DownloadContent = 'zip' | 'json' | 'binary';

const FILE_CONTENT: Partial<Record<MixEndpointKey, DownloadContent>> = {
  'projects.export': 'zip',
  'ontology.export': 'zip',
  'grammars.export': 'zip',
  'appConfigs.export': 'zip',
  'builds.export': 'zip',
  'samples.export': 'binary',
  'literals.export': 'binary',
  'projects.exportMetadata': 'json',
};

export function expectedContent(key: MixEndpointKey): DownloadContent {
  return FILE_CONTENT[key] ?? (MIX_ENDPOINTS[key].kind === 'json' ? 'json' : 'binary');
}

const ACCEPTED_TYPES: Record<DownloadContent, RegExp> = {
  zip: /^(application\/(zip|x-zip|x-zip-compressed|octet-stream)|binary\/octet-stream)$/,
  json: /^(application\/(json|octet-stream|[\w.+-]+\+json)|text\/(json|plain))$/,
  binary: /^(?!text\/html$|application\/xhtml\+xml$).+$/,
};

const WHAT: Record<DownloadContent, string> = { zip: 'a zip file', json: 'a JSON file', binary: 'a file' };

function unexpected(host: string, title: string, said: string): ProblemError {
  return problem('http', `Mix.api answered with ${said} instead of the ${title.toLowerCase()}.`, {
    status: 200,
    host,
    detail: 'Nothing was saved. A proxy or a sign-in page may be in the way; try again later.',
    actions: ['retry'],
  });
}

/** A problem when the Content-Type says the answer is not the endpoint's kind of file (none sent is fine). */
export function contentTypeProblem(
  content: DownloadContent,
  contentType: string,
  host: string,
  title: string,
): ProblemError | undefined {
  const type = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  if (type === '' || ACCEPTED_TYPES[content].test(type)) return undefined;
  const said = /html/.test(type) ? 'a web page' : `something else (${type.slice(0, 60)})`;
  return unexpected(host, title, said);
}

/** Bytes needed to judge the start of a body. */
export const HEAD_BYTES = 16;

/**
 * A problem when the first bytes are not what the endpoint's file starts with: `PK` for a zip, `{` or `[`
 * for JSON, anything but an HTML page for the rest.
 */
export function contentStartProblem(
  content: DownloadContent,
  head: Buffer,
  host: string,
  title: string,
): ProblemError | undefined {
  const text = head
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  const looksHtml = /^<(!doctype\s+html|html|head|body)\b/i.test(text);
  let ok: boolean;
  if (content === 'zip') ok = head[0] === 0x50 && head[1] === 0x4b;
  // Only white space so far (a long indent) cannot be judged: let it through.
  else if (content === 'json')
    ok = text === '' ? head.length >= HEAD_BYTES : text[0] === '{' || text[0] === '[';
  else ok = !looksHtml;
  if (ok) return undefined;
  if (looksHtml) return unexpected(host, title, 'a web page');
  return unexpected(host, title, `something that is not ${WHAT[content]}`);
}
