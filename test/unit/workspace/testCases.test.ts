// Tests as files, the core: functions/<slug>.test.yaml cases run on the local runtime against the
// demo project's functions (pulled over real HTTP), each expectation kind passing and failing,
// fetch mocks by order and URL, a transformation's event, a source webhook's request.
import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { discoverTests, runTestCase, runTests, type CaseResult, type TestReport } from '../../../src/workspace';
import { CHECKOUT, SCRUB, SIGNED, useTestsFixture } from './testSupport';

const PAGEVIEW = `
      event:
        uuid: evt-1
        event: $pageview
        distinct_id: buyer-1
        properties:
          $current_url: https://shop.example/checkout
          cart_value: "12.5"`;

function byName(report: TestReport, name: string): CaseResult {
  const found = report.cases.find((result) => result.name === name);
  assert.ok(found, `no result for ${name}`);
  return found;
}

function kinds(result: CaseResult): string[] {
  return result.failures.map((failure) => failure.kind);
}

describe('hog test: cases against a function', () => {
  const fx = useTestsFixture();
  const file = `functions/${CHECKOUT}.test.yaml`;

  test('print, fetches, result, logs and status pass when the run gives them; each fails with expected and actual at its line', async () => {
    fx.write(file, `cases:
  - name: delivers
    globals:${PAGEVIEW}
    inputs: {api_key: sk_test_1, debug: true}
    fetch:
      - {status: 201, body: {ok: true}}
    expect:
      print: ["Delivered to orders service, 201"]
      result: null
      logs:
        - "Async function 'fetch' was mocked"
        - {level: debug, message: Function completed in}
      fetches:
        - url: https://orders.example.com/hooks/posthog
          method: POST
          headers: {authorization: Bearer sk_test_1}
          body: {event: $pageview, distinct_id: buyer-1, url: https://shop.example/checkout, cart_value: 12.5}
  - name: expects wrongly
    globals:${PAGEVIEW}
    inputs: {api_key: sk_test_1, debug: true}
    expect:
      print: ["Delivered to orders service, 201"]
      result: {delivered: true}
      logs:
        - {level: debug, message: Function completed in}
        - "Async function 'fetch' was mocked"
      fetches:
        - {url: https://orders.example.com/hooks/posthog, headers: {Authorization: Bearer other}}
      captured:
        - {event: delivered}
`);
    const report = await runTests(fx.dir, { env: {} });
    assert.deepEqual(report.summary, { total: 2, passed: 1, failed: 1 });
    assert.deepEqual(byName(report, 'delivers').failures, []);
    const wrong = byName(report, 'expects wrongly');
    assert.deepEqual(kinds(wrong), ['result', 'print', 'logs', 'captured', 'fetches']);
    const failure = (kind: string) => wrong.failures.find((item) => item.kind === kind);
    assert.deepEqual(failure('print')?.actual, ['Delivered to orders service, 200'], 'an unmocked call answers 200');
    assert.deepEqual([failure('result')?.expected, failure('result')?.actual], [{ delivered: true }, null]);
    assert.match(failure('logs')?.message ?? '', /matches logs\[1\]: "Async function 'fetch' was mocked"/, 'logs match in order');
    assert.deepEqual(failure('captured')?.actual, []);
    assert.equal((failure('fetches')?.actual as { headers: Record<string, string> }[])[0]?.headers.Authorization, 'Bearer sk_test_1');
    for (const kind of ['result', 'print', 'logs', 'captured', 'fetches']) {
      assert.deepEqual([failure(kind)?.file, failure(kind)?.line], [file, fx.lineOf(file, `${kind}:`, 'expects wrongly')], kind);
    }
  });

  test('errors and status: a thrown error fails a case that expects none, at the case, with where it was thrown', async () => {
    fx.write(file, `cases:
  - name: service down
    globals:${PAGEVIEW}
    inputs: {api_key: k1}
    fetch: [{status: 503}]
    expect:
      errors: [Webhook failed with 503]
  - name: service down, unexpectedly
    globals:${PAGEVIEW}
    inputs: {api_key: k1}
    fetch: [{status: 503}]
  - name: wrong error
    globals:${PAGEVIEW}
    inputs: {api_key: k1}
    fetch: [{status: 503}]
    expect:
      status: error
      errors: [Webhook failed with 500]
`);
    const report = await runTests(fx.dir, { env: {} });
    assert.deepEqual(byName(report, 'service down').failures, []);
    const unexpected = byName(report, 'service down, unexpectedly');
    assert.deepEqual(unexpected.failures, [{
      kind: 'status',
      message: `expected status success, the run ended with error: Webhook failed with 503 (functions/${CHECKOUT}.hog:16:3)`,
      expected: 'success', actual: 'error', file, line: unexpected.line, column: unexpected.column,
    }]);
    assert.equal(unexpected.line, fx.lineOf(file, 'service down, unexpectedly'));
    assert.deepEqual(unexpected.run?.errorPosition, { file: `functions/${CHECKOUT}.hog`, line: 16, column: 3 });
    const wrong = byName(report, 'wrong error');
    assert.deepEqual(wrong.failures.map((item) => [item.kind, item.expected, item.actual, item.line]), [
      ['errors', ['Webhook failed with 500'], ['Webhook failed with 503'], fx.lineOf(file, 'errors:', 'wrong error')],
    ]);
  });

  test('fetch mocks answer in call order, a URL pins one to its call; fetches compare per call', async () => {
    fx.write('functions/lookup.hog', [
      "let person := fetch(f'https://api.example/people/{event.distinct_id}', {'method': 'get'})",
      "let sent := fetch(inputs.hook, {'body': {'name': person.body.name}})",
      'print(person.status, person.body.name, sent.status)',
      '',
    ].join('\n'));
    fx.write('functions/lookup.yaml', `type: destination
name: Lookup
inputs_schema:
  - {key: hook, type: string, label: Hook}
inputs:
  hook: {value: "https://hooks.example/{event.event}", templating: hog}
`);
    fx.write('functions/lookup.test.yaml', `cases:
  - name: answers by order and URL
    globals: {event: {uuid: e, event: signup, distinct_id: u-7, properties: {}}}
    fetch:
      - {url: "https://hooks.example/*", status: 202}
      - {body: {name: Ada}}
    expect:
      print: ["200, Ada, 202"]
      fetches:
        - {url: https://api.example/people/u-7, method: GET, body: null}
        - {url: https://hooks.example/signup, method: POST, body: {name: Ada}}
  - name: in call order only
    globals: {event: {uuid: e, event: signup, distinct_id: u-7, properties: {}}}
    fetch:
      - {status: 202}
      - {body: {name: Ada}}
    expect:
      print: ["200, Ada, 202"]
      fetches:
        - {url: https://hooks.example/signup}
`);
    const report = await runTests(fx.dir, { env: {}, filter: { slugs: ['lookup'] } });
    assert.deepEqual(byName(report, 'answers by order and URL').failures, []);
    const ordered = byName(report, 'in call order only');
    assert.deepEqual(kinds(ordered), ['print', 'fetches']);
    assert.deepEqual(ordered.run?.print, ['202, null, 200']);
    assert.equal((ordered.failures[1]?.actual as unknown[]).length, 2, 'the count of calls is exact');
  });

  test('a transformation: the resulting event deep-equal, with its secret salt from the environment', async () => {
    const yaml = `functions/${SCRUB}.yaml`;
    fx.write(yaml, fx.read(yaml).replace('  salt:\n    secret: true\n', '  salt:\n    secret: true\n    fromEnv: SCRUB_SALT\n'));
    const hash = (value: string) => createHash('sha256').update(`pepper${value}`).digest('hex');
    const event = `{uuid: e-5, event: signup, distinct_id: d-5, timestamp: "2026-01-02T03:04:05Z", properties: {email: a@b.example, plan: pro, $ip: 203.0.113.9}}`;
    fx.write(`functions/${SCRUB}.test.yaml`, `cases:
  - name: hashes the e-mail and drops the IP
    globals:
      event: ${event}
    expect:
      result:
        uuid: e-5
        event: signup
        distinct_id: d-5
        timestamp: "2026-01-02T03:04:05Z"
        ip: null
        now: ""
        properties:
          email: ${hash('a@b.example')}
          plan: pro
          $ip: null
          $transformations_succeeded: [Scrub PII (new)]
  - name: a wrong event
    globals:
      event: ${event}
    expect:
      result: {event: signup}
`);
    const report = await runTests(fx.dir, { env: { SCRUB_SALT: 'pepper' }, filter: { slugs: [SCRUB] } });
    assert.deepEqual(byName(report, 'hashes the e-mail and drops the IP').failures, []);
    const wrong = byName(report, 'a wrong event').failures[0];
    assert.equal(wrong?.kind, 'result');
    assert.equal((wrong?.actual as { properties: { email: string } }).properties.email, hash('a@b.example'));
  });

  test('a source webhook: the request global, stringBody from body, captured events and the HTTP response as result', async () => {
    const body = { type: 'order_paid', data: { customer_id: 'c-9', total: 30 } };
    const signature = createHmac('sha256', 'whsec_test').update(JSON.stringify(body)).digest('hex');
    const request = (headers: string) => `{method: POST, headers: ${headers}, body: ${JSON.stringify(body)}}`;
    fx.write(`functions/${SIGNED}.test.yaml`, `cases:
  - name: a signed order is captured
    globals:
      request: ${request(`{x-signature-sha256: ${signature}}`)}
    inputs: {signing_secret: whsec_test}
    expect:
      captured:
        - {event: shop.order_paid, distinct_id: c-9, properties: {customer_id: c-9, total: 30, source: shop}}
  - name: a bad signature is refused
    globals:
      request: ${request('{x-signature-sha256: "00"}')}
    inputs: {signing_secret: whsec_test}
    expect:
      print: [Rejected webhook with a bad signature]
      result: {httpResponse: {status: 401, body: Bad signature}}
      captured: []
  - name: GET is not allowed
    globals:
      request: {method: GET}
    inputs: {signing_secret: whsec_test}
    expect:
      result: {httpResponse: {status: 405, body: Method not allowed}}
  - name: expects another event
    globals:
      request: ${request(`{x-signature-sha256: ${signature}}`)}
    inputs: {signing_secret: whsec_test}
    expect:
      captured: [{event: shop.order_refunded}]
`);
    const report = await runTests(fx.dir, { env: {}, filter: { slugs: [SIGNED] } });
    assert.deepEqual(report.cases.map((result) => [result.name, result.failures.map((item) => item.message)]), [
      ['a signed order is captured', []],
      ['a bad signature is refused', []],
      ['GET is not allowed', []],
      ['expects another event', ['captured events differ']],
    ]);
  });
});

