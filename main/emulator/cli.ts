// `npm run sandbox` / `npx tsx main/emulator/cli.ts --port 4790`: runs the sandbox until Ctrl+C.
import { readFileSync } from 'node:fs';
import { CliUsageError, parseCliArgs, USAGE } from './cli-args';
import { SANDBOX_FIXTURES } from './seed/fixtures';
import { startSandbox } from './server';
import type { RunningSandbox } from './types';

function describe(sandbox: RunningSandbox): string {
  const { options, url } = sandbox;
  const lines = [
    `Mix sandbox running at ${url}`,
    `  Auth server URL:  ${sandbox.authServerUrl}  (${url}/oauth2/auth, ${url}/oauth2/token)`,
    `  Mix.api URL:      ${sandbox.apiUrl}  (e.g. ${url}/v4/organizations)`,
    `  Tenant: ${options.tenant}   Scope: mix-api`,
    `  Access tokens: ${options.tokenLifetimeSeconds} s, refresh tokens ${options.issueRefreshTokens ? 'on' : 'off'}, PKCE ${options.requirePkce ? 'required' : 'optional'}`,
  ];
  // These are sandbox fixtures, printed so a developer can paste them into the app.
  for (const client of options.clients) {
    lines.push(
      `  Client: id ${client.clientId}  secret ${client.clientSecret}${client.name ? `  (${client.name})` : ''}`,
    );
    for (const uri of client.redirectUris) lines.push(`    redirect URL: ${uri}`);
  }
  for (const user of options.users) lines.push(`  User: ${user.email}  password ${user.password}`);
  const { projects } = SANDBOX_FIXTURES;
  lines.push(
    `  Seeded: personal org ${SANDBOX_FIXTURES.personalOrgId}, standard orgs ${SANDBOX_FIXTURES.standardOrgIds.join(', ')}; ` +
      `projects ${projects.coffee} (Coffee Assistant), ${projects.banking} (locked), ${projects.demo}; ` +
      `running job ${SANDBOX_FIXTURES.runningJobId} (completes 20 s after start)`,
  );
  if (sandbox.certificate) {
    lines.push(
      '  HTTPS with a self-signed certificate; trust this PEM (e.g. NODE_EXTRA_CA_CERTS):',
      sandbox.certificate.trimEnd(),
    );
  }
  lines.push('Press Ctrl+C to stop.');
  return lines.join('\n');
}

async function main(): Promise<void> {
  let command;
  try {
    command = parseCliArgs(process.argv.slice(2), (path) => readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`sandbox: ${error.message}\n\n${USAGE}`);
    process.exit(2);
  }
  if (command.kind === 'help') {
    console.log(USAGE);
    return;
  }
  let sandbox: RunningSandbox;
  try {
    sandbox = await startSandbox(command.options);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === 'EADDRINUSE' ? `port ${command.options.port} is already in use` : (error as Error).message;
    console.error(`sandbox: ${message}`);
    process.exit(code === 'EADDRINUSE' ? 1 : 2);
  }
  let stopping = false;
  const stop = (): void => {
    if (stopping) process.exit(130); // a second Ctrl+C does not wait
    stopping = true;
    console.log('\nStopping the Mix sandbox.');
    sandbox.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Printed last: a supervisor that waits for this text may send SIGINT at once, and must find the handler there.
  console.log(describe(sandbox));
}

void main();
