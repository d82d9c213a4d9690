// Read-only views of the running features for the extension-host tests. The text of an output
// channel cannot be read back through VS Code's API, so a probe keeps what the channels showed,
// bounded; it only records when asked to (the extension runs under test), so no shipped session
// holds those lines.
import type * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { LogTails } from '../logTails/logTails';
import type { MetricsPanels } from '../metricsPanels/metricsPanels';
import type { ObjectRef } from '../objects/objectRef';
import type { TestInvocations } from '../testInvocations/testInvocations';
import { BoundedLines } from './boundedLines';

export interface InvocationProbe {
  /** Lines written to the "PostHog Test Invocations" channel (the last 2,000). */
  readonly outputLines: readonly string[];
  /** Where the test globals of a function or flow are kept. */
  globalsUri(ref: ObjectRef): vscode.Uri;
}

/** Keys are objectKeys: `<authority>/projects/<id>/<functions|flows>/<objectId>`. */
export interface LogTailProbe {
  readonly tailing: readonly string[];
  /** Entry lines shown by the current or last tail of an object, oldest first (the last 20,000). */
  lines(key: string): readonly string[];
  /** Failed polls, gaps and why the tail ended, as written to its channel (the last 100). */
  problems(key: string): readonly string[];
}

export interface MetricsPanelSnapshot {
  readonly title: string;
  readonly html: string;
  readonly enableScripts: boolean;
  readonly localResourceRoots: readonly string[] | undefined;
}

/** Keys are objectKeys, as for the log tails. */
export interface MetricsProbe {
  panel(key: string): MetricsPanelSnapshot | undefined;
  /** Delivers a message as if the page had posted it (the Refresh button posts `{type: 'refresh'}`). */
  postFromPage(key: string, message: unknown): Promise<void>;
}

export class InvocationRecorder extends Disposable implements InvocationProbe {
  private readonly output = new BoundedLines(2000);

  constructor(
    private readonly invocations: TestInvocations,
    record: boolean,
  ) {
    super();
    if (record) this.register(invocations.output.onDidWrite((lines) => this.output.push(...lines)));
  }

  get outputLines(): readonly string[] {
    return this.output.lines;
  }

  globalsUri(ref: ObjectRef): vscode.Uri {
    return this.invocations.globals.uriFor(ref);
  }
}

export class LogTailRecorder extends Disposable implements LogTailProbe {
  private readonly shown = new Map<string, { lines: BoundedLines; problems: BoundedLines }>();

  constructor(
    private readonly tails: LogTails,
    record: boolean,
  ) {
    super();
    if (!record) return;
    this.register(tails.onDidStart((key) => this.shown.set(key, { lines: new BoundedLines(20_000), problems: new BoundedLines(100) })));
    this.register(tails.onDidWrite(({ key, line, problem }) => this.shown.get(key)?.[problem ? 'problems' : 'lines'].push(line)));
  }

  get tailing(): readonly string[] {
    return this.tails.tailing;
  }

  lines(key: string): readonly string[] {
    return this.shown.get(key)?.lines.lines ?? [];
  }

  problems(key: string): readonly string[] {
    return this.shown.get(key)?.problems.lines ?? [];
  }
}

export function metricsProbe(panels: MetricsPanels): MetricsProbe {
  return {
    panel(key) {
      const panel = panels.panel(key);
      if (!panel) return undefined;
      const { options } = panel;
      return {
        title: panel.title,
        html: panel.html,
        enableScripts: options.enableScripts === true,
        localResourceRoots: options.localResourceRoots?.map((uri) => uri.toString()),
      };
    },
    async postFromPage(key, message) {
      const panel = panels.panel(key);
      if (!panel) throw new Error(`no metrics panel for ${key}`);
      await panel.receive(message);
    },
  };
}
