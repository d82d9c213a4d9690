import * as vscode from 'vscode';
import type { PrompterSlot } from '../ui/prompter';
import { connectionLabel, EU_CLOUD, normalizeBaseUrl, US_CLOUD } from './baseUrl';
import type { ClientPool } from './clients';
import { keyInputProblem, unencryptedWarning } from './signInChecks';
import type { Connection, ConnectionStore } from './store';

export interface SignInDeps {
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
}

/** Automation form: `{ host, apiKey }` signs in without any prompt; `{ host }` asks only for the key. */
interface SignInArgs {
  host?: string;
  apiKey?: string;
}

/**
 * `posthog.signIn`: pick US cloud, EU cloud or a custom URL, confirm if it is plain http:// to another
 * computer, enter a personal API key, verify it with one `GET /api/users/@me/`, then store it in
 * SecretStorage. Resolves with the connection, or undefined when the user backed out.
 */
export async function signIn(deps: SignInDeps, arg: unknown): Promise<Connection | undefined> {
  const args = parseArgs(arg);
  const host = args.host ?? (await pickHost(deps.prompts));
  if (!host) return undefined;
  const baseUrl = normalizeBaseUrl(host);
  const warning = unencryptedWarning(baseUrl);
  if (warning && !(await deps.prompts.current.confirm(warning.message, warning.detail, warning.confirmTitle))) return undefined;
  const apiKey = (args.apiKey ?? (await askForKey(deps.prompts, baseUrl)))?.trim();
  if (!apiKey) return undefined;
  const problem = keyInputProblem(apiKey);
  if (problem) throw new Error(problem);
  const me = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Checking the API key with ${connectionLabel(baseUrl)}…`, cancellable: true },
    (_progress, token) => verify(deps, baseUrl, apiKey, token),
  );
  // A user without a current project has none at all (PostHog sets one whenever a project exists).
  const connection = await deps.store.save(baseUrl, apiKey, !me.team);
  const who = me.email ? ` as ${me.email}` : '';
  void deps.prompts.current.info(`Signed in to ${connectionLabel(baseUrl)}${who}.`, []);
  return connection;
}

async function verify(deps: SignInDeps, baseUrl: string, apiKey: string, token: vscode.CancellationToken): Promise<{ email: string; team: unknown }> {
  const client = deps.clients.createUnstored(baseUrl, apiKey);
  const controller = new AbortController();
  const subscription = token.onCancellationRequested(() => controller.abort());
  try {
    return await client.discovery.me({ signal: controller.signal });
  } finally {
    subscription.dispose();
    await client.close();
  }
}

function parseArgs(arg: unknown): SignInArgs {
  if (typeof arg !== 'object' || arg === null) return {};
  const { host, apiKey } = arg as Record<string, unknown>;
  return {
    host: typeof host === 'string' && host.trim() ? host : undefined,
    apiKey: typeof apiKey === 'string' && apiKey.trim() ? apiKey.trim() : undefined,
  };
}

async function pickHost(prompts: PrompterSlot): Promise<string | undefined> {
  const custom = 'custom';
  const picked = await prompts.current.pick(
    [
      { label: 'PostHog US Cloud', description: US_CLOUD, value: US_CLOUD },
      { label: 'PostHog EU Cloud', description: EU_CLOUD, value: EU_CLOUD },
      { label: 'Self-hosted or local…', description: 'Enter a URL, e.g. http://127.0.0.1:8010', value: custom },
    ],
    { title: 'Sign in to PostHog', placeholder: 'Where is your PostHog?' },
  );
  if (picked !== custom) return picked;
  return prompts.current.input({
    title: 'Sign in to PostHog',
    prompt: 'The address of your PostHog instance',
    placeholder: 'https://posthog.example.com',
    validate: (value) => {
      try {
        normalizeBaseUrl(value);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    },
  });
}

function askForKey(prompts: PrompterSlot, baseUrl: string): Thenable<string | undefined> {
  return prompts.current.input({
    title: `Sign in to ${connectionLabel(baseUrl)}`,
    prompt: 'A personal API key (PostHog → Settings → Personal API keys) with the hog_function and hog_flow scopes. It is kept in VS Code’s secret storage.',
    placeholder: 'phx_…',
    password: true,
    validate: keyInputProblem,
  });
}
