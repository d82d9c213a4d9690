// Signature help: the call whose parentheses enclose the cursor and the argument being typed.
import type { FunctionInfo } from './context';
import { isInSql, type Analysis } from './resolve';
import { cursorContext } from './scan';
import { formatParam, formatSignature, stdlibFunction } from './stdlib';
import { declarationsInText } from './textDeclarations';

export interface HogSignature {
  /** `name(a: type, b: type): returns` */
  readonly label: string;
  readonly documentation?: string;
  /** Each parameter's text as it appears in `label`. */
  readonly parameters: readonly string[];
  /** The parameter the cursor is on (clamped to the last one of a variadic function). */
  readonly activeParameter: number;
}

export function signatureAt(source: string, offset: number, analysis: Analysis | null, _info?: FunctionInfo): HogSignature | undefined {
  const context = cursorContext(source, offset);
  if (context.inTextOrComment) return undefined;
  const call = context.openCalls[context.openCalls.length - 1];
  if (!call?.callee) return undefined;
  // Calls in a query are SQL functions: Hog signatures would mislead.
  if (analysis ? isInSql(analysis, call.parenOffset) : context.inQuery) return undefined;
  const params = localParams(call.callee, call.parenOffset, source, analysis);
  if (params === null) return undefined;
  if (params) {
    const parameters = [...params];
    return {
      label: `${call.callee}(${parameters.join(', ')})`,
      parameters,
      activeParameter: Math.min(call.argumentIndex, Math.max(0, parameters.length - 1)),
    };
  }
  const fn = stdlibFunction(call.callee);
  if (!fn) return undefined;
  const parameters = fn.params.map(formatParam);
  const lastIsVariadic = fn.params[fn.params.length - 1]?.variadic === true;
  const active = lastIsVariadic ? Math.min(call.argumentIndex, parameters.length - 1) : call.argumentIndex;
  return { label: formatSignature(fn), documentation: fn.description, parameters, activeParameter: active };
}

/**
 * Parameters of the local function or lambda `name`: undefined when no local has that name,
 * null when a local does but its parameters are unknown (a variable holding some function).
 */
function localParams(name: string, at: number, source: string, analysis: Analysis | null): readonly string[] | null | undefined {
  const local = analysis
    ? analysis.root.innermostAt(at).lookup(name, at)
    : declarationsInText(source, at).find((d) => d.name === name);
  if (!local) return undefined;
  return local.params ?? null;
}
