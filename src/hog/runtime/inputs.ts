// `inputs` as the worker builds them for a run (hog-inputs.service.ts): each input in `order`,
// Hog templates run from their bytecode against the globals (and the inputs built so far), Liquid
// templates rendered, other values as stored.
import { hogvm } from './hogvm';
import { renderLiquid } from './liquid';
import { runVmSync } from './vm';

export interface RuntimeInput {
  readonly value?: unknown;
  readonly templating?: string;
  readonly bytecode?: unknown;
  readonly order?: number;
}

const EXTEND_OBJECT_KEY = '$$_extend_object';

export function buildInputs(
  inputs: Readonly<Record<string, RuntimeInput | undefined>>,
  globals: Record<string, unknown>,
  timeoutMs: number,
): Record<string, unknown> {
  const built: Record<string, unknown> = {};
  const templateGlobals = { ...globals, inputs: built, push_subscriptions: [] };
  const ordered = Object.entries(inputs).sort(([, a], [, b]) => (a?.order ?? -1) - (b?.order ?? -1));
  for (const [key, input] of ordered) {
    if (!input) continue;
    built[key] = formatInput(input, key, templateGlobals, timeoutMs);
  }
  return built;
}

function formatInput(input: RuntimeInput, key: string, globals: Record<string, unknown>, timeoutMs: number): unknown {
  const templating = input.templating ?? 'hog';
  if (templating === 'liquid') return formatLiquid(input.value, globals);
  if (templating === 'hog' && input.bytecode) return formatHog(input.bytecode, globals, key, timeoutMs);
  return input.value;
}

function formatHog(bytecode: unknown, globals: Record<string, unknown>, key: string, timeoutMs: number): unknown {
  if (bytecode === null || bytecode === undefined) return bytecode;
  if (Array.isArray(bytecode) && (bytecode[0] === '_H' || bytecode[0] === '_h')) {
    const result = runVmSync(bytecode, globals, timeoutMs);
    if (result.error !== undefined) throw result.error;
    if (!result.finished) throw new Error(`Could not execute bytecode for input field: ${key}`);
    return hogvm().convertHogToJS(result.result);
  }
  if (Array.isArray(bytecode)) return bytecode.map((item) => formatHog(item, globals, key, timeoutMs));
  if (typeof bytecode !== 'object') return bytecode;
  const entries = bytecode as Record<string, unknown>;
  const extended = EXTEND_OBJECT_KEY in entries ? formatHog(entries[EXTEND_OBJECT_KEY], globals, key, timeoutMs) : null;
  const out: Record<string, unknown> = typeof extended === 'object' && extended !== null ? { ...extended } : {};
  for (const [subkey, value] of Object.entries(entries)) {
    if (subkey !== EXTEND_OBJECT_KEY) out[subkey] = formatHog(value, globals, key ? `${key}.${subkey}` : subkey, timeoutMs);
  }
  return out;
}

function formatLiquid(value: unknown, globals: Record<string, unknown>): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return renderLiquid(value, globals);
  if (Array.isArray(value)) return value.map((item) => formatLiquid(item, globals));
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, formatLiquid(v, globals)]));
  return value;
}
