// The local PostHog emulator, started inside the extension host for one suite file, with its admin
// routes (request log, faults, touch) used to check what the extension sent.
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import { EmulatorAdmin } from '../../support/emulatorAdmin';

export { only, type Fault, type LoggedRequest } from '../../support/emulatorAdmin';

export const TEST_KEY = 'phx_core_suite_key';
export const READ_ONLY_KEY = 'phx_core_suite_read_only';
/** The key of a user who belongs to no organization: it sees no project. */
export const NO_PROJECTS_KEY = 'phx_core_suite_no_projects';

export class TestEmulator extends EmulatorAdmin {
  private constructor(private readonly running: RunningEmulator) {
    super(running.url);
  }

  /** `host`: the address to listen on (default 127.0.0.1); its URL names that address. */
  static async start(host?: string): Promise<TestEmulator> {
    return new TestEmulator(
      await startEmulator({
        host,
        admin: true,
        seed: 'demo',
        apiKeys: [
          { key: TEST_KEY, scopes: ['*'] },
          { key: READ_ONLY_KEY, scopes: ['hog_function:read', 'hog_flow:read', 'user:read', 'organization:read', 'project:read'] },
          { key: NO_PROJECTS_KEY, scopes: ['*'], withoutProjects: true },
        ],
      }),
    );
  }

  /** `host:port`, the authority of this emulator's posthog:// documents. */
  get authority(): string {
    return new URL(this.url).host;
  }

  close(): Promise<void> {
    return this.running.close();
  }

  /** Reads through the API with the test key, bypassing the extension (the request is logged too). */
  async get(path: string): Promise<Record<string, unknown>> {
    const response = await fetch(this.url + path, { headers: { authorization: `Bearer ${TEST_KEY}` } });
    if (!response.ok) throw new Error(`GET ${path}: HTTP ${response.status}`);
    return (await response.json()) as Record<string, unknown>;
  }
}
