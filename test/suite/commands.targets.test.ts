// Every command that acts on a function or flow takes the same argument form keybindings and
// scripts use, `{ host, projectId, functionId | flowId }`, and acts on the object it names, not
// on the one the active editor shows; every project command takes `{ host, projectId }`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { HogFlow } from '../../src/api/types/hogFlow';
import type { Schedule } from '../../src/api/types/schedule';
import { only, TEST_KEY, TestEmulator, type LoggedRequest } from './helpers/emulator';
import { closeAllEditors, waitUntil } from './helpers/extension';
import { findFunction, flowsNode, functionGroup, loadAll, signedInSession, type FlowNode, type FunctionNode } from './helpers/session';

/** Commands that act on no function, flow or project. */
const OTHER_COMMANDS = [
  'posthog.signIn', 'posthog.signOut', 'posthog.refresh', 'posthog.refreshAll', 'posthog.loadMore', 'posthog.toggleMockAsyncFunctions',
  // Folder commands of functions as code ({ folder?, host?, projectId? }: workspace.test.ts) and the definitions cache.
  'posthog.pullProject', 'posthog.pushChanges', 'posthog.showChanges', 'posthog.refreshChanges', 'posthog.refreshDefinitions',
  // A document's command ({ uri }): it merges that buffer with the server (save path tests).
  'posthog.mergeWithServer',
];
/**
 * Object commands that need state this suite does not set up (a draft, a revision, a debug
 * session); history.test.ts and localRuns.test.ts call them with the object argument form.
 */
const COVERED_ELSEWHERE = [
  'posthog.restoreRevision', 'posthog.openDraft', 'posthog.compareDraft', 'posthog.testDraft', 'posthog.publishDraft',
  'posthog.discardDraft', 'posthog.saveFlowAsDraft', 'posthog.debugLocally',
];
// posthog.reenterMaskedSecrets also takes a function, the tree's marked items and `functionId` (history.test.ts).
const PROJECT_COMMANDS = ['posthog.createFunction', 'posthog.createBlankFunction', 'posthog.reorderTransformations', 'posthog.bulkDeleteArchivedFlows', 'posthog.reenterMaskedSecrets'];

type Json = Record<string, unknown>;

interface Case {
  command: string;
  /** The command's own fields besides the target. */
  fields?: Json;
  /** Answers the questions the command asks. */
  answer?: (kind: string, message: string) => string | boolean | undefined;
  /** Checks that the command acted on the object: its result, the requests it sent, the editor. */
  check(result: unknown, requests: LoggedRequest[]): void | Promise<void>;
}

