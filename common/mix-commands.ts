import { MIX_ENDPOINTS, type MixEndpointKey } from './mix-catalogue';
import {
  MIX_CLI_COMMANDS,
  mixCliCommandsFor,
  type MixCliCommand,
  type MixCliCommandName,
  type MixCliFlag,
} from './mix-cli-table';
import { mixPathWithQuery, type MixParams, type MixParamValue } from './mix-params';

/** A POSIX shell word: left bare when safe, otherwise single-quoted. */
export function shellQuote(value: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

function apiOrigin(apiUrl: string): string {
  try {
    return new URL(apiUrl).origin;
  } catch {
    return apiUrl.trim().replace(/\/+$/, '');
  }
}

/**
 * `curl` for one request. Without a token the command reads `$MIX_TOKEN`, so a copied command carries no
 * secret unless the user asked for the real one. Downloads are saved under the server's file name.
 */
export function curlCommand(
  apiUrl: string,
  key: MixEndpointKey,
  params: MixParams,
  options: { token?: string } = {},
): string {
  const url = `${apiOrigin(apiUrl)}${mixPathWithQuery(key, params)}`;
  const authorization =
    options.token === undefined
      ? '"Authorization: Bearer $MIX_TOKEN"'
      : shellQuote(`Authorization: Bearer ${options.token}`);
  const download = MIX_ENDPOINTS[key].kind === 'download';
  return [
    'curl -sS',
    // -f: an error answer is printed, not saved as the file.
    ...(download ? ['-f -OJ'] : []),
    `-H ${authorization}`,
    `-H ${shellQuote('Accept: application/json')}`,
    shellQuote(url),
  ].join(' ');
}

export type MixCliResult = { ok: true; command: string } | { ok: false; reason: string };

type Attempt = { words: string[] } | { problem: string };

/** Endpoints no mix CLI command reads, with what a person can use instead. */
const WITHOUT_COMMAND: Partial<Record<MixEndpointKey, string>> = {
  'organizations.applications':
    'the mix CLI does not read /v4/organizations/{orgId}/apps; `mix applications:list -O <orgId>` lists the same applications through /v4/apps',
};

function flagWord(flag: MixCliFlag): string {
  return flag.char ? `-${flag.char}` : `--${flag.long}`;
}

function present(value: MixParamValue | undefined): value is MixParamValue {
  return value !== undefined && !(Array.isArray(value) && value.length === 0);
}

function listOf(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1) ?? ''}`;
}

/** The words of one command for the request, or why that command cannot send it. */
function attempt(name: MixCliCommandName, params: MixParams, filePath: string | undefined): Attempt {
  const spec: MixCliCommand = MIX_CLI_COMMANDS[name];
  const command = name.split(' ')[0] ?? name;
  const words = ['mix', command, ...(spec.selector ?? []).map((flag) => `--${flag}`)];
  const used = new Set<string>();
  const noFlag: string[] = [];
  for (const flag of spec.flags) {
    const value = params[flag.param];
    if (!present(value)) {
      if (flag.required) return { problem: `mix ${command} needs ${flagWord(flag)} (${flag.param})` };
      continue;
    }
    used.add(flag.param);
    if (flag.kind === 'boolean') {
      if (value === true) words.push(`--${flag.long}`);
      else if (value !== false)
        return { problem: `mix ${command} takes ${flag.param} only as true or false` };
      continue;
    }
    for (const item of Array.isArray(value) ? value : [value]) {
      const text = String(item);
      const spelled = flag.values ? flag.values[text] : text;
      if (spelled === undefined) {
        if (spec.always?.[flag.param] === item) continue;
        return { problem: `mix ${command} cannot ask for ${flag.param}=${text}` };
      }
      if (flag.kind === 'integer' && !/^\d+$/.test(spelled)) {
        return { problem: `mix ${command} takes a whole number after ${flagWord(flag)}, not “${text}”` };
      }
      words.push(flagWord(flag), shellQuote(spelled));
    }
  }
  if (spec.combo) {
    const value = params[spec.combo.param];
    used.add(spec.combo.param);
    if (present(value)) {
      const flags = spec.combo.values[String(value)];
      if (!flags) return { problem: `mix ${command} cannot ask for ${spec.combo.param}=${String(value)}` };
      words.push(...flags.map((flag) => `--${flag}`));
    }
  }
  for (const [param, value] of Object.entries(spec.requires ?? {})) {
    used.add(param);
    if (params[param] !== value) return { problem: `mix ${command} always sends ${param}=${value}` };
  }
  for (const [param, value] of Object.entries(spec.always ?? {})) {
    if (used.has(param)) continue;
    used.add(param);
    const asked = params[param];
    if (present(asked) && asked !== value) {
      return { problem: `mix ${command} always sends ${param}=${String(value)}, not ${String(asked)}` };
    }
  }
  for (const [param, value] of Object.entries(params)) {
    if (present(value) && !used.has(param)) noFlag.push(param);
  }
  if (noFlag.length > 0) return { problem: `mix ${command} has no flag for ${listOf(noFlag)}` };
  if (spec.file && filePath) words.push('-f', shellQuote(filePath));
  return { words };
}

/**
 * The `mix` CLI command that sends this request (`mix projects:list -O 64 --limit 25`), written only with
 * the commands and flags the CLI has (./mix-cli-table.ts). When none can, the reason in plain words instead
 * of a command that would ask for something else. `filePath` is the `-f` of downloads (mix-cli names the file
 * itself when it is left out).
 */
export function mixCliCommand(
  key: MixEndpointKey,
  params: MixParams,
  options: { filePath?: string } = {},
): MixCliResult {
  const problems: string[] = [];
  for (const name of mixCliCommandsFor(key)) {
    const result = attempt(name, params, options.filePath);
    if ('words' in result) return { ok: true, command: result.words.join(' ') };
    problems.push(result.problem);
  }
  const why = WITHOUT_COMMAND[key] ?? problems.at(-1) ?? 'the mix CLI has no command for this request';
  return { ok: false, reason: `No mix CLI command sends this request: ${why}.` };
}
