// The house style, rule by rule (README, "Formatting Hog"): each case is formatted to exactly the
// expected text, and the expected text is already formatted.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { type FormatOptions, formatSource } from '../../../src/hog/format/index';
import { format } from './formatSupport';

function lines(...text: string[]): string {
  return text.join('\n') + '\n';
}

function assertFormats(input: string, expected: string, options?: FormatOptions): void {
  assert.equal(format(input, options), expected);
  assert.equal(format(expected, options), expected, 'the expected text is stable');
}

describe('formatter style: layout of statements', () => {
  test('four-space indentation, braces on the statement line, } else {', () => {
    assertFormats(
      'fun f(a,b){if(a>b){return a}else if(a==b){return 0}else{return b}}',
      lines('fun f(a, b) {', '    if (a > b) {', '        return a', '    } else if (a == b) {', '        return 0', '    } else {', '        return b', '    }', '}'),
    );
  });

  test('try / catch / finally, loops, and blocks', () => {
    assertFormats(
      "try{risky()}catch(e:RetryError){retry()}catch{print('no')}finally{done()}\nfor(let i:=0;i<3;i:=i+1){print(i)}\nfor(let k,v in d){print(k)}\nwhile(go){step()}\n{let inner:=1}",
      lines(
        'try {',
        '    risky()',
        '} catch (e: RetryError) {',
        '    retry()',
        '} catch {',
        "    print('no')",
        '} finally {',
        '    done()',
        '}',
        'for (let i := 0; i < 3; i := i + 1) {',
        '    print(i)',
        '}',
        'for (let k, v in d) {',
        '    print(k)',
        '}',
        'while (go) {',
        '    step()',
        '}',
        '{',
        '    let inner := 1',
        '}',
      ),
    );
  });

  test('empty blocks and empty for clauses', () => {
    assertFormats('while (false) { }\nfor ( ; ; ) {\n\n}\nfun noop() {}', lines('while (false) {}', 'for (;;) {}', 'fun noop() {}'));
  });

  test('a body without braces stays on the line; else goes on the next one', () => {
    assertFormats('if (x) return 1\nelse if (y) return 2\nelse return 3\nwhile (busy) wait()', lines('if (x) return 1', 'else if (y) return 2', 'else return 3', 'while (busy) wait()'));
  });

  test('blank lines between statements are kept, several become one, none at the edges of a block', () => {
    assertFormats('let a := 1\n\n\n\nlet b := 2\nlet c := 3\nif (a) {\n\n  print(a)\n\n\n  print(b)\n\n}\n\n\n', lines('let a := 1', '', 'let b := 2', 'let c := 3', 'if (a) {', '    print(a)', '', '    print(b)', '}'));
  });

  test('one statement per line; the first ; after a statement stays, extra empty statements go', () => {
    assertFormats('let a := 1; let b := 2\n;;\nprint(a);;\n;\nreturn', lines('let a := 1;', 'let b := 2;', 'print(a);', 'return'));
  });

  test('an empty or comment-free program formats to nothing; the file ends with one line break', () => {
    assert.equal(format(''), '');
    assert.equal(format('\n\n  \n'), '');
    assert.equal(format(';;'), '');
    assert.equal(format('print(1)'), 'print(1)\n');
  });
});

