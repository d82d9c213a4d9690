// Reads one `functions/<slug>.test.yaml`: YAML syntax, the JSON schema (errors at their path and
// position), and the cases with their positions. A schema error inside a case fails that case only.
import { validate, WORKSPACE_TEST_SCHEMA, type SchemaError } from '../../schema';
import { isJsonObject, type JsonObject } from '../json';
import { fileProblem, type Problem } from '../problems';
import { parseYaml, type ParsedYaml } from '../yamlText';
import type { Expectations, MockedResponseSpec, TestCase, TestSuite } from './model';

export function parseTestFile(slug: string, file: string, text: string): TestSuite {
  const parsed = parseYaml(text);
  if (parsed.errors.length > 0) {
    return { slug, file, cases: [], problems: parsed.errors.map((error) => ({ file, ...error.position, severity: 'error', message: error.message })) };
  }
  if (!isJsonObject(parsed.value)) return { slug, file, cases: [], problems: [fileProblem(file, 'must be a YAML mapping with a list of `cases`')] };
  const errors = validate(WORKSPACE_TEST_SCHEMA, parsed.value);
  const rawCases = Array.isArray(parsed.value.cases) ? parsed.value.cases : [];
  const cases = rawCases.map((raw, index) => caseOf(slug, file, parsed, raw, index));
  const problems: Problem[] = [];
  for (const error of errors) {
    const problem = schemaProblem(file, parsed, error);
    const owner = typeof error.path[1] === 'number' && error.path[0] === 'cases' ? cases[error.path[1]] : undefined;
    (owner ? owner.problems : problems).push(problem);
  }
  markDuplicateNames(cases);
  return { slug, file, cases, problems };
}

function caseOf(slug: string, file: string, parsed: ParsedYaml, raw: unknown, index: number): TestCase {
  const fields: JsonObject = isJsonObject(raw) ? raw : {};
  const name = typeof fields.name === 'string' && fields.name !== '' ? fields.name : `case ${index + 1}`;
  const locate = (path: readonly (string | number)[]) => parsed.locateKey(['cases', index, ...path]);
  const start = isJsonObject(raw) && 'name' in raw ? parsed.locate(['cases', index, 'name']) : parsed.locate(['cases', index]);
  return {
    id: `${file}#${name}`,
    slug,
    file,
    name,
    index,
    ...start,
    globals: isJsonObject(fields.globals) ? fields.globals : {},
    inputs: isJsonObject(fields.inputs) ? fields.inputs : {},
    fetch: Array.isArray(fields.fetch) ? (fields.fetch.filter(isJsonObject) as MockedResponseSpec[]) : [],
    expect: (isJsonObject(fields.expect) ? fields.expect : {}) as Expectations,
    problems: [],
    locate,
  };
}

function markDuplicateNames(cases: TestCase[]): void {
  const seen = new Map<string, TestCase>();
  for (const testCase of cases) {
    const first = seen.get(testCase.name);
    if (!first) {
      seen.set(testCase.name, testCase);
      continue;
    }
    testCase.problems.push({
      file: testCase.file, line: testCase.line, column: testCase.column, severity: 'error',
      message: `another case is named '${testCase.name}' (line ${first.line}): names must be unique in a file`,
    });
    testCase.id = `${testCase.file}#${testCase.index}`;
  }
}

function schemaProblem(file: string, parsed: ParsedYaml, error: SchemaError): Problem {
  const where = error.path.length > 0 ? `${error.path.join('.')}: ` : '';
  return { file, ...parsed.locateKey(error.path), severity: 'error', message: `${where}${error.message}` };
}
