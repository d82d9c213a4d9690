// Logs (newest first, strict after/before, level/search/instance filters, limit envelope) and
// metrics (zero-filled labels, intervals, breakdowns, totals) for functions and flows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEMO_API_KEY } from '../../../src/emulator/index';
import { CHECKOUT_ID, FLOWS, FN, ONBOARDING_FLOW, request, useEmulator } from './helpers';

const NEW_FN_LOGS = [
  { level: 'info', message: 'first', timestamp: '2030-01-01T00:00:01.000001Z', instance_id: 'run-a' },
  { level: 'WARN', message: 'Second Warning', timestamp: '2030-01-01T00:00:02.000002Z', instance_id: 'run-a' },
  { level: 'error', message: 'third failed', timestamp: '2030-01-01T00:00:03.000003Z', instance_id: 'run-b' },
  { level: 'debug', message: 'fourth', timestamp: '2030-01-01T00:00:04.000004Z', instance_id: 'run-b' },
];

describe('logs and metrics', () => {
  const api = useEmulator();
  let fnId = '';

  async function logs(query: string) {
    return (await api.get(`${FN}/${fnId}/logs/${query}`)).body;
  }

  test('setup: a function with known log entries', async () => {
    const created = await api.call('POST', `${FN}/`, { type: 'destination', hog: 'print(1)', name: 'Logger' });
    fnId = created.body.id;
    const added = await request(`${api.emulator.url}/_emulator/logs`, 'POST', { kind: 'hog_function', id: fnId, entries: NEW_FN_LOGS }, null);
    assert.equal(added.status, 200, added.text);
    assert.equal(added.body.length, 4);
    assert.equal(added.body[0].level, 'INFO');
  });

  test('newest first, levels upper-cased, envelope with count <= limit and next null', async () => {
    const page = await logs('');
    assert.deepEqual(page.results.map((r: { message: string }) => r.message), ['fourth', 'third failed', 'Second Warning', 'first']);
    assert.equal(page.results[0].level, 'DEBUG');
    assert.equal(page.results[0].log_source_id, fnId);
    assert.equal(page.results[0].timestamp, '2030-01-01T00:00:04.000004Z');
    const limited = await logs('?limit=2');
    assert.equal(limited.count, 2);
    assert.equal(limited.next, null);
    assert.deepEqual(limited.results.map((r: { message: string }) => r.message), ['fourth', 'third failed']);
  });

  test('strict after/before at microsecond precision; naive timestamps are UTC', async () => {
    const after = await logs('?after=2030-01-01T00:00:02.000002Z');
    assert.deepEqual(after.results.map((r: { message: string }) => r.message), ['fourth', 'third failed']);
    const before = await logs('?before=2030-01-01T00:00:02.000002');
    assert.deepEqual(before.results.map((r: { message: string }) => r.message), ['first']);
    const window = await logs('?after=2030-01-01T00:00:01.000001Z&before=2030-01-01T00:00:04.000004Z');
    assert.equal(window.count, 2);
    const offset = await logs(`?after=${encodeURIComponent('2030-01-01T01:00:02.000001+01:00')}`);
    assert.equal(offset.count, 3);
  });

  test('level list (case-insensitive), search (substring, case-insensitive), instance_id', async () => {
    const levels = await logs('?level=warn,ERROR');
    assert.deepEqual(levels.results.map((r: { level: string }) => r.level), ['ERROR', 'WARN']);
    const search = await logs('?search=WARNING');
    assert.deepEqual(search.results.map((r: { message: string }) => r.message), ['Second Warning']);
    const instance = await logs('?instance_id=run-b');
    assert.equal(instance.count, 2);
  });

  test('limit must be 1..500', async () => {
    assert.equal((await api.get(`${FN}/${fnId}/logs/?limit=0`)).status, 400);
    assert.equal((await api.get(`${FN}/${fnId}/logs/?limit=501`)).status, 400);
    assert.equal((await api.get(`${FN}/${fnId}/logs/?limit=500`)).status, 200);
  });

  test('seeded functions and flows have logs with instance ids and several levels', async () => {
    const fnLogs = (await api.get(`${FN}/${CHECKOUT_ID}/logs/?limit=500`)).body.results;
    assert.ok(fnLogs.length > 50);
    const levels = new Set(fnLogs.map((r: { level: string }) => r.level));
    assert.ok(levels.has('DEBUG') && levels.has('INFO'));
    assert.ok(fnLogs.every((r: { instance_id: string }) => r.instance_id.length > 0));
    const flowLogs = (await api.get(`${FLOWS}/${ONBOARDING_FLOW}/logs/`)).body;
    assert.ok(flowLogs.count > 0);
    assert.equal((await api.get(`${FN}/00000000-0000-4000-8000-000000000000/logs/`)).status, 404);
  });

  test('metrics: day labels cover the range with zero fill; hour and week intervals', async () => {
    const day = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/?after=-7d&interval=day`)).body;
    assert.equal(day.labels.length, 8);
    assert.match(day.labels[0], /^\d{4}-\d\d-\d\d$/);
    const names = day.series.map((s: { name: string }) => s.name).sort();
    assert.deepEqual(names.filter((n: string) => n !== 'failure'), ['other', 'success']);
    assert.ok(day.series.every((s: { values: number[] }) => s.values.length === day.labels.length));
    const hour = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/?after=-24h&interval=hour`)).body;
    assert.equal(hour.labels.length, 25);
    assert.match(hour.labels[0], /^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    const week = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/?after=-21d&interval=week`)).body;
    assert.ok(week.labels.length >= 3 && week.labels.length <= 4);
    const zero = (await api.get(`${FN}/${fnId}/metrics/?after=-3d`)).body;
    assert.equal(zero.labels.length, 4);
    assert.deepEqual(zero.series, []);
    const old = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/?after=2020-01-01T00:00:00Z&before=2020-01-03T00:00:00Z`)).body;
    assert.deepEqual(old.labels, ['2020-01-01', '2020-01-02', '2020-01-03']);
    assert.deepEqual(old.series, []);
    assert.equal((await api.get(`${FN}/${CHECKOUT_ID}/metrics/?interval=month`)).status, 400);
  });

  test('metrics breakdown by name and kind/name filters; totals sum the series', async () => {
    const byName = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/?after=-7d&breakdown_by=name`)).body;
    const series = new Map<string, number[]>(byName.series.map((s: { name: string; values: number[] }) => [s.name, s.values]));
    assert.ok(series.has('succeeded') && series.has('filtered'));
    const totals = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/totals/?after=-7d&breakdown_by=name`)).body.totals;
    const sum = (values: number[] | undefined) => (values ?? []).reduce((a, b) => a + b, 0);
    assert.equal(totals.succeeded, sum(series.get('succeeded')));
    assert.equal(totals.filtered, sum(series.get('filtered')));
    const onlySuccess = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/?after=-7d&kind=success`)).body;
    assert.deepEqual(onlySuccess.series.map((s: { name: string }) => s.name), ['success']);
    const allTime = (await api.get(`${FN}/${CHECKOUT_ID}/metrics/totals/?breakdown_by=name`)).body.totals;
    assert.ok(allTime.succeeded >= totals.succeeded, 'totals without after cover all time');
    const flowTotals = await request(`${api.emulator.url}${FLOWS}/${ONBOARDING_FLOW}/metrics/totals/`, 'GET', undefined, DEMO_API_KEY);
    assert.ok(flowTotals.body.totals.success > 0);
  });
});
