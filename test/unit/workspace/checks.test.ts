// Local checks before any request: Hog that does not parse or fails the checker for its type,
// YAML that does not parse or breaks the schema, secret values in files, missing fromEnv variables.
// When a check fails, push sends nothing at all, not even a GET.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKOUT, SCRUB, useWorkspaceFixture } from './support';

describe('local checks', () => {
  const fx = useWorkspaceFixture();

  async function refused(expected: RegExp[], args: string[] = []): Promise<void> {
    await fx.admin.clearRequests();
    const result = await fx.run(['push', ...args]);
    assert.equal(result.code, 1, result.out);
    for (const pattern of expected) assert.match(result.out, pattern);
    assert.deepEqual(await fx.admin.requests(), [], 'no request at all');
  }

  test('a .hog that does not parse', async () => {
    await fx.pulled();
    fx.write(`functions/${SCRUB}.hog`, 'let total := 1\nlet broken := (2 + \n');
    await refused([
      new RegExp(`^functions/${SCRUB}\\.hog:2:15: error: unclosed '\\(': expected '\\)'$`, 'm'),
      /^Nothing was sent: fix the errors above first\.$/m,
    ]);
  });

  test('a .hog that fails the checker for its type: errors refuse, warnings do not', async () => {
    await fx.pulled();
    fx.write(`functions/${SCRUB}.hog`, 'print(lenght(event.event))\n');
    await refused([new RegExp(`^functions/${SCRUB}\\.hog:1:7: error: Unknown function 'lenght'\\.$`, 'm')]);

    fx.write(`functions/${SCRUB}.hog`, "print(request.body, inputs.nope)\nreturn event\n");
    const warned = await fx.run(['push']);
    assert.equal(warned.code, 0, warned.out);
    assert.match(warned.out, new RegExp(`^functions/${SCRUB}\\.hog:1:7: warning: 'request' is not available in transformation functions`, 'm'));
    assert.match(warned.out, new RegExp(`^functions/${SCRUB}\\.hog:1:28: warning: Input 'nope' is not defined in this function's inputs_schema`, 'm'));
    assert.match(warned.out, new RegExp(`^update +functions/${SCRUB} +\\(hog\\)$`, 'm'));
  });

  test('YAML that does not parse, and YAML that breaks the schema, located at the field', async () => {
    await fx.pulled();
    const original = fx.read(`functions/${SCRUB}.yaml`);
    fx.write(`functions/${SCRUB}.yaml`, original.replace('enabled: true', 'enabled: [true'));
    await refused([new RegExp(`^functions/${SCRUB}\\.yaml:5:1: error: Flow sequence in block collection must be sufficiently indented and end with a \\]$`, 'm')]);

    const yaml = original.replace('type: transformation', 'type: transformer');
    fx.write(`functions/${SCRUB}.yaml`, `${yaml}hog: print(1)\nmasking:\n  ttl: 5\n  hash: "{person.id}"\n`);
    const lines = fx.read(`functions/${SCRUB}.yaml`).split('\n');
    const lineOf = (prefix: string): number => lines.findIndex((line) => line.startsWith(prefix)) + 1;
    await refused([
      new RegExp(`^functions/${SCRUB}\\.yaml:1:7: error: type: must be one of: "destination", `, 'm'),
      new RegExp(`^functions/${SCRUB}\\.yaml:${lineOf('hog:')}:6: error: hog: unknown field 'hog': the code lives in the \\.hog file beside this one$`, 'm'),
      new RegExp(`^functions/${SCRUB}\\.yaml:${lineOf('  ttl:')}:8: error: masking\\.ttl: must be at least 60$`, 'm'),
    ]);
  });

  test('a flow that breaks the schema', async () => {
    await fx.pulled();
    const file = 'flows/weekly-digest-batch.yaml';
    fx.write(file, fx.read(file).replace('    type: function\n', '    type: webhook_call\n'));
    await refused([new RegExp(`^${file}:\\d+:11: error: actions\\.1\\.type: must be one of: "trigger", `, 'm')]);
  });

  test('a .hog without its .yaml, or the reverse', async () => {
    await fx.pulled();
    fx.write('functions/orphan.hog', 'print(1)\n');
    fx.write('functions/lonely.yaml', 'type: destination\nname: Lonely\n');
    await refused([
      /^functions\/orphan\.hog:1:1: error: functions\/orphan\.yaml is missing/m,
      /^functions\/lonely\.yaml:1:1: error: functions\/lonely\.hog is missing/m,
    ]);
  });

  test('a secret value written into a file is refused', async () => {
    await fx.pulled();
    const file = `functions/${CHECKOUT}.yaml`;
    fx.write(file, fx.read(file).replace('  api_key:\n    secret: true\n', '  api_key:\n    value: sk_live_oops\n'));
    await refused([new RegExp(`^${file}:\\d+:12: error: input 'api_key' is secret: keep its value out of files`, 'm')]);
  });

  test('a secret that names an unset environment variable, when the push would send it', async () => {
    await fx.pulled();
    fx.write('functions/hooked.yaml', [
      'type: destination', 'name: Hooked', 'inputs_schema:', '  - key: token', '    type: string', '    secret: true',
      'inputs:', '  token:', '    secret: true', '    fromEnv: HOOK_TOKEN', '',
    ].join('\n'));
    fx.write('functions/hooked.hog', "fetch('https://hooks.example.com', {'headers': {'x-token': inputs.token}})\n");
    await refused([/^functions\/hooked\.yaml:10:14: error: environment variable HOOK_TOKEN is not set \(this push sends the secret\)$/m]);

    const { code, report } = await fx.runJson(['push'], { HOOK_TOKEN: 'tok_from_env' });
    assert.equal(code, 0, JSON.stringify(report));
    const [post] = await fx.writes();
    assert.deepEqual((post?.body as { inputs: unknown }).inputs, { token: { value: 'tok_from_env' } });
    assert.doesNotMatch(fx.read('functions/hooked.yaml'), /tok_from_env/);

    // Later pushes leave the stored secret alone, unless --secrets says to send it again.
    await fx.admin.clearRequests();
    assert.equal((await fx.run(['push'])).code, 0, 'no variable needed when nothing is created');
    assert.deepEqual(await fx.writes(), []);
    await refused([/environment variable HOOK_TOKEN is not set/], ['--secrets']);
    const base = fx.lockEntry(1, 'functions', 'hooked')?.updated_at;
    assert.ok(base);
    assert.equal((await fx.run(['push', '--secrets'], { HOOK_TOKEN: 'tok_rotated' })).code, 0);
    const writes = await fx.writes();
    assert.deepEqual(writes.map((request) => request.method), ['PATCH']);
    assert.deepEqual(writes[0]?.body, { inputs: { token: { value: 'tok_rotated' } }, base_updated_at: base });
  });
});
