// Boundary checks, without a server: every reference sample passes its shape (PostHog's nullable
// fields stay accepted), the forms PostHog's models allow are read as the types say, and anything
// else becomes one UnexpectedShapeError naming the object and the field.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { UnexpectedShapeError } from '../../../src/api';
import { userMe, project } from '../../../src/api/shape/discovery';
import { batchJob, blastRadius, bulkDeleteResult, hogFlow, hogFlowSummary, schedule } from '../../../src/api/shape/hogFlow';
import { hogFunction, hogFunctionSummary, template } from '../../../src/api/shape/hogFunction';
import { functionInvocation, logEntry, metricsSeries, metricsTotals } from '../../../src/api/shape/observability';
import { functionPublished, functionPublishPreview, revision } from '../../../src/api/shape/revisions';
import type { Shape } from '../../../src/api/shape/shape';
import { type AnswerContext, checkEach, checkOne, checkPage } from '../../../src/api/validate';
import { sharedPath, sharedSkip } from '../support/shared';

const ctx: AnswerContext = { status: 200, info: { method: 'GET', path: '/api/x/' }, redact: (t) => t };
const ID = '0197e2a1-5c3b-7d4e-8f90-1a2b3c4d5e6f';

function sample(name: string): unknown {
  return stripNotes(JSON.parse(readFileSync(sharedPath('reference', 'samples', name), 'utf8')));
}

function stripNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNotes);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '_note').map(([k, v]) => [k, stripNotes(v)]));
  }
  return value;
}

function shapeError(run: () => unknown): UnexpectedShapeError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof UnexpectedShapeError, String(error));
    return error;
  }
  assert.fail('expected an UnexpectedShapeError');
}

describe('reference samples pass their shapes', { skip: sharedSkip('reference/samples') }, () => {
  const objects: Array<[string, Shape<unknown>]> = [
    ['users-me.json', userMe],
    ['hog-function.destination.json', hogFunction],
    ['hog-function.transformation.json', hogFunction],
    ['hog-flow.json', hogFlow],
    ['hog-flow.batch-job.json', batchJob],
    ['hog-flow.user-blast-radius.json', blastRadius],
    ['hog-flow.bulk-delete-response.json', bulkDeleteResult],
    ['hog-function.metrics.json', metricsSeries],
    ['hog-function.metrics-totals.json', metricsTotals],
    ['hog-function.invocation-response.json', functionInvocation],
  ];
  for (const [name, shape] of objects) {
    test(name, () => assert.deepEqual(checkOne(shape, sample(name), ctx), sample(name)));
  }

  const pages: Array<[string, Shape<unknown>]> = [
    ['projects-list.json', project],
    ['organization-projects-list.json', project],
    ['hog-function.list-page.json', hogFunctionSummary],
    ['hog-function-templates.list-page.json', template],
    ['hog-flow.list-page.json', hogFlowSummary],
    ['hog-function.logs.json', logEntry],
  ];
  for (const [name, shape] of pages) {
    test(`${name}: every item passes`, () => {
      const page = checkPage(shape, sample(name), ctx);
      assert.deepEqual(page.invalid.map((e) => e.message), []);
      assert.equal(page.results.length, (sample(name) as { results: unknown[] }).results.length);
    });
  }

  for (const name of ['hog-flow.schedules.json', 'hog-flow.batch-jobs.json']) {
    test(`${name}: every item passes`, () => {
      const shape = name.includes('schedules') ? schedule : batchJob;
      assert.equal(checkEach(shape as Shape<unknown>, sample(name) as unknown[], ctx).length, (sample(name) as unknown[]).length);
    });
  }
});

/** A full function as the emulator would send it, minus what each test changes. */
function fullFunction(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: ID, type: 'destination', name: 'Webhook', description: '', created_at: '2025-01-01T00:00:00Z', created_by: null,
    updated_at: '2025-01-02T00:00:00.000001Z', enabled: true, hog: "print('x')", filters: {}, icon_url: null, template: null,
    status: { state: 1, tokens: 10000 }, execution_order: null, bytecode: ['_H', 1], transpiled: null,
    inputs_schema: [{ key: 'url', type: 'string' }], inputs: { url: { value: 'https://example.com' } }, masking: null, mappings: null,
    ...overrides,
  };
}

function flowSummary(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: ID, name: null, description: '', version: 1, status: 'draft', created_at: '2025-01-01T00:00:00Z', created_by: null,
    updated_at: '2025-01-01T00:00:00Z', trigger: {}, trigger_masking: null, conversion: null, exit_condition: 'exit_only_at_end',
    edges: [], actions: [{ id: 'trigger_node', type: 'trigger', name: 'Trigger', config: {} }], abort_action: null, variables: null,
    ...overrides,
  };
}

describe('what PostHog allows is read as the types say', () => {
  test('nullable in PostHog\'s model: name, icon_url, filters, execution_order, status', () => {
    const fn = checkOne(hogFunction, fullFunction({ name: null, icon_url: null, filters: null, execution_order: null, status: null }), ctx);
    assert.equal(fn.name, null);
  });

  test('inputs_schema null reads as [], an input whose value is null as a missing one', () => {
    const fn = checkOne(hogFunction, fullFunction({ inputs_schema: null, inputs: { url: null, debug: { value: true } } }), ctx);
    assert.deepEqual(fn.inputs_schema, []);
    assert.deepEqual(fn.inputs, { debug: { value: true } });
  });

  test('fields newer than an older self-hosted PostHog may be missing; unknown fields are kept', () => {
    const fn = checkOne(hogFunction, fullFunction({ something_new: { x: 1 } }), ctx);
    assert.equal(fn.version, undefined);
    assert.deepEqual((fn as unknown as Record<string, unknown>).something_new, { x: 1 });
    checkOne(hogFunction, fullFunction({ version: 3, draft: null, draft_updated_at: null, batch_export_id: null }), ctx);
  });

  test('a flow never saved with edges or actions holds `{}`: read as []', () => {
    const flow = checkOne(hogFlowSummary, flowSummary({ edges: {}, actions: {} }), ctx);
    assert.deepEqual([flow.edges, flow.actions], [[], []]);
  });
});

