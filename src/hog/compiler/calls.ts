// Calls. Like PostHog's compiler, a few names compile to operators or jumps instead of calls
// (not, and, or, if, multiIf, ifNull, sql); otherwise a call reaches a local or upvalue holding a
// closure (CALL_LOCAL) or a global function by name (CALL_GLOBAL: stdlib, bytecode STL, or
// functions the runtime provides).
import type { Call, Expr, ExprCall } from '../ast';
import { append, type Code } from './code';
import type { Compiler } from './compiler';
import { CompileError } from './errors';
import { variableCode } from './expressions';
import { Op } from './operations';

export function visitCall(c: Compiler, node: Call): Code {
  // PostHog keeps these for the `in cohort` lowering it does for its own filters only.
  if (node.name === 'inCohort' || node.name === 'notInCohort') {
    throw new CompileError(`Can't call ${node.name}() directly. Use a cohort property filter instead.`);
  }
  const special = specialForm(c, node.name, node.args);
  if (special !== null) return special;

  // HogQL's parametric calls `f(params)(args)`: the params are the first call.
  const args = node.params ?? node.args;
  const code: Code = [];
  for (const arg of args) append(code, c.visit(arg));
  const callee = variableCode(c, node.name);
  if (callee === null) code.push(Op.CALL_GLOBAL, node.name, args.length);
  else append(code, callee, [Op.CALL_LOCAL, args.length]);
  if (node.params === undefined || node.params === null) return code;
  const second: Code = [];
  for (const arg of node.args) append(second, c.visit(arg));
  return append(second, code, [Op.CALL_LOCAL, node.args.length]);
}

export function visitExprCall(c: Compiler, node: ExprCall): Code {
  const code: Code = [];
  for (const arg of node.args) append(code, c.visit(arg));
  return append(code, c.visit(node.expr), [Op.CALL_LOCAL, node.args.length]);
}

function specialForm(c: Compiler, name: string, args: readonly Expr[]): Code | null {
  switch (name) {
    case 'not':
      return args.length === 1 ? [...c.visit(args[0] as Expr), Op.NOT] : null;
    case 'and':
      return args.length > 1 ? [...args.flatMap((a) => c.visit(a)), Op.AND, args.length] : null;
    case 'or':
      return args.length > 1 ? [...args.flatMap((a) => c.visit(a)), Op.OR, args.length] : null;
    case 'if':
      return args.length >= 2 ? ifCode(c, args) : null;
    case 'multiIf':
      return args.length >= 2 ? multiIfCode(c, args) : null;
    case 'ifNull':
      return args.length === 2 ? ifNullCode(c, args[0] as Expr, args[1] as Expr) : null;
    case 'sql':
      return args.length === 1 ? c.inMode('ast', () => c.visit(args[0] as Expr)) : null;
    default:
      return null;
  }
}

/** `if(cond, then[, else])`; Python ignores the else branch when there are more than 3 arguments. */
function ifCode(c: Compiler, args: readonly Expr[]): Code {
  const condition = c.visit(args[0] as Expr);
  const then = c.visit(args[1] as Expr);
  const otherwise = args.length === 3 ? c.visit(args[2] as Expr) : null;
  return conditional(condition, then, otherwise);
}

export function conditional(condition: Code, then: Code, otherwise: Code | null): Code {
  // An empty else (Python: a falsy list) gets no jump at all.
  const hasElse = otherwise !== null && otherwise.length > 0;
  const code = append([], condition, [Op.JUMP_IF_FALSE, then.length + (hasElse ? 2 : 0)], then);
  if (hasElse) append(code, [Op.JUMP, otherwise.length], otherwise);
  return code;
}

/** `multiIf(c1, v1, c2, v2, …[, else])` as nested ifs, built from the last pair backwards. */
function multiIfCode(c: Compiler, args: readonly Expr[]): Code {
  if (args.length <= 3) return ifCode(c, args);
  let previous: Code | null = args.length % 2 === 0 ? null : c.visit(args[args.length - 1] as Expr);
  for (let i = args.length - 2 - (args.length % 2); i >= 0; i -= 2) {
    const condition = c.visit(args[i] as Expr);
    const then = c.visit(args[i + 1] as Expr);
    previous = conditional(condition, then, previous);
  }
  return previous as Code;
}

function ifNullCode(c: Compiler, value: Expr, fallback: Expr): Code {
  const code = c.visit(value);
  const ifNull = c.visit(fallback);
  return append(code, [Op.JUMP_IF_STACK_NOT_NULL, ifNull.length + 1, Op.POP], ifNull);
}
