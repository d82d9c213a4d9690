// posthog.runLocally against the emulator: the unsaved buffer runs offline (the emulator's request
// log stays empty once the function is open) with its test globals and inputs, a secret input comes
// from a prompt or the globals' `inputs`, a runtime error has a position one click away, and a plain
// `.hog` file runs as a destination with the globals document beside it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { closeAllEditors, replaceText } from './helpers/extension';
import { findFunction, signedInSession } from './helpers/session';

type Json = Record<string, unknown>;
type Log = { level: string; message: string; timestamp: string };
interface RunAnswer {
  status: string;
  result: unknown;
  logs: Log[];
  errors: string[];
}

function secretKeyOf(fn: Json): string | undefined {
  return Object.entries(fn.inputs as Record<string, { secret?: boolean }>).find(([, v]) => v.secret === true)?.[0];
}

describe('localRuns: run Hog locally', () => {
  const session = signedInSession();
  afterEach(async () => {
    session.prompter.answer = () => undefined;
    await closeAllEditors();
  });

  async function openedFunction(): Promise<{ document: vscode.TextDocument; fn: Json; secretKey: string; globals: vscode.Uri }> {
    const { node, fn } = await findFunction(session, 'Destinations', (f) => secretKeyOf(f) !== undefined);
    const ref = { authority: node.project.authority, projectId: node.project.projectId, kind: 'function' as const, id: node.summary.id };
    const globals = session.api.testing.invocations.globalsUri(ref);
    await vscode.workspace.fs.delete(globals).then(undefined, () => undefined);
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    return { document: vscode.window.activeTextEditor!.document, fn, secretKey: secretKeyOf(fn)!, globals };
  }

  it('runs the unsaved buffer offline with its test globals, a prompted secret, and answers like PostHog', async function () {
    this.timeout(60_000);
    const { api, emulator, prompter } = session;
    const { document, fn, secretKey, globals } = await openedFunction();
    await replaceText(document, `print('local', event.event)\nprint(inputs.${secretKey})\nreturn 'done'\n`);
    prompter.answer = (m) => (m.kind === 'input' ? 'sk-local-secret' : undefined);
    prompter.clear();
    await emulator.clearRequests();
    const outputBefore = api.testing.invocations.outputLines.length;

    const result = await vscode.commands.executeCommand<RunAnswer>('posthog.runLocally', { uri: document.uri.toString() });

    assert.deepEqual(await emulator.requests(), [], 'no request to PostHog once the function is open');
    assert.deepEqual(Object.keys(result).sort(), ['errors', 'logs', 'result', 'status'], 'PostHog’s test-invocation shape');
    assert.equal(result.status, 'success', JSON.stringify(result));
    assert.deepEqual(result.errors, []);
    const stored = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(globals))) as { event: { event: string } };
    const infos = result.logs.filter((l) => l.level === 'info').map((l) => l.message);
    assert.equal(infos[0], `local, ${stored.event.event}`, 'the unsaved code ran with the globals document (written from the sample)');
    assert.equal(infos[1], '***REDACTED***', 'the prompted secret reached the code and is redacted in logs');
    const prompt = prompter.shown.find((m) => m.kind === 'input');
    assert.ok(prompt?.message.includes(secretKey) && prompt.password === true, JSON.stringify(prompter.shown));
    const written = api.testing.invocations.outputLines.slice(outputBefore);
    assert.ok(written.includes(`Local run of "${fn.name as string}" (${fn.type as string}): success`), written.join('\n'));
    assert.ok(written.some((line) => line.endsWith(`local, ${stored.event.event}`)), written.join('\n'));
    assert.equal(document.isDirty, true, 'the buffer was not saved');
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
    const commands = lenses.map((lens) => lens.command?.command);
    for (const command of ['posthog.testInvocation', 'posthog.runLocally', 'posthog.debugLocally']) assert.ok(commands.includes(command), JSON.stringify(commands));
  });

  it('takes globals (with inputs) and source from the argument, and points at a runtime error', async () => {
    const { api, emulator, prompter } = session;
    const { document, secretKey } = await openedFunction();
    prompter.answer = (m) => (m.kind === 'warning' ? 'Go to Error' : undefined);
    prompter.clear();
    await emulator.clearRequests();
    const outputBefore = api.testing.invocations.outputLines.length;
    const source = `print(inputs.${secretKey} == 'from-globals', event.event)\nlet x := 1\n  throw Error('local boom')\n`;

    const result = await vscode.commands.executeCommand<RunAnswer>('posthog.runLocally', {
      uri: document.uri.toString(),
      source,
      globals: { event: { event: 'custom' }, inputs: { [secretKey]: 'from-globals' } },
    });

    assert.deepEqual(await emulator.requests(), []);
    assert.equal(prompter.shown.filter((m) => m.kind === 'input').length, 0, 'the secret came from the globals: no prompt');
    assert.equal(result.status, 'error');
    assert.equal(result.logs.find((l) => l.level === 'info')?.message, 'true, custom');
    assert.match(result.errors[0] ?? '', /local boom/);
    const written = api.testing.invocations.outputLines.slice(outputBefore);
    assert.ok(written.includes(`Error at ${document.uri.toString()}:3:3`), written.join('\n'));
    const note = await prompter.waitFor((m) => m.kind === 'warning' && m.message.includes('local boom'));
    assert.deepEqual(note.actions, ['Go to Error', 'Show Output']);
    await waitForSelection(document.uri, new vscode.Position(2, 2));
  });

  it('runs a plain .hog file as a destination with the globals document beside it', async () => {
    const { emulator } = session;
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hog-local-'));
    const file = path.join(dir, 'hello.hog');
    await fs.writeFile(file, "print(f'hello {inputs.name}', event.event)\nreturn 1\n");
    await fs.writeFile(path.join(dir, 'hello.globals.json'), JSON.stringify({ event: { event: 'signup' }, inputs: { name: 'Ada' } }));
    await emulator.clearRequests();

    const result = await vscode.commands.executeCommand<RunAnswer>('posthog.runLocally', vscode.Uri.file(file));

    assert.equal(result.status, 'success', JSON.stringify(result));
    assert.equal(result.logs.find((l) => l.level === 'info')?.message, 'hello Ada, signup');
    assert.deepEqual(await emulator.requests(), []);
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', vscode.Uri.file(file));
    const commands = lenses.map((lens) => lens.command?.command);
    assert.ok(commands.includes('posthog.runLocally') && commands.includes('posthog.debugLocally'), JSON.stringify(commands));
  });
});

