// `hog push` against the local PostHog: one PATCH with only the changed fields and the lock's base,
// conflicts that send nothing, --force, --dry-run, creating from new files, --prune.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKOUT, CHECKOUT_ID, DIGEST, DIGEST_ID, SCRUB, SCRUB_ID, SLACK, useWorkspaceFixture } from './support';

const DROP = 'drop-bot-traffic';
const DROP_ID = '0197e2a1-6d4c-7e5f-9a01-000000000008';

const NEW_FUNCTION = `type: destination
name: Audit log
description: Sends every signup to the audit service
enabled: false
inputs_schema:
  - key: url
    type: string
    required: true
inputs:
  url:
    value: https://audit.example.com/hooks
filters:
  source: events
  events:
    - id: signed_up
      name: signed_up
      type: events
`;

describe('hog push', () => {
  const fx = useWorkspaceFixture();

  test('an edited .hog is exactly one PATCH with hog and the lock\'s base_updated_at', async () => {
    await fx.pulled();
    const base = fx.lockEntry(1, 'functions', SCRUB)?.updated_at;
    const code = `${fx.read(`functions/${SCRUB}.hog`)}print('pushed')\n\n`;
    fx.write(`functions/${SCRUB}.hog`, code);
    const { code: exit, report } = await fx.runJson(['push']);
    assert.equal(exit, 0);
    const writes = await fx.writes();
    assert.equal(writes.length, 1, JSON.stringify(writes));
    assert.equal(writes[0]?.method, 'PATCH');
    assert.equal(writes[0]?.path, `/api/projects/1/hog_functions/${SCRUB_ID}/`);
    assert.deepEqual(writes[0]?.body, { hog: code.trim(), base_updated_at: base });
    const stored = await fx.api.hogFunctions.get(1, SCRUB_ID);
    assert.equal(stored.hog, code.trim());
    assert.equal(fx.lockEntry(1, 'functions', SCRUB)?.updated_at, stored.updated_at);
    assert.deepEqual(report.objects.find((object) => object.slug === SCRUB)?.fields, ['hog']);
    const after = await fx.runJson(['status']);
    assert.deepEqual(new Set(after.report.objects.map((object) => object.status)), new Set(['unchanged']));
  });

  test('a change on PostHog since the pull is a conflict: exit 3 and no PATCH for that object', async () => {
    await fx.pulled();
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print('mine')\n`);
    fx.write(`functions/${CHECKOUT}.hog`, `${fx.read(`functions/${CHECKOUT}.hog`)}print('also mine')\n`);
    await fx.admin.touch('hog_function', SCRUB_ID);
    const lockBefore = fx.read('posthog.lock.json');
    const theirs = await fx.api.hogFunctions.get(1, SCRUB_ID);
    await fx.admin.clearRequests();

    const result = await fx.run(['push']);
    assert.equal(result.code, 3);
    assert.match(result.out, new RegExp(`^conflict +functions/${SCRUB} +changed on PostHog since the last pull \\(description, hog differ\\)`, 'm'));
    const writes = await fx.writes();
    assert.deepEqual(writes.map((request) => `${request.method} ${request.path}`), [`PATCH /api/projects/1/hog_functions/${CHECKOUT_ID}/`]);
    assert.deepEqual((await fx.api.hogFunctions.get(1, SCRUB_ID)).hog, theirs.hog, 'nothing overwritten');
    assert.equal(fx.lockEntry(1, 'functions', SCRUB)?.updated_at, JSON.parse(lockBefore).projects['1'].functions[SCRUB].updated_at);
  });

  test('--force overwrites PostHog\'s version and says what it overwrote', async () => {
    await fx.pulled();
    const mine = `${fx.read(`functions/${SCRUB}.hog`)}print('mine wins')\n`;
    fx.write(`functions/${SCRUB}.hog`, mine);
    await fx.admin.touch('hog_function', SCRUB_ID);
    const theirs = await fx.api.hogFunctions.get(1, SCRUB_ID);
    await fx.admin.clearRequests();

    const result = await fx.run(['push', '--force']);
    assert.equal(result.code, 0, result.out);
    assert.match(result.out, new RegExp(`^update +functions/${SCRUB} +\\(description, hog\\); changed on PostHog since the last pull: --force overwrites PostHog's description, hog$`, 'm'));
    const writes = await fx.writes();
    assert.equal(writes.length, 1);
    assert.deepEqual(writes[0]?.body, { description: theirs.description.replace(/ \(edited elsewhere at .*\)$/, ''), hog: mine.trim(), base_updated_at: theirs.updated_at });
    const stored = await fx.api.hogFunctions.get(1, SCRUB_ID);
    assert.equal(stored.hog, mine.trim());
    assert.doesNotMatch(stored.description, /edited elsewhere/);
  });

  test('--dry-run prints the plan (create, update, unchanged, conflict) and sends no write', async () => {
    await fx.pulled();
    fx.write('functions/audit-log.yaml', NEW_FUNCTION);
    fx.write('functions/audit-log.hog', "fetch(inputs.url, {'method': 'POST', 'body': event})\n");
    fx.write(`functions/${CHECKOUT}.hog`, `${fx.read(`functions/${CHECKOUT}.hog`)}print(1)\n`);
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print(2)\n`);
    await fx.admin.touch('hog_function', SCRUB_ID);
    const before = fx.snapshot();
    await fx.admin.clearRequests();

    const text = await fx.run(['push', '--dry-run']);
    assert.equal(text.code, 3, 'the plan has a conflict');
    assert.match(text.out, /^Dry run: nothing was sent\. The plan:$/m);
    assert.match(text.out, /^would create +functions\/audit-log$/m);
    assert.match(text.out, new RegExp(`^would update +functions/${CHECKOUT} +\\(hog\\)$`, 'm'));
    assert.match(text.out, new RegExp(`^would conflict +functions/${SCRUB} `, 'm'));
    assert.match(text.out, /^1 conflict, 1 create, 13 unchanged, 1 update$/m);
    const json = await fx.runJson(['push', '--dry-run']);
    assert.equal(json.report.dryRun, true);
    assert.deepEqual(await fx.writes(), []);
    assert.deepEqual(fx.snapshot(), before, 'not even the lock changed');
  });

  test('a new file is created with POST and its id goes into the lock', async () => {
    await fx.pulled();
    fx.write('functions/audit-log.yaml', NEW_FUNCTION);
    fx.write('functions/audit-log.hog', "\nfetch(inputs.url, {'method': 'POST', 'body': event})\n\n");
    const { code, report } = await fx.runJson(['push']);
    assert.equal(code, 0, JSON.stringify(report));
    const writes = await fx.writes();
    assert.deepEqual(writes.map((request) => `${request.method} ${request.path}`), ['POST /api/projects/1/hog_functions/']);
    const created = report.objects.find((object) => object.slug === 'audit-log');
    assert.equal(created?.action, 'create');
    const id = fx.lockEntry(1, 'functions', 'audit-log')?.id;
    assert.ok(id);
    assert.equal(created?.id, id);
    const stored = await fx.api.hogFunctions.get(1, id);
    assert.equal(stored.name, 'Audit log');
    assert.equal(stored.hog, "fetch(inputs.url, {'method': 'POST', 'body': event})");
    assert.deepEqual(stored.inputs.url, { value: 'https://audit.example.com/hooks', templating: 'hog', bytecode: ['_H', 1, 32, 'https://audit.example.com/hooks'], order: 0 });
    // PostHog filled in defaults; the files now say what it stores, so nothing looks changed.
    assert.deepEqual(created?.files, ['functions/audit-log.hog', 'functions/audit-log.yaml']);
    assert.match(fx.read('functions/audit-log.yaml'), /^ {4}value: https:\/\/audit\.example\.com\/hooks\n {4}templating: hog$/m);
    assert.equal(fx.read('functions/audit-log.hog'), "fetch(inputs.url, {'method': 'POST', 'body': event})\n");
    await fx.admin.clearRequests();
    assert.equal((await fx.run(['push'])).code, 0);
    assert.deepEqual(await fx.writes(), [], 'a second push has nothing to send');
    assert.ok((await fx.runJson(['status'])).report.objects.every((object) => object.status === 'unchanged'));
  });

  test('push --project deploys the same files to another project, matched through its own lock section', async () => {
    await fx.pulled();
    for (const file of [...fx.snapshot().keys()].filter((name) => /^(functions|flows)\//.test(name))) {
      if (![CHECKOUT, SLACK, DIGEST].some((slug) => file.includes(`/${slug}.`))) fx.remove(file);
    }
    // Project 2 has no stored secrets: they come from the environment on create.
    fx.write(`functions/${CHECKOUT}.yaml`, fx.read(`functions/${CHECKOUT}.yaml`).replace('  api_key:\n    secret: true\n', '  api_key:\n    secret: true\n    fromEnv: ORDERS_KEY\n'));
    fx.write(`functions/${SLACK}.yaml`, fx.read(`functions/${SLACK}.yaml`).replace('  bot_token:\n    secret: true\n', '  bot_token:\n    secret: true\n    fromEnv: SLACK_TOKEN\n'));
    fx.write(`flows/${DIGEST}.yaml`, fx.read(`flows/${DIGEST}.yaml`).replace('bot_token:\n          secret: true\n', 'bot_token:\n          secret: true\n          fromEnv: SLACK_TOKEN\n'));
    const env = { ORDERS_KEY: 'sk_promoted_orders', SLACK_TOKEN: 'xoxb-promoted' };
    const project1Lock = JSON.stringify(JSON.parse(fx.read('posthog.lock.json')).projects['1']);

    const first = await fx.runJson(['push', '--project', '2'], env);
    assert.equal(first.code, 0, JSON.stringify(first.report.objects.filter((object) => object.error)));
    assert.equal(first.report.project, 2);
    assert.deepEqual(first.report.objects.filter((object) => object.action === 'create').map((object) => object.slug).sort(), [CHECKOUT, SLACK, DIGEST].sort());
    const writes = await fx.writes();
    assert.deepEqual(writes.map((request) => `${request.method} ${request.path}`).sort(), [
      'POST /api/projects/2/hog_flows/', 'POST /api/projects/2/hog_functions/', 'POST /api/projects/2/hog_functions/',
    ]);
    const checkoutPost = writes.find((request) => (request.body as { name?: string }).name === 'Checkout pageviews to webhook');
    assert.deepEqual((checkoutPost?.body as { inputs: Record<string, unknown> }).inputs.api_key, { value: 'sk_promoted_orders' });
    const promoted = fx.lockEntry(2, 'functions', CHECKOUT)?.id as string;
    assert.notEqual(promoted, CHECKOUT_ID);
    assert.equal((await fx.api.hogFunctions.get(2, promoted)).name, 'Checkout pageviews to webhook');
    assert.equal(JSON.stringify(JSON.parse(fx.read('posthog.lock.json')).projects['1']), project1Lock, "project 1's section untouched");

    fx.write(`functions/${CHECKOUT}.hog`, `${fx.read(`functions/${CHECKOUT}.hog`)}print('v2')\n`);
    await fx.admin.clearRequests();
    assert.equal((await fx.run(['push', '--project', '2'])).code, 0);
    assert.equal((await fx.run(['push'])).code, 0);
    const updates = await fx.writes();
    assert.deepEqual(updates.map((request) => `${request.method} ${request.path}`), [
      `PATCH /api/projects/2/hog_functions/${promoted}/`, `PATCH /api/projects/1/hog_functions/${CHECKOUT_ID}/`,
    ]);
    assert.ok(updates.every((request) => !JSON.stringify(request.body).includes('sk_promoted_orders')), 'secrets go only on create');
  });

  test('deleted files are left alone without --prune; --prune deletes them on PostHog', async () => {
    await fx.pulled();
    fx.remove(`functions/${SCRUB}.hog`);
    fx.remove(`functions/${SCRUB}.yaml`);
    fx.remove(`flows/${DIGEST}.yaml`);
    const kept = await fx.run(['push']);
    assert.equal(kept.code, 0);
    assert.match(kept.out, new RegExp(`^skip +functions/${SCRUB} +files deleted: push --prune deletes it on PostHog$`, 'm'));
    assert.deepEqual(await fx.writes(), []);

    const base = fx.lockEntry(1, 'functions', SCRUB)?.updated_at;
    const pruned = await fx.runJson(['push', '--prune']);
    assert.equal(pruned.code, 0);
    assert.deepEqual(pruned.report.objects.filter((object) => object.action === 'delete').map((object) => object.slug), [SCRUB, DIGEST]);
    const writes = await fx.writes();
    assert.deepEqual(writes.map((request) => [request.method, request.path, request.body]), [
      ['PATCH', `/api/projects/1/hog_functions/${SCRUB_ID}/`, { deleted: true, base_updated_at: base }],
      ['DELETE', `/api/projects/1/hog_flows/${DIGEST_ID}/`, null],
    ]);
    await assert.rejects(fx.api.hogFunctions.get(1, SCRUB_ID), /404/);
    await assert.rejects(fx.api.hogFlows.get(1, DIGEST_ID), /404/);
    assert.equal(fx.lockEntry(1, 'functions', SCRUB), undefined);
    assert.equal(fx.lockEntry(1, 'flows', DIGEST), undefined);
  });

  test('--prune of an object changed on PostHog is a conflict; --force deletes it anyway', async () => {
    await fx.pulled();
    fx.remove(`functions/${SCRUB}.hog`);
    fx.remove(`functions/${SCRUB}.yaml`);
    await fx.admin.touch('hog_function', SCRUB_ID);
    await fx.admin.clearRequests();
    assert.equal((await fx.run(['push', '--prune'])).code, 3);
    assert.deepEqual(await fx.writes(), []);
    const forced = await fx.run(['push', '--prune', '--force']);
    assert.equal(forced.code, 0);
    assert.match(forced.out, new RegExp(`^delete +functions/${SCRUB}$`, 'm'));
    await assert.rejects(fx.api.hogFunctions.get(1, SCRUB_ID), /404/);
  });

  test('without a lock entry, a file named like an object on PostHog is linked when they match, a conflict when not', async () => {
    await fx.pulled();
    fx.remove('posthog.lock.json');
    fx.write(`functions/${CHECKOUT}.hog`, `${fx.read(`functions/${CHECKOUT}.hog`)}print('differs')\n`);
    const plan = await fx.runJson(['push', '--dry-run']);
    assert.equal(plan.code, 3);
    const checkout = plan.report.objects.find((object) => object.slug === CHECKOUT);
    assert.deepEqual([checkout?.status, checkout?.action, checkout?.id], ['both', 'conflict', CHECKOUT_ID]);
    assert.match(checkout?.message ?? '', /exists on PostHog but is not in posthog\.lock\.json \(hog differ\)/);
    assert.ok(plan.report.objects.filter((object) => object.slug !== CHECKOUT).every((object) => object.action === 'unchanged'));
    assert.ok(!plan.report.objects.some((object) => object.action === 'create'), 'nothing duplicated');

    assert.equal((await fx.run(['push'])).code, 3);
    assert.deepEqual(await fx.writes(), []);
    assert.equal(fx.lockEntry(1, 'functions', SCRUB)?.id, SCRUB_ID, 'matching files are linked again');
    assert.equal(fx.lockEntry(1, 'functions', CHECKOUT), undefined);
  });

  test('deleted on PostHog: a conflict while the files exist, --force creates it again; deleted on both sides, forgotten', async () => {
    await fx.pulled();
    await fx.api.hogFunctions.softDelete(1, DROP_ID);
    await fx.api.hogFlows.delete(1, DIGEST_ID);
    fx.remove(`flows/${DIGEST}.yaml`);
    await fx.admin.clearRequests();
    const first = await fx.run(['push']);
    assert.equal(first.code, 3);
    assert.match(first.out, new RegExp(`^conflict +functions/${DROP} +deleted on PostHog since the last pull: pull removes the files, push --force creates it again$`, 'm'));
    assert.match(first.out, new RegExp(`^skip +flows/${DIGEST} +deleted on PostHog and in the files$`, 'm'));
    assert.deepEqual(await fx.writes(), []);
    assert.equal(fx.lockEntry(1, 'flows', DIGEST), undefined, 'forgotten');

    const forced = await fx.runJson(['push', '--force']);
    assert.equal(forced.code, 0);
    const recreated = fx.lockEntry(1, 'functions', DROP)?.id;
    assert.ok(recreated && recreated !== DROP_ID);
    assert.deepEqual((await fx.writes()).map((request) => `${request.method} ${request.path}`), ['POST /api/projects/1/hog_functions/']);
    assert.equal((await fx.api.hogFunctions.get(1, recreated)).name, 'Drop bot traffic');
  });
});
