// PostHog's invocation answers as output-channel lines and a notification summary.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatInvocationResult } from '../../../src/invocation';
import { readSample, sampleSkip } from './samples';

const DESTINATION = { name: 'Checkout pageviews to webhook', type: 'destination' };

test('the sample success: status, every log line with level and timestamp, a short summary', (t) => {
  const missing = sampleSkip('hog-function.invocation-response.json');
  if (missing) return t.skip(missing);
  const sample = readSample('hog-function.invocation-response.json');
  const out = formatInvocationResult(sample, DESTINATION);
  assert.equal(out.status, 'success');
  assert.equal(out.ok, true);
  assert.equal(out.lines[0], 'Test invocation of "Checkout pageviews to webhook" (destination): success');
  assert.ok(out.lines.includes('Logs (5):'));
  assert.ok(out.lines.includes('  2025-06-03T10:15:02.470Z INFO  Executing function'));
  assert.ok(out.lines.includes('  2025-06-03T10:15:02.472Z INFO  Delivered to orders service, 200'));
  assert.ok(out.lines.some((l) => l.startsWith('  2025-06-03T10:15:02.473Z DEBUG Function completed in 3.1ms')));
  assert.ok(!out.lines.some((l) => l.startsWith('Result')), 'a destination with result null shows no result');
  assert.equal(out.summary, 'Test invocation of "Checkout pageviews to webhook": success (5 log lines).');
});

test('errors: listed, counted, first one in the summary; multi-line text stays aligned', () => {
  const out = formatInvocationResult(
    {
      status: 'error',
      errors: ['Webhook failed with 503\nat line 14', { message: 'second problem' }],
      logs: [{ level: 'error', timestamp: '2025-06-03T10:15:02.471Z', message: 'Error executing function' }],
    },
    DESTINATION,
  );
  assert.equal(out.ok, false);
  assert.deepEqual(out.lines.slice(1, 5), ['Errors (2):', '  ✗ Webhook failed with 503', '    at line 14', '  ✗ second problem']);
  assert.ok(out.lines.includes('  2025-06-03T10:15:02.471Z ERROR Error executing function'));
  assert.equal(out.summary, 'Test invocation of "Checkout pageviews to webhook": error: Webhook failed with 503 at line 14 (+1 more)');
});

test('transformations show the transformed event, or say the event is dropped', () => {
  const subject = { name: 'Scrub emails', type: 'transformation' };
  const kept = formatInvocationResult({ status: 'success', result: { event: '$pageview', properties: { email: null } }, errors: [], logs: [] }, subject);
  const at = kept.lines.indexOf('Result (the transformed event):');
  assert.ok(at > 0, kept.lines.join('\n'));
  assert.deepEqual(kept.lines.slice(at + 1, at + 3), ['  {', '    "event": "$pageview",']);
  assert.ok(kept.lines.includes('Logs: none'));
  const dropped = formatInvocationResult({ status: 'success', result: null, errors: [], logs: [] }, subject);
  assert.ok(dropped.lines.includes('Result: null (the event would be dropped)'));
});

test('flows: next action and the worker message; an error message without an errors list', () => {
  const next = formatInvocationResult({ status: 'success', logs: [], nextActionId: 'action_email_1' }, { name: 'Onboarding', type: 'hog_flow' });
  assert.ok(next.lines.includes('Next action: action_email_1'));
  const failed = formatInvocationResult({ status: 'error', message: 'Workflow has no trigger' }, { name: 'Onboarding', type: 'hog_flow' });
  assert.equal(failed.ok, false);
  assert.ok(failed.summary.endsWith('error: Workflow has no trigger'));
});

test('odd answers do not throw: unknown status, skipped, long errors are cut in the summary', () => {
  assert.equal(formatInvocationResult('<html>', DESTINATION).status, 'unknown');
  assert.equal(formatInvocationResult(null, DESTINATION).ok, false);
  const skipped = formatInvocationResult({ status: 'skipped', logs: [{ message: 42 }] }, DESTINATION);
  assert.equal(skipped.ok, false);
  assert.equal(skipped.summary, 'Test invocation of "Checkout pageviews to webhook": skipped (1 log line).');
  const long = formatInvocationResult({ status: 'error', errors: ['x'.repeat(500)] }, DESTINATION);
  assert.ok(long.summary.length < 250 && long.summary.endsWith('…'));
});
