// `posthog.tailLogs` / `posthog.stopTailingLogs`: at most one tail per function or flow, each in a
// LogOutputChannel named after the object. A stopped tail's channel stays (its lines are still worth
// reading) and is reused by the next tail of the same object; everything ends on deactivate.
import * as vscode from 'vscode';
import { Disposable, disposeAll } from '../common/lifecycle';
import type { Config } from '../config/config';
import type { ClientPool } from '../connections/clients';
import type { ConnectionStore } from '../connections/store';
import type { PrompterSlot } from '../ui/prompter';
import { resolveTarget, targetKey, targetOfArgument, type ObjectTarget } from '../testInvocations/target';
import { targetName } from '../testInvocations/targetObject';
import { ObjectTail } from './objectTail';

export interface LogTailsDeps {
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
  readonly config: Config;
}

/** Set while any tail runs (menus offer "Stop Tailing Logs" then). */
const TAILING_CONTEXT = 'posthog.tailingLogs';

interface Running {
  readonly target: ObjectTarget;
  readonly tail: ObjectTail;
}

export class LogTails extends Disposable {
  private readonly running = new Map<string, Running>();
  private readonly channels = new Map<string, vscode.LogOutputChannel>();
  /** The last tail of each object that ended, so a test can still read what it showed. */
  private readonly ended = new Map<string, ObjectTail>();

  constructor(private readonly deps: LogTailsDeps) {
    super();
    // Signing out of a connection ends its tails at once instead of letting them fail and back off.
    this.register(
      deps.store.onDidChange(() => {
        for (const [key, { target }] of this.running) {
          if (!deps.store.get(target.authority)) this.end(key, 'Signed out.');
        }
      }),
    );
  }

  /** Starts tailing (or shows the tail already running). The only request is a GET for the name when unknown. */
  async start(arg: unknown, signal: AbortSignal): Promise<void> {
    const target = resolveTarget(arg, this.deps.store);
    const key = targetKey(target);
    const existing = this.running.get(key);
    if (existing) return this.channels.get(key)?.show(true);
    const { client } = await this.deps.clients.get(target.authority);
    const name = await targetName(client, target, signal);
    if (this.running.has(key) || signal.aborted) return;
    const channel = this.channelFor(key, name);
    const tail = new ObjectTail({
      target,
      channel,
      clients: this.deps.clients,
      settings: this.deps.config.logTail,
      onEnded: (message) => {
        this.forget(key);
        void this.deps.prompts.current.warning(`Stopped tailing the logs of “${name}”: ${message}`, []);
      },
    });
    this.running.set(key, { target, tail });
    this.ended.delete(key);
    void this.updateContext();
    tail.start();
    channel.show(true);
  }

  /** Stops the tail of the argument's object; with no argument, the active editor's, else the only or a picked one. */
  async stop(arg: unknown): Promise<void> {
    const key = (await this.keyToStop(arg)) ?? '';
    if (!this.running.has(key)) return;
    this.end(key, 'Stopped.');
  }

  /** Keys (see targetKey) of the objects being tailed. */
  get tailing(): string[] {
    return [...this.running.keys()];
  }

  /** The current or last tail of an object. */
  tailOf(key: string): ObjectTail | undefined {
    return this.running.get(key)?.tail ?? this.ended.get(key);
  }

  private async keyToStop(arg: unknown): Promise<string | undefined> {
    const named = targetOfArgument(arg, this.deps.store);
    if (named) return targetKey(named);
    const active = safely(() => resolveTarget(undefined, this.deps.store));
    if (active && this.running.has(targetKey(active))) return targetKey(active);
    const keys = this.tailing;
    if (keys.length <= 1) return keys[0];
    const items = keys.map((key) => ({ label: this.channels.get(key)?.name ?? key, description: key, value: key }));
    return this.deps.prompts.current.pick(items, { title: 'Stop Tailing Logs', placeholder: 'Stop tailing which logs?' });
  }

  private channelFor(key: string, name: string): vscode.LogOutputChannel {
    let channel = this.channels.get(key);
    if (!channel) {
      channel = vscode.window.createOutputChannel(`PostHog Logs: ${name}`, { log: true });
      this.channels.set(key, channel);
    }
    return channel;
  }

  private end(key: string, why: string): void {
    this.channels.get(key)?.info(`${why} No longer tailing.`);
    this.forget(key);
  }

  private forget(key: string): void {
    const running = this.running.get(key);
    if (!running) return;
    running.tail.dispose();
    this.ended.set(key, running.tail);
    this.running.delete(key);
    void this.updateContext();
  }

  private updateContext(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', TAILING_CONTEXT, this.running.size > 0);
  }

  override dispose(): void {
    super.dispose();
    disposeAll([...this.running.values()].map((r) => r.tail));
    this.running.clear();
    disposeAll(this.channels.values());
    this.channels.clear();
  }
}

function safely<T>(get: () => T): T | undefined {
  try {
    return get();
  } catch {
    return undefined;
  }
}
