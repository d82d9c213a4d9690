// runFunction: a Hog function run as PostHog's worker runs a test invocation. Our own programs.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runFunction, type RunFunctionOptions } from '../../../src/hog/runtime';

const EVENT = { uuid: 'evt-0001', event: 'order_placed', distinct_id: 'buyer-9', url: 'https://ph.example/project/7/events/evt-0001', properties: { total: 42, $ip: '198.51.100.4' } };
const GLOBALS = { event: EVENT, person: { id: 'p-1', properties: { email: 'b@example.com' } }, project: { id: 7, name: 'Shop', url: 'https://ph.example/project/7' } };

function run(code: string, options: Partial<RunFunctionOptions> = {}) {
  return runFunction({ code, globals: GLOBALS, ...options });
}

const messages = (result: { logs: readonly { message: string }[] }): string[] => result.logs.map((log) => log.message);

describe('runFunction: logs in the worker words', () => {
  test('a mocked fetch is logged before the print lines, secrets redacted, and answers 200', async () => {
    const result = await run(
      "let r := fetch(inputs.hook, {'method': 'PUT', 'headers': {'X-Token': inputs.token}, 'body': {'total': event.properties.total}})\nprint('status', r.status, r.body)",
      {
        inputsSchema: [{ key: 'hook', type: 'string' }, { key: 'token', type: 'string', secret: true } as never],
        inputs: { hook: { value: 'https://hooks.example/{event.event}' }, token: { value: 'tok-123' } },
      },
    );
    assert.equal(result.status, 'success');
    assert.deepEqual(messages(result).slice(0, 3), [
      "Async function 'fetch' was mocked with arguments:",
      `fetch('https://hooks.example/order_placed', ${JSON.stringify({ method: 'PUT', headers: { 'X-Token': '***REDACTED***' }, body: { total: 42 } }, null, 2)})`,
      'status, 200, {}',
    ]);
    assert.deepEqual(result.logs.map((log) => log.level), ['info', 'info', 'info', 'debug']);
    assert.match(messages(result)[3] ?? '', /^Function completed in [\d.]+ms\. Sync: [\d.]+ms\. Mem: [\d.]+kb\. Ops: \d+\. Event: 'https:\/\/ph\.example\/project\/7\/events\/evt-0001'$/);
  });

  test('print joins with ", ", JSON-encodes non-strings, and stops at 25 with a warning', async () => {
    const result = await run("print('a', 1, null, [1, 'b'], {'k': true})\nfor (let i := 0; i < 30; i := i + 1) { print(i) }");
    const lines = messages(result);
    assert.equal(lines[0], 'a, 1, null, [1,"b"], {"k":true}');
    assert.equal(lines.filter((line) => /^\d+$/.test(line)).length, 23, '24 prints are logged in all');
    assert.equal(lines[24], 'Function exceeded maximum log entries. No more logs will be collected. Event: evt-0001');
    assert.equal(result.logs[24]?.level, 'warn');
    assert.match(lines[25] ?? '', /^Function completed/);
  });

  test('an uncaught error: the error line, the message in errors, and where it happened', async () => {
    const result = await run("let x := 1\nprint('before')\nlet y := x.nothing.missing()\nprint('after')");
    assert.equal(result.status, 'error');
    assert.deepEqual(messages(result).slice(0, 1), ['before']);
    assert.match(messages(result)[1] ?? '', /^Error executing function on event evt-0001: /);
    assert.equal(result.errors.length, 1);
    assert.deepEqual(result.errorPosition && [result.errorPosition.line, result.errorPosition.column], [3, 10]);
    const thrown = await run("fun check(v) {\n  if (v > 10) {\n    throw Error(f'too big: {v}')\n  }\n}\ncheck(event.properties.total)");
    assert.deepEqual(thrown.errors, ['too big: 42']);
    assert.equal(messages(thrown)[0], "Error executing function on event evt-0001: Error('too big: 42')");
    assert.deepEqual(thrown.errorPosition && [thrown.errorPosition.line, thrown.errorPosition.column], [3, 5]);
  });

  test('a compile error answers with its position and runs nothing', async () => {
    const result = await run("print('x')\nlet a = 1");
    assert.equal(result.status, 'error');
    assert.deepEqual(result.logs, []);
    assert.deepEqual(result.errorPosition && [result.errorPosition.line, result.errorPosition.column], [2, 7]);
  });
});