async function waitForSelection(uri: vscode.Uri, start: vscode.Position): Promise<void> {
  const shown = (): boolean => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.toString() === uri.toString() && editor.selection.start.isEqual(start);
  };
  if (shown()) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the error position was not shown: ${JSON.stringify(vscode.window.activeTextEditor?.selection)}`)), 10_000);
    const listener = vscode.window.onDidChangeTextEditorSelection(() => {
      if (!shown()) return;
      clearTimeout(timer);
      listener.dispose();
      resolve();
    });
    // The editor may have been shown between the first check and the listener.
    if (shown()) {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });
}

type DapMessage = { type: string; event?: string; body?: Record<string, unknown> };

/** Every message the `hog` adapters send, and waiting for one. */
class DapLog implements vscode.Disposable {
  readonly messages: DapMessage[] = [];
  private waiters: Array<{ test: (m: DapMessage) => boolean; resolve: () => void }> = [];
  private readonly registration = vscode.debug.registerDebugAdapterTrackerFactory('hog', {
    createDebugAdapterTracker: () => ({
      onDidSendMessage: (message: DapMessage) => {
        this.messages.push(message);
        const ready = this.waiters.filter((w) => w.test(message));
        this.waiters = this.waiters.filter((w) => !w.test(message));
        ready.forEach((w) => w.resolve());
      },
    }),
  });

  event(name: string, test: (body: Record<string, unknown>) => boolean = () => true): Promise<void> {
    const matches = (m: DapMessage): boolean => m.type === 'event' && m.event === name && test(m.body ?? {});
    if (this.messages.some(matches)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${name} event: ${JSON.stringify(this.messages)}`)), 15_000);
      this.waiters.push({ test: matches, resolve: () => (clearTimeout(timer), resolve()) });
    });
  }

  dispose(): void {
    this.registration.dispose();
  }
}

function ended(session: vscode.DebugSession): Promise<void> {
  return new Promise((resolve) => {
    const listener = vscode.debug.onDidTerminateDebugSession((s) => {
      if (s.id !== session.id) return;
      listener.dispose();
      resolve();
    });
  });
}

