// Semantic token classification.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyze } from '../../../src/hog/analysis/resolve';
import { semanticTokens } from '../../../src/hog/analysis/semanticTokens';
import { parseHog } from './analysisSupport';

describe('semantic tokens', () => {
  it('classifies globals, inputs, stdlib and user functions, parameters and variables', () => {
    const source = [
      'fun greet(who) {',
      '    return concat(inputs.greeting, who)',
      '}',
      'let twice := (n) -> n * 2',
      'let name := event.properties.$name',
      'print(greet(name), twice(1), undeclared, (select name from events))',
      '',
    ].join('\n');
    const found = semanticTokens(analyze(source, parseHog(source))).map(
      (t) => `${source.slice(t.start, t.end)}:${t.type}${t.modifiers.length ? `[${t.modifiers.join(',')}]` : ''}`,
    );
    assert.deepEqual(found, [
      'greet:function[declaration]',
      'who:parameter[declaration]',
      'concat:function[defaultLibrary]',
      'inputs:variable[readonly,defaultLibrary]',
      'greeting:property[readonly]',
      'who:parameter',
      'twice:function[declaration]',
      'n:parameter[declaration]',
      'n:parameter',
      'name:variable[declaration]',
      'event:variable[readonly,defaultLibrary]',
      'print:function[defaultLibrary]',
      'greet:function',
      'name:variable',
      'twice:function',
    ]);
  });
});
