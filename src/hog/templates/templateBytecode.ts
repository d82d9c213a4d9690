// An input value's template bytecode, as PostHog's `generate_template_bytecode` builds it on save:
// the value's shape with every string replaced by its compiled template (`create_bytecode` of the
// parsed template: `["_H", 1, …]` with no statement around the expression), other leaves as they are.
import type { Expr } from '../ast';
import { compileExpression, type BytecodeValue } from '../compiler';
import { collectInputs, hyphenError, transformationGlobalsError } from './templateChecks';
import { parseStringTemplate } from './templateString';

export type TemplateBytecode = BytecodeValue | readonly TemplateBytecode[] | { readonly [key: string]: TemplateBytecode };

/** A template PostHog would refuse; `message` is what follows "Invalid template: ". */
export class TemplateError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TemplateError';
  }
}

export interface TemplateOptions {
  /** The function's type: transformations' templates may only read project, event and inputs. */
  readonly functionType?: string;
  /** Receives the `inputs.X` names the templates read. */
  readonly inputs?: Set<string>;
}

/** The bytecode for `value` (any JSON); throws `TemplateError`. */
export function templateBytecode(value: unknown, options: TemplateOptions = {}): TemplateBytecode {
  if (Array.isArray(value)) return value.map((item) => templateBytecode(item, options));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, TemplateBytecode> = {};
    for (const [key, item] of Object.entries(value)) out[key] = templateBytecode(item, options);
    return out;
  }
  if (typeof value === 'string') return stringBytecode(value, options);
  return value as BytecodeValue;
}

/** One template string's bytecode. */
export function stringBytecode(template: string, options: TemplateOptions = {}): BytecodeValue[] {
  let parsed: ReturnType<typeof parseStringTemplate>;
  try {
    parsed = parseStringTemplate(template);
  } catch (error) {
    throw new TemplateError(error instanceof Error ? error.message : String(error));
  }
  check(parsed.expr, options);
  const result = compileExpression(parsed.expr, { numberTexts: parsed.numberTexts });
  if (result.errors) throw new TemplateError(result.errors[0]?.message ?? 'the template does not compile');
  return result.bytecode;
}

function check(expr: Expr, options: TemplateOptions): void {
  if (options.inputs) collectInputs(expr, options.inputs);
  const problem = hyphenError(expr) ?? transformationGlobalsError(expr, options.functionType ?? '');
  if (problem !== null) throw new TemplateError(problem);
}
