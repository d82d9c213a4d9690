// The workspace API as VS Code will call it: plain functions with a context, progress events and an
// AbortSignal; a cancelled push still saves what it did to the lock.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { PostHogClient } from '../../../src/api';
import { exitCodeOf, push, readWorkspace, resolveWorkspaceTarget, status, type OperationContext } from '../../../src/workspace';
import { FAST_RETRY } from '../api/support/harness';
import { until } from '../support/wait';
import { CHECKOUT, CHECKOUT_ID, KEY, SCRUB, SCRUB_ID, useWorkspaceFixture } from './support';

describe('workspace API', () => {
  const fx = useWorkspaceFixture();

  async function contextFor(signal?: AbortSignal): Promise<{ context: OperationContext; progress: string[] }> {
    const workspace = await readWorkspace(fx.dir);
    const target = resolveWorkspaceTarget(workspace.binding, {});
    assert.ok(typeof target !== 'string', String(target));
    const client = new PostHogClient({ baseUrl: target.host, apiKey: KEY, retry: FAST_RETRY, env: {} });
    const progress: string[] = [];
    return { context: { workspace, target, client, env: {}, signal, onProgress: (event) => progress.push(event.message) }, progress };
  }

  test('status and push with progress events and typed reports', async () => {
    await fx.pulled();
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print(1)\n`);
    const { context, progress } = await contextFor();
    const report = await status(context);
    assert.equal(exitCodeOf(report), 0);
    assert.equal(report.objects.find((object) => object.slug === SCRUB)?.status, 'modified');
    const pushed = await push(context, {});
    await context.client.close();
    assert.equal(exitCodeOf(pushed), 0);
    assert.deepEqual(progress, [
      `Fetching functions and flows of project 1 from ${fx.emu.url}`,
      'Checking the files',
      `Fetching functions and flows of project 1 from ${fx.emu.url}`,
      `Update functions/${SCRUB}`,
    ]);
  });

  test('a cancelled push stops at once and keeps in the lock what was already sent', async () => {
    await fx.pulled();
    fx.write(`functions/${CHECKOUT}.hog`, `${fx.read(`functions/${CHECKOUT}.hog`)}print(1)\n`);
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print(2)\n`);
    const scrubBase = fx.lockEntry(1, 'functions', SCRUB)?.updated_at;
    await fx.admin.addFault({ match: { method: 'PATCH', path: SCRUB_ID }, response: { status: 200, body: {}, delayMs: 60_000 } });
    const controller = new AbortController();
    const { context } = await contextFor(controller.signal);
    const pushing = push(context, {});
    await until(async () => (await fx.admin.requestsTo('PATCH', new RegExp(SCRUB_ID))).length === 1);
    controller.abort();
    const report = await pushing;
    await context.client.close();
    assert.equal(exitCodeOf(report), 1);
    assert.match(report.errors[0] ?? '', /^Request cancelled \(PATCH /);
    const checkout = await fx.api.hogFunctions.get(1, CHECKOUT_ID);
    assert.equal(fx.lockEntry(1, 'functions', CHECKOUT)?.updated_at, checkout.updated_at, 'the done update is recorded');
    assert.equal(fx.lockEntry(1, 'functions', SCRUB)?.updated_at, scrubBase);
  });
});
