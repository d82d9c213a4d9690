// `posthog.tailLogs` / `posthog.stopTailingLogs`: at most one tail per function or flow, each in a
// plain output channel (language `log`, so only `posthog.logs.levels` filters) named after the object. A stopped tail's channel stays (its lines are still worth
// reading) and is reused by the next tail of the same object; everything ends on deactivate.
import * as vscode from 'vscode';
import { displayName } from '../api/displayName';
import { Disposable, disposeAll } from '../common/lifecycle';
import type { Config } from '../config/config';
import type { ClientPool } from '../connections/clients';
import type { ConnectionStore } from '../connections/store';
import { objectOfUri } from '../fileSystem/uris';
import { formatNote } from '../logs';
import { objectKey, type ObjectRef } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import { targetName } from '../targets/targetInfo';
import type { PrompterSlot } from '../ui/prompter';
import { ObjectTail } from './objectTail';

export interface LogTailsDeps {
  readonly store: ConnectionStore;
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
  readonly config: Config;
}

/** A line a tail wrote to its channel. `key` is the object's (objects/objectRef.ts objectKey). */
export interface TailLine {
  readonly key: string;
  readonly line: string;
  /** A failed poll, a gap or why the tail ended, rather than a log entry. */
  readonly problem: boolean;
}

/** Set while any tail runs (menus offer "Stop Tailing Logs" then). */
const TAILING_CONTEXT = 'posthog.tailingLogs';

interface Running {
  readonly ref: ObjectRef;
  readonly tail: ObjectTail;
}

export class LogTails extends Disposable {
  private readonly running = new Map<string, Running>();
  private readonly channels = new Map<string, vscode.OutputChannel>();
  private readonly started = this.register(new vscode.EventEmitter<string>());
  /** A tail of the object with this key started. */
  readonly onDidStart = this.started.event;
  private readonly written = this.register(new vscode.EventEmitter<TailLine>());
  /** Every line a tail writes (a channel's text cannot be read back through VS Code's API). */
  readonly onDidWrite = this.written.event;

  constructor(private readonly deps: LogTailsDeps) {
    super();
    // Signing out of a connection ends its tails at once instead of letting them fail and back off.
    this.register(
      deps.store.onDidChange(() => {
        for (const [key, { ref }] of this.running) {
          if (!deps.store.get(ref.authority)) this.end(key, 'Signed out.');
        }
      }),
    );
  }

  /** Starts tailing (or shows the tail already running). The only request is a GET for the name when unknown. */
  async start(target: Target, signal: AbortSignal): Promise<void> {
    const { ref } = target;
    const key = objectKey(ref);
    if (this.running.has(key)) return this.channels.get(key)?.show(true);
    const { client } = await this.deps.clients.get(ref.authority);
    const name = await targetName(client, target, signal);
    if (this.running.has(key) || signal.aborted) return;
    const channel = this.channelFor(key, name);
    const tail = new ObjectTail({
      ref,
      channel,
      clients: this.deps.clients,
      settings: this.deps.config.logTail,
      onLine: (line, problem) => this.written.fire({ key, line, problem }),
      onEnded: (message) => {
        this.forget(key);
        void this.deps.prompts.current.warning(`Stopped tailing the logs of “${name}”: ${message}`, []);
      },
    });
    this.running.set(key, { ref, tail });
    this.started.fire(key);
    void this.updateContext();
    tail.start();
    channel.show(true);
  }

  /** Stops the tail of `ref`; without one, the active editor's object's, else the only one, else a picked one. */
  async stop(ref: ObjectRef | undefined): Promise<void> {
    const key = ref ? objectKey(ref) : await this.keyToStop();
    if (key === undefined || !this.running.has(key)) return;
    this.end(key, 'Stopped.');
  }

  /** Keys (objectKey) of the objects being tailed. */
  get tailing(): string[] {
    return [...this.running.keys()];
  }

  private async keyToStop(): Promise<string | undefined> {
    const uri = vscode.window.activeTextEditor?.document.uri;
    const active = uri && objectOfUri(uri);
    if (active && this.running.has(objectKey(active))) return objectKey(active);
    const keys = this.tailing;
    if (keys.length <= 1) return keys[0];
    const items = keys.map((key) => ({ label: this.channels.get(key)?.name ?? key, description: key, value: key }));
    return this.deps.prompts.current.pick(items, { title: 'Stop Tailing Logs', placeholder: 'Stop tailing which logs?' });
  }

  private channelFor(key: string, name: string): vscode.OutputChannel {
    let channel = this.channels.get(key);
    if (!channel) {
      channel = vscode.window.createOutputChannel(`PostHog Logs: ${displayName(name, 'Untitled')}`, 'log');
      this.channels.set(key, channel);
    }
    return channel;
  }

  private end(key: string, why: string): void {
    this.channels.get(key)?.appendLine(formatNote('INFO', `${why} No longer tailing.`));
    this.forget(key);
  }

  private forget(key: string): void {
    const running = this.running.get(key);
    if (!running) return;
    running.tail.dispose();
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
