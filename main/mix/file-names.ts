import type { MixEndpointKey, MixParams } from '../../common/mix-endpoints';

const MAX_NAME_LENGTH = 200;
// Path separators, characters Windows forbids, C0/C1 controls, bidi overrides that disguise an extension.
const UNSAFE = /[/\\<>:"|?*\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]+/gu;

/**
 * Names Windows gives to devices, in any letter case, with any extension and trailing spaces before it
 * (`CON.zip`, `nul .txt`, `COM1.tar.gz`, `COM¹`): saving there writes to the device, not to a file.
 */
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|CLOCK\$|COM[0-9¹²³]|LPT[0-9¹²³])$/i;

/** Windows drops trailing dots and spaces from a name, so `report.zip. ` would not be the name asked for. */
const EDGE_DOTS_AND_SPACES = /^[\s.]+|[\s.]+$/g;

/** A name safe to offer in a save dialog, or undefined if nothing usable is left. */
export function safeFileName(name: string): string | undefined {
  const cleaned = name
    .replace(UNSAFE, '_')
    .replace(EDGE_DOTS_AND_SPACES, '')
    .slice(0, MAX_NAME_LENGTH)
    // Cutting to length can leave a dot or a space at the end again.
    .replace(EDGE_DOTS_AND_SPACES, '');
  if (cleaned === '') return undefined;
  const dot = cleaned.indexOf('.');
  const base = dot === -1 ? cleaned : cleaned.slice(0, dot);
  if (!WINDOWS_DEVICE.test(base.trimEnd())) return cleaned;
  return `${base.trimEnd()}_${dot === -1 ? '' : cleaned.slice(dot)}`;
}

function decodeExtended(value: string): string | undefined {
  // RFC 5987: charset'language'percent-encoded
  const match = /^([\w!#$%&+^`{}~-]*)'[^']*'(.*)$/.exec(value.trim());
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[2] ?? '');
  } catch {
    return undefined;
  }
}

function dispositionName(header: string): string | undefined {
  const extended = /filename\*\s*=\s*([^;]+)/i.exec(header);
  const decoded = extended?.[1] ? decodeExtended(extended[1]) : undefined;
  if (decoded) return decoded;
  const quoted = /filename\s*=\s*"((?:\\.|[^"\\])*)"/i.exec(header);
  if (quoted?.[1] !== undefined) return quoted[1].replace(/\\(.)/g, '$1');
  return /filename\s*=\s*([^;\s]+)/i.exec(header)?.[1];
}

/**
 * The file name the server suggests in `Content-Disposition` (RFC 6266, `filename*` preferred), reduced to a
 * bare, safe name: no folders, no control characters. `fallback` when there is none.
 */
export function suggestedFileName(headers: Record<string, unknown>, fallback: string): string {
  const header = headers['content-disposition'];
  const text = typeof header === 'string' ? header : Array.isArray(header) ? String(header[0] ?? '') : '';
  const name = text ? dispositionName(text) : undefined;
  // Only the last path component: a server (or proxy) must not pick the folder.
  const last = name?.split(/[/\\]/).pop();
  return (last && safeFileName(last)) ?? fallback;
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `yyyy-mm-dd-hh-mm-ss` in GMT, as Mix stamps its exports. */
export function mixTimestamp(epochMs: number): string {
  const date = new Date(epochMs);
  return [
    date.getUTCFullYear(),
    pad(date.getUTCMonth() + 1),
    pad(date.getUTCDate()),
    pad(date.getUTCHours()),
    pad(date.getUTCMinutes()),
    pad(date.getUTCSeconds()),
  ].join('-');
}

function text(value: MixParams[string] | undefined, fallback: string): string {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : fallback;
}

/**
 * The name to offer before the server has said anything, following Mix's own naming
 * (`projectid-projectname-yyyy-mm-dd-hh-mm-ss.zip`) and mix-cli's defaults for the others.
 */
export function defaultDownloadName(
  key: MixEndpointKey,
  params: MixParams,
  context: { now: number; projectName?: string },
): string {
  const stamp = mixTimestamp(context.now);
  const project = text(params['projectId'], 'project');
  const projectName = context.projectName ? `-${context.projectName}` : '';
  const names: Partial<Record<MixEndpointKey, string>> = {
    'projects.export': `${project}${projectName}-${stamp}.zip`,
    'projects.exportMetadata': `${project}${projectName}-metadata-${stamp}.json`,
    'builds.export': `${text(params['buildLabel'], 'build')}.zip`,
    'appConfigs.export': `app-config-${text(params['configId'], 'config')}.zip`,
    'samples.export': `samples-${project}-${text(params['intentName'], 'intent')}.zip`,
    'literals.export': `literals-${project}-${text(params['entityName'], 'entity')}.zip`,
    'grammars.export': `grammars-${project}-${text(params['entityName'], 'entity')}.zip`,
    'ontology.export': `ontology-${project}-${stamp}.zip`,
  };
  return safeFileName(names[key] ?? `${key.replace(/\W+/g, '-')}-${stamp}.json`) ?? 'mix-download';
}
