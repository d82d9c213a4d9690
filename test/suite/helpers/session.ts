// Per-suite setup: an emulator of its own, the extension signed in to it (argument form of
// posthog.signIn), a scripted prompter; and walking the explorer down to what a test needs.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PostHogHogApi } from '../../../src/extension';
import type { ExplorerNode } from '../../../src/explorer/nodes';
import { TestEmulator, TEST_KEY } from './emulator';
import { activateExtension, child, children, closeAllEditors, usePrompter } from './extension';
import type { ScriptedPrompter } from './prompter';

export interface Session {
  api: PostHogHogApi;
  emulator: TestEmulator;
  prompter: ScriptedPrompter;
}

/** Registers before/after hooks; the returned object is filled in by `before`. */
export function signedInSession(): Session {
  const session = {} as Session;
  before(async function () {
    this.timeout(60_000);
    session.api = await activateExtension();
    session.emulator = await TestEmulator.start();
    session.prompter = usePrompter(session.api);
    const connection = await vscode.commands.executeCommand('posthog.signIn', { host: session.emulator.url, apiKey: TEST_KEY });
    assert.ok(connection, `sign-in failed: ${JSON.stringify(session.prompter.shown)}`);
  });
  after(async function () {
    this.timeout(30_000);
    await closeAllEditors();
    if (session.emulator) {
      await vscode.commands.executeCommand('posthog.signOut', { host: session.emulator.url });
      await session.emulator.close();
    }
    session.api?.testing.setPrompter(undefined);
  });
  return session;
}

/** The project node of the emulator's current team (connection → organization → project). */
export async function projectNode(session: Session): Promise<Extract<ExplorerNode, { kind: 'project' }>> {
  const me = await session.emulator.get('/api/users/@me/');
  const teamId = (me.team as { id: number }).id;
  const organizationId = (me.team as { organization: string }).organization;
  const connection = await child(session.api, undefined, (n) => n.kind === 'connection' && n.authority === session.emulator.authority);
  const organization = await child(session.api, connection, (n) => n.kind === 'organization' && n.organizationId === organizationId);
  const project = await child(session.api, organization, (n) => n.kind === 'project' && n.projectId === teamId);
  return project as Extract<ExplorerNode, { kind: 'project' }>;
}

/** Every node of a paged list, following "Load more…" until the end. */
export async function loadAll(api: PostHogHogApi, list: ExplorerNode): Promise<ExplorerNode[]> {
  for (let i = 0; i < 100; i++) {
    const nodes = await children(api, list);
    const more = nodes.find((n) => n.kind === 'loadMore');
    if (!more) return nodes;
    await vscode.commands.executeCommand('posthog.loadMore', more);
  }
  throw new Error('"Load more…" never ended');
}

export async function functionGroup(session: Session, label: string): Promise<ExplorerNode> {
  const project = await projectNode(session);
  const functions = await child(session.api, project, (n) => n.kind === 'functions');
  return child(session.api, functions, (n, l) => n.kind === 'functionGroup' && l === label);
}

export async function flowsNode(session: Session): Promise<ExplorerNode> {
  return child(session.api, await projectNode(session), (n) => n.kind === 'flows');
}

export type FunctionNode = Extract<ExplorerNode, { kind: 'function' }>;
export type FlowNode = Extract<ExplorerNode, { kind: 'flow' }>;

/** The first function of a group that passes `test` (full object from the API, as the test's oracle). */
export async function findFunction(
  session: Session,
  group: string,
  test: (fn: Record<string, unknown>) => boolean = () => true,
): Promise<{ node: FunctionNode; fn: Record<string, unknown> }> {
  const nodes = (await loadAll(session.api, await functionGroup(session, group))).filter((n): n is FunctionNode => n.kind === 'function');
  for (const node of nodes) {
    const fn = await session.emulator.get(`/api/projects/${node.project.projectId}/hog_functions/${node.summary.id}/`);
    if (test(fn)) return { node, fn };
  }
  throw new Error(`no function in ${group} passes the test`);
}

/** The function or flow's current state on the server, read with the test key. */
export function serverObject(session: Session, node: FunctionNode | FlowNode): Promise<Record<string, unknown>> {
  const family = node.kind === 'flow' ? 'hog_flows' : 'hog_functions';
  return session.emulator.get(`/api/projects/${node.project.projectId}/${family}/${node.summary.id}/`);
}
