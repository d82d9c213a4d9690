// Completion and hover from the project's event and property definitions.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { completionsAt } from '../../../src/hog/analysis/completion';
import type { FunctionInfo } from '../../../src/hog/analysis/context';
import { hoverAt } from '../../../src/hog/analysis/hover';
import { analyze } from '../../../src/hog/analysis/resolve';
import { taxonomyNeedAt } from '../../../src/hog/analysis/taxonomy';
import { offsetOf, parseHog } from './analysisSupport';

const bound: FunctionInfo = {
  type: 'destination',
  taxonomy: {
    events: [{ name: '$pageview' }, { name: 'purchase_completed', description: 'Checkout finished.' }],
    eventProperties: [{ name: '$browser', type: 'String' }, { name: 'revenue', type: 'Numeric' }, { name: 'order id', type: 'String' }],
    personProperties: [{ name: 'email', type: 'String' }],
  },
};

describe('taxonomy needs', () => {
  it('asks for the list the cursor needs, and for nothing elsewhere', () => {
    assert.equal(taxonomyNeedAt('print(event.properties.', 23), 'eventProperties');
    assert.equal(taxonomyNeedAt('print(person.properties.em', 26), 'personProperties');
    assert.equal(taxonomyNeedAt("if (event.event == '$pa", 23), 'events');
    assert.equal(taxonomyNeedAt("if (event.event in ['a', 'b", 27), 'events');
    assert.equal(taxonomyNeedAt('print(event.', 12), undefined);
    assert.equal(taxonomyNeedAt("print('$pa", 10), undefined);
    assert.equal(taxonomyNeedAt('print(groups.properties.', 24), undefined);
  });
});

describe('completion from the project', () => {
  it('completes event and person properties with their types, backticking odd names', () => {
    const items = completionsAt('print(event.properties.', 23, null, bound);
    assert.deepEqual(items.map((i) => [i.label, i.detail, i.insertText]), [
      ['$browser', '(event property) String', undefined],
      ['revenue', '(event property) Numeric', undefined],
      ['order id', '(event property) String', '`order id`'],
    ]);
    assert.deepEqual(completionsAt('person.properties.', 18, null, bound).map((i) => i.label), ['email']);
  });

  it('completes event names inside the string compared with event.event', () => {
    const source = "if (event.event == '";
    assert.deepEqual(completionsAt(source, source.length, null, bound).map((i) => i.label), ['$pageview', 'purchase_completed']);
    assert.deepEqual(completionsAt("print('", 7, null, bound), []);
  });

  it('falls back to nothing project-specific when the taxonomy is not loaded', () => {
    assert.deepEqual(completionsAt('print(event.properties.', 23, null, { type: 'destination' }), []);
    const source = "if (event.event == '";
    assert.deepEqual(completionsAt(source, source.length, null, { type: 'destination' }), []);
  });

  it('does not complete properties of a local named event', () => {
    const source = 'let event := {}\nprint(event.properties.';
    assert.deepEqual(completionsAt(source, source.length, null, bound), []);
  });
});

describe('hover from the project', () => {
  it("shows a property's type, and a core property's description and example", () => {
    const source = 'print(event.properties.$browser, event.properties.revenue, person.properties.email, event.properties.nope)\n';
    const analysis = analyze(source, parseHog(source));
    const browser = hoverAt(analysis, offsetOf(source, '$browser'), bound)!;
    assert.match(browser.contents, /\(event property\) event\.properties\.\$browser: String/);
    assert.match(browser.contents, /Example: `Chrome`/);
    assert.equal(source.slice(browser.span.start, browser.span.end), '$browser');
    assert.match(hoverAt(analysis, offsetOf(source, 'revenue'), bound)!.contents, /revenue: Numeric/);
    assert.match(hoverAt(analysis, offsetOf(source, 'email'), bound)!.contents, /\(person property\) person\.properties\.email: String/);
    assert.equal(hoverAt(analysis, offsetOf(source, 'nope'), bound), undefined);
  });
});
