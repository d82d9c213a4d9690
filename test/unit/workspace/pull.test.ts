// `hog pull` against the local PostHog: the layout it writes, no secret values, a second pull that
// changes nothing, objects deleted on PostHog, and local changes kept unless --force.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readWorkspace } from '../../../src/workspace';
import { CHECKOUT, CHECKOUT_ID, DIGEST, DIGEST_ID, SCRUB, SCRUB_ID, SEEDED_SECRETS, useWorkspaceFixture } from './support';

describe('hog pull', () => {
  const fx = useWorkspaceFixture();

  test('writes a .hog and a .yaml per function and a .yaml per flow, with no secret values', async () => {
    const functions = await fx.api.hogFunctions.list(1).all();
    const flows = await fx.api.hogFlows.list(1).all();
    await fx.pulled();
    const files = [...fx.snapshot().keys()];
    assert.equal(files.filter((file) => /^functions\/[a-z0-9-]+\.hog$/.test(file)).length, functions.length);
    assert.equal(files.filter((file) => /^functions\/[a-z0-9-]+\.yaml$/.test(file)).length, functions.length);
    assert.equal(files.filter((file) => /^flows\/[a-z0-9-]+\.yaml$/.test(file)).length, flows.length);
    assert.deepEqual(files.filter((file) => !/^(functions|flows)\//.test(file)).sort(), ['posthog.lock.json', 'posthog.yaml']);
    assert.equal(fx.read('posthog.yaml'), `host: ${fx.emu.url}\nproject: 1\n`);

    const everything = [...fx.snapshot().values()].map((file) => file.text).join('\n');
    for (const secret of SEEDED_SECRETS) assert.ok(!everything.includes(secret), `${secret} was written`);
    assert.match(fx.read(`functions/${CHECKOUT}.yaml`), /\n {2}api_key:\n {4}secret: true\n/);
    assert.match(fx.read(`flows/${DIGEST}.yaml`), /\n {8}bot_token:\n {10}secret: true\n/);

    const checkout = await fx.api.hogFunctions.get(1, CHECKOUT_ID);
    assert.equal(fx.read(`functions/${CHECKOUT}.hog`), `${checkout.hog.trim()}\n`);
    assert.doesNotMatch(fx.read(`functions/${CHECKOUT}.yaml`), /^(id|hog|bytecode|updated_at):/m);
    assert.deepEqual(fx.lockEntry(1, 'functions', CHECKOUT)?.id, CHECKOUT_ID);
    assert.equal(fx.lockEntry(1, 'functions', CHECKOUT)?.updated_at, checkout.updated_at);
    assert.equal(fx.lockEntry(1, 'flows', DIGEST)?.id, DIGEST_ID);

    const workspace = await readWorkspace(fx.dir);
    assert.deepEqual(workspace.local.problems, [], 'every pulled file passes the schema');
    assert.deepEqual(await fx.writes(), []);
  });

  test('a second pull changes nothing: every file byte-identical and untouched', async () => {
    await fx.pulled();
    const before = fx.snapshot();
    const { code, report } = await fx.runJson(['pull']);
    assert.equal(code, 0);
    assert.deepEqual(fx.snapshot(), before);
    assert.ok(report.objects.length > 10);
    assert.deepEqual(new Set(report.objects.map((object) => object.action)), new Set(['none']));
    assert.deepEqual(await fx.writes(), []);
  });

  test('objects deleted on PostHog are reported and their unchanged files removed', async () => {
    await fx.pulled();
    await fx.api.hogFunctions.softDelete(1, SCRUB_ID);
    await fx.api.hogFlows.delete(1, DIGEST_ID);
    const { code, report } = await fx.runJson(['pull']);
    assert.equal(code, 0);
    const removed = report.objects.filter((object) => object.action === 'remove');
    assert.deepEqual(removed.map((object) => [object.slug, object.status, object.id]), [
      [SCRUB, 'gone', SCRUB_ID],
      [DIGEST, 'gone', DIGEST_ID],
    ]);
    assert.ok(!fx.exists(`functions/${SCRUB}.hog`) && !fx.exists(`functions/${SCRUB}.yaml`) && !fx.exists(`flows/${DIGEST}.yaml`));
    assert.equal(fx.lockEntry(1, 'functions', SCRUB), undefined);
    assert.equal(fx.lockEntry(1, 'flows', DIGEST), undefined);
    const text = await fx.run(['pull']);
    assert.doesNotMatch(text.out, /remove/, 'reported once');
  });

  test('a change on PostHog is written; a file changed since the pull is kept, and --force overwrites it', async () => {
    await fx.pulled();
    await fx.admin.touch('hog_function', CHECKOUT_ID);
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print('mine')\n`);
    const mine = fx.read(`functions/${SCRUB}.hog`);
    const first = await fx.runJson(['pull']);
    assert.equal(first.code, 0);
    const byslug = new Map(first.report.objects.map((object) => [object.slug, object]));
    assert.equal(byslug.get(CHECKOUT)?.action, 'write');
    assert.deepEqual(byslug.get(CHECKOUT)?.files, [`functions/${CHECKOUT}.yaml`]);
    assert.match(fx.read(`functions/${CHECKOUT}.yaml`), /edited elsewhere at/);
    assert.equal(byslug.get(SCRUB)?.action, 'keep');
    assert.equal(fx.read(`functions/${SCRUB}.hog`), mine);

    await fx.admin.touch('hog_function', SCRUB_ID);
    const conflict = await fx.runJson(['pull']);
    assert.equal(conflict.code, 3, 'changed on both sides is a conflict');
    assert.equal(conflict.report.objects.find((object) => object.slug === SCRUB)?.action, 'conflict');
    assert.equal(fx.read(`functions/${SCRUB}.hog`), mine);

    const forced = await fx.run(['pull', '--force']);
    assert.equal(forced.code, 0);
    assert.match(forced.out, /overwrote changes in the files/);
    assert.doesNotMatch(fx.read(`functions/${SCRUB}.hog`), /mine/);
    assert.equal((await fx.run(['status'])).out.split('\n').at(-1), `${byslug.size} unchanged, 0 to look at`);
  });

  test('a pulled change keeps the fromEnv a file gave a secret', async () => {
    await fx.pulled();
    const file = `functions/${CHECKOUT}.yaml`;
    fx.write(file, fx.read(file).replace('  api_key:\n    secret: true\n', '  api_key:\n    secret: true\n    fromEnv: ORDERS_KEY\n'));
    assert.equal((await fx.runJson(['status'])).report.objects.find((object) => object.slug === CHECKOUT)?.status, 'unchanged', 'fromEnv is no change');
    await fx.admin.touch('hog_function', CHECKOUT_ID);
    const { report } = await fx.runJson(['pull']);
    assert.equal(report.objects.find((object) => object.slug === CHECKOUT)?.action, 'write');
    assert.match(fx.read(file), /edited elsewhere/);
    assert.match(fx.read(file), /\n {2}api_key:\n {4}secret: true\n {4}fromEnv: ORDERS_KEY\n/);
  });

  test('slugs stay with their objects when PostHog renames them, and stay unique', async () => {
    await fx.pulled();
    await fx.api.hogFunctions.update(1, SCRUB_ID, { name: 'Checkout pageviews to webhook' });
    await fx.api.hogFunctions.create(1, { type: 'destination', name: 'Scrub PII', hog: 'print(1)' });
    const { report } = await fx.runJson(['pull']);
    const written = report.objects.filter((object) => object.action === 'write').map((object) => [object.slug, object.name]);
    assert.deepEqual(written, [[SCRUB, 'Checkout pageviews to webhook'], ['scrub-pii-2', 'Scrub PII']]);
    assert.match(fx.read(`functions/${SCRUB}.yaml`), /^name: Checkout pageviews to webhook$/m);
    assert.match(fx.read(`functions/${CHECKOUT}.yaml`), /^name: Checkout pageviews to webhook$/m);
  });
});
