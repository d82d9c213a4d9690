// Seed content (every Hog program valid, required variety), the empty seed, live activity,
// per-instance state, and close() releasing keep-alive sockets.
import assert from 'node:assert/strict';
import { request as httpRequest, Agent } from 'node:http';
import { describe, test } from 'node:test';
import { validateHog } from '../../../src/emulator/hogValidation';
import { startEmulator } from '../../../src/emulator/index';
import { HOG_PROGRAMS } from '../../../src/emulator/seed/programs';
import { CHECKOUT_ID, FLOWS, FN, request, useEmulator } from './helpers';
import { until } from '../support/wait';

describe('validateHog', () => {
  test('every seeded Hog program passes', async () => {
    for (const [name, code] of Object.entries(HOG_PROGRAMS)) {
      assert.deepEqual(await validateHog(code), { ok: true }, name);
    }
  });

  test('reports a syntax error with an offset', async () => {
    const result = await validateHog('let x := 1\nlet y := (x + ');
    assert.equal(result.ok, false);
    if (!result.ok) {
      assert.ok(result.offset >= 11, `offset ${result.offset}`);
      assert.ok(result.message.length > 0);
    }
  });
});

describe('demo seed', () => {
  const api = useEmulator();

  test('every seeded Hog function (all projects) passes validateHog', async () => {
    for (const project of [1, 2]) {
      const { body } = await api.get(`/api/projects/${project}/hog_functions/?full=true`);
      for (const fn of body.results) {
        if (fn.type === 'site_app' || fn.type === 'site_destination') continue;
        assert.deepEqual(await validateHog(fn.hog), { ok: true }, fn.name);
      }
    }
  });

  test('functions cover the required types, states, secrets and projects', async () => {
    const one = (await api.get(`${FN}/?full=true`)).body.results;
    const two = (await api.get('/api/projects/2/hog_functions/?full=true')).body.results;
    assert.ok(one.length + two.length >= 12);
    assert.ok(two.length >= 1);
    const types = new Set(one.map((f: { type: string }) => f.type));
    for (const t of ['destination', 'transformation', 'source_webhook', 'site_destination', 'site_app']) assert.ok(types.has(t), t);
    const states = new Set(one.filter((f: { enabled: boolean }) => f.enabled).map((f: { status: { state: number } }) => f.status.state));
    for (const s of [1, 2, 3]) assert.ok(states.has(s), `state ${s}`);
    assert.ok(one.some((f: { enabled: boolean }) => !f.enabled));
    const secrets = one.filter((f: { inputs: Record<string, unknown> }) => Object.values(f.inputs).some((v) => JSON.stringify(v) === '{"secret":true}'));
    assert.ok(secrets.length >= 3);
    for (const fn of one) {
      const keys = fn.inputs_schema.map((i: { key: string }) => i.key);
      assert.ok(Object.keys(fn.inputs).every((k) => keys.includes(k)), `${fn.name}: inputs match the schema`);
    }
  });

  test('three flows: draft, active, archived, with realistic actions', async () => {
    const flows = (await api.get(`${FLOWS}/`)).body.results;
    assert.deepEqual(flows.map((f: { status: string }) => f.status).sort(), ['active', 'archived', 'draft']);
    const types = new Set(flows.flatMap((f: { actions: Array<{ type: string }> }) => f.actions.map((a) => a.type)));
    for (const t of ['trigger', 'function', 'function_email', 'delay', 'conditional_branch', 'exit']) assert.ok(types.has(t), t);
  });

  test('templates: default type destination, types list, retrieve, 404', async () => {
    const destinations = (await api.get('/api/projects/1/hog_function_templates/')).body.results;
    assert.ok(destinations.length >= 2 && destinations.every((t: { type: string }) => t.type === 'destination'));
    const many = (await api.get('/api/projects/1/hog_function_templates/?types=transformation,source_webhook')).body.results;
    assert.deepEqual([...new Set(many.map((t: { type: string }) => t.type))].sort(), ['source_webhook', 'transformation']);
    const page = (await api.get('/api/projects/1/hog_function_templates/?limit=1')).body;
    assert.ok(page.next);
    assert.equal((await api.get('/api/projects/1/hog_function_templates/template-slack/')).body.name, 'Slack');
    assert.equal((await api.get('/api/projects/1/hog_function_templates/template-nope/')).status, 404);
  });
});

describe('instances', () => {
  test("the empty seed has the user and projects but no functions or flows", async () => {
    const emulator = await startEmulator({ seed: 'empty' });
    try {
      assert.equal((await request(`${emulator.url}/api/projects/`, 'GET')).body.count, 2);
      assert.equal((await request(`${emulator.url}${FN}/`, 'GET')).body.count, 0);
      assert.equal((await request(`${emulator.url}${FLOWS}/`, 'GET')).body.count, 0);
    } finally {
      await emulator.close();
    }
  });

  test('two emulators in one process do not share state', async () => {
    const a = await startEmulator();
    const b = await startEmulator();
    try {
      assert.notEqual(a.port, b.port);
      await request(`${a.url}${FN}/${CHECKOUT_ID}/`, 'PATCH', { name: 'Only in A' });
      assert.equal((await request(`${a.url}${FN}/${CHECKOUT_ID}/`, 'GET')).body.name, 'Only in A');
      assert.equal((await request(`${b.url}${FN}/${CHECKOUT_ID}/`, 'GET')).body.name, 'Checkout pageviews to webhook');
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('live mode keeps adding log entries', async () => {
    const emulator = await startEmulator({ live: true });
    try {
      const countAll = async () => {
        let total = 0;
        for (const fn of (await request(`${emulator.url}${FN}/?enabled=true`, 'GET')).body.results) {
          total += (await request(`${emulator.url}${FN}/${fn.id}/logs/?limit=500`, 'GET')).body.count;
        }
        return total;
      };
      const before = await countAll();
      // New entries arrive every 2 s; wait for them rather than for a time.
      await until(async () => (await countAll()) > before, 10_000);
    } finally {
      await emulator.close();
    }
  });

  test('close() ends keep-alive connections and is idempotent', async () => {
    const emulator = await startEmulator();
    const agent = new Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) => {
      const req = httpRequest(`${emulator.url}/api/users/@me/`, { agent, headers: { authorization: 'Bearer phx_local_demo' } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end();
    });
    const closed = emulator.close();
    await Promise.race([closed, new Promise((_, reject) => setTimeout(() => reject(new Error('close() hung')), 2000))]);
    await emulator.close();
    agent.destroy();
    await assert.rejects(fetch(`${emulator.url}/api/users/@me/`));
  });
});