describe('localRuns: debug Hog', () => {
  const session = signedInSession();
  let dap: DapLog;
  beforeEach(() => {
    dap = new DapLog();
  });
  afterEach(async () => {
    dap.dispose();
    vscode.debug.removeBreakpoints(vscode.debug.breakpoints);
    await closeAllEditors();
  });

  it('stops a hog session at a breakpoint, reads a local through customRequest and continues to the end', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'hog-debug-'));
    const file = vscode.Uri.file(path.join(dir, 'sum.hog'));
    await fs.writeFile(file.fsPath, 'let total := 40\nlet answer := total + 2\nprint(answer)\n');
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(file, new vscode.Position(1, 0)))]);
    const started = new Promise<vscode.DebugSession>((resolve) => {
      const listener = vscode.debug.onDidStartDebugSession((s) => (listener.dispose(), resolve(s)));
    });

    assert.equal(await vscode.debug.startDebugging(undefined, { type: 'hog', request: 'launch', name: 'Debug sum', program: file.fsPath }), true);
    const debugSession = await started;
    const done = ended(debugSession);
    await dap.event('stopped', (body) => body.reason === 'breakpoint');
    const trace = (await debugSession.customRequest('stackTrace', { threadId: 1 })) as { stackFrames: Array<{ id: number; line: number }> };
    assert.equal(trace.stackFrames[0]?.line, 2);
    const { scopes } = (await debugSession.customRequest('scopes', { frameId: trace.stackFrames[0]!.id })) as { scopes: Array<{ name: string; variablesReference: number }> };
    const locals = scopes.find((s) => s.name === 'Locals');
    assert.ok(locals, JSON.stringify(scopes));
    const { variables } = (await debugSession.customRequest('variables', { variablesReference: locals.variablesReference })) as { variables: Array<{ name: string; value: string }> };
    assert.equal(variables.find((v) => v.name === 'total')?.value, '40', JSON.stringify(variables));
    assert.equal(dap.messages.some((m) => m.event === 'exited'), false, 'still running at the stop');

    await debugSession.customRequest('continue', { threadId: 1 });
    await dap.event('terminated');
    await done;
    await dap.event('exited', (body) => body.exitCode === 0);
  });

  it('posthog.debugLocally debugs a function’s unsaved buffer with its type, test globals and inputs', async () => {
    const { emulator } = session;
    const { node, fn } = await findFunction(session, 'Destinations', (f) => secretKeyOf(f) === undefined);
    await vscode.commands.executeCommand('posthog.openFunctionCode', node);
    const document = vscode.window.activeTextEditor!.document;
    const code = "let seen := event.event\nprint(seen)\n";
    await replaceText(document, code);
    vscode.debug.addBreakpoints([new vscode.SourceBreakpoint(new vscode.Location(document.uri, new vscode.Position(0, 0)))]);
    await emulator.clearRequests();
    const started = new Promise<vscode.DebugSession>((resolve) => {
      const listener = vscode.debug.onDidStartDebugSession((s) => (listener.dispose(), resolve(s)));
    });

    assert.equal(await vscode.commands.executeCommand('posthog.debugLocally', { uri: document.uri.toString(), globals: { event: { event: 'dbg' } } }), true);
    const debugSession = await started;
    const done = ended(debugSession);
    const configuration = debugSession.configuration;
    assert.equal(configuration.type, 'hog');
    assert.equal(configuration.source, code, 'the unsaved buffer');
    assert.equal(configuration.functionType, fn.type);
    assert.deepEqual(configuration.globals, { event: { event: 'dbg' } });
    assert.deepEqual(Object.keys(configuration.inputs as Json).sort(), Object.keys(fn.inputs as Json).sort());
    await dap.event('stopped', (body) => body.reason === 'breakpoint');
    const trace = (await debugSession.customRequest('stackTrace', { threadId: 1 })) as { stackFrames: Array<{ id: number }> };
    const { scopes } = (await debugSession.customRequest('scopes', { frameId: trace.stackFrames[0]!.id })) as { scopes: Array<{ name: string; variablesReference: number }> };
    const globals = scopes.find((s) => s.name === 'Globals');
    assert.ok(globals, JSON.stringify(scopes));
    const { variables } = (await debugSession.customRequest('variables', { variablesReference: globals.variablesReference })) as { variables: Array<{ name: string }> };
    const names = variables.map((v) => v.name);
    assert.ok(names.includes('event') && names.includes('inputs'), JSON.stringify(names));
    assert.ok(names.includes('source'), `run as a destination (which gets the source global): ${JSON.stringify(names)}`);
    await debugSession.customRequest('continue', { threadId: 1 });
    await dap.event('terminated');
    await done;
    assert.deepEqual(await emulator.requests(), [], 'nothing saved or sent: the buffer stays unsaved');
    assert.equal(document.isDirty, true);
  });
});
