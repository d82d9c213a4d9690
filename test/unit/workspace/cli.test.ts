// The command line around the operations: usage errors (exit 2), failures (1), conflicts (3), the
// --json shape, the key never printed, and dist/hog.js run as a real process.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, test } from 'node:test';
import { promisify } from 'node:util';
import { runWorkspaceCommand } from '../../../src/cli';
import { CHECKOUT, KEY, SCRUB, SCRUB_ID, useWorkspaceFixture } from './support';

const run = promisify(execFile);
const BUNDLE = join(process.cwd(), 'dist', 'hog.js');

describe('hog workspace commands', () => {
  const fx = useWorkspaceFixture();

  async function usage(args: string[], env: Record<string, string | undefined> = { POSTHOG_PERSONAL_API_KEY: KEY }): Promise<string> {
    const err: string[] = [];
    const out: string[] = [];
    const code = await runWorkspaceCommand(args, { out: (line) => out.push(line), err: (line) => err.push(line), env, cwd: fx.dir });
    assert.equal(code, 2, `${args.join(' ')}: ${err.join('\n')}`);
    assert.deepEqual(out, [], 'usage errors print nothing on stdout');
    assert.match(err.join('\n'), /\nusage: hog pull/);
    return err[0] ?? '';
  }

  test('bad usage exits 2 before any request', async () => {
    await fx.admin.clearRequests();
    assert.equal(await usage(['push', '--prnue']), 'hog: hog push: unknown argument --prnue');
    assert.equal(await usage(['status', '--force']), 'hog: hog status: unknown argument --force');
    assert.equal(await usage(['pull', 'functions']), 'hog: hog pull: unknown argument functions');
    assert.equal(await usage(['push', '--project', 'two', '--host', fx.emu.url]), 'hog: --project takes a project id (a positive integer), got two');
    assert.equal(await usage(['push', '--dir']), 'hog: --dir needs a value');
    assert.equal(await usage(['push', '--api-key', KEY]), 'hog: --api-key: the API key is read from the POSTHOG_PERSONAL_API_KEY environment variable only');
    assert.equal(await usage(['status']), 'hog: no PostHog project: write posthog.yaml (host, project) or pass --host and --project');
    assert.equal(await usage(['status', '--dir', 'missing']), 'hog: missing is not a directory');
    assert.equal(await usage(['status', `--host=${fx.emu.url}`, '--project=1'], {}), 'hog: set POSTHOG_PERSONAL_API_KEY to a personal API key with the hog_function and hog_flow scopes');
    assert.deepEqual(await fx.admin.requests(), []);
  });

  test('exit codes: 0 done, 3 conflict, 1 refused by PostHog with the field located', async () => {
    await fx.pulled();
    assert.equal((await fx.run(['push'])).code, 0);
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print(1)\n`);
    await fx.admin.touch('hog_function', SCRUB_ID);
    assert.equal((await fx.run(['push'])).code, 3);
    assert.equal((await fx.run(['status'])).code, 0, 'status compares, whatever it finds');
    assert.equal((await fx.run(['diff'])).code, 0);

    await fx.run(['pull', '--force']);
    const file = `functions/${SCRUB}.yaml`;
    fx.write(file, fx.read(file).replace('execution_order: 1', 'execution_order: 1\nmasking:\n  ttl: 100000\n  hash: "{person.id}"'));
    const refused = await fx.runJson(['push']);
    assert.equal(refused.code, 1);
    assert.deepEqual(refused.report.problems.map((problem) => problem.message), ['masking.ttl: must be at most 86400'], 'the schema knows the bound');
    await fx.run(['pull', '--force']);

    const checkout = `functions/${CHECKOUT}.yaml`;
    fx.write(checkout, fx.read(checkout).replace(/ {2}url:\n {4}value: .*\n/, '  url:\n    value: ""\n'));
    const failed = await fx.runJson(['push']);
    assert.equal(failed.code, 1);
    const error = failed.report.objects.find((object) => object.slug === CHECKOUT)?.error;
    assert.deepEqual({ ...error, line: undefined }, {
      message: 'PostHog error 400: This field is required. (field: inputs__url)',
      status: 400, code: 'invalid_input', attr: 'inputs__url', file: checkout, line: undefined, column: 5,
    });
    assert.equal(fx.read(checkout).split('\n')[(error?.line ?? 0) - 1], '    value: ""');
  });

  test('a failed request is exit 1, and nothing in the output holds the key', async () => {
    await fx.pulled();
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print(1)\n`);
    await fx.admin.addFault({ match: { method: 'PATCH', path: SCRUB_ID }, response: { status: 500, body: { type: 'server_error', code: 'error', detail: `boom ${KEY}`, attr: null } } });
    const result = await fx.run(['push']);
    assert.equal(result.code, 1);
    assert.match(result.out, new RegExp(`^failed +functions/${SCRUB} +\\(hog\\); PostHog error 500: boom \\[redacted\\]`, 'm'));
    await fx.admin.addFault({ match: { method: 'GET', path: 'hog_flows' }, response: { status: 403, body: { type: 'authentication_error', code: 'permission_denied', detail: 'API key missing required scope', attr: null } } });
    const listing = await fx.runJson(['status']);
    assert.equal(listing.code, 1, 'status that could not compare');
    assert.match(listing.report.errors[0] ?? '', /^PostHog error 403: API key missing required scope/);
  });

  test('--json: one object with command, target, problems, objects, errors and the exit code', async () => {
    await fx.pulled();
    const { report } = await fx.runJson(['push', '--dry-run']);
    assert.deepEqual(Object.keys(report), ['command', 'host', 'project', 'dryRun', 'problems', 'objects', 'errors', 'exitCode']);
    assert.deepEqual([report.command, report.host, report.project, report.dryRun, report.exitCode], ['push', fx.emu.url, 1, true, 0]);
    assert.deepEqual(Object.keys(report.objects[0] ?? {}), ['kind', 'slug', 'id', 'name', 'status', 'action']);
  });

  test('dist/hog.js runs as a command: progress on stderr, results on stdout', { skip: existsSync(BUNDLE) ? false : 'dist/hog.js not built (npm run build)' }, async () => {
    const env = { ...process.env, POSTHOG_PERSONAL_API_KEY: KEY };
    const pulled = await run(process.execPath, [BUNDLE, 'pull', '--dir', fx.dir, '--host', fx.emu.url, '--project', '1'], { env });
    assert.match(pulled.stdout, /^write +functions\/scrub-pii +\(functions\/scrub-pii\.hog, functions\/scrub-pii\.yaml\)$/m);
    assert.match(pulled.stderr, /^hog: Fetching functions and flows of project 1 from /m);
    assert.ok(fx.exists('posthog.lock.json'));
    fx.write(`functions/${SCRUB}.hog`, `${fx.read(`functions/${SCRUB}.hog`)}print(1)\n`);
    await fx.admin.touch('hog_function', SCRUB_ID);
    const conflict = await run(process.execPath, [BUNDLE, 'push', '--json'], { env, cwd: fx.dir }).then(() => assert.fail('exit 0'), (error: { code: number; stdout: string; stderr: string }) => error);
    assert.equal(conflict.code, 3);
    assert.equal((JSON.parse(conflict.stdout) as { exitCode: number }).exitCode, 3);
    assert.ok(!conflict.stdout.includes(KEY) && !conflict.stderr.includes(KEY) && !pulled.stdout.includes(KEY));

    // Installed as the package's bin, npm links it as `hog`: the entry-point guard must accept that name.
    const bin = join(mkdtempSync(join(tmpdir(), 'hog-bin-')), 'hog');
    symlinkSync(BUNDLE, bin);
    const status = await run(bin, ['status'], { env, cwd: fx.dir });
    assert.match(status.stdout, new RegExp(`^changed in both +functions/${SCRUB} `, 'm'));
    rmSync(dirname(bin), { recursive: true, force: true });
  });
});
