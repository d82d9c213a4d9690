// A function's inputs as PostHog stores them on save (posthog/cdp/validation.py, InputsSerializer):
// the templating language each value uses, the bytecode of Hog templates, and `order`, a
// topological order by which inputs read which (`{inputs.other}`), the order the worker builds them in.
import { TemplateError, templateBytecode, type TemplateBytecode } from './templateBytecode';

export interface InputSchemaLike {
  readonly key: string;
  readonly type: string;
  readonly templating?: unknown;
}

export interface InputLike {
  readonly value?: unknown;
  readonly templating?: unknown;
}

export interface CompiledInput {
  readonly value: unknown;
  readonly templating?: 'hog' | 'liquid';
  readonly bytecode?: TemplateBytecode;
  readonly order: number;
}

/** An input PostHog would refuse: `key` and the message it gives ("Invalid template: …"). */
export class InputTemplateError extends Error {
  constructor(
    readonly key: string | null,
    message: string,
  ) {
    super(message);
    this.name = 'InputTemplateError';
  }
}

/** Types whose values are compiled when their templating is Hog. */
const COMPILED_TYPES = new Set([
  'string', 'boolean', 'dictionary', 'json', 'email', 'native_email', 'posthog_ticket_tags',
  'customer_analytics_account_properties', 'customer_analytics_account_relationships',
]);

/** Inputs with a value, in `order`; keys missing from `inputs` or without a value are left out. */
export function compileInputs(
  schema: readonly InputSchemaLike[],
  inputs: Readonly<Record<string, InputLike | undefined>>,
  functionType = 'destination',
): Record<string, CompiledInput> {
  const compiled = new Map<string, Omit<CompiledInput, 'order'>>();
  const deps = new Map<string, string[]>();
  for (const item of schema) {
    const input = inputs[item.key];
    if (input === undefined || input.value === undefined) continue;
    const used = new Set<string>();
    compiled.set(item.key, compileOne(item, input, functionType, used));
    deps.set(item.key, [...used]);
  }
  const sorted = topologicalSort([...compiled.keys()], deps);
  return Object.fromEntries(sorted.map((key, order) => [key, { ...(compiled.get(key) as object), order } as CompiledInput]));
}

/** The templating a stored value gets: the schema's, when it says one. */
export function templatingOf(item: InputSchemaLike, input: InputLike): 'hog' | 'liquid' | undefined {
  const sent = input.templating === 'hog' || input.templating === 'liquid' ? input.templating : undefined;
  if (item.templating === true) return 'hog';
  if (item.templating === 'hog' || item.templating === 'liquid') return item.templating;
  return sent;
}

function compileOne(item: InputSchemaLike, input: InputLike, functionType: string, used: Set<string>): Omit<CompiledInput, 'order'> {
  const templating = templatingOf(item, input);
  const base = templating === undefined ? { value: input.value } : { value: input.value, templating };
  const templated = truthy(input.value) && (item.templating === undefined || truthy(item.templating));
  if (!templated || templating === 'liquid' || !COMPILED_TYPES.has(item.type)) return base;
  try {
    return { ...base, bytecode: templateBytecode(withoutDesign(item.type, input.value), { functionType, inputs: used }) };
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    throw new InputTemplateError(item.key, invalidTemplateMessage(input.value, error.message));
  }
}

function invalidTemplateMessage(value: unknown, reason: string): string {
  if (!usesLiquidSyntax(value)) return `Invalid template: ${reason}`;
  return (
    'Invalid template: this field uses single-curly templating like {person.properties.email}. ' +
    `Liquid-style {{ ... }} syntax is not supported here. (${reason})`
  );
}

function usesLiquidSyntax(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('{{');
  if (Array.isArray(value)) return value.some(usesLiquidSyntax);
  if (typeof value === 'object' && value !== null) return Object.values(value).some(usesLiquidSyntax);
  return false;
}

/** Emails are compiled without their editor `design`. */
function withoutDesign(type: string, value: unknown): unknown {
  if ((type !== 'email' && type !== 'native_email') || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'design'));
}

/** Python's truthiness of a JSON value. */
function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object' && value !== null) return Object.keys(value).length > 0;
  return Boolean(value);
}

/** PostHog's `topological_sort`: Kahn's algorithm, first-in first-out, ties in schema order. */
function topologicalSort(nodes: string[], deps: ReadonlyMap<string, string[]>): string[] {
  const edges = new Map(nodes.map((node) => [node, (deps.get(node) ?? []).filter((dep) => deps.has(dep))]));
  const inDegree = new Map(nodes.map((node) => [node, (edges.get(node) ?? []).length]));
  const queue = nodes.filter((node) => inDegree.get(node) === 0);
  const sorted: string[] = [];
  while (queue.length > 0) {
    const current = queue.shift() as string;
    sorted.push(current);
    for (const [node, nodeDeps] of edges) {
      if (!nodeDeps.includes(current)) continue;
      const degree = (inDegree.get(node) ?? 0) - 1;
      inDegree.set(node, degree);
      if (degree === 0) queue.push(node);
    }
  }
  if (sorted.length !== nodes.length) throw new InputTemplateError(null, 'Circular dependency detected in input_deps.');
  return sorted;
}
