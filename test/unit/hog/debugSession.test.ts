// The debugger on PostHog's VM: breakpoints in nested functions and loops, locals by name in
// every frame, closures' upvalues, uncaught errors, and the program's output unchanged.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { runPrinting } from '../../../src/hog/runtime';
import { compileSource, type CompileSuccess } from '../../../src/hog/compiler';
import { sharedSkip } from '../support/shared';
import { drive, where } from './debugSupport';
import { readShared, sharedNames } from './fixtures/compile';

const NESTED = `fun add(a, b) {
  let s := a + b
  return s
}
let total := 0
for (let i := 0; i < 3; i := i + 1) {
  total := add(total, i)
}
print(total)
`;

describe('debug session: breakpoints and frames', () => {
  test('a breakpoint in a function called from a loop stops once per call, with the locals of both frames', async () => {
    const { stops, output } = await drive({ source: NESTED }, [{ line: 2 }]);
    assert.deepEqual(stops.map(where), [
      [2, 'add', { a: 0, b: 0 }],
      [2, 'add', { a: 0, b: 1 }],
      [2, 'add', { a: 1, b: 2 }],
    ]);
    const caller = stops[2]?.frames[1];
    assert.equal(caller?.name, null);
    assert.equal(caller?.line, 7);
    assert.deepEqual(Object.fromEntries(caller!.locals.filter((v) => v.name !== 'add').map((v) => [v.name, v.value])), { total: 1, i: 2 });
    assert.deepEqual(output, ['3']);
  });

  test('a breakpoint on a line without a statement binds to the next statement', async () => {
    const { stops } = await drive({ source: NESTED }, [{ line: 4 }]);
    assert.deepEqual(stops.map((s) => where(s)[0]), [5]);
    assert.equal(stops[0]?.reason, 'breakpoint');
  });

  test('closures show the upvalues they captured, by name', async () => {
    const source = 'fun counter() {\n  let n := 10\n  return () -> {\n    n := n + 1\n    return n\n  }\n}\nlet next := counter()\nnext()\nprint(next())\n';
    const { stops, output } = await drive({ source }, [{ line: 4 }]);
    assert.deepEqual(stops.map((s) => [where(s)[1], s.frames[0]?.upvalues]), [
      ['lambda', [{ name: 'n', value: 10 }]],
      ['lambda', [{ name: 'n', value: 11 }]],
    ]);
    assert.deepEqual(output, ['12']);
  });

  test('an uncaught error stops at the throwing line, in the throwing function, before the run ends', async () => {
    const source = "fun check(x) {\n  if (x > 1) {\n    throw Error('too big: ' || x)\n  }\n}\ncheck(1)\ncheck(5)\nprint('never')\n";
    const { stops, output, result } = await drive({ source }, []);
    assert.deepEqual(stops.map((s) => [s.reason, ...where(s), s.description]), [['exception', 3, 'check', { x: 5 }, 'too big: 5']]);
    assert.equal(stops[0]?.frames[1]?.line, 7);
    assert.deepEqual(output, []);
    assert.deepEqual(result.errors, ['too big: 5']);
  });

  test('a caught error does not stop; breakOnUncaught false runs through', async () => {
    const caught = "try {\n  throw Error('x')\n} catch (e) {\n  print('caught', e.message)\n}\n";
    assert.deepEqual((await drive({ source: caught }, [])).stops, []);
    const uncaught = await drive({ source: "throw Error('x')\n", breakOnUncaught: false }, []);
    assert.deepEqual([uncaught.stops, uncaught.result.errors], [[], ['x']]);
  });

  test('globals and inputs reach the program; a mocked fetch answers as configured', async () => {
    const source = "let r := fetch(inputs.url)\nprint(event.event, r.status, r.body.ok)\n";
    const launch = { source, globals: { event: { event: 'signed_up' } }, inputs: { url: 'https://x.invalid/a' }, mocks: [{ url: 'https://x.invalid/*', status: 201, body: { ok: true } }] };
    const { output, stops } = await drive(launch, [{ line: 2 }]);
    assert.deepEqual(output, ['signed_up 201 true']);
    assert.deepEqual(where(stops[0]!)[2], { r: { status: 201, body: { ok: true } } });
  });
});

describe('debug session: output unchanged on corpus programs', { skip: sharedSkip('corpus/bytecode') }, () => {
  const names = sharedNames('corpus/bytecode', '.stdout');
  test('there are corpus programs with PostHog VM output', () => assert.ok(names.length >= 15));
  for (const name of names) {
    test(name, async () => {
      const source = readShared('corpus/programs', `${name}.hog`);
      const expected = readShared('corpus/bytecode', `${name}.stdout`).replace(/\n$/, '');
      const plain = runPrinting((compileSource(source) as CompileSuccess).bytecode).lines;
      assert.equal(plain.join('\n'), expected, 'without the debugger');
      const attached = await drive({ source }, []);
      assert.equal(attached.output.join('\n'), expected, 'under the debugger, no stops');
      const stepped = await drive({ source, stopOnEntry: true }, [], (session) => session.step('in'));
      // A breakpoint on every line stops at each statement run, as many times as stepping in does.
      const everyLine = source.split('\n').map((_, i) => ({ line: i + 1 }));
      const atEveryLine = await drive({ source }, everyLine);
      assert.equal(stepped.stops.length, atEveryLine.stops.length, 'stepping in stops at every statement run');
      assert.ok(stepped.stops.slice(1).every((stop) => stop.reason === 'step'));
      assert.equal(atEveryLine.output.join('\n'), expected, 'stopping at every line');
      assert.equal(stepped.output.join('\n'), expected, 'stepping into every statement');
    });
  }
});