describe('formatter style: expressions', () => {
  test('binary operators, := and -> are spaced; unary minus and not are not split from their operand', () => {
    assertFormats(
      'let x:=a+b*-c\ny:=x%2==0and not z\nlet f:=(a,b)->a-b\nlet g:=v->-v',
      lines('let x := a + b * -c', 'y := x % 2 == 0 and not z', 'let f := (a, b) -> a - b', 'let g := v -> -v'),
    );
  });

  test('two minus signs keep their space (-- starts a comment)', () => {
    assertFormats('let a := 1 - -2\nlet b := - -x\nlet c := x- -1', lines('let a := 1 - -2', 'let b := - -x', 'let c := x - -1'));
  });

  test('member access, indexes, slices, calls and casts are not spaced', () => {
    assertFormats(
      'let v := a . b [ 1 ] ?. c ?.[ 2 ] . 3 ( x ) :: int\nlet s := arr [ 1 : 2 ]\nlet p := #1',
      lines('let v := a.b[1]?.c?.[2].3(x)::int', 'let s := arr[1:2]', 'let p := #1'),
    );
  });

  test('keywords and the literals true, false, null are lower-case; names keep their case', () => {
    assertFormats(
      'LET Total := TRUE AND NOT NULL\nIF (Total OR False) Print(Total) ELSE RETURN NULL\nlet w := interval 2 DAY\nlet c := CASE WHEN a THEN 1 ELSE 2 END',
      lines(
        'let Total := true and not null',
        'if (Total or false) Print(Total)',
        'else return null',
        'let w := interval 2 day',
        'let c := case when a then 1 else 2 end',
      ),
    );
  });

  test('strings, numbers, names and f-strings are printed as written', () => {
    assertFormats(
      "let s := 'it''s \\n'\nlet n := [0x1F, 1e3, .5, 5., 007]\nlet q := `odd name` + \"dq\"\nlet f := f'{ a  +  b }:{f'{x}'}'",
      lines("let s := 'it''s \\n'", 'let n := [0x1F, 1e3, .5, 5., 007]', 'let q := `odd name` + "dq"', "let f := f'{ a  +  b }:{f'{x}'}'"),
    );
  });

  test('operators the parser turns into calls print as written', () => {
    assertFormats(
      "let a := x??y ?? z\nlet b := 'p'||q||'r'\nlet c := ok?1:2\nlet d := x is not null\nlet e := x not between 1 and 2\nlet g := cast( x as String )",
      lines('let a := x ?? y ?? z', "let b := 'p' || q || 'r'", 'let c := ok ? 1 : 2', 'let d := x is not null', 'let e := x not between 1 and 2', 'let g := cast(x as String)'),
    );
  });

  test('parentheses stay as written', () => {
    assertFormats('let a := ((b + c)) * (d)\nlet t := not (a and b)', lines('let a := ((b + c)) * (d)', 'let t := not (a and b)'));
  });
});

