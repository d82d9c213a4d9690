// Secret inputs in the files: `{secret: true}` keeps what PostHog stores; `{secret: true, fromEnv:
// NAME}` also says where the value comes from when it has to be sent (on create, or with
// `push --secrets`). Values themselves never reach a file.
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import { isSecretInput, secretEnvName, type InputTransform } from './normalize';

export interface SecretInputRef {
  /** Path of the input value in the YAML fields, e.g. ['inputs', 'api_key']. */
  path: (string | number)[];
  envName: string | undefined;
}

/** Every secret input in the fields (of any `inputs` map, at any depth). */
export function findSecretInputs(value: JsonValue, path: (string | number)[] = []): SecretInputRef[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => findSecretInputs(item, [...path, index]));
  if (!isJsonObject(value)) return [];
  const found: SecretInputRef[] = [];
  for (const [key, child] of Object.entries(value)) {
    if (key === 'value' || key === 'default') continue;
    if (key === 'inputs' && isJsonObject(child)) found.push(...secretsOfInputs(child, [...path, key]));
    else found.push(...findSecretInputs(child, [...path, key]));
  }
  return found;
}

function secretsOfInputs(inputs: JsonObject, path: (string | number)[]): SecretInputRef[] {
  return Object.entries(inputs).flatMap(([key, input]) => {
    if (!isJsonObject(input)) return [];
    const here = [...path, key];
    return isSecretInput(input) ? [{ path: here, envName: secretEnvName(input) }] : findSecretInputs(input, here);
  });
}

/**
 * How secret inputs travel in a request body:
 * - `update`: `{secret: true}`; PostHog keeps what it stores.
 * - `rotate` (`push --secrets`): the environment value where the file names one, else the marker.
 * - `create`: the environment value where the file names one, else nothing (PostHog has no stored
 *   value to keep, and refuses a marker).
 */
export type SecretMode = 'update' | 'rotate' | 'create';

export function secretsForRequest(mode: SecretMode, env: Record<string, string | undefined>): InputTransform {
  return (input) => {
    if (!isSecretInput(input)) return input;
    const name = secretEnvName(input);
    const value = mode === 'update' || name === undefined ? undefined : env[name];
    if (value !== undefined) return { value };
    return mode === 'create' ? undefined : { secret: true };
  };
}

/** Whether any secret input of these fields names an environment variable. */
export function hasEnvSecrets(fields: JsonObject): boolean {
  return findSecretInputs(fields).some((ref) => ref.envName !== undefined);
}