describe('hog test: what keeps a case from running', () => {
  const fx = useTestsFixture();
  const file = `functions/${CHECKOUT}.test.yaml`;
  const yaml = `functions/${CHECKOUT}.yaml`;
  const CASE = `cases:
  - name: one
    globals:${PAGEVIEW}
    inputs: {debug: true}
    expect:
      fetches: [{headers: {Authorization: Bearer from-env}}]
`;

  test('a secret input takes its fromEnv value, the case overrides it, and with neither the case says how to give one', async () => {
    fx.write(yaml, fx.read(yaml).replace('  api_key:\n    secret: true\n', '  api_key:\n    secret: true\n    fromEnv: ORDERS_KEY\n'));
    fx.write(file, CASE);
    assert.deepEqual((await runTests(fx.dir, { env: { ORDERS_KEY: 'from-env' } })).cases[0]?.failures, []);
    const overridden = (await runTests(fx.dir, { env: {} })).cases[0];
    assert.deepEqual(overridden?.failures.map((item) => [item.kind, item.message]), [
      ['setup', "secret input 'api_key' has no value: set ORDERS_KEY in the environment (its fromEnv) or give it under this case's inputs"],
    ]);
    assert.deepEqual([overridden?.failures[0]?.file, overridden?.failures[0]?.line], [file, fx.lineOf(file, 'inputs:')]);
    assert.equal(overridden?.run, undefined, 'the case did not run');
    fx.write(file, CASE.replace('{debug: true}', '{debug: true, api_key: from-case}'));
    const fromCase = (await runTests(fx.dir, { env: { ORDERS_KEY: 'from-env' } })).cases[0];
    assert.deepEqual(fromCase?.failures.map((item) => item.kind), ['fetches'], 'the case value wins over the environment');
    assert.equal(fromCase?.run?.fetches[0]?.headers.Authorization, 'Bearer from-case');
  });

  test('a secret without fromEnv needs the case to give it; an unknown input is refused at its line', async () => {
    fx.write(file, CASE.replace('{debug: true}', '{debug: true,\n      api_kee: x}'));
    const result = (await runTests(fx.dir, { env: {} })).cases[0];
    assert.deepEqual(result?.failures.map((item) => [item.message, item.line, item.column]), [
      [`secret input 'api_key' has no value: give it under this case's inputs (or write {secret: true, fromEnv: NAME} in ${yaml} and set NAME)`, fx.lineOf(file, 'inputs:'), 5],
      [`inputs.api_kee: ${yaml} has no input 'api_kee' in its inputs_schema (its inputs: url, api_key, debug)`, fx.lineOf(file, 'api_kee:'), 7],
    ]);
  });

  test('code that does not parse fails every case with the error at file:line:column', async () => {
    fx.write(file, `${CASE}  - name: two\n`);
    fx.write(`functions/${CHECKOUT}.hog`, "let x := 1\nprint('a',\nlet y := 2\n");
    const report = await runTests(fx.dir, { env: {} });
    assert.deepEqual(report.summary, { total: 2, passed: 0, failed: 2 });
    for (const result of report.cases) {
      assert.deepEqual(result.failures.map((failure) => [failure.kind, failure.file]).slice(0, 1), [['setup', `functions/${CHECKOUT}.hog`]]);
      const first = result.failures[0];
      assert.deepEqual([first?.line, first?.column, first?.message], [2, 6, "unclosed '(': expected ')' to end the argument list"]);
      assert.equal(result.run, undefined);
    }
  });

  test('schema errors at their path and line: one case fails, the others run; a file-level error is a problem of the file', async () => {
    fx.write(file, `${CASE.replace('{debug: true}', '{debug: true, api_key: from-env}')}  - name: misspelt
    expect:
      prnt: [x]
      status: fine
  - name: one
`);
    const report = await runTests(fx.dir, { env: {} });
    assert.deepEqual(report.problems, []);
    assert.deepEqual(report.cases.map((result) => [result.name, result.outcome]), [['one', 'passed'], ['misspelt', 'failed'], ['one', 'failed']]);
    const misspelt = report.cases[1]?.failures.map((item) => [item.message, item.line, item.column]);
    assert.deepEqual(misspelt, [
      ["cases.1.expect.prnt: unknown field 'prnt' (allowed: status, result, print, logs, errors, captured, fetches)", fx.lineOf(file, 'prnt:'), 7],
      ['cases.1.expect.status: must be one of: "success", "error", "skipped"', fx.lineOf(file, 'status: fine'), 7],
    ]);
    assert.match(report.cases[2]?.failures[0]?.message ?? '', /^another case is named 'one' \(line 2\)/);
    assert.notEqual(report.cases[0]?.id, report.cases[2]?.id, 'ids stay unique');

    fx.write(file, 'cases: []\n');
    const empty = await runTests(fx.dir, { env: {} });
    assert.deepEqual(empty.problems, [{ file, line: 1, column: 1, severity: 'error', message: 'cases: must have at least 1 item' }]);
    fx.write(file, 'cases:\n  - name: [unclosed\n');
    assert.equal((await runTests(fx.dir, { env: {} })).problems[0]?.file, file);
  });

  test('a test file without its function fails at the test file', async () => {
    fx.write('functions/ghost.test.yaml', 'cases:\n  - name: nothing to test\n');
    const result = (await runTests(fx.dir, { env: {}, filter: { slugs: ['ghost'] } })).cases[0];
    assert.deepEqual(result?.failures.map((item) => [item.file, item.message]), [
      ['functions/ghost.test.yaml', 'functions/ghost.hog and functions/ghost.yaml do not exist: a test file tests the function of the same name'],
    ]);
  });
});

