// The inputs of one case: the function's YAML `inputs`, each value replaced by the case's `inputs`
// where it gives one (the templating stays). A secret input takes the case's value, else the
// environment variable its `fromEnv` names; with neither, the case cannot run and says why.
import { isJsonObject, type JsonObject, type JsonValue } from '../json';
import { yamlPath } from '../layout';
import { isSecretInput, secretEnvName } from '../normalize';
import type { Problem } from '../problems';
import type { TestCase } from './model';
import type { FunctionUnderTest } from './subject';

/** An input as the runtime takes it. */
export interface CaseInput {
  value?: unknown;
  templating?: string;
}

export interface CaseInputs {
  inputs: Record<string, CaseInput>;
  problems: Problem[];
}

export function caseInputs(subject: FunctionUnderTest, testCase: TestCase, env: Record<string, string | undefined>): CaseInputs {
  const keys = new Set(subject.inputsSchema.map((item) => item.key));
  const inputs: Record<string, CaseInput> = {};
  const problems: Problem[] = [];
  for (const [key, stored] of Object.entries(subject.inputs)) {
    if (!isJsonObject(stored) || key in testCase.inputs) continue;
    if (!isSecretInput(stored)) inputs[key] = overridden(stored, stored.value);
    else {
      const value = secretValue(stored, env);
      if (value === undefined) problems.push(missingSecret(subject, testCase, key, stored));
      else inputs[key] = { value };
    }
  }
  for (const [key, value] of Object.entries(testCase.inputs)) {
    if (!keys.has(key)) problems.push(unknownInput(subject, testCase, key, [...keys]));
    else inputs[key] = overridden(subject.inputs[key], value);
  }
  return { inputs, problems };
}

function secretValue(stored: JsonObject, env: Record<string, string | undefined>): string | undefined {
  const name = secretEnvName(stored);
  return name === undefined ? undefined : env[name];
}

/** `value` in place of the stored one; a plain input keeps its templating. */
function overridden(stored: JsonValue | undefined, value: JsonValue | undefined): CaseInput {
  if (!isJsonObject(stored) || isSecretInput(stored) || typeof stored.templating !== 'string') return { value };
  return { value, templating: stored.templating };
}

function missingSecret(subject: FunctionUnderTest, testCase: TestCase, key: string, stored: JsonObject): Problem {
  const name = secretEnvName(stored);
  const source = name === undefined
    ? `give it under this case's inputs (or write {secret: true, fromEnv: NAME} in ${yamlPath('function', subject.slug)} and set NAME)`
    : `set ${name} in the environment (its fromEnv) or give it under this case's inputs`;
  return { file: testCase.file, ...testCase.locate(['inputs']), severity: 'error', message: `secret input '${key}' has no value: ${source}` };
}

function unknownInput(subject: FunctionUnderTest, testCase: TestCase, key: string, keys: string[]): Problem {
  const known = keys.length > 0 ? keys.join(', ') : 'none';
  return {
    file: testCase.file, ...testCase.locate(['inputs', key]), severity: 'error',
    message: `inputs.${key}: ${yamlPath('function', subject.slug)} has no input '${key}' in its inputs_schema (its inputs: ${known})`,
  };
}
