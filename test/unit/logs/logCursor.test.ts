// The cursor's memory: only rows inside the overlap window are remembered, and a row forgotten is
// one the server can no longer return (its `after` is strict).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LogCursor } from '../../../src/logs/logCursor';
import { LogBatch, toTimedEntry, type TimedEntry } from '../../../src/logs/logEntries';
import { formatLogLine, formatNote, parseMicros } from '../../../src/logs';
import { stamp } from './support';

function row(micros: number, message: string): TimedEntry {
  return toTimedEntry({ log_source_id: 's', instance_id: 'i', timestamp: stamp(micros), level: 'info', message })!;
}

function batchOf(...rows: TimedEntry[]): LogBatch {
  const batch = new LogBatch();
  batch.addPage([...rows].reverse());
  return batch;
}

test('remembers only the overlap window, however many rows went by', () => {
  const cursor = new LogCursor(1_000_000);
  for (let second = 0; second < 50; second++) {
    const rows = Array.from({ length: 100 }, (_, i) => row(second * 1_000_000 + i * 10_000, `s${second} r${i}`));
    assert.equal(cursor.advance(batchOf(...rows)).length, 100);
  }
  assert.ok(cursor.remembered <= 100, `remembers ${cursor.remembered} rows`);
  assert.equal(cursor.after(), parseMicros(stamp(49 * 1_000_000 + 99 * 10_000))! - 1_000_000);
});

test('rows come back oldest first; a repeat is not new; the level is upper-cased', () => {
  const cursor = new LogCursor(1_000_000);
  const fresh = cursor.advance(batchOf(row(1, 'a'), row(2, 'b')));
  assert.deepEqual(fresh.map((e) => e.message), ['a', 'b']);
  assert.equal(fresh[0]!.level, 'INFO');
  assert.deepEqual(cursor.advance(batchOf(row(2, 'b'), row(3, 'c'))).map((e) => e.message), ['c']);
});

test('rows without a usable timestamp are rejected at the boundary', () => {
  assert.equal(toTimedEntry({ timestamp: 'soon', message: 'x' }), null);
  assert.equal(toTimedEntry(null), null);
  const odd = toTimedEntry({ timestamp: stamp(1), message: { nested: true }, level: 'warn' })!;
  assert.equal(odd.entry.message, '{"nested":true}');
  assert.equal(odd.entry.instance_id, '');
});

test("output channel lines carry PostHog's timestamp and level", () => {
  const line = formatLogLine({ log_source_id: 's', instance_id: '0197e2b0-2222-7333', timestamp: '2025-06-03T10:15:02.473301Z', level: 'INFO', message: 'Delivered' });
  assert.equal(line, '2025-06-03T10:15:02.473301Z [INFO] [0197e2b0] Delivered');
  const debug = formatLogLine({ log_source_id: 's', instance_id: '', timestamp: '2025-06-03T10:15:02.473301Z', level: 'debug', message: 'x' });
  assert.equal(debug, '2025-06-03T10:15:02.473301Z [DEBUG] x');
  assert.equal(formatNote('WARN', 'Gap.', new Date(Date.UTC(2025, 5, 3, 10, 15, 2, 473))), '2025-06-03T10:15:02.473Z [WARN] Gap.');
});
