import { MIX_ENDPOINTS, type MixCliArgument, type MixEndpointKey } from './mix-catalogue';
import { mixPathWithQuery, mixQuery, type MixParams } from './mix-params';

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

function cliArguments(argument: MixCliArgument, value: string | number | boolean | readonly string[]) {
  if (typeof argument === 'string') {
    if (typeof value === 'boolean') return value ? [argument] : [];
    const values = Array.isArray(value) ? value : [String(value)];
    return values.flatMap((item: string) => [argument, item]);
  }
  if ('flag' in argument) return [argument.flag, String(value).toLowerCase()];
  return argument.values[String(value)];
}

/**
 * The mix-cli command for one request (`mix projects:list -O 64 --limit 25`). Parameters mix-cli cannot
 * express are named in a trailing shell comment rather than silently dropped.
 */
export function mixCliCommand(
  key: MixEndpointKey,
  params: MixParams,
  options: { filePath?: string } = {},
): string {
  const { mixCli } = MIX_ENDPOINTS[key];
  const words = ['mix', mixCli.command];
  const missing: string[] = [];
  const names = [...MIX_ENDPOINTS[key].pathParams, ...new Set(mixQuery(key, params).map(([name]) => name))];
  for (const name of names) {
    const value = params[name];
    const argument = mixCli.flags[name];
    const written = argument && value !== undefined ? cliArguments(argument, value) : undefined;
    if (written) words.push(...written.map(shellQuote));
    else missing.push(name);
  }
  words.push(...(mixCli.extra ?? []));
  if (mixCli.output) words.push('-f', shellQuote(options.filePath ?? mixCli.output));
  const command = words.join(' ');
  return missing.length ? `${command}  # no mix-cli flag for: ${missing.join(', ')}` : command;
}
