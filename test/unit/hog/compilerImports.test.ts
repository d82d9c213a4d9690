// The compiler reads source text only through the parser's public entry (src/hog/index.ts): none
// of its modules may reach into the lexer's or the parser's internals.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const COMPILER = join(process.cwd(), 'src', 'hog', 'compiler');
const INTERNALS = /from '\.\.\/(lexer|lexer\w+|parser|parser\w+|syntaxErrors|tokens|positions|serialize)'/;

describe('compiler: uses the parser only through its public entry', () => {
  test('no compiler module imports the lexer or the parser directly', () => {
    const files = readdirSync(COMPILER).filter((name) => name.endsWith('.ts'));
    assert.ok(files.length > 10);
    const offenders = files.filter((name) => INTERNALS.test(readFileSync(join(COMPILER, name), 'utf8')));
    assert.deepEqual(offenders, []);
  });

  test('compileSource goes through the public parseForCompile', () => {
    assert.match(readFileSync(join(COMPILER, 'source.ts'), 'utf8'), /import \{ parseForCompile \} from '\.\.\/index'/);
  });
});
