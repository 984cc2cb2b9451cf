/**
 * The deep link among a process's command-line arguments. Windows and Linux start the app (or a second
 * instance, whose argv reaches the first through `second-instance`) with the link as an argument,
 * among Electron's and Chromium's own switches. The last such argument wins. Any argument spelled with
 * the scheme in another case is returned too, so the pre-check can refuse it with a log line.
 */
export function deepLinkInArgv(argv: readonly string[]): string | undefined {
  for (let index = argv.length - 1; index >= 0; index -= 1) {
    const argument = argv[index];
    if (argument !== undefined && argument.toLowerCase().startsWith('mix-explorer:')) return argument;
  }
  return undefined;
}
