// Names shown as tree labels, tab titles and file names keep no bidi controls or invisible characters.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { displayName } from '../../../src/api';

describe('displayName', () => {
  test('bidi controls are removed: a right-to-left override cannot disguise a name', () => {
    for (const control of ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c']) {
      assert.equal(displayName(`Invoice${control}gpj.hog`, 'x'), 'Invoicegpj.hog', `U+${control.charCodeAt(0).toString(16)}`);
    }
  });

  test('invisible characters are removed: two names that look alike are alike', () => {
    for (const invisible of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad', '\u034f', '\u180e', '\u{e0041}']) {
      assert.equal(displayName(`Pro${invisible}duction`, 'x'), 'Production', `U+${invisible.codePointAt(0)!.toString(16)}`);
    }
  });

  test('control characters and line breaks become single spaces; ends are trimmed', () => {
    assert.equal(displayName('  Slack\n\talerts\u0007 \u2028 now  ', 'x'), 'Slack alerts now');
  });

  test('a name that is empty once cleaned, missing or not a string gets the fallback', () => {
    for (const name of ['', '   ', '\u200b\u202e', '\u3164', '\u2800', null, undefined, 42]) assert.equal(displayName(name, 'Untitled'), 'Untitled');
  });

  test('ordinary names, accents and other scripts are kept', () => {
    for (const name of ['Checkout pageviews to webhook', 'Über-Export (EU)', 'データ送信', 'نموذج', 'a — b']) assert.equal(displayName(name, 'x'), name);
  });

  test('long names are cut with an ellipsis', () => {
    assert.equal(displayName('x'.repeat(300), 'f'), `${'x'.repeat(119)}…`);
    assert.equal(displayName('abcdef', 'f', 4), 'abc…');
  });
});
