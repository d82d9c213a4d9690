// Values for a template's required inputs that have no default: PostHog refuses to create the
// function without them. One prompt per input, shaped by its type.
import type { InputSchemaItem, InputValues } from '../api/types/inputs';
import type { PrompterSlot } from '../ui/prompter';

/** The inputs a new function from this schema cannot be created without. */
export function inputsToAsk(schema: readonly InputSchemaItem[]): InputSchemaItem[] {
  return schema.filter((item) => item.required === true && item.default === undefined);
}

/** Asks for each input in turn; undefined when the user dismisses one (cancels the creation). */
export async function askInputs(prompts: PrompterSlot, title: string, items: readonly InputSchemaItem[]): Promise<InputValues | undefined> {
  const values: InputValues = {};
  for (const item of items) {
    const value = await askOne(prompts, title, item);
    if (value === undefined) return undefined;
    values[item.key] = { value };
  }
  return values;
}

async function askOne(prompts: PrompterSlot, title: string, item: InputSchemaItem): Promise<unknown> {
  const label = item.label ?? item.key;
  if (item.type === 'boolean') {
    return prompts.current.pick([{ label: 'true', value: true }, { label: 'false', value: false }], { title, placeholder: label });
  }
  if (item.type === 'choice' && item.choices?.length) {
    return prompts.current.pick(item.choices.map((c) => ({ label: c.label, value: c.value })), { title, placeholder: label });
  }
  const text = await prompts.current.input({
    title,
    prompt: item.description ? `${label}: ${item.description}` : label,
    password: item.secret === true,
    validate: (value) => inputProblem(item, value),
  });
  return text === undefined ? undefined : parseInput(item, text);
}

export function inputProblem(item: InputSchemaItem, text: string): string | undefined {
  if (text.trim() === '') return 'PostHog requires this input.';
  if (item.type === 'number' && !Number.isFinite(Number(text))) return 'Enter a number.';
  if (item.type === 'json' || item.type === 'dictionary') {
    try {
      const parsed: unknown = JSON.parse(text);
      if (item.type === 'dictionary' && (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))) return 'Enter a JSON object.';
    } catch {
      return 'Enter valid JSON.';
    }
  }
  return undefined;
}

function parseInput(item: InputSchemaItem, text: string): unknown {
  if (item.type === 'number') return Number(text);
  if (item.type === 'json' || item.type === 'dictionary') return JSON.parse(text) as unknown;
  return text;
}
