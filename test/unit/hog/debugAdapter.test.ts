// The `hog` debug adapter driven over Debug Adapter Protocol messages, as VS Code drives it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { HogDebugAdapter } from '../../../src/hog/debug/adapter';
import type { Event, ProtocolMessage, Response } from '../../../src/hog/debug/protocol';

/** A protocol client: requests answered by their response; events awaited by name, in order. */
class Client {
  private seq = 1;
  private readonly messages: ProtocolMessage[] = [];
  private waiters: (() => void)[] = [];
  private eventsRead = 0;
  readonly adapter = new HogDebugAdapter();

  constructor() {
    this.adapter.onDidSendMessage((message) => {
      this.messages.push(message);
      for (const wake of this.waiters.splice(0)) wake();
    });
  }

  request(command: string, args?: Record<string, unknown>): Response {
    const seq = this.seq++;
    this.adapter.handleMessage({ seq, type: 'request', command, arguments: args } as ProtocolMessage);
    const response = this.messages.find((m): m is Response => m.type === 'response' && (m as Response).request_seq === seq);
    assert.ok(response, `no response to ${command}`);
    return response;
  }

  /** A request answered later (restart waits for the run it ends). */
  async answered(command: string): Promise<Response> {
    const seq = this.seq++;
    this.adapter.handleMessage({ seq, type: 'request', command } as ProtocolMessage);
    for (;;) {
      const response = this.messages.find((m): m is Response => m.type === 'response' && (m as Response).request_seq === seq);
      if (response) return response;
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  body<T>(command: string, args?: Record<string, unknown>): T {
    const response = this.request(command, args);
    assert.ok(response.success, `${command}: ${response.message}`);
    return response.body as T;
  }

  /** The next event called `name` after the last one awaited. */
  async event(name: string): Promise<Event> {
    for (;;) {
      const events = this.messages.filter((m): m is Event => m.type === 'event');
      const index = events.findIndex((e, i) => i >= this.eventsRead && e.event === name);
      if (index !== -1) {
        this.eventsRead = index + 1;
        return events[index] as Event;
      }
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  output(category: string): string {
    return this.messages
      .filter((m): m is Event => m.type === 'event' && (m as Event).event === 'output' && ((m as Event).body as { category: string }).category === category)
      .map((e) => (e.body as { output: string }).output)
      .join('');
  }
}

const dir = mkdtempSync(join(tmpdir(), 'hog-dap-'));
const PROGRAM = `fun make(base) {
  let scale := 10
  return (x) -> {
    let r := base + x * scale
    return r
  }
}
let f := make(1)
let items := {'a': [1, 2], 'b': f(2)}
print(items.b)
`;

async function launched(breakpoints: { line: number; condition?: string }[], extra: Record<string, unknown> = {}): Promise<Client> {
  const program = join(dir, 'p.hog');
  writeFileSync(program, PROGRAM);
  const client = new Client();
  const capabilities = client.body<{ supportsConditionalBreakpoints: boolean }>('initialize', { adapterID: 'hog' });
  assert.equal(capabilities.supportsConditionalBreakpoints, true);
  client.body('launch', { program, ...extra });
  await client.event('initialized');
  const set = client.body<{ breakpoints: { verified: boolean; line: number }[] }>('setBreakpoints', { source: { path: program }, breakpoints });
  assert.ok(set.breakpoints.every((b) => b.verified));
  client.body('configurationDone');
  return client;
}

interface Var {
  name: string;
  value: string;
  variablesReference: number;
}

describe('hog debug adapter', () => {
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('stops at a breakpoint in a closure: stack, locals, closure upvalues, lazily expanded values', async () => {
    const client = await launched([{ line: 5 }]);
    const stopped = await client.event('stopped');
    assert.deepEqual(stopped.body, { reason: 'breakpoint', threadId: 1, allThreadsStopped: true, hitBreakpointIds: [1] });
    const { stackFrames } = client.body<{ stackFrames: { id: number; name: string; line: number }[] }>('stackTrace', { threadId: 1 });
    assert.deepEqual(stackFrames.map((f) => [f.name, f.line]), [['lambda', 5], ['(program)', 9]]);
    const scopes = client.body<{ scopes: { name: string; variablesReference: number }[] }>('scopes', { frameId: 0 }).scopes;
    assert.deepEqual(scopes.map((s) => s.name), ['Locals', 'Closure', 'Globals']);
    const vars = (ref: number) => client.body<{ variables: Var[] }>('variables', { variablesReference: ref }).variables;
    assert.deepEqual(vars(scopes[0]!.variablesReference).map((v) => [v.name, v.value]), [['x', '2'], ['r', '21']]);
    assert.deepEqual(vars(scopes[1]!.variablesReference).map((v) => [v.name, v.value]), [['scale', '10'], ['base', '1']]);
    const callerScopes = client.body<{ scopes: { variablesReference: number }[] }>('scopes', { frameId: 1 }).scopes;
    const callerLocals = vars(callerScopes[0]!.variablesReference);
    assert.deepEqual(callerLocals.map((v) => v.name), ['make', 'f']);
    const evaluated = client.body<{ result: string; variablesReference: number }>('evaluate', { expression: "{'k': [r, base]}", frameId: 0, context: 'hover' });
    assert.equal(evaluated.result, "{'k': [21, 1]}");
    const k = vars(evaluated.variablesReference);
    assert.deepEqual(k.map((v) => [v.name, v.value]), [['k', '[21, 1]']]);
    assert.deepEqual(vars(k[0]!.variablesReference).map((v) => [v.name, v.value]), [['1', '21'], ['2', '1']]);
    assert.equal(client.request('evaluate', { expression: 'missing', frameId: 0 }).success, false);
    client.body('continue', { threadId: 1 });
    await client.event('terminated');
    assert.equal(client.output('stdout'), '21\n');
  });

  test('step over and step out move through the program; the run ends with exited and terminated', async () => {
    const client = await launched([{ line: 4 }]);
    await client.event('stopped');
    const line = () => client.body<{ stackFrames: { line: number }[] }>('stackTrace', { threadId: 1 }).stackFrames[0]?.line;
    assert.equal(line(), 4);
    client.body('next', { threadId: 1 });
    assert.equal(((await client.event('stopped')).body as { reason: string }).reason, 'step');
    assert.equal(line(), 5);
    client.body('stepOut', { threadId: 1 });
    await client.event('stopped');
    assert.equal(line(), 10);
    client.body('continue', { threadId: 1 });
    assert.deepEqual((await client.event('exited')).body, { exitCode: 0 });
    await client.event('terminated');
  });

  test('an uncaught error stops as an exception; with the filter off it does not', async () => {
    const program = join(dir, 'e.hog');
    writeFileSync(program, "let a := 1\nthrow Error('bad')\n");
    for (const filters of [['uncaught'], []]) {
      const client = new Client();
      client.body('initialize', { adapterID: 'hog' });
      client.body('launch', { program });
      await client.event('initialized');
      client.body('setExceptionBreakpoints', { filters });
      client.body('configurationDone');
      if (filters.length > 0) {
        assert.deepEqual((await client.event('stopped')).body, { reason: 'exception', threadId: 1, allThreadsStopped: true, description: 'Uncaught error', text: 'bad' });
        client.body('continue', { threadId: 1 });
      }
      assert.deepEqual((await client.event('exited')).body, { exitCode: 1 });
      assert.equal(client.output('stderr'), 'bad\n');
    }
  });

  test('restart runs the program again; disconnect at a stop ends it', async () => {
    const client = await launched([{ line: 10 }]);
    await client.event('stopped');
    assert.equal((await client.answered('restart')).success, true);
    await client.event('stopped');
    client.body('disconnect');
    await client.event('terminated');
    assert.equal(client.output('stdout'), '');
  });

  test('a function buffer: source text, globals and inputs objects, mocked fetch answers', async () => {
    const client = new Client();
    client.body('initialize', { adapterID: 'hog' });
    const source = "let r := fetch(inputs.url)\nprint(event.event, r.status)\n";
    client.body('launch', { source, type: 'destination', globals: { event: { event: 'e1' } }, inputs: { url: 'https://a.invalid' }, mocks: [{ status: 204 }] });
    await client.event('initialized');
    client.body('configurationDone');
    await client.event('terminated');
    assert.equal(client.output('stdout'), 'e1 204\n');
  });
});