describe('formatter style: lists, dicts and line breaking', () => {
  test('arrays, dicts, tuples and calls stay on one line when they fit, without spaces inside brackets', () => {
    assertFormats("let d := { 'a' : 1 , 'b' : [ 1 , 2 ] }\nlet t := ( 1 , 2 )\nprint ( d , t )", lines("let d := {'a': 1, 'b': [1, 2]}", 'let t := (1, 2)', 'print(d, t)'));
  });

  test('trailing commas are dropped, except the one that makes a one-element tuple', () => {
    assertFormats("let a := [1, 2,]\nlet d := {'a': 1,}\nf(a, b,)\nfun g(x, y,) {}\nlet t := (1,)", lines('let a := [1, 2]', "let d := {'a': 1}", 'f(a, b)', 'fun g(x, y) {}', 'let t := (1,)'));
  });

  test('a list that does not fit in 120 columns puts one element per line', () => {
    const items = Array.from({ length: 12 }, (_, i) => `event.properties.value_${i}`);
    assertFormats(`let values := [${items.join(', ')}]`, lines('let values := [', ...items.map((item, i) => `    ${item}${i < items.length - 1 ? ',' : ''}`), ']'));
  });

  test('an array of plain literals that does not fit fills its lines', () => {
    const codes = Array.from({ length: 30 }, (_, i) => `'C${String(i).padStart(2, '0')}'`);
    assertFormats(`let codes := [${codes.join(',')}, -1, 2.5, null]`, lines('let codes := [', `    ${codes.slice(0, 16).join(', ')},`, `    ${codes.slice(16).join(', ')}, -1, 2.5, null`, ']'));
  });

  test('a call whose other arguments are plain values stays hugged even when its first line is long', () => {
    const url = `f'https://example.com/${'segment/'.repeat(12)}{inputs.id}'`;
    assertFormats(`let res := fetch(${url}, {'method': 'POST'})`, lines(`let res := fetch(${url}, {`, "    'method': 'POST'", '})'));
  });

  test('a dict written with its first entry on a new line keeps one entry per line', () => {
    assertFormats("let headers := {\n'Content-Type': 'application/json', 'Accept': '*/*'}", lines('let headers := {', "    'Content-Type': 'application/json',", "    'Accept': '*/*'", '}'));
  });

  test('a call keeps its last dict argument hugged: fetch(url, { … }), trailing comma or not', () => {
    const call = "fetch('https://example.com/api/v1/resources', {'method': 'POST', 'headers': {'Content-Type': 'application/json'}, 'body': event}";
    const expected = lines("let res := fetch('https://example.com/api/v1/resources', {", "    'method': 'POST',", "    'headers': {'Content-Type': 'application/json'},", "    'body': event", '})');
    assertFormats(`let res := ${call})`, expected);
    assertFormats(`let res := ${call},)`, expected);
  });

  test('a lambda with a block body is hugged as first or last argument', () => {
    assertFormats(
      'let mapped := arrayMap(item -> { let doubled := item * 2 return doubled }, [1, 2, 3])\nlet sorted := arraySort(list, (a, b) -> { return a - b })',
      lines('let mapped := arrayMap(item -> {', '    let doubled := item * 2', '    return doubled', '}, [1, 2, 3])', 'let sorted := arraySort(list, (a, b) -> {', '    return a - b', '})'),
    );
  });

  test('arguments that do not fit go one per line', () => {
    const args = Array.from({ length: 6 }, (_, i) => `argument_number_${i} + 1`);
    assertFormats(`print(${args.join(', ')})`, lines('print(', ...args.map((arg, i) => `    ${arg}${i < args.length - 1 ? ',' : ''}`), ')'));
  });

  test('a long operator chain breaks before its operators; a long condition moves inside the parentheses', () => {
    const operands = Array.from({ length: 8 }, (_, i) => `empty(inputs.some_long_field_${i})`);
    assertFormats(
      `if (${operands.join(' and ')}) { return }`,
      lines('if (', `    ${operands[0]}`, ...operands.slice(1).map((operand) => `    and ${operand}`), ') {', '    return', '}'),
    );
  });

  test('a long conditional breaks before ? and :', () => {
    assertFormats(
      'let attributes := inputs.include_all_properties ? action == \'identify\' ? person.properties : event.properties : defaultValue',
      lines('let attributes := inputs.include_all_properties', "    ? action == 'identify' ? person.properties : event.properties", '    : defaultValue'),
    );
  });

  test('case stays on one line when it fits, unless written with its first when on a new line', () => {
    assertFormats("let a := case when x then 1 else 2 end\nlet b := case\n when level > 5 then 'high' else 'low' end", lines('let a := case when x then 1 else 2 end', 'let b := case', "    when level > 5 then 'high'", "    else 'low'", 'end'));
  });
});

describe('formatter style: options', () => {
  test('indentation size, tabs and line width', () => {
    const source = 'if (a) { print(alpha, beta, gamma) }';
    assertFormats(source, lines('if (a) {', '  print(alpha, beta, gamma)', '}'), { indentSize: 2 });
    assertFormats(source, lines('if (a) {', '\tprint(alpha, beta, gamma)', '}'), { useTabs: true });
    assertFormats(source, lines('if (a) {', '    print(', '        alpha,', '        beta,', '        gamma', '    )', '}'), { width: 20 });
  });

  test('Windows line breaks and a byte order mark are kept', () => {
    assert.equal(format('\uFEFFlet a:=1\r\nif(a){print(a)}\r\n'), '\uFEFFlet a := 1\r\nif (a) {\r\n    print(a)\r\n}\r\n');
  });

  test('a program with syntax errors is not formatted: its errors come back', () => {
    const result = formatSource('let a = 1\nprint(a');
    assert.equal(result.ok, false);
    if (!result.ok) assert.deepEqual(result.errors.map((e) => [e.start.line, e.start.column + 1]), [[1, 7], [2, 6]]);
  });
});

describe('formatter style: the README example', () => {
  test('formatting the "before" block of README "Formatting Hog" gives its "after" block', () => {
    const readme = readFileSync(join(process.cwd(), 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Formatting Hog'));
    const blocks = [...section.matchAll(/```hog\n([\s\S]*?)```/g)].map((match) => match[1] as string);
    const [before, after] = blocks;
    assert.ok(before?.startsWith('// before\n') && after?.startsWith('// after\n'), 'the section shows before and after');
    assert.equal(format(before.replace('// before', '// after')), after);
  });
});
