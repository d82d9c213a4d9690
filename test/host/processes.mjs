// Process-group and port helpers shared by the test runner and the demo launcher.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/** A TCP port that was free a moment ago (bind port 0, read it, close). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `command` as the leader of a new process group, so `stopGroup` can end it together with
 * everything it forks. stdin is closed; stdout/stderr are as given (default: piped). A watchdog ends
 * the group should this process die without cleaning up (SIGKILL, a crash).
 */
export function spawnGroup(command, args, { env, cwd, stdout = 'pipe', stderr = 'pipe' } = {}) {
  const child = spawn(command, args, { env, cwd, detached: true, stdio: ['ignore', stdout, stderr] });
  if (child.pid) startWatchdog(child.pid);
  return child;
}

// Runs in its own process: polls once a second; when the parent is gone, ends the group.
const WATCHDOG = `
const [parent, group] = process.argv.slice(1).map(Number);
const alive = (pid) => { try { process.kill(pid, 0); return true; } catch (error) { return error.code === 'EPERM'; } };
const kill = (signal) => { try { process.kill(-group, signal); } catch {} };
const timer = setInterval(() => {
  if (!alive(-group)) process.exit(0);
  if (alive(parent)) return;
  clearInterval(timer);
  kill('SIGTERM');
  setTimeout(() => { kill('SIGKILL'); process.exit(0); }, 3000);
}, 1000);
`;

function startWatchdog(group) {
  spawn(process.execPath, ['-e', WATCHDOG, String(process.pid), String(group)], { detached: true, stdio: 'ignore' }).unref();
}

/** True while the process has not reported an exit. */
export function isRunning(child) {
  return child.exitCode === null && child.signalCode === null;
}

/**
 * Ends a process group started by `spawnGroup`: SIGTERM to the whole group, then SIGKILL to the
 * group after `graceMs` whether or not the leader is gone (children may outlive it).
 */
export async function stopGroup(child, graceMs = 3000) {
  if (!child?.pid) return;
  signalGroup(child.pid, 'SIGTERM');
  const exited = isRunning(child) ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve();
  await Promise.race([exited, delay(graceMs)]);
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if (error.code !== 'ESRCH') throw error; // ESRCH: the group is already gone
  }
}

/** Processes to stop at the end, in reverse start order; anything registered after stopAll stops at once. */
export function createStopList() {
  const stops = [];
  let stopping = false;
  return {
    add(stop) {
      if (stopping) return stop();
      stops.push(stop);
    },
    async stopAll() {
      stopping = true;
      for (const stop of stops.splice(0).reverse()) await stop().catch((error) => console.error(`cleanup: ${error.message}`));
    },
  };
}

export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves with the first stdout line matching `pattern`; rejects on exit or after `timeoutMs`. */
export function waitForLine(child, pattern, timeoutMs, name) {
  return new Promise((resolve, reject) => {
    let buffered = '';
    let seen = '';
    const finish = (settle, value) => {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      settle(value);
    };
    const onData = (chunk) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        seen += `${line}\n`;
        const match = pattern.exec(line);
        if (match) return finish(resolve, match);
      }
    };
    const onExit = (code) => finish(reject, new Error(`${name} exited (code ${code}) before it was ready. Output:\n${seen}`));
    const timer = setTimeout(() => finish(reject, new Error(`${name} not ready after ${timeoutMs} ms. Output:\n${seen}`)), timeoutMs);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}
