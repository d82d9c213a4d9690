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

  it('runs the unsaved buffer offline with its test globals, a prompted secret, and answers like PostHog', async () => {
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
