// The VS Code test toolchain installer's own plumbing: nested npm runs outside the outer npm's
// configuration, and a failing step says why in the failing command's own words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
// @ts-expect-error: a plain .mjs module of the test harness, without type declarations
import { outsideNpmEnv, run } from '../../host/install.mjs';

test('the nested npm gets none of the outer npm run’s configuration', () => {
  const saved = { ...process.env };
  try {
    Object.assign(process.env, {
      npm_config_user_agent: 'npm/11.0.0 node/v20.0.0 linux x64',
      npm_config_loglevel: 'silent',
      npm_lifecycle_event: 'test',
      NODE: '/usr/bin/node',
      INIT_CWD: '/somewhere',
      KEEP_ME: 'yes',
    });
    const env = outsideNpmEnv() as Record<string, string>;
    assert.equal(env.KEEP_ME, 'yes');
    assert.equal(env.PATH, process.env.PATH);
    for (const name of ['npm_config_user_agent', 'npm_config_loglevel', 'npm_lifecycle_event', 'NODE', 'INIT_CWD']) {
      assert.equal(env[name], undefined, name);
    }
  } finally {
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name];
    Object.assign(process.env, saved);
  }
});

test('a failing captured step reports its exit code and the end of its own output', () => {
  const script = "console.log('step one'); console.error('ERROR: needs node v24, you are on v20'); process.exit(3)";
  assert.throws(
    () => run(process.execPath, ['-e', script], { capture: true }),
    (error: Error) => {
      assert.match(error.message, /failed \(exit 3\)/);
      assert.match(error.message, /step one/);
      assert.match(error.message, /ERROR: needs node v24, you are on v20/);
      return true;
    },
  );
});

test('a captured step that succeeds stays quiet', () => {
  assert.doesNotThrow(() => run(process.execPath, ['-e', "console.log('fine')"], { capture: true }));
});
