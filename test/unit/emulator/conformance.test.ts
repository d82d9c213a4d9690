// Conformance with the reference samples: for each sample payload, the emulator's corresponding
// response has the same keys and value types; error bodies have the samples' shapes and codes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { CHECKOUT_ID, DIGEST_FLOW, FLOWS, FN, ONBOARDING_FLOW, SCRUB_ID, useEmulator, VALID_HOG } from './helpers';
import { sharedPath, sharedSkip } from '../support/shared';
import type { LooseJson } from '../support/looseJson';

const SAMPLES = sharedPath('reference', 'samples');
const skip = sharedSkip('reference/samples');

function sample(name: string): LooseJson {
  return stripNotes(JSON.parse(readFileSync(join(SAMPLES, name), 'utf8')));
}

function stripNotes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripNotes);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).filter(([k]) => k !== '_note').map(([k, v]) => [k, stripNotes(v)]));
  }
  return value;
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'array' : typeof value;
}

interface ShapeRules {
  /** Keys whose objects are maps with data-dependent keys: only the type is compared. */
  maps?: string[];
  /** Keys that may be null on one side (e.g. `template`, `execution_order`). */
  nullable?: string[];
}

/** Same key set and value kinds, recursing into nested fixed-shape objects and first array items. */
function assertShape(actual: unknown, expected: unknown, rules: ShapeRules = {}, path = '$'): void {
  const key = path.split('.').pop() ?? '';
  if (rules.nullable?.includes(key) && (actual === null || expected === null)) return;
  assert.equal(kind(actual), kind(expected), `${path}: expected ${kind(expected)}, got ${kind(actual)}`);
  if (rules.maps?.includes(key)) return;
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length && expected.length) assertShape(actual[0], expected[0], rules, `${path}.0`);
    return;
  }
  if (kind(actual) !== 'object') return;
  const a = actual as Record<string, unknown>;
  const e = expected as Record<string, unknown>;
  assert.deepEqual(Object.keys(a).sort(), Object.keys(e).sort(), `${path}: keys differ`);
  for (const k of Object.keys(e)) assertShape(a[k], e[k], rules, `${path}.${k}`);
}

const FUNCTION_RULES: ShapeRules = {
  maps: ['inputs', 'filters', 'bytecode', 'inputs_schema', 'default', 'choices'],
  nullable: ['template', 'execution_order', 'transpiled', 'masking', 'mappings', 'icon_url'],
};

const FLOW_RULES: ShapeRules = {
  maps: ['config', 'trigger', 'filters', 'conversion', 'trigger_masking', 'edges', 'actions', 'output_variable'],
  nullable: ['abort_action', 'draft', 'draft_updated_at', 'action_redirects', 'origin_product', 'trigger_masking', 'conversion', 'email_sending_rate_limit'],
};