describe('commands: the common argument form', () => {
  const session = signedInSession();
  let host: string;
  let fn: FunctionNode;
  let decoy: FunctionNode;
  let decoyDocument: vscode.TextDocument;
  let flow: FlowNode;
  let functionKey: string;
  let flowKey: string;

  before(async function () {
    this.timeout(60_000);
    host = session.emulator.url;
    const destinations = (await loadAll(session.api, await functionGroup(session, 'Destinations'))).filter((n): n is FunctionNode => n.kind === 'function');
    ({ node: fn } = await findFunction(session, 'Destinations', (f) => f.enabled === true && !(f.inputs_schema as Array<{ secret?: boolean }>).some((i) => i.secret)));
    decoy = destinations.find((n) => n.summary.id !== fn.summary.id)!;
    assert.ok(decoy, 'a second function to keep in the active editor');
    flow = (await loadAll(session.api, await flowsNode(session))).find((n): n is FlowNode => n.kind === 'flow' && n.summary.name === 'Weekly digest (batch)')!;
    assert.ok(flow, 'the seeded batch flow');
    functionKey = `${session.emulator.authority}/projects/${fn.project.projectId}/functions/${fn.summary.id}`;
    flowKey = `${session.emulator.authority}/projects/${flow.project.projectId}/flows/${flow.summary.id}`;
    await closeAllEditors();
    await vscode.commands.executeCommand('posthog.openFunctionCode', decoy);
    decoyDocument = vscode.window.activeTextEditor!.document;
  });

  beforeEach(async () => {
    // The active editor shows another function: the argument alone must name the object.
    await vscode.window.showTextDocument(decoyDocument, { preview: false });
    session.prompter.clear();
    session.prompter.answer = () => undefined;
    await session.emulator.clearRequests();
    await session.emulator.clearFaults();
  });
  after(closeAllEditors);

  const functionArgs = (): Json => ({ host, projectId: fn.project.projectId, functionId: fn.summary.id });
  const flowArgs = (): Json => ({ host, projectId: flow.project.projectId, flowId: flow.summary.id });
  const functionPath = () => `/api/projects/${fn.project.projectId}/hog_functions/${fn.summary.id}/`;
  const flowPath = () => `/api/projects/${flow.project.projectId}/hog_flows/${flow.summary.id}/`;
  const calls = (requests: LoggedRequest[]) => requests.map((r) => `${r.method} ${r.path}`);
  /** The requests a command sent: an open document of the object re-read after an earlier case changed it is left out. */
  const sent = (requests: LoggedRequest[]) => calls(requests).filter((c) => c !== `GET ${functionPath()}` && c !== `GET ${flowPath()}`);
  const activeUri = () => vscode.window.activeTextEditor?.document.uri;
  const diffOriginal = () => {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    return input instanceof vscode.TabInputTextDiff ? input.original : undefined;
  };

  const functionCases: Case[] = [
    { command: 'posthog.openFunctionCode', check: () => assert.match(activeUri()!.path, new RegExp(`/functions/${fn.summary.id}/[^/]+\\.hog$`)) },
    { command: 'posthog.openFunctionConfig', check: () => assert.match(activeUri()!.path, new RegExp(`/functions/${fn.summary.id}/[^/]+\\.json$`)) },
    {
      command: 'posthog.compareWithServer',
      check: async () => {
        await waitUntil(() => diffOriginal() !== undefined, 'the diff editor opens');
        assert.equal(diffOriginal()!.scheme, 'posthog-server');
        assert.match(diffOriginal()!.path, new RegExp(`/functions/${fn.summary.id}/`));
      },
    },
    { command: 'posthog.openInBrowser', check: (url) => assert.equal(url, `${host}/project/${fn.project.projectId}/functions/${fn.summary.id}`) },
    { command: 'posthog.copyId', check: (id) => assert.equal(id, fn.summary.id) },
    {
      command: 'posthog.runLocally',
      fields: { source: "print('local')" },
      check: (result, requests) => {
        const answer = result as { status: string; logs: { message: string }[] };
        assert.ok(answer.logs.some((l) => l.message === 'local'), JSON.stringify(answer));
        assert.deepEqual(sent(requests).filter((c) => !c.startsWith('GET ')), [], 'nothing sent to PostHog');
      },
    },
    {
      command: 'posthog.showHistory',
      check: (_r, requests) => assert.ok(calls(requests).some((c) => c.startsWith(`GET ${functionPath()}revisions/`)), calls(requests).join(', ')),
    },
    { command: 'posthog.testInvocation', check: (_r, requests) => assert.ok(calls(requests).includes(`POST ${functionPath()}invocations/`), calls(requests).join(', ')) },
    {
      command: 'posthog.editTestGlobals',
      check: () => assert.equal(activeUri()?.toString(), session.api.testing.invocations.globalsUri({ ...fn.project, kind: 'function', id: fn.summary.id }).toString()),
    },
    {
      command: 'posthog.tailLogs',
      check: async () => {
        assert.ok(session.api.testing.logTails.tailing.includes(functionKey));
        await vscode.commands.executeCommand('posthog.stopTailingLogs', fn);
      },
    },
    { command: 'posthog.showMetrics', check: (shown) => assert.ok(shown === true && session.api.testing.metrics.panel(functionKey)) },
    { command: 'posthog.disableFunction', check: (_r, requests) => assert.deepEqual(patches(requests, functionPath()), [{ enabled: false }]) },
    { command: 'posthog.enableFunction', check: (_r, requests) => assert.deepEqual(patches(requests, functionPath()), [{ enabled: true }]) },
    { command: 'posthog.renameFunction', fields: { name: 'Renamed by its id' }, check: (_r, requests) => assert.deepEqual(patches(requests, functionPath()), [{ name: 'Renamed by its id' }]) },
    {
      command: 'posthog.duplicateFunction',
      fields: { secrets: {} },
      check: (copy, requests) => {
        assert.ok(calls(requests).includes(`GET ${functionPath()}`), 'the original is read');
        assert.deepEqual(sent(requests).filter((c) => c.startsWith('POST')), [`POST /api/projects/${fn.project.projectId}/hog_functions/`]);
        assert.match((copy as { name: string }).name, / \(copy\)$/);
      },
    },
    {
      command: 'posthog.deleteFunction',
      answer: (kind) => (kind === 'confirm' ? true : undefined),
      check: (deleted, requests) => {
        assert.equal(deleted, true);
        assert.deepEqual(patches(requests, functionPath()), [{ deleted: true }]);
      },
    },
  ];

  let schedule: Schedule | undefined;
  const flowCases: Case[] = [
    { command: 'posthog.openFlow', check: () => assert.match(activeUri()!.path, new RegExp(`/flows/${flow.summary.id}/[^/]+\\.json$`)) },
    {
      command: 'posthog.compareWithServer',
      check: async () => {
        await waitUntil(() => diffOriginal() !== undefined, 'the diff editor opens');
        assert.match(diffOriginal()!.path, new RegExp(`/flows/${flow.summary.id}/`));
      },
    },
    { command: 'posthog.openInBrowser', check: (url) => assert.equal(url, `${host}/project/${flow.project.projectId}/workflows/${flow.summary.id}/workflow`) },
    { command: 'posthog.copyId', check: (id) => assert.equal(id, flow.summary.id) },
    { command: 'posthog.testInvocation', check: (_r, requests) => assert.ok(calls(requests).includes(`POST ${flowPath()}invocations/`), calls(requests).join(', ')) },
    {
      command: 'posthog.editTestGlobals',
      check: () => assert.equal(activeUri()?.toString(), session.api.testing.invocations.globalsUri({ ...flow.project, kind: 'flow', id: flow.summary.id }).toString()),
    },
    {
      command: 'posthog.tailLogs',
      check: async () => {
        assert.ok(session.api.testing.logTails.tailing.includes(flowKey));
        await vscode.commands.executeCommand('posthog.stopTailingLogs', flow);
      },
    },
    { command: 'posthog.showMetrics', check: (shown) => assert.ok(shown === true && session.api.testing.metrics.panel(flowKey)) },
    {
      command: 'posthog.changeFlowStatus',
      fields: { status: 'active' },
      answer: (kind) => (kind === 'confirm' ? true : undefined),
      check: (changed, requests) => {
        assert.equal((changed as HogFlow).status, 'active');
        assert.deepEqual(patches(requests, flowPath()), [{ status: 'active' }]);
      },
    },
    { command: 'posthog.flowSchedules', check: (_r, requests) => assert.deepEqual(sent(requests), [`GET ${flowPath()}schedules/`]) },
    {
      command: 'posthog.createFlowSchedule',
      fields: { rrule: 'FREQ=DAILY;BYHOUR=6;BYMINUTE=0', startsAt: '2031-01-01T06:00:00Z' },
      check: (created, requests) => {
        schedule = created as Schedule;
        assert.deepEqual(sent(requests), [`POST ${flowPath()}schedules/`]);
      },
    },
    {
      command: 'posthog.editFlowSchedule',
      fields: { get scheduleId() { return schedule?.id; }, rrule: 'FREQ=WEEKLY;BYDAY=TU' },
      check: (_r, requests) => assert.deepEqual(sent(requests), [`PATCH ${flowPath()}schedules/${schedule!.id}/`]),
    },
    {
      command: 'posthog.deleteFlowSchedule',
      fields: { get scheduleId() { return schedule?.id; } },
      answer: (kind) => (kind === 'confirm' ? true : undefined),
      check: (_r, requests) => assert.deepEqual(sent(requests), [`DELETE ${flowPath()}schedules/${schedule!.id}/`]),
    },
    { command: 'posthog.flowBatchJobs', check: (_r, requests) => assert.deepEqual(sent(requests), [`GET ${flowPath()}batch_jobs/`]) },
    {
      command: 'posthog.startFlowBatchJob',
      answer: (kind) => (kind === 'confirm' ? true : undefined),
      check: (_r, requests) => assert.ok(calls(requests).includes(`POST ${flowPath()}batch_jobs/`), calls(requests).join(', ')),
    },
  ];

  /** The PATCH bodies sent to `path`, without the version guard. */
  function patches(requests: LoggedRequest[], path: string): Json[] {
    return requests.filter((r) => r.method === 'PATCH' && r.path === path).map((r) => {
      const { base_updated_at: _base, ...body } = r.body as Json;
      return body;
    });
  }

  async function run(args: Json, test: Case): Promise<void> {
    const { emulator, prompter } = session;
    if (test.answer) prompter.answer = (m) => test.answer!(m.kind, m.message);
    const result = await vscode.commands.executeCommand(test.command, { ...args, ...test.fields });
    const errors = prompter.shown.filter((m) => m.kind === 'error');
    assert.deepEqual(errors, [], 'no error');
    const requests = await emulator.requests();
    assert.ok(!requests.some((r) => r.path.includes(decoy.summary.id)), `nothing about the active editor's function: ${calls(requests).join(', ')}`);
    await test.check(result, requests);
  }

  for (const test of functionCases) {
    it(`${test.command} with { host, projectId, functionId }`, () => run(functionArgs(), test));
  }
  for (const test of flowCases) {
    it(`${test.command} with { host, projectId, flowId }`, () => run(flowArgs(), test));
  }

  it('createFunction and createBlankFunction with { host, projectId }', async () => {
    const { emulator } = session;
    const projectId = fn.project.projectId;
    const fromTemplate = await vscode.commands.executeCommand<Json>('posthog.createFunction', {
      host, projectId, type: 'destination', templateId: 'template-webhook', inputs: { url: 'https://hooks.example.com/by-id' },
    });
    assert.ok(fromTemplate, JSON.stringify(session.prompter.shown));
    const blank = await vscode.commands.executeCommand<Json>('posthog.createBlankFunction', { host, projectId, type: 'destination', name: 'Blank by project id' });
    assert.equal(blank?.name, 'Blank by project id');
    const posts = (await emulator.requests()).filter((r) => r.method === 'POST').map((r) => r.path);
    assert.deepEqual(posts, [`/api/projects/${projectId}/hog_functions/`, `/api/projects/${projectId}/hog_functions/`]);
  });

  it('reorderTransformations and bulkDeleteArchivedFlows with { host, projectId }', async () => {
    const { emulator, prompter } = session;
    const projectId = fn.project.projectId;
    const transformations = (await loadAll(session.api, await functionGroup(session, 'Transformations'))).filter(
      (n): n is FunctionNode => n.kind === 'function' && n.summary.type === 'transformation',
    );
    const order = transformations.map((n) => n.summary.id).reverse();
    await vscode.commands.executeCommand('posthog.reorderTransformations', { host, projectId, order });
    prompter.answer = (m) => (m.kind === 'confirm' ? false : undefined);
    assert.equal(await vscode.commands.executeCommand('posthog.bulkDeleteArchivedFlows', { host, projectId }), 0);
    const requests = await emulator.requests();
    const [rearrange, ...moreRearranges] = only(requests, 'PATCH', /\/hog_functions\/rearrange\/$/);
    assert.equal(rearrange?.path, `/api/projects/${projectId}/hog_functions/rearrange/`);
    assert.equal(moreRearranges.length, 0);
    assert.deepEqual(rearrange.body, { orders: Object.fromEntries(order.map((id, i) => [id, i + 1])) });
    const listed = only(requests, 'GET', /\/hog_flows\/$/);
    assert.deepEqual(listed.map((r) => [r.path, r.query.status]), [[`/api/projects/${projectId}/hog_flows/`, 'archived']]);
    assert.ok(prompter.shown.some((m) => m.kind === 'confirm' && m.message.includes('Trial reminder (retired)')));
  });

  it('covers every command of package.json that acts on an object or a project', () => {
    const contributed = (vscode.extensions.getExtension('hogdev.posthog-hog')!.packageJSON as { contributes: { commands: Array<{ command: string }> } }).contributes.commands.map((c) => c.command);
    const objectCommands = contributed.filter((c) => !OTHER_COMMANDS.includes(c) && !PROJECT_COMMANDS.includes(c)).sort();
    const covered = new Set([...functionCases, ...flowCases].map((c) => c.command).concat(COVERED_ELSEWHERE));
    covered.add('posthog.stopTailingLogs');
    assert.deepEqual(objectCommands.filter((c) => !covered.has(c)), []);
    assert.deepEqual([...PROJECT_COMMANDS].filter((c) => !contributed.includes(c)), []);
  });

  it('posthog.stopTailingLogs with { host, projectId, functionId } stops that tail only', async () => {
    await vscode.commands.executeCommand('posthog.tailLogs', flow);
    await vscode.commands.executeCommand('posthog.tailLogs', decoy);
    try {
      await vscode.commands.executeCommand('posthog.tailLogs', { host, projectId: flow.project.projectId, flowId: flow.summary.id });
      await vscode.commands.executeCommand('posthog.stopTailingLogs', flowArgs());
      const decoyKey = `${session.emulator.authority}/projects/${decoy.project.projectId}/functions/${decoy.summary.id}`;
      assert.ok(!session.api.testing.logTails.tailing.includes(flowKey), 'the named tail stopped');
      assert.ok(session.api.testing.logTails.tailing.includes(decoyKey), 'the other tail still runs');
    } finally {
      await vscode.commands.executeCommand('posthog.stopTailingLogs', decoy);
    }
  });
});

