// Input templates compiled as PostHog compiles them on save: the parse agrees with PostHog's own
// parser (`parseFullTemplateString`, as `parse_string_template` calls it with "F'" before the
// text), the bytecode with what `create_bytecode` gives, and the input rules with validation.py.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import createHogQLParser from '@posthog/hogql-parser';
import { compileExpression, readOfficialJson, type CompileSuccess } from '../../../src/hog/compiler';
import type { Expr } from '../../../src/hog/ast';
import { compileInputs, InputTemplateError, stringBytecode, templateBytecode } from '../../../src/hog/templates';
import { sharedPath, sharedSkip } from '../support/shared';

const TRICKY = [
  '', 'plain text', '{event}', 'Hi {person.properties.name}!', "it's {'quoted'} and \"double\"",
  'line\\nbreak\\ttab\\0nul\\avt\\v', 'brace \\{not a placeholder}', 'slashes \\\\{x} and \\\\\\\\{y}', '\\\\n stays',
  'keep \\x41 \\N \\e \\} \\\' as written', 'trailing backslash \\', 'close } alone', '{x}}', '}{x}',
  "nested {f'{event.event}-{1 + 2}'} f-string", '{1}{2.0}{-3}', '{ {\'a\': [1, 2.5, null]} }', '{event.properties[\'$x\']}',
  "{x // comment\n} after", '{{placeholder}}', '{arrayMap(x -> x * 2, [1, 2])}', "{event.event == '$pageview' ? 'view' : 'other'}",
  'multi\nline {event.uuid}\ntext', '{inputs.a}{inputs.b}', '<style> .css \\{ width: 1px; }</style> Hi {person.properties.email}',
  "{'}'} and {'{'}", '{ `quoted name` }', '{event.distinct_id ?? \'anon\'}', '{1 = 1}', '{toString(now())}',
];

async function officialBytecode(template: string): Promise<unknown> {
  const parser = await createHogQLParser();
  const json = parser.parseFullTemplateString(`F'${template}`);
  if (json.includes('"error":true')) return { error: true };
  const { program, numberTexts } = readOfficialJson(json);
  const result = compileExpression(program as unknown as Expr, { numberTexts });
  return result.errors ? { error: true } : (result as CompileSuccess).bytecode;
}

function ours(template: string): unknown {
  try {
    return stringBytecode(template);
  } catch {
    return { error: true };
  }
}

function templateStrings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((item) => templateStrings(item, out));
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((item) => templateStrings(item, out));
  return out;
}

describe('input templates: parse and bytecode', () => {
  test("every tricky template compiles to what PostHog's parser and compiler give", async () => {
    for (const template of TRICKY) assert.deepEqual(ours(template), await officialBytecode(template), JSON.stringify(template));
  });

  test('templates that do not parse are refused, like PostHog', async () => {
    for (const template of ['a{', '{1', '{}', '{1 +}', "{'unterminated}"]) {
      assert.deepEqual(await officialBytecode(template), { error: true }, template);
      assert.throws(() => stringBytecode(template), /./, template);
    }
  });

  const SKIP = sharedSkip('corpus/inputs-schemas');
  test("every default of PostHog's templates in the corpus compiles as PostHog compiles it", { skip: SKIP }, async () => {
    const dir = sharedPath('corpus/inputs-schemas');
    const strings = readdirSync(dir).flatMap((name) => {
      const schema = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')).inputs_schema as { default?: unknown }[];
      return schema.flatMap((item) => templateStrings(item.default, []));
    });
    assert.ok(strings.some((s) => s.includes('{')), 'the corpus has real templates');
    for (const template of strings) assert.deepEqual(ours(template), await officialBytecode(template), template);
  });

  test('bytecode by hand from bytecode.py: fields, concat, constants', () => {
    assert.deepEqual(stringBytecode('{event}'), ['_H', 1, 32, 'event', 1, 1]);
    assert.deepEqual(stringBytecode('{event.properties.plan}'), ['_H', 1, 32, 'plan', 32, 'properties', 32, 'event', 1, 3]);
    assert.deepEqual(stringBytecode('https://hooks.example.com/a'), ['_H', 1, 32, 'https://hooks.example.com/a']);
    assert.deepEqual(stringBytecode('id={event.uuid};'), ['_H', 1, 32, 'id=', 32, 'uuid', 32, 'event', 1, 2, 32, ';', 2, 'concat', 3]);
    assert.deepEqual(stringBytecode('{42}'), ['_H', 1, 33, 42]);
  });

  test('a value keeps its shape; only strings become bytecode', () => {
    const value = { url: '{inputs.base}/x', n: 3, flag: true, none: null, list: ['a', '{event.event}'], deep: { k: 'v' } };
    assert.deepEqual(templateBytecode(value), {
      url: ['_H', 1, 32, 'base', 32, 'inputs', 1, 2, 32, '/x', 2, 'concat', 2],
      n: 3,
      flag: true,
      none: null,
      list: [['_H', 1, 32, 'a'], ['_H', 1, 32, 'event', 32, 'event', 1, 2]],
      deep: { k: ['_H', 1, 32, 'v'] },
    });
  });
});

