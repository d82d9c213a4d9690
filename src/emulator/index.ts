// The local PostHog emulator: an in-memory PostHog API for tests and offline development.
import type { AddressInfo } from 'node:net';
import type { ApiKeyGrant } from './auth';
import { startLiveActivity } from './live';
import { EmulatorRuntime } from './runtime';
import { createHttpServer } from './server';

export type { ApiKeyGrant } from './auth';

export const DEMO_API_KEY = 'phx_local_demo';

export interface EmulatorOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default '127.0.0.1'. */
  host?: string;
  /** Default 'demo'. */
  seed?: 'demo' | 'empty';
  /** Default [{ key: DEMO_API_KEY, scopes: ['*'] }]. */
  apiKeys?: ApiKeyGrant[];
  /** Enables the /_emulator/* test routes. Default false. */
  admin?: boolean;
  /** Keep generating log entries and metrics on a timer. Default false. */
  live?: boolean;
}

export interface RunningEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1';
  const apiKeys = options.apiKeys ?? [{ key: DEMO_API_KEY, scopes: ['*'] }];
  const runtime = new EmulatorRuntime(options.seed ?? 'demo', apiKeys, options.admin ?? false);
  const { server, destroySockets } = createHttpServer(runtime);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const stopLive = options.live ? startLiveActivity(runtime) : () => undefined;
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}`,
    port,
    close() {
      closing ??= new Promise<void>((resolve) => {
        stopLive();
        server.close(() => resolve());
        server.closeAllConnections();
        destroySockets();
      });
      return closing;
    },
  };
}
