// Microsecond timestamps: parsed and formatted exactly, whatever PostHog's fraction and zone look like.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatMicros, parseMicros } from '../../../src/logs';

test('round-trips six fraction digits exactly', () => {
  for (const text of ['2025-06-03T10:15:02.481223Z', '2025-06-03T10:15:02.000001Z', '1999-12-31T23:59:59.999999Z']) {
    assert.equal(formatMicros(parseMicros(text)!), text);
  }
});

test('microsecond arithmetic does not round through milliseconds', () => {
  const t = parseMicros('2025-06-03T10:15:02.481223Z')!;
  assert.equal(formatMicros(t - 1_000_000), '2025-06-03T10:15:01.481223Z');
  assert.equal(formatMicros(t + 1), '2025-06-03T10:15:02.481224Z');
  assert.equal(formatMicros(parseMicros('2025-06-03T10:15:02.999999Z')! + 1), '2025-06-03T10:15:03.000000Z');
});

test('short or long fractions, no fraction, offsets and naive times', () => {
  assert.equal(formatMicros(parseMicros('2025-06-03T10:15:02.48Z')!), '2025-06-03T10:15:02.480000Z');
  assert.equal(formatMicros(parseMicros('2025-06-03T10:15:02.123456789Z')!), '2025-06-03T10:15:02.123456Z');
  assert.equal(formatMicros(parseMicros('2025-06-03T10:15:02Z')!), '2025-06-03T10:15:02.000000Z');
  assert.equal(formatMicros(parseMicros('2025-06-03T12:15:02.5+02:00')!), '2025-06-03T10:15:02.500000Z');
  assert.equal(formatMicros(parseMicros('2025-06-03T05:15:02.5-0500')!), '2025-06-03T10:15:02.500000Z');
  assert.equal(formatMicros(parseMicros('2025-06-03 10:15:02.5')!), '2025-06-03T10:15:02.500000Z');
});

test('garbage is null', () => {
  for (const text of ['', 'yesterday', '2025-06-03', '2025-13-45T99:99:99Z', '2025-02-30T10:00:00Z']) {
    assert.equal(parseMicros(text), null, text);
  }
});
