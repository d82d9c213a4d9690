// `hog status` and `hog diff`: every category, shown as text and as JSON, exit 0 whatever they find.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKOUT, CHECKOUT_ID, DIGEST, ONBOARDING, ONBOARDING_ID, SCRUB, SCRUB_ID, SLACK, SLACK_ID, useWorkspaceFixture } from './support';

describe('hog status and hog diff', () => {
  const fx = useWorkspaceFixture();

  /** One object in each state, from a fresh pull. */
  async function everyCategory(): Promise<void> {
    await fx.pulled();
    fx.write(`functions/${CHECKOUT}.hog`, `${fx.read(`functions/${CHECKOUT}.hog`)}print('local')\n`);
    await fx.admin.touch('hog_function', SLACK_ID);
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print('both')\n`);
    await fx.admin.touch('hog_function', SCRUB_ID);
    fx.write('functions/brand-new.yaml', 'type: destination\nname: Brand new\n');
    fx.write('functions/brand-new.hog', 'print(1)\n');
    fx.remove(`flows/${DIGEST}.yaml`);
    await fx.api.hogFlows.delete(1, ONBOARDING_ID);
    await fx.api.hogFunctions.create(1, { type: 'destination', name: 'Made in PostHog', hog: 'print(2)' });
  }

  test('each category is shown, in text and JSON, and status exits 0', async () => {
    await everyCategory();
    await fx.admin.clearRequests();
    const { code, report } = await fx.runJson(['status']);
    assert.equal(code, 0);
    assert.equal(report.exitCode, 0);
    const bySlug = Object.fromEntries(report.objects.map((object) => [object.slug, object.status]));
    assert.deepEqual(
      { [CHECKOUT]: bySlug[CHECKOUT], [SLACK]: bySlug[SLACK], [SCRUB]: bySlug[SCRUB], 'brand-new': bySlug['brand-new'], [DIGEST]: bySlug[DIGEST], [ONBOARDING]: bySlug[ONBOARDING], 'made-in-posthog': bySlug['made-in-posthog'], 'drop-bot-traffic': bySlug['drop-bot-traffic'] },
      { [CHECKOUT]: 'modified', [SLACK]: 'server-changed', [SCRUB]: 'both', 'brand-new': 'new', [DIGEST]: 'deleted-locally', [ONBOARDING]: 'gone', 'made-in-posthog': 'server-new', 'drop-bot-traffic': 'unchanged' },
    );
    assert.equal(report.objects.find((object) => object.slug === CHECKOUT)?.id, CHECKOUT_ID);
    assert.deepEqual(await fx.writes(), [], 'status only reads');

    const text = await fx.run(['status']);
    assert.equal(text.code, 0);
    for (const line of [
      `modified locally           functions/${CHECKOUT}  push sends the change`,
      `changed on PostHog         functions/${SLACK}  pull brings the change`,
      `changed in both            functions/${SCRUB}  changed in the files and on PostHog: compare with diff, then pull --force or push --force`,
      'new (local only)           functions/brand-new  push creates it',
      `deleted locally            flows/${DIGEST}  push --prune deletes it on PostHog`,
      `gone (deleted on PostHog)  flows/${ONBOARDING}  deleted on PostHog: pull removes the files, push --force creates it again`,
      'new on PostHog             functions/made-in-posthog  pull adds it',
    ]) assert.ok(text.out.split('\n').includes(line), `missing line: ${line}\n${text.out}`);
    assert.match(text.out, /^\d+ unchanged, 7 to look at$/m);
  });

  test('diff shows PostHog\'s version (---) against the files (+++), per object; exit 0', async () => {
    await everyCategory();
    const { code, report } = await fx.runJson(['diff']);
    assert.equal(code, 0);
    const diffOf = (slug: string): string => report.objects.find((object) => object.slug === slug)?.diff ?? '';
    assert.equal(diffOf('drop-bot-traffic'), '', 'no diff where they agree');
    assert.match(diffOf(CHECKOUT), new RegExp(`^--- posthog/functions/${CHECKOUT}\\.hog\\n\\+\\+\\+ functions/${CHECKOUT}\\.hog\\n@@ .* @@\\n`));
    assert.match(diffOf(CHECKOUT), /\n\+print\('local'\)\n/);
    assert.doesNotMatch(diffOf(CHECKOUT), /\.yaml/, 'the unchanged configuration is not in the diff');
    assert.match(diffOf(SLACK), /\n-description: "Posts every new signup to #growth \(edited elsewhere at .*\)"\n\+description: "Posts every new signup to #growth"\n/);
    assert.match(diffOf('brand-new'), /^--- \/dev\/null\n\+\+\+ functions\/brand-new\.hog\n/);
    assert.match(diffOf(DIGEST), new RegExp(`^--- posthog/flows/${DIGEST}\\.yaml\\n\\+\\+\\+ /dev/null\\n`));
    assert.match(diffOf('made-in-posthog'), /^--- posthog\/functions\/made-in-posthog\.hog\n\+\+\+ \/dev\/null\n/);

    const text = await fx.run(['diff']);
    assert.equal(text.code, 0);
    assert.ok(text.out.includes(diffOf(CHECKOUT).trimEnd()));
    await fx.run(['pull', '--force']);
    const after = await fx.runJson(['diff']);
    assert.deepEqual(after.report.objects.filter((object) => object.diff).map((object) => object.slug), ['brand-new'], 'only the file PostHog does not have');
  });

  test('status and diff still compare when a file has problems, and list them', async () => {
    await fx.pulled();
    fx.write(`functions/${CHECKOUT}.hog`, 'let x := (\n');
    const { code, report } = await fx.runJson(['status']);
    assert.equal(code, 0);
    assert.equal(report.problems[0]?.file, `functions/${CHECKOUT}.hog`);
    assert.equal(report.objects.find((object) => object.slug === CHECKOUT)?.status, 'modified');
  });
});