describe('commands: which connection and project an argument names', () => {
  const session = signedInSession();
  let fn: FunctionNode;

  before(async function () {
    this.timeout(60_000);
    ({ node: fn } = await findFunction(session, 'Destinations'));
  });
  beforeEach(async () => {
    await closeAllEditors();
    session.prompter.clear();
    session.prompter.answer = () => undefined;
  });

  it('takes project ids from 1 up, and says so', async () => {
    const { prompter, emulator } = session;
    assert.equal(await vscode.commands.executeCommand('posthog.copyId', { host: emulator.url, projectId: 0, functionId: fn.summary.id }), undefined);
    const error = await prompter.waitFor((m) => m.kind === 'error');
    assert.match(error.message, /'0' is not a PostHog project id/);
  });

  it('with several connections: host picks one, else the active editor\'s, else the user picks (dismissing does nothing)', async () => {
    const { emulator, prompter } = session;
    const other = await TestEmulator.start();
    const args = { projectId: fn.project.projectId, functionId: fn.summary.id };
    try {
      assert.ok(await vscode.commands.executeCommand('posthog.signIn', { host: other.url, apiKey: TEST_KEY }));
      prompter.clear();
      assert.equal(await vscode.commands.executeCommand('posthog.openInBrowser', { ...args, host: other.url }), `${other.url}/project/${args.projectId}/functions/${fn.summary.id}`);
      assert.equal(prompter.shown.filter((m) => m.kind === 'pick').length, 0, 'host names the connection');

      assert.equal(await vscode.commands.executeCommand('posthog.openInBrowser', args), undefined, 'dismissed: nothing opened');
      const pick = prompter.shown.find((m) => m.kind === 'pick');
      assert.deepEqual([...pick!.actions].sort(), [emulator.authority, other.authority].sort());
      assert.equal(prompter.shown.filter((m) => m.kind === 'error').length, 0, 'dismissing is no error');

      prompter.answer = (m) => (m.kind === 'pick' ? other.authority : undefined);
      assert.equal(await vscode.commands.executeCommand('posthog.openInBrowser', args), `${other.url}/project/${args.projectId}/functions/${fn.summary.id}`);

      prompter.clear();
      await vscode.commands.executeCommand('posthog.openFunctionCode', fn);
      assert.equal(await vscode.commands.executeCommand('posthog.openInBrowser', args), `${emulator.url}/project/${args.projectId}/functions/${fn.summary.id}`);
      assert.equal(prompter.shown.filter((m) => m.kind === 'pick').length, 0, 'the active editor names the connection');
    } finally {
      prompter.answer = () => undefined;
      await vscode.commands.executeCommand('posthog.signOut', { host: other.url });
      await other.close();
    }
  });
});
