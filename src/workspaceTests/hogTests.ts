// Tests as files in the Testing view: the `functions/*.test.yaml` cases of every folder with
// functions as files, discovered again when a test file changes, run on the local Hog runtime (as
// `hog test` runs them), failures shown as expected/actual diffs at the expectation that failed.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import { discoverTests, runTestCase, TEST_SUFFIX, type CaseFailure, type CaseResult } from '../workspace';
import type { PostHogFolders } from '../workspaceSync/folders';
import { folderItem, suiteItems, type CaseRef } from './testItems';

const REDISCOVER_DELAY_MS = 200;

/** A case's last outcome, as reported to the Testing view. */
export interface CaseOutcome {
  state: 'passed' | 'failed' | 'errored' | 'skipped';
  messages: vscode.TestMessage[];
}

export class HogTests extends Disposable {
  readonly controller = this.register(vscode.tests.createTestController('posthogHogTests', 'PostHog Hog tests'));
  readonly runProfile: vscode.TestRunProfile;
  /** Last outcome per case item id. */
  readonly outcomes = new Map<string, CaseOutcome>();
  private readonly cases = new WeakMap<vscode.TestItem, CaseRef>();
  private readonly discovered = this.register(new vscode.EventEmitter<string>());
  /** Fires with a folder's path after its cases were (re)discovered. */
  readonly onDidDiscover = this.discovered.event;

  constructor(private readonly folders: PostHogFolders) {
    super();
    this.controller.resolveHandler = async (item) => {
      if (!item) await Promise.all(this.folders.list().map((dir) => this.discover(dir)));
    };
    this.controller.refreshHandler = async () => {
      await Promise.all(this.folders.list().map((dir) => this.discover(dir)));
    };
    this.runProfile = this.controller.createRunProfile('Run', vscode.TestRunProfileKind.Run, (request, token) => this.run(request, token), true);
    this.register(folders.onDidAdd((dir) => this.track(dir)));
    folders.list().forEach((dir) => this.track(dir));
    this.register(
      vscode.workspace.onDidSaveTextDocument((document) => {
        const dir = document.uri.scheme === 'file' ? this.folders.folderOf(document.uri.fsPath) : undefined;
        if (dir !== undefined && document.uri.fsPath.endsWith(TEST_SUFFIX)) void this.discover(dir);
      }),
    );
  }

  /** Reads a folder's test files and replaces its items. */
  async discover(dir: string): Promise<void> {
    const suites = await discoverTests(dir);
    const folder = this.controller.items.get(dir) ?? folderItem(this.controller, dir);
    folder.children.replace(suiteItems(this.controller, dir, suites, this.cases));
    this.controller.items.add(folder);
    this.discovered.fire(dir);
  }

  private track(dir: string): void {
    void this.discover(dir);
    const watcher = this.register(vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(vscode.Uri.file(dir), `functions/*${TEST_SUFFIX}`)));
    let timer: NodeJS.Timeout | undefined;
    const later = (): void => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.discover(dir), REDISCOVER_DELAY_MS);
    };
    this.register({ dispose: () => clearTimeout(timer) });
    this.register(watcher.onDidChange(later));
    this.register(watcher.onDidCreate(later));
    this.register(watcher.onDidDelete(later));
  }

  private async run(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const run = this.controller.createTestRun(request);
    const controller = new AbortController();
    const subscription = token.onCancellationRequested(() => controller.abort());
    try {
      const leaves = this.leaves(request);
      leaves.forEach((item) => run.enqueued(item));
      for (const item of leaves) {
        if (token.isCancellationRequested) {
          this.report(run, item, { state: 'skipped', messages: [] });
          continue;
        }
        run.started(item);
        await this.runCase(run, item, this.cases.get(item)!, controller.signal);
      }
    } finally {
      subscription.dispose();
      run.end();
    }
  }

  private async runCase(run: vscode.TestRun, item: vscode.TestItem, ref: CaseRef, signal: AbortSignal): Promise<void> {
    try {
      const result = await runTestCase(ref.dir, ref.slug, ref.caseId, { env: process.env, signal });
      if (!result) this.report(run, item, { state: 'errored', messages: [new vscode.TestMessage('The case is no longer in its file.')] });
      else this.report(run, item, outcomeOf(ref.dir, result), result.durationMs);
    } catch (error) {
      this.report(run, item, { state: 'errored', messages: [new vscode.TestMessage(error instanceof Error ? error.message : String(error))] });
    }
  }

  private report(run: vscode.TestRun, item: vscode.TestItem, outcome: CaseOutcome, durationMs?: number): void {
    this.outcomes.set(item.id, outcome);
    if (outcome.state === 'passed') run.passed(item, durationMs);
    else if (outcome.state === 'failed') run.failed(item, outcome.messages, durationMs);
    else if (outcome.state === 'errored') run.errored(item, outcome.messages, durationMs);
    else run.skipped(item);
  }

  /** The case items a request names (all when it names none), less the excluded ones. */
  private leaves(request: vscode.TestRunRequest): vscode.TestItem[] {
    const excluded = new Set(request.exclude?.map((item) => item.id));
    const found: vscode.TestItem[] = [];
    const visit = (item: vscode.TestItem): void => {
      if (excluded.has(item.id)) return;
      if (this.cases.has(item)) found.push(item);
      else item.children.forEach(visit);
    };
    if (request.include) request.include.forEach(visit);
    else this.controller.items.forEach(visit);
    return found;
  }
}

function outcomeOf(dir: string, result: CaseResult): CaseOutcome {
  if (result.outcome === 'passed') return { state: 'passed', messages: [] };
  return { state: 'failed', messages: result.failures.map((failure) => messageOf(dir, failure)) };
}

function messageOf(dir: string, failure: CaseFailure): vscode.TestMessage {
  const message =
    failure.expected !== undefined || failure.actual !== undefined
      ? vscode.TestMessage.diff(failure.message, text(failure.expected), text(failure.actual))
      : new vscode.TestMessage(failure.message);
  const position = new vscode.Position(Math.max(failure.line - 1, 0), Math.max(failure.column - 1, 0));
  message.location = new vscode.Location(vscode.Uri.file(join(dir, failure.file)), position);
  return message;
}

function text(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value, null, 2);
}
