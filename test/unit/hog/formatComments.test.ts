// Comments through the formatter: all four forms, in every kind of place, stay where they were.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertFormatsSafely, commentPlaces, format } from './formatSupport';

function lines(...text: string[]): string {
  return text.join('\n') + '\n';
}

function assertFormats(input: string, expected: string): void {
  assert.equal(assertFormatsSafely(input, 'input'), expected);
  assert.equal(format(expected), expected, 'the expected text is stable');
}

describe('formatter: comments', () => {
  test('//, #, -- and /* */ comments before and after statements; blank lines between them kept', () => {
    assertFormats(
      '// header\n\n\n// second\nlet a:=1 // trailing\n# hash\nlet b:=2 -- dash\n/* block */ let c:=3 /* after */\n',
      lines('// header', '', '// second', 'let a := 1 // trailing', '# hash', 'let b := 2 -- dash', '/* block */ let c := 3 /* after */'),
    );
  });

  test('comments inside expressions stay between the same tokens', () => {
    assertFormats(
      'let d := /* inline */ 4 /* another */ + /* and one more */ 5\nlet e := 10 -- 3\nlet f := 10 - -3',
      lines('let d := /* inline */ 4 /* another */ + /* and one more */ 5', 'let e := 10 -- 3', 'let f := 10 - -3'),
    );
  });

  test('a trailing // comment in a list breaks the list, one element per line', () => {
    assertFormats('print(a, // first\n  b)', lines('print(', '    a, // first', '    b', ')'));
  });

  test('comments in a dict: after an entry, before an entry, before the closing brace, on a dropped comma', () => {
    assertFormats(
      "let d := {\n'a': 1, // after a\n// before b\n'b': 2, /* after b */\n// before close\n}",
      lines('let d := {', "    'a': 1, // after a", '    // before b', "    'b': 2 /* after b */", '    // before close', '}'),
    );
  });

  test('comments around blocks: after a condition, alone in a block, after a closing brace', () => {
    assertFormats(
      'if (a) // after condition\n{\n// only a comment\n} // after block\nelse {\nprint(a); // after semicolon\n; // extra semicolon\n}',
      lines('if (a) // after condition', '{', '    // only a comment', '} // after block', 'else {', '    print(a); // after semicolon', '    // extra semicolon', '}'),
    );
  });

  test('a // comment between tokens that print glued moves what follows to the next line', () => {
    assertFormats('let x := foo // why\n.bar()', lines('let x := foo // why', '    .bar()'));
  });

  test('an own-line comment before an operand keeps the operator on the line before', () => {
    assertFormats('let q := 1 +\n// explain\n2', lines('let q := 1 +', '    // explain', '    2'));
  });

  test('comments inside f-strings are kept verbatim, multi-line block comments move with their first line', () => {
    const source = "let s := f'{x /* inside */} text'\n/*\n   multi-line\n     block comment\n*/\nprint(s)\n";
    assertFormats(source, source);
    assertFormats(
      'fun f() {\n  /*\n   * doc\n   *   indented\n   */\n  return 1 /* a\n  b */\n}\n    /* top\nlevel */\nprint(1)',
      lines('fun f() {', '    /*', '     * doc', '     *   indented', '     */', '    return 1 /* a', '  b */', '}', '/* top', 'level */', 'print(1)'),
    );
  });

  test('a comment after a call does not change how the call lays out its arguments', () => {
    assertFormats('let l := [\n    arrayMap(v -> { return 1 }, items), # c\n]', lines('let l := [', '    arrayMap(v -> {', '        return 1', '    }, items) # c', ']'));
    assertFormats("let codes := ['a', 'b'] // c", lines("let codes := ['a', 'b'] // c"));
    // A comment after the last argument (before or after a dropped trailing comma) stops the hug.
    const expected = lines('print(', '    alpha,', "    {'key': 'value', 'other': 'value'} # c", ')');
    assertFormats("print(alpha, {'key': 'value', 'other': 'value'}, # c\n)", expected);
    assertFormats("print(alpha, {'key': 'value', 'other': 'value'} # c\n)", expected);
  });

  test('the last comment of a file, with or without a line break after it', () => {
    assertFormats('print(1)\n\n// end', lines('print(1)', '', '// end'));
    assertFormats('print(1) /* end */', lines('print(1) /* end */'));
    assertFormats('// only a comment', lines('// only a comment'));
  });

  test('the comment places the tests compare count code tokens before each comment', () => {
    assert.deepEqual(commentPlaces("let a := 1 // x\nprint(f'{a /* y */}', /* z */)"), ['4: // x', '9: /* y */', '11: /* z */']);
  });
});
