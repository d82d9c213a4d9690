// `npm run posthog:local -- --port 8010 --seed demo --api-key phx_local_demo [--admin] [--host H]`
// The first stdout line is exactly `PostHog emulator listening on http://<host>:<port>`.
import type { ApiKeyGrant } from './auth';
import { DEMO_API_KEY, startEmulator, type EmulatorOptions } from './index';

interface CliOptions {
  port: number;
  host: string;
  seed: 'demo' | 'empty';
  keys: string[];
  admin: boolean;
}

const USAGE = 'usage: posthog:local [--port N] [--host H] [--seed demo|empty] [--api-key KEY]... [--admin]';

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { port: 8010, host: '127.0.0.1', seed: 'demo', keys: [], admin: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) fail(`${arg} needs a value`);
      return v;
    };
    if (arg === '--port') options.port = portNumber(value());
    else if (arg === '--host') options.host = value();
    else if (arg === '--seed') options.seed = seedName(value());
    else if (arg === '--api-key') options.keys.push(value());
    else if (arg === '--admin') options.admin = true;
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument: ${arg}`);
  }
  return options;
}

function portNumber(raw: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) fail(`invalid port: ${raw}`);
  return n;
}

function seedName(raw: string): 'demo' | 'empty' {
  if (raw !== 'demo' && raw !== 'empty') fail(`invalid seed: ${raw} (expected demo or empty)`);
  return raw;
}

function fail(message: string): never {
  console.error(`${message}\n${USAGE}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const cli = parseArgs(process.argv.slice(2));
  const keys = cli.keys.length ? cli.keys : [DEMO_API_KEY];
  const apiKeys: ApiKeyGrant[] = keys.map((key) => ({ key, scopes: ['*'] }));
  const options: EmulatorOptions = { port: cli.port, host: cli.host, seed: cli.seed, apiKeys, admin: cli.admin, live: true };
  const emulator = await startEmulator(options);
  console.log(`PostHog emulator listening on ${emulator.url}`);
  // Only a key given on the command line (or the well-known demo key) is ever printed.
  const shownKey = cli.keys.length === 1 ? cli.keys[0] : cli.keys.length === 0 ? DEMO_API_KEY : '<one of your --api-key values>';
  console.log(`  Host:     ${emulator.url}`);
  console.log(`  API key:  ${shownKey}`);
  console.log(`  Project:  1 (also @current); project 2 is "Web app (staging)"`);
  console.log(`  Try:      curl -H "Authorization: Bearer ${shownKey}" ${emulator.url}/api/projects/@current/hog_functions/`);
  if (cli.admin) console.log('  Admin:    /_emulator/requests, /_emulator/faults, /_emulator/reset, /_emulator/touch, /_emulator/logs, /_emulator/expire-publish-tokens, /_emulator/mask-secret');
  console.log('  Press Ctrl-C to stop.');
  const stop = () => {
    emulator.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error('emulator failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
