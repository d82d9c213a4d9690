// The pure parts of the file format: slugs, the lock's text, deterministic YAML that round-trips,
// and the compared form that decides "modified".
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { changedFields, comparable, contentFromServer, contentHash } from '../../../src/workspace/content';
import { sameJson, type JsonObject } from '../../../src/workspace/json';
import { Lock } from '../../../src/workspace/lock';
import { slugify, uniqueSlug } from '../../../src/workspace/slugs';
import { parseYaml, renderObjectYaml } from '../../../src/workspace/yamlText';

describe('slugs', () => {
  test('from names: lower case, ASCII, dashes; a fallback when nothing is left', () => {
    assert.equal(slugify('Signups to Slack (EU)', 'function'), 'signups-to-slack-eu');
    assert.equal(slugify('  Ünïcödé — naïve café  ', 'function'), 'unicode-naive-cafe');
    assert.equal(slugify('🦔🦔', 'flow'), 'flow');
    assert.equal(slugify('a'.repeat(50) + ' ' + 'b'.repeat(20), 'function'), 'a'.repeat(50));
  });

  test('unique within what is taken', () => {
    const taken = new Set(['x', 'x-2']);
    assert.equal(uniqueSlug('x', taken), 'x-3');
    assert.equal(uniqueSlug('y', taken), 'y');
    assert.equal(uniqueSlug('y', taken), 'y-2');
  });
});

describe('posthog.lock.json', () => {
  test('the same entries give the same text, whatever order they were set in', () => {
    const entry = (id: string) => ({ id, updated_at: '2025-06-03T10:15:02.481223Z', sha256: 'a'.repeat(64) });
    const a = new Lock();
    a.set(2, 'function', 'b', entry('2b'));
    a.set(10, 'flow', 'z', entry('10z'));
    a.set(2, 'function', 'a', entry('2a'));
    const b = new Lock();
    b.set(2, 'function', 'a', entry('2a'));
    b.set(10, 'flow', 'z', entry('10z'));
    b.set(2, 'function', 'b', entry('2b'));
    assert.equal(a.toText(), b.toText());
    assert.deepEqual(Object.keys(JSON.parse(a.toText()).projects), ['2', '10']);
    assert.equal(Lock.parse(a.toText()).toText(), a.toText());
    assert.ok(a.toText().endsWith('}\n'));
  });

  test('anything else is refused with a reason', () => {
    assert.throws(() => Lock.parse('{'), /not valid JSON/);
    assert.throws(() => Lock.parse('{"version": 2, "projects": {}}'), /expected \{"version": 1/);
    assert.throws(() => Lock.parse('{"version": 1, "projects": {"1": {"functions": {"x": {"id": "1"}}}}}'), /projects\.1\.functions\.x needs id, updated_at and sha256/);
  });
});

describe('YAML files', () => {
  const tricky: JsonObject = {
    type: 'destination',
    name: 'yes',
    description: 'Line one\n  indented line two  \n\nlast',
    enabled: true,
    inputs_schema: [{ type: 'string', key: 'x', default: '123', label: '#not a comment' }],
    inputs: { x: { templating: 'hog', value: '{event.properties.$current_url}' }, y: { value: { b: null, a: [1.5, -0, 12345678901234] } } },
    filters: { source: 'events', events: [], properties: [{ value: 'null', key: 'k' }] },
    masking: { hash: '', ttl: 60, threshold: null },
  };

  test('round-trip any value exactly', () => {
    const text = renderObjectYaml('function', tricky);
    const parsed = parseYaml(text);
    assert.deepEqual(parsed.errors, []);
    assert.ok(sameJson(parsed.value as JsonObject, tricky), text);
  });

  test('fixed key order, block style, multi-line strings as literal block scalars', () => {
    const shuffled = Object.fromEntries(Object.entries(tricky).reverse());
    const text = renderObjectYaml('function', shuffled);
    assert.equal(text, renderObjectYaml('function', tricky));
    assert.deepEqual(text.split('\n').filter((line) => /^\S/.test(line)).map((line) => line.split(':')[0]), [
      'type', 'name', 'description', 'enabled', 'inputs_schema', 'inputs', 'filters', 'masking',
    ]);
    assert.match(text, /^description: \|-\n {2}Line one\n/m);
    assert.match(text, /^ {2}- key: x\n {4}type: string\n {4}label: "#not a comment"\n {4}default: "123"\n/m);
    assert.match(text, /^ {2}x:\n {4}value: "\{event\.properties\.\$current_url\}"\n {4}templating: hog\n/m);
    assert.doesNotMatch(text, /(: |- )[{[][^\]}]/, 'no flow collections for data');
    assert.match(text, /^ {4}value:\n {6}a:\n {8}- 1\.5\n/m);
  });

  test('problems locate the field: the value, or the nearest parent', () => {
    const parsed = parseYaml('name: x\ninputs:\n  url:\n    value: 3\n');
    assert.deepEqual(parsed.locate(['inputs', 'url', 'value']), { line: 4, column: 12 });
    assert.deepEqual(parsed.locate(['inputs', 'missing']), { line: 3, column: 3 });
    assert.deepEqual(parseYaml('a: [1\n').errors.length, 1);
  });
});

describe('the compared form', () => {
  const server = {
    id: 'f1', type: 'destination', name: 'Hook', description: 'Sends', enabled: true, hog: '\nprint(1)\n',
    template: { id: 'template-webhook', name: 'Webhook' }, execution_order: null, mappings: null, masking: null,
    inputs_schema: [{ key: 'token', type: 'string', secret: true }, { key: 'url', type: 'string' }],
    inputs: { token: { secret: true }, url: { value: 'https://x', templating: 'hog', bytecode: ['_H'], order: 0 } },
    filters: { source: 'events', bytecode: ['_H', 1, 29] },
  };

  test('from PostHog: computed values dropped, template by id, null extras left out, code trimmed', () => {
    const content = contentFromServer('function', server);
    assert.equal(content.hog, 'print(1)');
    assert.deepEqual(content.fields, {
      type: 'destination', name: 'Hook', description: 'Sends', enabled: true, template_id: 'template-webhook',
      inputs_schema: server.inputs_schema, inputs: { token: { secret: true }, url: { value: 'https://x', templating: 'hog' } },
      filters: { source: 'events' },
    });
  });

  test('fromEnv, surrounding whitespace, defaults and the create-only template id are no change', () => {
    const base = contentFromServer('function', server);
    const edited = structuredClone(base);
    (edited.fields.inputs as JsonObject).token = { secret: true, fromEnv: 'HOOK_TOKEN' };
    edited.fields.name = '  Hook ';
    edited.fields.template_id = 'template-other';
    edited.hog = '\n\nprint(1)  \n';
    delete edited.fields.execution_order;
    assert.equal(contentHash('function', edited), contentHash('function', base));
    assert.deepEqual(changedFields('function', edited, base), []);
    assert.equal(comparable('function', edited).execution_order, null);
  });

  test('a real change names its field; hog comes last', () => {
    const base = contentFromServer('function', server);
    const edited = structuredClone(base);
    edited.hog = 'print(2)';
    edited.fields.enabled = false;
    ((edited.fields.inputs as JsonObject).url as JsonObject).value = 'https://y';
    assert.deepEqual(changedFields('function', edited, base), ['enabled', 'inputs', 'hog']);
    assert.notEqual(contentHash('function', edited), contentHash('function', base));
  });
});
