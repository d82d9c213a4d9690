// The inputs of a local run: the function's values as the editors hold them, except that a value
// the test globals document gives under `inputs` wins, and a secret input (which PostHog never
// returns) takes its value from there or from a prompt, never from the server.
import { isSecretMarker, type InputSchemaItem, type InputValues, type InvocationGlobals } from '../api';
import { DismissedError } from '../ui/errorMessages';
import type { Prompter } from '../ui/prompter';

export type RunInputs = Record<string, { value?: unknown; templating?: 'hog' | 'liquid' } | undefined>;

/** The globals without their `inputs` (what the run's globals are), and those input values. */
export function splitGlobals(globals: InvocationGlobals): { globals: Record<string, unknown>; inputs: Record<string, unknown> } {
  const { inputs, ...rest } = globals as Record<string, unknown>;
  const given = typeof inputs === 'object' && inputs !== null && !Array.isArray(inputs) ? (inputs as Record<string, unknown>) : {};
  return { globals: rest, inputs: given };
}

export async function runInputs(
  schema: readonly InputSchemaItem[],
  stored: InputValues,
  given: Record<string, unknown>,
  prompter: Prompter,
): Promise<RunInputs> {
  const inputs: RunInputs = {};
  for (const [key, input] of Object.entries(stored)) {
    if (!isSecretMarker(input)) inputs[key] = { value: input.value, templating: input.templating };
  }
  for (const [key, value] of Object.entries(given)) inputs[key] = { ...inputs[key], value };
  for (const item of schema) {
    if (inputs[item.key] !== undefined || (item.secret !== true && !isSecretMarker(stored[item.key]))) continue;
    inputs[item.key] = { value: await promptSecret(item, prompter) };
  }
  return inputs;
}

async function promptSecret(item: InputSchemaItem, prompter: Prompter): Promise<string> {
  const value = await prompter.input({
    title: `Secret input "${item.key}"`,
    prompt: 'PostHog never returns secret inputs: give a value for this local run (or put it under "inputs" in the test globals).',
    password: true,
  });
  if (value === undefined) throw new DismissedError();
  return value;
}
