// The invocation request body built from an editor's current text, checked against the reference
// sample's keys and sent over a real socket to the local PostHog emulator.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { PostHogClient } from '../../../src/api';
import { startEmulator, type RunningEmulator } from '../../../src/emulator';
import {
  buildFlowInvocationRequest, buildFunctionInvocationRequest, InvalidBufferError, parseGlobals, renderGlobals, sampleGlobals,
} from '../../../src/invocation';
import { EmulatorAdmin } from '../../support/emulatorAdmin';
import type { LooseJson } from '../support/looseJson';
import { keysOf, readSample, sampleSkip } from './samples';

const KEY = 'phx_invocation_test_key';
const CHECKOUT_ID = '0197e2a1-5c3b-7d4e-8f90-000000000001';
const ONBOARDING_FLOW = '0197d0c4-3a2b-7c1d-8e9f-000000000001';
type Obj = Record<string, LooseJson>;

describe('invocation requests', () => {
  let emulator: RunningEmulator;
  let client: PostHogClient;

  before(async () => {
    emulator = await startEmulator({ admin: true, apiKeys: [{ key: KEY, scopes: ['*'] }] });
    client = new PostHogClient({ baseUrl: emulator.url, apiKey: KEY, env: {}, retry: { maxAttempts: 1 } });
  });
  after(async () => {
    await client.close();
    await emulator.close();
  });

  async function lastInvocationBody(): Promise<Obj> {
    const posted = await new EmulatorAdmin(emulator.url).requestsTo('POST', /\/invocations\/$/);
    return posted.at(-1)!.body as Obj;
  }

  test('same keys as the reference sample, at the top and in the configuration', async (t) => {
    const stored = await client.hogFunctions.get(1, CHECKOUT_ID);
    const globals = sampleGlobals(stored, { baseUrl: emulator.url, projectId: 1 });
    const request = buildFunctionInvocationRequest({ stored, globals });
    assert.deepEqual(keysOf(request), ['configuration', 'globals', 'invocation_id', 'mock_async_functions']);
    assert.equal(request.mock_async_functions, true, 'async functions are mocked by default');
    assert.equal(request.invocation_id, null);
    const missing = sampleSkip('hog-function.invocation-request.json');
    if (missing) return t.skip(missing);
    const sample = readSample('hog-function.invocation-request.json');
    assert.deepEqual(keysOf(request), keysOf(sample));
    assert.deepEqual(keysOf(request.configuration), keysOf(sample.configuration));
  });

  test('unsaved Hog code and configuration edits are what gets sent; secrets stay markers; no bytecode', async () => {
    const stored = await client.hogFunctions.get(1, CHECKOUT_ID);
    assert.ok(stored.bytecode, 'the stored function has bytecode to leave out');
    const code = "print('edited, not saved')\n";
    const config = JSON.parse(JSON.stringify({ name: 'Renamed in the editor', inputs: stored.inputs, filters: stored.filters }));
    const globals = sampleGlobals(stored, { baseUrl: emulator.url, projectId: 1 });
    const request = buildFunctionInvocationRequest({
      stored,
      buffers: [{ kind: 'functionCode', text: code }, { kind: 'functionConfig', text: JSON.stringify(config) }],
      globals,
      mockAsyncFunctions: false,
    });
    const configuration = request.configuration as Obj;
    assert.equal(configuration.hog, code);
    assert.equal(configuration.name, 'Renamed in the editor');
    assert.equal(configuration.type, 'destination');
    assert.deepEqual(configuration.inputs.api_key, { secret: true });
    assert.ok(!JSON.stringify(configuration).includes('"bytecode"'));
    assert.ok(!JSON.stringify(configuration.inputs).includes('"order"'));
    assert.equal(request.mock_async_functions, false);

    const result = await client.hogFunctions.invoke(1, CHECKOUT_ID, request);
    assert.equal(result.status, 'success', JSON.stringify(result));
    assert.deepEqual(await lastInvocationBody(), JSON.parse(JSON.stringify(request)), 'sent exactly as built');
  });

  test('a broken buffer is refused with the position of the problem', async () => {
    const stored = await client.hogFunctions.get(1, CHECKOUT_ID);
    const globals = {};
    assert.throws(
      () => buildFunctionInvocationRequest({ stored, globals, buffers: [{ kind: 'functionConfig', text: '{"name": "x",\n  oops}' }] }),
      (error: unknown) => error instanceof InvalidBufferError && error.offset === 16 && /Invalid JSON/.test(error.message),
    );
    assert.throws(
      () => buildFunctionInvocationRequest({ stored, globals, buffers: [{ kind: 'functionConfig', text: '{"hog": "print(1)"}' }] }),
      (error: unknown) => error instanceof InvalidBufferError && error.offset === 1 && /\.hog document/.test(error.message),
    );
  });

  test('flows: the flow document over the stored flow, a single action on request', async () => {
    const stored = await client.hogFlows.get(1, ONBOARDING_FLOW);
    const edited = { name: 'Onboarding (edited)', actions: stored.actions, edges: stored.edges };
    const globals = sampleGlobals({ type: 'hog_flow', ...stored, variables: stored.variables }, { baseUrl: emulator.url, projectId: 1 });
    const trigger = stored.actions.find((a) => a.type === 'trigger')!;
    const request = buildFlowInvocationRequest({ stored, bufferText: JSON.stringify(edited), globals, currentActionId: trigger.id });
    assert.deepEqual(keysOf(request), ['configuration', 'current_action_id', 'globals', 'mock_async_functions']);
    assert.equal((request.configuration as Obj).name, 'Onboarding (edited)');
    assert.ok(!('id' in (request.configuration as Obj)) && !('created_at' in (request.configuration as Obj)));
    const result = await client.hogFlows.invoke(1, ONBOARDING_FLOW, request);
    assert.equal(result.status, 'success', JSON.stringify(result));
    assert.equal((await lastInvocationBody()).current_action_id, trigger.id);
  });
});

test('the globals document round-trips and reports JSON problems with an offset', () => {
  const globals = { event: { event: '$pageview', properties: { plan: 'pro' } }, project: { id: 1 } };
  assert.deepEqual(parseGlobals(renderGlobals(globals)), { ok: true, globals });
  const broken = parseGlobals('{"event": }');
  assert.ok(!broken.ok && broken.offset === 10 && broken.message.startsWith('Invalid JSON in the globals: '), JSON.stringify(broken));
  const notObject = parseGlobals('[1, 2]');
  assert.ok(!notObject.ok && notObject.offset === 0 && /one JSON object/.test(notObject.message), JSON.stringify(notObject));
});
