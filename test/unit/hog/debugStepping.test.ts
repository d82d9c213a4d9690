// Stepping, conditional and hit-count breakpoints, log points, pause and stop.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DebugSession, type DebugStop } from '../../../src/hog/debug/session';
import type { StepMode } from '../../../src/hog/debug/stepping';
import { drive, where, type StopAnswer } from './debugSupport';

const PROGRAM = `fun inner(x) {
  let y := x + 1
  return y
}
fun outer(x) {
  let a := inner(x)
  let b := a * 2
  return b
}
let r := outer(1)
print(r)
`;

/** Steps with `modes` in turn (then resumes), recording each stop's line and function. */
function stepping(...modes: StepMode[]): StopAnswer {
  let next = 0;
  return (session) => {
    const mode = modes[next++];
    if (mode === undefined) session.resume();
    else session.step(mode);
  };
}

const lines = (stops: Parameters<typeof where>[0][]) => stops.map((s) => `${where(s)[1] ?? '-'}:${where(s)[0]}`);

describe('debug session: stepping', () => {
  test('step into enters each call; the order follows the program', async () => {
    const { stops, output } = await drive({ source: PROGRAM, stopOnEntry: true }, [], stepping('in', 'in', 'in', 'in', 'in', 'in', 'in', 'in', 'in'));
    assert.deepEqual(lines(stops), ['-:1', '-:5', '-:10', 'outer:6', 'inner:2', 'inner:3', 'outer:7', 'outer:8', '-:11', ]);
    assert.equal(stops[0]?.reason, 'entry');
    assert.equal(stops[1]?.reason, 'step');
    assert.deepEqual(output, ['4']);
  });

  test('step over runs calls through; step out returns to the caller', async () => {
    const over = await drive({ source: PROGRAM }, [{ line: 6 }], stepping('over', 'over', 'over'));
    assert.deepEqual(lines(over.stops), ['outer:6', 'outer:7', 'outer:8', '-:11']);
    const out = await drive({ source: PROGRAM }, [{ line: 2 }], stepping('out', 'out'));
    assert.deepEqual(lines(out.stops), ['inner:2', 'outer:7', '-:11']);
  });

  test('step over a throwing call lands in the catch of the same function', async () => {
    const source = "fun fail() {\n  throw Error('x')\n}\ntry {\n  fail()\n} catch (e) {\n  print('caught')\n}\nprint('end')\n";
    const { stops, output } = await drive({ source }, [{ line: 5 }], stepping('over', 'over'));
    assert.deepEqual(lines(stops), ['-:5', '-:7', '-:9']);
    assert.deepEqual(output, ['caught', 'end']);
  });

  test('step over in a loop stays in the loop body and the loop header', async () => {
    const source = 'let s := 0\nfor (let i := 0; i < 2; i := i + 1) {\n  s := s + i\n}\nprint(s)\n';
    const { stops } = await drive({ source }, [{ line: 3 }], stepping('over', 'over', 'over', 'over'));
    assert.deepEqual(stops.map((s) => [where(s)[0], where(s)[2].i]), [[3, 0], [2, 0], [3, 1], [2, 1], [5, undefined]]);
  });
});

describe('debug session: breakpoint kinds', () => {
  const LOOP = 'let s := 0\nfor (let i := 0; i < 6; i := i + 1) {\n  s := s + i\n}\nprint(s)\n';

  test('a conditional breakpoint stops only where its Hog condition holds', async () => {
    const { stops } = await drive({ source: LOOP }, [{ line: 3, condition: 'i % 2 == 1 and s > 0' }]);
    assert.deepEqual(stops.map((s) => where(s)[2].i), [3, 5]);
  });

  test('hit counts: exactly, from, every', async () => {
    const at = async (hitCondition: string) => (await drive({ source: LOOP }, [{ line: 3, hitCondition }])).stops.map((s) => where(s)[2].i);
    assert.deepEqual(await at('3'), [2, 3, 4, 5]);
    assert.deepEqual(await at('== 3'), [2]);
    assert.deepEqual(await at('% 2'), [1, 3, 5]);
  });

  test('a log point writes its message with {expressions} and does not stop', async () => {
    const { stops, console: logged, output } = await drive({ source: LOOP }, [{ line: 3, logMessage: 'i={i} s={s} list={[i]}', condition: 'i < 2' }]);
    assert.deepEqual(stops, []);
    assert.deepEqual(logged, ['i=0 s=0 list=[0]', 'i=1 s=0 list=[1]']);
    assert.deepEqual(output, ['15']);
  });

  test('evaluate in the paused frame and in a caller frame; errors answer as errors', async () => {
    const results: unknown[] = [];
    await drive({ source: PROGRAM }, [{ line: 3 }], (session) => {
      results.push(session.evaluate('y * 10'), session.evaluate('a', 1), session.evaluate('x', 2), session.evaluate('x', 1), session.evaluate('nope('));
      session.resume();
    });
    assert.deepEqual(results.slice(0, 3), [{ ok: true, value: 20 }, { ok: false, error: 'Global variable not found: a' }, { ok: false, error: 'Global variable not found: x' }]);
    assert.deepEqual(results[3], { ok: true, value: 1 });
    assert.equal((results[4] as { ok: boolean }).ok, false);
  });

  test('pause stops a running program at its next statement, without waiting for an async call', async () => {
    // `i` exists before the output that triggers the pause, so wherever the pause lands it can be read.
    const source = "let i := 0\nprint('started')\nwhile (true) {\n  i := i + 1\n}\n";
    const stops: DebugStop[] = [];
    const session: DebugSession = new DebugSession(
      { source, limits: { timeoutMs: 600_000 } },
      {
        output: () => session.pause(),
        stopped: (stop) => {
          stops.push(stop);
          const evaluated = session.evaluate('i >= 0');
          session.terminate();
          assert.deepEqual(evaluated, { ok: true, value: true });
        },
      },
    );
    const result = await session.run();
    assert.deepEqual(stops.map((s) => s.reason), ['pause']);
    assert.ok([3, 4].includes(where(stops[0]!)[0]), `stopped at line ${where(stops[0]!)[0]}`);
    assert.equal(result.status, 'error');
  });

  test('terminate at a stop ends the run there', async () => {
    const { output, result } = await drive({ source: LOOP }, [{ line: 3 }], (session) => session.terminate());
    assert.deepEqual(output, []);
    assert.equal(result.status, 'error');
  });
});
