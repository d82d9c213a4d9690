// The schemas against real documents: every function and flow of the demo data and of PostHog's
// sample payloads, as the workspace files and VS Code's documents hold them; and the mistakes they
// must catch.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { PostHogClient } from '../../../src/api';
import { DEMO_API_KEY, startEmulator, type RunningEmulator } from '../../../src/emulator';
import { FLOW_SCHEMA, FUNCTION_CONFIG_SCHEMA, validate, WORKSPACE_FLOW_SCHEMA, WORKSPACE_FUNCTION_SCHEMA, type JsonSchema } from '../../../src/schema';
import { contentFromServer } from '../../../src/workspace/content';
import type { ObjectKind } from '../../../src/workspace/model';
import { sharedPath, sharedSkip } from '../support/shared';

function fileFieldsOf(kind: ObjectKind, object: object): Record<string, unknown> {
  return contentFromServer(kind, object).fields;
}

function errorsOf(schema: JsonSchema, value: unknown): string[] {
  return validate(schema, value).map((error) => `${error.path.join('.')}: ${error.message}`);
}

describe('schemas of real documents', () => {
  let emulator: RunningEmulator;
  let client: PostHogClient;
  before(async () => {
    emulator = await startEmulator({ seed: 'demo' });
    client = new PostHogClient({ baseUrl: emulator.url, apiKey: DEMO_API_KEY, env: {} });
  });
  after(async () => {
    await client.close();
    await emulator.close();
  });

  test('every demo function and flow, as a workspace file and as a VS Code document', async () => {
    const functions = [...(await client.hogFunctions.listFull(1).all()), ...(await client.hogFunctions.listFull(2).all())];
    const flows = await client.hogFlows.list(1).all();
    assert.ok(functions.length > 10 && flows.length === 3);
    for (const fn of functions) {
      const fields = fileFieldsOf('function', fn);
      assert.deepEqual(errorsOf(WORKSPACE_FUNCTION_SCHEMA, fields), [], fn.name ?? '');
      const document: Record<string, unknown> = { ...fields, icon_url: fn.icon_url };
      delete document.type;
      delete document.template_id;
      assert.deepEqual(errorsOf(FUNCTION_CONFIG_SCHEMA, document), [], fn.name ?? '');
    }
    for (const flow of flows) {
      assert.deepEqual(errorsOf(WORKSPACE_FLOW_SCHEMA, fileFieldsOf('flow', flow)), [], flow.name ?? '');
      assert.deepEqual(errorsOf(FLOW_SCHEMA, fileFieldsOf('flow', flow)), [], flow.name ?? '');
    }
  });

  const samples = 'reference/samples';
  test("PostHog's sample payloads", { skip: sharedSkip(samples) }, () => {
    const read = (name: string): object => JSON.parse(readFileSync(sharedPath(samples, name), 'utf8')) as object;
    for (const name of ['hog-function.destination.json', 'hog-function.transformation.json']) {
      assert.deepEqual(errorsOf(WORKSPACE_FUNCTION_SCHEMA, fileFieldsOf('function', read(name))), [], name);
    }
    assert.deepEqual(errorsOf(WORKSPACE_FLOW_SCHEMA, fileFieldsOf('flow', read('hog-flow.json'))), []);
  });

  test('the mistakes a person makes are caught, each at its path', () => {
    assert.deepEqual(errorsOf(WORKSPACE_FUNCTION_SCHEMA, {
      type: 'webhook', name: 'x', enabled: 'yes', icon_url: 'x.png',
      inputs_schema: [{ key: 'url', type: 'url' }],
      inputs: { url: { value: 'https://x', templating: 'jinja' }, token: { secret: true, fromEnv: 'not a name' }, other: { secret: true, value: 'leaked' } },
      filters: { source: 'everything', events: [{ name: 'no id' }] },
      masking: { ttl: 30 },
    }), [
      'type: must be one of: "destination", "site_destination", "internal_destination", "source_webhook", "warehouse_source_webhook", "site_app", "transformation", "transformation_log"',
      'enabled: must be a boolean, not string "yes"',
      "icon_url: unknown field 'icon_url' (allowed: type, name, description, enabled, template_id, execution_order, inputs_schema, inputs, filters, mappings, masking)",
      'inputs_schema.0.type: must be one of: "string", "number", "boolean", "dictionary", "choice", "json", "integration", "integration_multi", "integration_field", "email", "native_email", "posthog_assignee", "posthog_ticket_tags", "posthog_business_hours", "non_failure_status_codes", "customer_analytics_account_properties", "customer_analytics_account_relationships", "task_model", "task_repository", "task_mcp_installations"',
      'inputs.url.templating: must be one of: "hog", "liquid"',
      'inputs.token.fromEnv: must match ^[A-Za-z_][A-Za-z0-9_]*$',
      "inputs.other.value: unknown field 'value' (allowed: secret, fromEnv)",
      'filters.source: must be one of: "events", "person-updates", "data-warehouse-table", "data-warehouse-view"',
      "filters.events.0: is missing the required field 'id'",
      "masking: is missing the required field 'hash'",
      'masking.ttl: must be at least 60',
    ]);
    assert.deepEqual(errorsOf(WORKSPACE_FUNCTION_SCHEMA, {}), [": is missing the required field 'type'", ": is missing the required field 'name'"]);
  });

  test('flow steps are checked per type', () => {
    const flow = {
      name: 'f',
      status: 'running',
      actions: [
        { id: 't', name: 'T', type: 'trigger', config: { type: 'cron' } },
        { id: 'd', name: 'D', type: 'delay', config: { delay_duration: 'PT1H' } },
        { id: 'x', name: 'X', type: 'send_email', config: {} },
        { id: 'r', name: 'R', type: 'random_cohort_branch', config: { cohorts: [{ percentage: 150 }] } },
        { id: 'e', type: 'exit', config: { reason: 1 } },
      ],
      edges: [{ from: 't', to: 'd', type: 'jump' }],
    };
    assert.deepEqual(errorsOf(WORKSPACE_FLOW_SCHEMA, flow).map((error) => error.split(':')[0]), [
      'status',
      'actions.0.config.type',
      'actions.1.config.delay_duration',
      'actions.2.type',
      'actions.3.config.cohorts.0.percentage',
      'actions.4',
      'actions.4.config.reason',
      'edges.0.type',
    ]);
  });
});
