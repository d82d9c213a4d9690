// Local checks, run before any request: the Hog of every function parses and passes the checker
// for its type and inputs schema, no secret value sits in a file, and every environment variable
// a secret needs for this run is set. (YAML syntax and the JSON schema are checked on reading.)
import { checkProgram, type InputSchemaItem } from '../hog/analysis';
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import { hogPath, yamlPath } from './layout';
import type { LocalObject } from './localFiles';
import type { ObjectKind } from './model';
import type { Problem } from './problems';
import { findSecretInputs } from './secrets';

/** site_destination and site_app hold TypeScript, which the Hog checker does not read. */
const TYPESCRIPT_TYPES = new Set(['site_destination', 'site_app']);

export interface CheckOptions {
  env: Record<string, string | undefined>;
  /** Whether this run sends the object's secrets (a create, or `push --secrets`). */
  sendsSecrets(kind: ObjectKind, slug: string): boolean;
}

export function checkObject(local: LocalObject, options: CheckOptions): Problem[] {
  if (!local.content) return [];
  const problems = [...secretValueProblems(local), ...envProblems(local, options)];
  if (local.kind === 'function') problems.push(...hogProblems(local));
  return problems;
}

function hogProblems(local: LocalObject): Problem[] {
  const fields = local.content?.fields ?? {};
  const type = typeof fields.type === 'string' ? fields.type : undefined;
  if (type === undefined || TYPESCRIPT_TYPES.has(type)) return [];
  const inputsSchema = Array.isArray(fields.inputs_schema) ? fields.inputs_schema.filter(isSchemaItem) : undefined;
  // The file as it is (not the trimmed code), so positions match what the editor shows.
  const text = local.texts.get(hogPath(local.slug)) ?? '';
  return checkProgram(text, { type, inputsSchema }).map((diagnostic) => ({
    file: hogPath(local.slug),
    line: diagnostic.start.line,
    column: diagnostic.start.column + 1,
    severity: diagnostic.severity,
    message: diagnostic.message,
  }));
}

function isSchemaItem(item: JsonValue): item is JsonObject & InputSchemaItem {
  return isJsonObject(item) && typeof item.key === 'string';
}

/** A secret input holding its value would put the secret into git. */
function secretValueProblems(local: LocalObject): Problem[] {
  const fields = local.content?.fields ?? {};
  const schema = Array.isArray(fields.inputs_schema) ? fields.inputs_schema : [];
  const inputs = isJsonObject(fields.inputs) ? fields.inputs : {};
  return schema.flatMap((item) => {
    if (!isJsonObject(item) || item.secret !== true || typeof item.key !== 'string') return [];
    const input = inputs[item.key];
    if (!isJsonObject(input) || input.secret === true || input.value === undefined) return [];
    return [problemAt(local, ['inputs', item.key, 'value'],
      `input '${item.key}' is secret: keep its value out of files; write {secret: true, fromEnv: NAME} and set NAME in the environment`)];
  });
}

function envProblems(local: LocalObject, options: CheckOptions): Problem[] {
  if (!options.sendsSecrets(local.kind, local.slug)) return [];
  const fields: JsonObject = local.content?.fields ?? {};
  return findSecretInputs(fields).flatMap((ref) => {
    if (ref.envName === undefined || options.env[ref.envName] !== undefined) return [];
    return [problemAt(local, [...ref.path, 'fromEnv'], `environment variable ${ref.envName} is not set (this push sends the secret)`)];
  });
}

function problemAt(local: LocalObject, path: (string | number)[], message: string): Problem {
  return { file: yamlPath(local.kind, local.slug), ...local.locate(path), severity: 'error', message };
}
