// The function a test file tests, read from its files and checked first: a YAML that does not fit
// the schema, code that does not compile or TypeScript code fails every case, at file:line:column.
import { compileSource } from '../../hog/compiler';
import type { InputSchemaLike } from '../../hog/templates';
import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { hogPath, yamlPath } from '../layout';
import { readObject } from '../localFiles';
import { fileProblem, hasErrors, type Problem } from '../problems';
import type { Position } from '../yamlText';

/** site_destination and site_app hold TypeScript, which runs in a browser, not on the Hog VM. */
const TYPESCRIPT_TYPES = new Set(['site_destination', 'site_app']);

export interface FunctionUnderTest {
  slug: string;
  type: string;
  name: string;
  /** The .hog file's text (positions match the editor). */
  code: string;
  inputsSchema: InputSchemaLike[];
  /** `inputs` of the YAML: `{value, templating}` or `{secret: true, fromEnv?}` per key. */
  inputs: JsonObject;
  /** Errors that keep every case from running. */
  problems: Problem[];
  /** Where a field of the function's YAML is. */
  locate(path: readonly (string | number)[]): Position;
}

export async function readFunctionUnderTest(dir: string, slug: string, testFile: string): Promise<FunctionUnderTest> {
  const readProblems: Problem[] = [];
  const local = await readObject(dir, 'function', slug, readProblems);
  const fields = local.content?.fields ?? {};
  const code = local.texts.get(hogPath(slug)) ?? '';
  const subject: FunctionUnderTest = {
    slug,
    type: typeof fields.type === 'string' ? fields.type : 'destination',
    name: typeof fields.name === 'string' ? fields.name : slug,
    code,
    inputsSchema: Array.isArray(fields.inputs_schema) ? fields.inputs_schema.filter(isSchemaItem) : [],
    inputs: isJsonObject(fields.inputs) ? fields.inputs : {},
    problems: readProblems.filter((problem) => problem.severity === 'error'),
    locate: local.locate,
  };
  if (local.files.length === 0) {
    subject.problems = [fileProblem(testFile, `${hogPath(slug)} and ${yamlPath('function', slug)} do not exist: a test file tests the function of the same name`)];
  } else if (!hasErrors(subject.problems)) {
    subject.problems.push(...codeProblems(subject));
  }
  return subject;
}

function codeProblems(subject: FunctionUnderTest): Problem[] {
  if (TYPESCRIPT_TYPES.has(subject.type)) {
    return [fileProblem(hogPath(subject.slug), `a ${subject.type} holds TypeScript, which hog test cannot run (only Hog functions)`)];
  }
  const compiled = compileSource(subject.code);
  return (compiled.errors ?? []).map((error) => ({
    file: hogPath(subject.slug), line: error.start.line, column: error.start.column + 1, severity: 'error', message: error.message,
  }));
}

function isSchemaItem(item: JsonValue): item is JsonObject & InputSchemaLike {
  return isJsonObject(item) && typeof item.key === 'string' && typeof item.type === 'string';
}