describe('conformance with reference samples', { skip }, () => {
  const api = useEmulator();

  test('users/@me, projects and organization projects', async () => {
    const me = await api.get('/api/users/@me/');
    assertShape(me.body, sample('users-me.json'), { maps: ['has_completed_onboarding_for', 'teams', 'projects'] });
    const projects = await api.get('/api/projects/');
    assertShape(projects.body, sample('projects-list.json'), { maps: ['has_completed_onboarding_for'] });
    const orgProjects = await api.get(`/api/organizations/${me.body.organization.id}/projects/`);
    assertShape(orgProjects.body, sample('organization-projects-list.json'), { maps: ['has_completed_onboarding_for'] });
  });

  test('hog function: destination, transformation, list page', async () => {
    assertShape((await api.get(`${FN}/${CHECKOUT_ID}/`)).body, sample('hog-function.destination.json'), FUNCTION_RULES);
    assertShape((await api.get(`${FN}/${SCRUB_ID}/`)).body, sample('hog-function.transformation.json'), FUNCTION_RULES);
    const page = await api.get(`${FN}/`);
    assertShape(page.body, sample('hog-function.list-page.json'), FUNCTION_RULES);
    for (const item of page.body.results) {
      assert.deepEqual(Object.keys(item).sort(), Object.keys(sample('hog-function.list-page.json').results[0]).sort());
    }
  });

  test('hog function create, patch and soft delete requests are accepted as-is', async () => {
    const created = await api.call('POST', `${FN}/`, sample('hog-function.create-request.json'));
    assert.equal(created.status, 201);
    assertShape(created.body, sample('hog-function.destination.json'), FUNCTION_RULES);
    const patch = { ...sample('hog-function.patch-request.json'), base_updated_at: created.body.updated_at };
    const patched = await api.call('PATCH', `${FN}/${created.body.id}/`, patch);
    assert.equal(patched.status, 200, patched.text);
    assertShape(patched.body, sample('hog-function.destination.json'), FUNCTION_RULES);
    const deleted = await api.call('PATCH', `${FN}/${created.body.id}/`, sample('hog-function.soft-delete-request.json'));
    assert.equal(deleted.status, 200);
  });

  test('invocation, logs, metrics, totals', async () => {
    const invocation = await api.call('POST', `${FN}/${CHECKOUT_ID}/invocations/`, sample('hog-function.invocation-request.json'));
    assert.equal(invocation.status, 200, invocation.text);
    assertShape(invocation.body, sample('hog-function.invocation-response.json'), { nullable: ['result'] });
    assertShape((await api.get(`${FN}/${CHECKOUT_ID}/logs/`)).body, sample('hog-function.logs.json'));
    assertShape((await api.get(`${FN}/${CHECKOUT_ID}/metrics/?after=-7d`)).body, sample('hog-function.metrics.json'));
    assertShape(
      (await api.get(`${FN}/${CHECKOUT_ID}/metrics/totals/?after=-7d&breakdown_by=name`)).body,
      sample('hog-function.metrics-totals.json'),
      { maps: ['totals'] },
    );
  });

  test('rearrange request and templates list page', async () => {
    const ids = Object.keys(sample('hog-function.rearrange-request.json').orders);
    assert.equal(ids.length, 2);
    const rearranged = await api.call('PATCH', `${FN}/rearrange/`, {
      orders: { [SCRUB_ID]: 1, '0197e2a1-6d4c-7e5f-9a01-000000000007': 2 },
    });
    assert.equal(rearranged.status, 200, rearranged.text);
    assertShape(rearranged.body[0], sample('hog-function.transformation.json'), FUNCTION_RULES);
    const templates = await api.get('/api/projects/1/hog_function_templates/');
    assertShape(templates.body, sample('hog-function-templates.list-page.json'), { maps: ['inputs_schema'] });
  });

  test('hog flow: retrieve, list page, schedules, batch jobs, blast radius, bulk delete', async () => {
    assertShape((await api.get(`${FLOWS}/${ONBOARDING_FLOW}/`)).body, sample('hog-flow.json'), FLOW_RULES);
    assertShape((await api.get(`${FLOWS}/`)).body, sample('hog-flow.list-page.json'), FLOW_RULES);
    const schedule = await api.call('POST', `${FLOWS}/${DIGEST_FLOW}/schedules/`, sample('hog-flow.schedule-create-request.json'));
    assert.equal(schedule.status, 201, schedule.text);
    assertShape(schedule.body, sample('hog-flow.schedules.json')[0], { maps: ['variables'], nullable: ['next_run_at'] });
    assertShape((await api.get(`${FLOWS}/${DIGEST_FLOW}/schedules/`)).body, sample('hog-flow.schedules.json'), {
      maps: ['variables'],
      nullable: ['next_run_at'],
    });
    assertShape((await api.get(`${FLOWS}/${DIGEST_FLOW}/batch_jobs/`)).body, sample('hog-flow.batch-jobs.json'), {
      maps: ['filters', 'variables'],
    });
    const job = await api.call('POST', `${FLOWS}/${ONBOARDING_FLOW}/batch_jobs/`, { variables: { campaign: 'x' } });
    assert.equal(job.status, 200, job.text);
    assertShape(job.body, sample('hog-flow.batch-job.json'), { maps: ['filters', 'variables'] });
    const radius = await api.call('POST', `${FLOWS}/user_blast_radius/`, sample('hog-flow.user-blast-radius-request.json'));
    assertShape(radius.body, sample('hog-flow.user-blast-radius.json'));
    const bulk = await api.call('POST', `${FLOWS}/bulk_delete/`, sample('hog-flow.bulk-delete-request.json'));
    assertShape(bulk.body, sample('hog-flow.bulk-delete-response.json'));
  });

  test('error bodies equal the error samples', async () => {
    const expectError = async (response: Promise<{ status: number; body: unknown }>, name: string, status: number) => {
      const r = await response;
      assert.equal(r.status, status, name);
      assert.deepEqual(r.body, sample(name), name);
    };
    await expectError(api.get(`${FN}/`, 'phx_not_a_key'), 'error.unauthenticated.json', 401);
    await expectError(api.get(`${FN}/00000000-0000-4000-8000-000000000000/`), 'error.not-found.json', 404);
    await expectError(api.call('DELETE', `${FN}/${CHECKOUT_ID}/`), 'error.delete-not-allowed.json', 405);
    await expectError(api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { type: 'transformation' }), 'error.immutable-type.json', 400);
    await expectError(api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { hog: 'let x := ' }), 'error.invalid-hog.json', 400);
    await expectError(
      api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { inputs: { url: { value: '' }, api_key: { secret: true } } }),
      'error.missing-required-input.json',
      400,
    );
    await expectError(
      api.call('PATCH', `${FN}/${CHECKOUT_ID}/`, { base_updated_at: '2020-01-01T00:00:00.000000Z', name: 'x' }),
      'error.stale-update.json',
      409,
    );
    await expectError(
      api.call('PATCH', `${FLOWS}/${ONBOARDING_FLOW}/`, { base_updated_at: '2020-01-01T00:00:00Z', name: 'x' }),
      'error.stale-update.hog-flow.json',
      409,
    );
    await expectError(
      api.call('POST', `${FLOWS}/`, { name: 'No trigger', actions: [] }),
      'error.hog-flow-trigger-count.json',
      400,
    );
    assert.ok(VALID_HOG);
  });
});
