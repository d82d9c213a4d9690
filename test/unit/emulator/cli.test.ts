// The CLI: its first stdout line is exactly `PostHog emulator listening on http://127.0.0.1:<port>`,
// the server answers, and SIGINT closes it cleanly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { test } from 'node:test';

test('CLI prints the listening line first and serves the API until SIGINT', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/cli.ts', '--port', '0', '--api-key', 'phx_cli_key', '--admin'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const lines = createInterface({ input: child.stdout });
    const first = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no output within 20s')), 20_000);
      lines.once('line', (line) => {
        clearTimeout(timer);
        resolve(line);
      });
      child.once('exit', (code) => reject(new Error(`CLI exited early with ${code}`)));
    });
    const m = /^PostHog emulator listening on http:\/\/127\.0\.0\.1:(\d+)$/.exec(first);
    assert.ok(m, `first line was: ${first}`);
    const url = `http://127.0.0.1:${m[1]}`;
    const ok = await fetch(`${url}/api/projects/`, { headers: { authorization: 'Bearer phx_cli_key' } });
    assert.equal(ok.status, 200);
    const demo = await fetch(`${url}/api/projects/`, { headers: { authorization: 'Bearer phx_local_demo' } });
    assert.equal(demo.status, 401, 'only the keys given on the command line are accepted');
    assert.equal((await fetch(`${url}/_emulator/requests`)).status, 200);
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    assert.equal(await exited, 0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
  }
});