describe('drafts and revisions', () => {
  test('a published function is checked and read like any function', () => {
    const published = checkOne(functionPublished, {
      published: true, draft_updated_at: null, confirm_token: null, changed_fields: null, function: fullFunction({ inputs_schema: null }),
    }, ctx);
    assert.deepEqual(published.function.inputs_schema, []);
    const error = shapeError(() => checkOne(functionPublished, { published: true, draft_updated_at: null, confirm_token: null, changed_fields: null, function: fullFunction({ hog: null }) }, ctx));
    assert.match(error.message, /for published function: “function\.hog” is null, expected a string/);
  });

  test('a publish preview without its confirm token is refused', () => {
    const error = shapeError(() => checkOne(functionPublishPreview, { published: false, draft_updated_at: null, changed_fields: ['hog'], function: null }, ctx));
    assert.match(error.message, /“confirm_token” is missing, expected a string/);
  });

  test('a revision page leaves out an item without a version', () => {
    const page = checkPage(revision, { count: 2, next: null, previous: null, results: [{ version: 2, created_at: 't', created_by: null }, { created_at: 't', created_by: null }] }, ctx);
    assert.deepEqual([page.results.length, page.invalid.length], [1, 1]);
  });
});

describe('anything else is one clear error for that object', () => {
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['a name that is not a string', { name: 42 }, /for hog function 0197e2a1-5c3b-7d4e-8f90-1a2b3c4d5e6f: “name” is a whole number, expected a string or null/],
    ['hog null', { hog: null }, /“hog” is null, expected a string/],
    ['inputs a string', { inputs: 'url=x' }, /“inputs” is a string, expected an object/],
    ['an input value that is not an object', { inputs: { url: 'x' } }, /“inputs\.url” is a string, expected an object or null/],
    ['a schema item without a key', { inputs_schema: [{ type: 'string' }] }, /“inputs_schema\[0\]\.key” is missing, expected a string/],
    ['updated_at missing', { updated_at: undefined }, /“updated_at” is missing, expected a string/],
    ['an id that is a path', { id: '../../users/@me' }, /“id” is a string, expected a UUID/],
    ['a type of null', { type: null }, /“type” is null, expected a string/],
  ];
  for (const [label, overrides, message] of cases) {
    test(label, () => {
      const error = shapeError(() => checkOne(hogFunction, fullFunction(overrides), ctx));
      assert.match(error.message, /^PostHog returned an unexpected shape for hog function/);
      assert.match(error.message, message);
      assert.equal(error.kind, 'unexpected-shape');
    });
  }

  test('a flow whose action has no id, or whose edges are a string', () => {
    assert.match(shapeError(() => checkOne(hogFlowSummary, flowSummary({ actions: [{ type: 'exit' }] }), ctx)).message, /“actions\[0\]\.id” is missing/);
    assert.match(shapeError(() => checkOne(hogFlowSummary, flowSummary({ edges: 'a->b' }), ctx)).message, /“edges” is a string, expected a list/);
  });

  test('an answer about another object than the one asked for', () => {
    const other = '0197e2a1-0000-7000-8000-000000000000';
    const error = shapeError(() => checkOne(hogFunction, fullFunction({ id: other }), ctx, ID));
    assert.match(error.message, new RegExp(`for hog function ${ID}: the answer is about id ${other}, not the hog function asked for`));
  });

  test('in a page, a bad item is left out and reported; the others stay', () => {
    const good = fullFunction();
    const page = checkPage(hogFunction, { count: 3, next: null, previous: null, results: [good, fullFunction({ id: '..', name: 1 }), good] }, ctx);
    assert.equal(page.results.length, 2);
    assert.equal(page.invalid.length, 1);
    assert.match(page.invalid[0]!.message, /for hog function \.\. \(item 2 of the list\): “id” is a string, expected a UUID/);
  });

  test('a page whose envelope is off fails whole', () => {
    assert.match(shapeError(() => checkPage(hogFunction, { count: '3', next: null, previous: null, results: [] }, ctx)).message, /“count” is a string/);
    assert.match(shapeError(() => checkPage(hogFunction, { count: 0, next: 5, previous: null, results: [] }, ctx)).message, /“next” is a whole number/);
  });

  test('in a bare list, one bad item fails the answer and is named', () => {
    const error = shapeError(() => checkEach(schedule, [{ id: ID, rrule: 5 }], ctx));
    assert.match(error.message, /for schedule 0197e2a1-5c3b-7d4e-8f90-1a2b3c4d5e6f \(item 1 of the list\): “rrule” is a whole number, expected a string/);
  });

  test('an id with invisible characters is shown without them', () => {
    const error = shapeError(() => checkOne(hogFunction, fullFunction({ id: 'abc\u202edef\n' }), ctx));
    assert.match(error.message, /for hog function abcdef: “id”/);
  });
});