describe('input templates: the inputs PostHog stores', () => {
  const schema = [
    { key: 'endpoint', type: 'string' },
    { key: 'body', type: 'json' },
    { key: 'verb', type: 'choice' },
    { key: 'headers', type: 'dictionary' },
    { key: 'retries', type: 'number' },
  ];

  test('strings, json and dictionaries get bytecode; choices and numbers do not; order follows the schema', () => {
    const compiled = compileInputs(schema, {
      endpoint: { value: 'https://api.example.com/v2' },
      body: { value: { who: '{person}', nested: { url: '{event.url}' } } },
      verb: { value: 'PUT' },
      headers: { value: { 'X-Lib': 'lib={event.properties.$lib}' } },
      retries: { value: 3 },
    });
    assert.deepEqual(Object.keys(compiled), ['endpoint', 'body', 'verb', 'headers', 'retries']);
    assert.deepEqual(compiled.endpoint, { value: 'https://api.example.com/v2', bytecode: ['_H', 1, 32, 'https://api.example.com/v2'], order: 0 });
    assert.deepEqual(compiled.body?.bytecode, { who: ['_H', 1, 32, 'person', 1, 1], nested: { url: ['_H', 1, 32, 'url', 32, 'event', 1, 2] } });
    assert.deepEqual(compiled.verb, { value: 'PUT', order: 2 });
    assert.deepEqual(compiled.headers?.bytecode, { 'X-Lib': ['_H', 1, 32, 'lib=', 32, '$lib', 32, 'properties', 32, 'event', 1, 3, 2, 'concat', 2] });
    assert.deepEqual(compiled.retries, { value: 3, order: 4 });
  });

  test('inputs that read other inputs come after them (topological order); cycles are refused', () => {
    const keys = ['first', 'third', 'second'].map((key) => ({ key, type: 'string' }));
    const compiled = compileInputs(keys, {
      first: { value: 'one' },
      third: { value: '{inputs.second}-3' },
      second: { value: '{inputs.first}-2' },
    });
    assert.deepEqual(Object.entries(compiled).map(([key, input]) => [key, input.order]), [['first', 0], ['second', 1], ['third', 2]]);
    assert.throws(
      () => compileInputs(keys.slice(0, 2), { first: { value: '{inputs.third}' }, third: { value: '{inputs.first}' } }),
      (error: unknown) => error instanceof InputTemplateError && error.key === null && /Circular dependency/.test(error.message),
    );
    assert.equal(compileInputs(keys.slice(0, 1), { first: { value: '{inputs.missing}' } }).first?.order, 0);
  });

  test('templating: false compiles nothing; liquid compiles nothing; true sets "hog"', () => {
    const off = compileInputs([{ key: 'a', type: 'string', templating: false }], { a: { value: '{x}' } });
    assert.deepEqual(off.a, { value: '{x}', order: 0 });
    const liquid = compileInputs([{ key: 'a', type: 'string', templating: 'liquid' }], { a: { value: 'Hi {{ person.name }}' } });
    assert.deepEqual(liquid.a, { value: 'Hi {{ person.name }}', templating: 'liquid', order: 0 });
    const sentLiquid = compileInputs([{ key: 'a', type: 'string' }], { a: { value: '{{ x }}', templating: 'liquid' } });
    assert.equal(sentLiquid.a?.bytecode, undefined);
    const on = compileInputs([{ key: 'a', type: 'string', templating: true }], { a: { value: 'x' } });
    assert.deepEqual(on.a, { value: 'x', templating: 'hog', bytecode: ['_H', 1, 32, 'x'], order: 0 });
  });

  test('booleans: a template string compiles, true stays true; emails drop their design', () => {
    const compiled = compileInputs(
      [{ key: 'on', type: 'boolean' }, { key: 'flag', type: 'boolean' }, { key: 'mail', type: 'email' }],
      {
        on: { value: "{event.event == 'signup'}" },
        flag: { value: true },
        mail: { value: { to: '{person.properties.email}', subject: 'Hi', design: { rows: ['{x}'] } } },
      },
    );
    assert.deepEqual(compiled.on?.bytecode, ['_H', 1, 32, 'signup', 32, 'event', 32, 'event', 1, 2, 11]);
    assert.equal(compiled.flag?.bytecode, true);
    assert.deepEqual(Object.keys(compiled.mail?.bytecode as object), ['to', 'subject']);
  });

  test("refusals carry PostHog's words", () => {
    const refused = (type: string, value: unknown, functionType?: string): string => {
      try {
        compileInputs([{ key: 'k', type }], { k: { value } }, functionType);
      } catch (error) {
        assert.ok(error instanceof InputTemplateError);
        assert.equal(error.key, 'k');
        return error.message;
      }
      assert.fail('expected a refusal');
    };
    assert.match(refused('string', 'Hi {{ person.name }}'), /^Invalid template: this field uses single-curly templating like \{person\.properties\.email\}\. Liquid-style/);
    assert.equal(refused('string', '{event.properties.utm-source}'), "Invalid template: Hyphens are not supported in identifiers and are interpreted as subtraction. Use bracket notation: event.properties['utm-source']");
    assert.equal(
      refused('string', '{person.name} {groups.x}', 'transformation'),
      'Invalid template: Variable not available in transformations: groups, person. Transformations only have access to project, event, and inputs.',
    );
    assert.equal(compileInputs([{ key: 'k', type: 'string' }], { k: { value: '{person.name}' } }, 'destination').k?.order, 0);
  });
});