describe('runFunction: limits', () => {
  test('the sixth async call fails (5 steps, as in PostHog); raising the limit lets it through', async () => {
    const code = 'for (let i := 0; i < 6; i := i + 1) { sleep(0) }\nprint(\'done\')';
    const limited = await run(code);
    assert.equal(limited.status, 'error');
    assert.match(limited.errors[0] ?? '', /Exceeded maximum number of async steps: 5/);
    const raised = await run(code, { limits: { maxAsyncSteps: 10 } });
    assert.equal(raised.status, 'success');
    assert.equal(messages(raised)[0], 'done');
  });

  test('a run that takes too long is stopped at 550 ms unless raised', async () => {
    const started = Date.now();
    const result = await run('let i := 0\nwhile (true) { i := i + 1 }');
    assert.match(result.errors[0] ?? '', /^Execution timed out after 0\.55 seconds\. Performed \d+ ops\.$/);
    assert.ok(Date.now() - started < 5000);
    const longer = await run('let i := 0\nwhile (true) { i := i + 1 }', { limits: { timeoutMs: 800 } });
    assert.match(longer.errors[0] ?? '', /timed out after 0\.8 seconds/);
  });

  test('memory is limited', async () => {
    const result = await run("let s := 'xxxxxxxxxx'\nlet all := []\nwhile (true) { all := arrayPushBack(all, s) }", { limits: { memoryBytes: 100_000, timeoutMs: 5000 } });
    assert.match(result.errors[0] ?? '', /Memory limit of 100000 bytes exceeded/);
  });

  test("sleep can be refused in the worker's words; a cancelled run stops waiting", async () => {
    const refused = await run('sleep(1)', { sleep: false });
    assert.deepEqual(refused.errors, ["Unknown async function 'sleep'"]);
    assert.ok(!messages(refused).some((line) => line.startsWith('Error executing')));
    const controller = new AbortController();
    const pending = run("sleep(30)\nprint('late')", { signal: controller.signal });
    controller.abort(new Error('stopped by the user'));
    const cancelled = await pending.catch((error: unknown) => error);
    assert.ok(cancelled instanceof Error && /stopped by the user|aborted/i.test(cancelled.message));
  });
});

describe('runFunction: the language as production runs it', () => {
  test('regular expressions have RE2 semantics (no backreferences)', async () => {
    const ok = await run("print('ABC' =~ '(?i)b', 'abc' =~* 'B', match('2024-06', '^\\\\d{4}-\\\\d{2}$'))");
    assert.equal(messages(ok)[0], 'true, true, true');
    const refused = await run("print('aa' =~ '(a)\\\\1')");
    assert.equal(refused.status, 'error', 'RE2 has no backreferences');
  });

  test('inputs: templates run from their bytecode in order, Liquid renders', async () => {
    const result = await run('print(inputs.greeting, inputs.combined, inputs.html, inputs.plain)', {
      inputsSchema: [
        { key: 'combined', type: 'string' },
        { key: 'greeting', type: 'string' },
        { key: 'html', type: 'string', templating: 'liquid' },
        { key: 'plain', type: 'number' },
      ],
      inputs: {
        combined: { value: '{inputs.greeting} / {event.properties.total * 2}' },
        greeting: { value: 'Hi {person.properties.email}' },
        html: { value: '<b>{{ event.event | upcase }}</b> {{ person.properties.email }}' },
        plain: { value: 5 },
      },
    });
    assert.equal(messages(result)[0], 'Hi b@example.com, Hi b@example.com / 84, <b>ORDER_PLACED</b> b@example.com, 5');
  });

  test('destinations see source; postHogCapture captures one event', async () => {
    const result = await run("print(source.url)\npostHogCapture({'event': 'followup', 'properties': {'n': 1}})", { id: 'fn-1', name: 'Follow up' });
    assert.equal(messages(result)[0], 'https://ph.example/project/7/functions/fn-1/configuration/');
    assert.equal(result.capturedEvents.length, 1);
    assert.deepEqual({ ...result.capturedEvents[0], timestamp: 'T' }, {
      event: 'followup', distinct_id: 'buyer-9', properties: { n: 1, $hog_function_execution_count: 1 }, timestamp: 'T',
    });
    const twice = await run("postHogCapture({'event': 'a'})\npostHogCapture({'event': 'b'})");
    assert.match(twice.errors[0] ?? '', /postHogCapture was called more than once/);
  });

  test('a transformation returns the event it computed; returning null drops it', async () => {
    const code = "let e := event\ne.properties.total := e.properties.total * 100\ne.properties.$ip := null\nreturn e";
    const result = await runFunction({ type: 'transformation', code, globals: GLOBALS, id: 't-1', name: 'Cents' });
    assert.equal(result.status, 'success');
    const event = result.result as Record<string, unknown>;
    assert.deepEqual(event.properties, { total: 4200, $ip: null, $transformations_succeeded: ['Cents (t-1)'] });
    assert.equal(event.ip, null);
    assert.equal(event.team_id, 7);
    const dropped = await runFunction({ type: 'transformation', code: 'return null', globals: GLOBALS });
    assert.equal(dropped.result, null);
    const failing = await runFunction({ type: 'transformation', code: "throw Error('no')", globals: GLOBALS, name: 'T', id: 'x' });
    assert.deepEqual((failing.result as { properties: unknown }).properties, { ...EVENT.properties, $transformations_failed: ['T (x)'] });
  });
});
