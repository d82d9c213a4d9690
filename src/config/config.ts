// The one place that reads the `posthog.*` settings (rust-analyzer's Config is the model): typed
// getters that always reflect the current value, and one event naming the settings that changed,
// for work that is already running when they do (clients and their request time-out).
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { ProxySettings } from '../api';
import { PROXY_KEYS, PROXY_SECTION, readProxySettings } from './proxySettings';
import { readSettings, SETTINGS, type SettingName, type Settings, type TailSettings } from './settings';

const SECTION = 'posthog';

/** What a change event names: a `posthog.*` setting, or `proxy` for any of VS Code's `http.proxy*`. */
export type ConfigChange = SettingName | 'proxy';

export class Config extends Disposable {
  private readonly changed = this.register(new vscode.EventEmitter<ReadonlySet<ConfigChange>>());
  /** Fires with the names of the settings whose value may have changed. */
  readonly onDidChange = this.changed.event;

  constructor() {
    super();
    this.register(vscode.workspace.onDidChangeConfiguration((e) => this.notify(e)));
  }

  /** Whether auto-save (after a delay, on focus change) deploys PostHog documents. */
  get autoSave(): boolean {
    return this.current.autoSave;
  }

  /** Functions or flows the explorer loads per request. */
  get explorerPageSize(): number {
    return this.current.explorerPageSize;
  }

  get requestTimeoutMs(): number {
    return this.current.requestTimeoutMs;
  }

  /** The largest answer a client reads, in bytes (`posthog.maxResponseMegabytes`). */
  get maxResponseBytes(): number {
    return this.current.maxResponseBytes;
  }

  /** Whether test invocations simulate fetch() and other async functions. */
  get mockAsyncFunctions(): boolean {
    return this.current.mockAsyncFunctions;
  }

  setMockAsyncFunctions(value: boolean): Thenable<void> {
    return vscode.workspace.getConfiguration(SECTION).update(SETTINGS.mockAsyncFunctions.key, value, vscode.ConfigurationTarget.Global);
  }

  /** How a log tail polls and what it shows; a tail reads it when it starts. */
  get logTail(): TailSettings {
    const { logPollIntervalMs, logLevels } = this.current;
    return { intervalMs: logPollIntervalMs, levels: logLevels };
  }

  /** VS Code's proxy settings (`http.proxy`, `http.noProxy`, `http.proxyAuthorization`, `http.proxyStrictSSL`). */
  get proxy(): ProxySettings {
    const section = vscode.workspace.getConfiguration(PROXY_SECTION);
    return readProxySettings((key) => section.get(key));
  }

  private get current(): Settings {
    const section = vscode.workspace.getConfiguration(SECTION);
    return readSettings((key) => section.get(key));
  }

  private notify(event: vscode.ConfigurationChangeEvent): void {
    const names: ConfigChange[] = (Object.keys(SETTINGS) as SettingName[]).filter((name) => event.affectsConfiguration(`${SECTION}.${SETTINGS[name].key}`));
    if (PROXY_KEYS.some((key) => event.affectsConfiguration(`${PROXY_SECTION}.${key}`))) names.push('proxy');
    if (names.length > 0) this.changed.fire(new Set(names));
  }
}
