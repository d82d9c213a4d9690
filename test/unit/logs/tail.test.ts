// The log tail against the local PostHog emulator over real sockets: exactly once and in order
// under bursts larger than `limit`, late rows, 503s (also in the middle of paging back), filters,
// history, and no polling after stop/dispose.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { ApiError, type LogEntry, type PostHogClient } from '../../../src/api';
import type { RunningEmulator } from '../../../src/emulator';
import { LogTail, logPageFetcher, type FetchLogPage, type LogTailOptions } from '../../../src/logs';
import {
  Admin, assertTimeOrder, createFunction, KEY, makeClient, ManualScheduler, messages, stamp, startTailEmulator, until,
} from './support';

describe('LogTail against the emulator', () => {
  let emulator: RunningEmulator;
  let client: PostHogClient;
  let admin: Admin;

  before(async () => {
    emulator = await startTailEmulator();
    client = makeClient(emulator);
    admin = new Admin(emulator.url);
  });
  after(async () => {
    await client.close();
    await emulator.close();
  });

  interface Harness {
    id: string;
    tail: LogTail;
    shown: LogEntry[];
    errors: { error: unknown; retryInMs: number }[];
    gaps: string[];
    scheduler: ManualScheduler;
  }

  async function harness(options: Partial<LogTailOptions> = {}, fetchPage?: (real: FetchLogPage) => FetchLogPage): Promise<Harness> {
    const id = await createFunction(client);
    const real = logPageFetcher(client, { kind: 'function', projectId: 1, id });
    const scheduler = new ManualScheduler();
    const h: Harness = { id, shown: [], errors: [], gaps: [], scheduler, tail: undefined as unknown as LogTail };
    h.tail = new LogTail({
      fetchPage: fetchPage ? fetchPage(real) : real,
      onEntries: (entries) => h.shown.push(...entries),
      onError: (error, retryInMs) => h.errors.push({ error, retryInMs }),
      onGap: (message) => h.gaps.push(message),
      intervalMs: 1000,
      scheduler,
      ...options,
    });
    h.tail.start();
    return h;
  }

  test('a burst of 1,200 rows between two polls, 400 sharing one timestamp: each exactly once, in order', async () => {
    const h = await harness();
    await h.tail.pollNow();
    assert.equal(h.shown.length, 0, 'an empty log shows nothing');
    // Rows 600..999 share one microsecond, so the first page (500 newest) cuts that group in two.
    const rows = Array.from({ length: 1200 }, (_, i) => ({
      level: i % 7 === 0 ? 'WARN' : 'INFO',
      message: `row ${i}`,
      timestamp: stamp(i >= 600 && i < 1000 ? 600 : i),
      instance_id: `run-${i % 3}`,
    }));
    await admin.addLogs(h.id, rows);
    await h.tail.pollNow();
    assert.equal(h.shown.length, 1200);
    assert.deepEqual(new Set(messages(h.shown)), new Set(rows.map((r) => r.message)), 'every row exactly once');
    assertTimeOrder(h.shown);
    assert.equal(h.shown[0]!.message, 'row 0');
    assert.equal(h.shown.at(-1)!.message, 'row 1199');
    const paged = (await admin.logRequests(h.id)).filter((r) => r.query.before !== undefined);
    assert.ok(paged.length >= 2, `expected paging back with before, saw ${paged.length} such requests`);
    assert.ok(paged.every((r) => r.query.limit === '500'));

    await h.tail.pollNow();
    assert.equal(h.shown.length, 1200, 'the next poll repeats nothing');
    await admin.addLogs(h.id, [{ level: 'INFO', message: 'one more', timestamp: stamp(5_000) }]);
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown.slice(1200)), ['one more']);
    assert.deepEqual(h.errors, []);
    assert.deepEqual(h.gaps, []);
    h.tail.dispose();
  });

  test('polls ask for after = newest seen minus the overlap, at microsecond precision', async () => {
    const h = await harness({ overlapMs: 1000 });
    await admin.addLogs(h.id, [{ level: 'INFO', message: 'a', timestamp: '2030-01-01T00:00:05.123457Z' }]);
    await h.tail.pollNow();
    await h.tail.pollNow();
    const [first, second] = await admin.logRequests(h.id);
    assert.equal(first!.query.after, undefined);
    assert.equal(second!.query.after, '2030-01-01T00:00:04.123457Z');
    h.tail.dispose();
  });

  test('late rows with the newest timestamp seen (or inside the overlap) are not lost', async () => {
    const h = await harness();
    await h.tail.pollNow();
    await admin.addLogs(h.id, [{ level: 'INFO', message: 'first', timestamp: stamp(2_000_000), instance_id: 'a' }]);
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown), ['first']);
    await admin.addLogs(h.id, [
      { level: 'INFO', message: 'same microsecond, arrived late', timestamp: stamp(2_000_000), instance_id: 'b' },
      { level: 'INFO', message: 'half a second older, arrived late', timestamp: stamp(1_500_000), instance_id: 'c' },
    ]);
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown), ['first', 'half a second older, arrived late', 'same microsecond, arrived late']);
    await h.tail.pollNow();
    assert.equal(h.shown.length, 3);
    h.tail.dispose();
  });

  test('identical rows in one page are two rows, shown twice, and not again', async () => {
    const h = await harness();
    await h.tail.pollNow();
    const row = { level: 'INFO', message: 'retrying', timestamp: stamp(10), instance_id: 'x' };
    await admin.addLogs(h.id, [row, row]);
    await h.tail.pollNow();
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown), ['retrying', 'retrying']);
    h.tail.dispose();
  });

  test('a 503 is reported, the tail backs off, then resumes with no loss and no duplicates', async () => {
    const h = await harness();
    await h.tail.pollNow();
    await admin.addLogs(h.id, Array.from({ length: 10 }, (_, i) => ({ level: 'INFO', message: `before ${i}`, timestamp: stamp(100 + i) })));
    await h.tail.pollNow();
    assert.equal(h.shown.length, 10);
    assert.equal(h.scheduler.lastDelay, 1000);

    await admin.addLogs(h.id, Array.from({ length: 5 }, (_, i) => ({ level: 'INFO', message: `during ${i}`, timestamp: stamp(200 + i) })));
    await admin.fault(`/${h.id}/logs/`);
    await h.tail.pollNow();
    assert.equal(h.errors.length, 1);
    const [{ error, retryInMs }] = h.errors as [{ error: unknown; retryInMs: number }];
    assert.ok(error instanceof ApiError && error.status === 503, `expected a 503 ApiError, got ${String(error)}`);
    assert.ok(!String(error).includes(KEY) && !JSON.stringify(error).includes(KEY), 'no API key in the error');
    assert.equal(retryInMs, 2000);
    assert.equal(h.scheduler.lastDelay, 2000, 'the next poll is scheduled after the back-off');
    assert.equal(h.tail.failures, 1);

    await admin.fault(`/${h.id}/logs/`);
    await h.tail.pollNow();
    assert.equal(h.errors[1]!.retryInMs, 4000, 'the back-off doubles');

    await admin.addLogs(h.id, [{ level: 'INFO', message: 'after', timestamp: stamp(300) }]);
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown.slice(10)), ['during 0', 'during 1', 'during 2', 'during 3', 'during 4', 'after']);
    assert.equal(h.tail.failures, 0);
    assert.equal(h.scheduler.lastDelay, 1000, 'back to the normal interval');
    h.tail.dispose();
  });

  test('a 503 while paging back discards the partial poll; the retry shows everything once', async () => {
    let faultArmed = false;
    const h = await harness({ limit: 50 }, (real) => async (query, signal) => {
      if (query.before !== undefined && !faultArmed) {
        faultArmed = true;
        await admin.fault(`/logs/`);
      }
      return real(query, signal);
    });
    await h.tail.pollNow();
    const rows = Array.from({ length: 180 }, (_, i) => ({ level: 'INFO', message: `r${i}`, timestamp: stamp(1000 + Math.floor(i / 4)) }));
    await admin.addLogs(h.id, rows);
    await h.tail.pollNow();
    assert.equal(h.errors.length, 1, 'the second page failed');
    assert.equal(h.shown.length, 0, 'nothing from the incomplete poll is shown');
    await h.tail.pollNow();
    assert.equal(h.shown.length, 180);
    assert.deepEqual(new Set(messages(h.shown)), new Set(rows.map((r) => r.message)));
    assertTimeOrder(h.shown);
    h.tail.dispose();
  });

  test('history shows the last N rows at start, then only new ones', async () => {
    const h = await harness({ history: 3, limit: 2 });
    h.tail.stop();
    await admin.addLogs(h.id, Array.from({ length: 6 }, (_, i) => ({ level: 'INFO', message: `old ${i}`, timestamp: stamp(i * 10) })));
    h.tail.start();
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown), ['old 3', 'old 4', 'old 5']);
    await admin.addLogs(h.id, [{ level: 'INFO', message: 'new', timestamp: stamp(100) }]);
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown), ['old 3', 'old 4', 'old 5', 'new']);
    h.tail.dispose();
  });

  test('without history, rows already in the overlap window at start are not shown as new', async () => {
    const h = await harness({ limit: 2 });
    h.tail.stop();
    await admin.addLogs(h.id, Array.from({ length: 5 }, (_, i) => ({ level: 'INFO', message: `old ${i}`, timestamp: stamp(i) })));
    h.tail.start();
    await h.tail.pollNow();
    await h.tail.pollNow();
    assert.deepEqual(h.shown, []);
    h.tail.dispose();
  });

  test('the level filter and search are sent to the server', async () => {
    const h = await harness({ levels: ['WARN', 'ERROR'], search: 'checkout' });
    await h.tail.pollNow();
    await admin.addLogs(h.id, [
      { level: 'INFO', message: 'checkout ok', timestamp: stamp(1) },
      { level: 'ERROR', message: 'checkout failed', timestamp: stamp(2) },
      { level: 'WARN', message: 'cart slow', timestamp: stamp(3) },
      { level: 'WARN', message: 'checkout slow', timestamp: stamp(4) },
    ]);
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown), ['checkout failed', 'checkout slow']);
    const [request] = await admin.logRequests(h.id);
    assert.equal(request!.query.level, 'WARN,ERROR');
    assert.equal(request!.query.search, 'checkout');
    h.tail.dispose();
  });

  test('more rows in one microsecond than `limit`: a gap is reported and the tail moves on', async () => {
    const h = await harness({ limit: 5 });
    await h.tail.pollNow();
    await admin.addLogs(h.id, [
      { level: 'INFO', message: 'older', timestamp: stamp(1) },
      ...Array.from({ length: 8 }, (_, i) => ({ level: 'INFO', message: `crowd ${i}`, timestamp: stamp(2) })),
    ]);
    await h.tail.pollNow();
    assert.equal(h.gaps.length, 1);
    assert.match(h.gaps[0]!, /More than 5 entries share the timestamp 2030-01-01T00:00:00\.000002Z/);
    assert.equal(h.shown[0]!.message, 'older', 'rows older than the crowded timestamp are still fetched');
    assert.equal(h.shown.filter((e) => e.message.startsWith('crowd')).length, 5);
    h.tail.dispose();
  });

  test('a row PostHog sent in a broken shape is skipped and said so; it still counts towards the page, so paging back goes on', async () => {
    const h = await harness({ limit: 5 });
    await h.tail.pollNow();
    await admin.addLogs(h.id, Array.from({ length: 8 }, (_, i) => ({ level: 'INFO', message: `row ${i}`, timestamp: stamp(i + 1) })));
    const path = `/api/projects/1/hog_functions/${h.id}/logs/`;
    const firstPage = await client.request<{ results: Array<Record<string, unknown>> }>({ method: 'GET', path, query: { limit: 5 }, expect: 'page' });
    const broken = { ...firstPage, results: firstPage.results.map((row, i) => (i === 1 ? { ...row, message: 6 } : row)) };
    await admin.fault(`^${path}$`, 200, { body: broken });
    await h.tail.pollNow();
    assert.deepEqual(messages(h.shown), ['row 0', 'row 1', 'row 2', 'row 3', 'row 4', 'row 5', 'row 7'], 'older rows were still fetched');
    assert.deepEqual(h.gaps, ['1 log entries PostHog sent in an unexpected shape were skipped.']);
    assert.ok((await admin.logRequests(h.id)).some((r) => r.query.before !== undefined), 'paged back');
    h.tail.dispose();
  });

  test('flows are tailed through the same endpoint shape', async () => {
    const flow = await client.hogFlows.create(1, {
      name: 'Tail flow',
      actions: [{ id: 'trigger_node', name: 'Trigger', type: 'trigger', config: { type: 'event', filters: { events: [{ id: '$pageview', type: 'events' }] } } }],
    });
    const shown: LogEntry[] = [];
    const scheduler = new ManualScheduler();
    const tail = new LogTail({ fetchPage: logPageFetcher(client, { kind: 'flow', projectId: 1, id: flow.id }), onEntries: (e) => shown.push(...e), scheduler });
    tail.start();
    await tail.pollNow();
    await admin.addLogs(flow.id, [{ level: 'INFO', message: 'flow step', timestamp: stamp(1) }], 'hog_flow');
    await tail.pollNow();
    assert.deepEqual(messages(shown), ['flow step']);
    tail.dispose();
  });

  test('real timers: stop and dispose end polling (checked in the request log); start after dispose does nothing', async () => {
    const id = await createFunction(client);
    const tail = new LogTail({ fetchPage: logPageFetcher(client, { kind: 'function', projectId: 1, id }), onEntries: () => undefined, intervalMs: 15 });
    // A second tail on the same interval is the clock: once it has polled 3 more times, a tail that
    // were still running would have polled too.
    const witness = await startWitness(15);
    const count = async () => (await admin.logRequests(id)).length;
    tail.start();
    await until(async () => (await count()) >= 3);
    tail.stop();
    assert.equal(tail.state, 'stopped');
    const afterStop = await count();
    await witness.polls(3);
    assert.ok((await count()) <= afterStop + 1, 'at most the poll already in flight');
    const settled = await count();
    tail.start();
    await until(async () => (await count()) >= settled + 2);
    tail.dispose();
    const afterDispose = await count();
    await witness.polls(3);
    tail.start();
    await witness.polls(3);
    assert.ok((await count()) <= afterDispose + 1, 'no request after dispose (beyond one already sent)');
    assert.equal(tail.state, 'disposed');
    witness.tail.dispose();
  });

  /** A running tail of its own function; `polls(n)` resolves once it has sent n more log requests. */
  async function startWitness(intervalMs: number) {
    const id = await createFunction(client, 'Witness');
    const tail = new LogTail({ fetchPage: logPageFetcher(client, { kind: 'function', projectId: 1, id }), onEntries: () => undefined, intervalMs });
    tail.start();
    const count = async () => (await admin.logRequests(id)).length;
    return {
      tail,
      async polls(n: number): Promise<void> {
        const from = await count();
        await until(async () => (await count()) >= from + n);
      },
    };
  }

  test('dispose cancels a request in flight: no error, no entries, no further request', async () => {
    const h = await harness();
    await h.tail.pollNow();
    await admin.addLogs(h.id, [{ level: 'INFO', message: 'never shown', timestamp: stamp(1) }]);
    await admin.fault(`/${h.id}/logs/`, 200, { delayMs: 400, body: { count: 0, next: null, previous: null, results: [] } });
    const polling = h.tail.pollNow();
    await until(async () => (await admin.logRequests(h.id)).length >= 2);
    h.tail.dispose();
    await polling;
    assert.deepEqual(h.errors, []);
    assert.deepEqual(h.shown, []);
    assert.equal(h.scheduler.pending, 0, 'nothing scheduled');
    assert.equal((await admin.logRequests(h.id)).length, 2);
  });

  test('rows that arrive after dispose are dropped even when fetchPage ignores the signal', async () => {
    const requests: Promise<unknown>[] = [];
    const h = await harness({}, (real) => (query) => {
      const request = real(query, new AbortController().signal);
      requests.push(request);
      return request;
    });
    await h.tail.pollNow();
    await admin.addLogs(h.id, [{ level: 'INFO', message: 'too late', timestamp: stamp(1) }]);
    await admin.fault(`/${h.id}/logs/`, 200, {
      delayMs: 200,
      body: { count: 1, next: null, previous: null, results: [{ log_source_id: h.id, instance_id: 'i', timestamp: stamp(1), level: 'INFO', message: 'too late' }] },
    });
    const polling = h.tail.pollNow();
    await until(async () => (await admin.logRequests(h.id)).length >= 2);
    h.tail.dispose();
    await polling;
    await requests.at(-1); // the late answer has arrived and been handed to the tail
    await new Promise<void>((resolve) => setImmediate(resolve));
    assert.equal(requests.length, 2);
    assert.deepEqual(h.shown, []);
    assert.deepEqual(h.errors, []);
  });
});