describe('hog test: discovery and one case, for an editor', () => {
  const fx = useTestsFixture();

  test('discoverTests lists the test files with their cases at their lines; runTestCase runs one by name', async () => {
    fx.write(`functions/${CHECKOUT}.test.yaml`, `cases:
  - name: first
    inputs: {api_key: k}
    globals:${PAGEVIEW}
  # a comment
  - expect: {print: []}
    name: second
    inputs: {api_key: k}
    globals:${PAGEVIEW}
`);
    fx.write(`functions/${SCRUB}.test.yaml`, 'cases:\n  - name: only\n    inputs: {salt: s}\n    globals: {event: {properties: {}}}\n');
    const suites = await discoverTests(fx.dir);
    assert.deepEqual(suites.map((suite) => [suite.slug, suite.file, suite.cases.map((item) => [item.id, item.name, item.line, item.column])]), [
      [CHECKOUT, `functions/${CHECKOUT}.test.yaml`, [
        [`functions/${CHECKOUT}.test.yaml#first`, 'first', 2, 11],
        [`functions/${CHECKOUT}.test.yaml#second`, 'second', 14, 11],
      ]],
      [SCRUB, `functions/${SCRUB}.test.yaml`, [[`functions/${SCRUB}.test.yaml#only`, 'only', 2, 11]]],
    ]);
    const second = await runTestCase(fx.dir, CHECKOUT, 'second', { env: {} });
    assert.deepEqual([second?.name, second?.outcome, second?.run?.print], ['second', 'passed', []]);
    assert.equal(await runTestCase(fx.dir, CHECKOUT, 'third', { env: {} }), undefined);
  });
});
