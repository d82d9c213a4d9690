// The create body of a function's copy. PostHog returns stored secrets only as {secret: true}, a
// marker that means "keep the stored value" and that a new function has nothing behind: a copy
// sends no value for secret inputs (unless the user typed one) and leaves out server-computed fields.
import type { HogFilters } from '../api/types/common';
import type { HogFunction, HogFunctionCreate, HogFunctionMapping } from '../api/types/hogFunction';
import { isSecretMarker, type InputSchemaItem, type InputValues } from '../api/types/inputs';

export interface FunctionCopy {
  body: HogFunctionCreate;
  /** Secret inputs the copy has no value for; the user fills them in. */
  missingSecrets: InputSchemaItem[];
}

/** A disabled copy named "… (copy)"; `secrets` are values the user typed for secret inputs. */
export function copyOf(fn: HogFunction, secrets: Readonly<Record<string, string>>): FunctionCopy {
  const secretItems = fn.inputs_schema.filter((item) => item.secret === true);
  const inputs = plainInputs(fn.inputs, new Set(secretItems.map((s) => s.key)));
  for (const item of secretItems) {
    const value = secrets[item.key];
    if (value) inputs[item.key] = { value };
  }
  const body: HogFunctionCreate = {
    type: fn.type,
    name: `${fn.name ?? 'Untitled'} (copy)`,
    description: fn.description,
    enabled: false,
    hog: fn.hog,
    inputs_schema: fn.inputs_schema,
    inputs,
    filters: withoutComputed(fn.filters ?? {}),
    masking: fn.masking ? { ttl: fn.masking.ttl, threshold: fn.masking.threshold, hash: fn.masking.hash } : null,
    mappings: fn.mappings?.map(copyMapping) ?? null,
    icon_url: fn.icon_url,
  };
  return { body, missingSecrets: secretItems.filter((item) => !secrets[item.key]) };
}

/** Values and templating only (bytecode, order, transpiled are the server's); no secrets. */
function plainInputs(inputs: InputValues | undefined, secretKeys: ReadonlySet<string>): InputValues {
  const copy: InputValues = {};
  for (const [key, input] of Object.entries(inputs ?? {})) {
    if (secretKeys.has(key) || isSecretMarker(input)) continue;
    copy[key] = input.templating ? { value: input.value, templating: input.templating } : { value: input.value };
  }
  return copy;
}

function copyMapping(mapping: HogFunctionMapping): HogFunctionMapping {
  const secretKeys = new Set((mapping.inputs_schema ?? []).filter((i) => i.secret === true).map((i) => i.key));
  return {
    ...mapping,
    ...(mapping.inputs ? { inputs: plainInputs(mapping.inputs, secretKeys) } : {}),
    ...(mapping.filters ? { filters: withoutComputed(mapping.filters) } : {}),
  };
}

function withoutComputed(filters: HogFilters): HogFilters {
  const { bytecode: _bytecode, transpiled: _transpiled, bytecode_error: _error, ...rest } = filters;
  return rest;
}
