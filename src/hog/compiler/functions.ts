// `fun name(params) { … }` and lambdas: the body compiles in a nested compiler whose first locals
// are the parameters; the result is `CALLABLE name argc upvaluec length body… CLOSURE upvaluec
// (isLocal, index)…`, a closure value left on the stack (a `fun` keeps it in a local).
import type { Block, FunctionDeclaration, Lambda, ReturnStatement, Statement } from '../ast';
import { append, type Code } from './code';
import type { Compiler } from './compiler';
import { enterHook, markCallable } from './debugHooks';
import type { AnyNode } from './nodes';
import { Op } from './operations';

const IMPLICIT_RETURN: ReturnStatement = { node: 'ReturnStatement', expr: null } as ReturnStatement;

export function visitFunction(c: Compiler, node: FunctionDeclaration): Code {
  const body = withImplicitReturn(node.body as AnyNode);
  // Declared before the body compiles, so the function can call itself (as an upvalue).
  c.scope.declareLocal(node.name);
  return closureCode(c, node.name, node.params, body);
}

export function visitLambda(c: Compiler, node: Lambda): Code {
  const expr = node.expr as AnyNode;
  const body = isStatementLike(expr) ? withImplicitReturn(expr) : ({ node: 'ReturnStatement', expr } as unknown as ReturnStatement);
  return closureCode(c, 'lambda', node.args, body);
}

function closureCode(c: Compiler, name: string, params: readonly string[], body: AnyNode): Code {
  const inner = c.nested(params, name);
  const bytecode = inner.visit(body);
  const upvalues = inner.scope.upvalues;
  if (inner.debug !== null && inner.debugFunction !== null) bytecode.unshift(...enterHook(inner.debug.indexOf(inner.debugFunction), upvalues.length));
  const code = append([Op.CALLABLE, name, params.length, upvalues.length, bytecode.length], bytecode, [Op.CLOSURE, upvalues.length]);
  for (const upvalue of upvalues) code.push(upvalue.isLocal, upvalue.index);
  if (inner.debugFunction !== null) {
    inner.debugFunction.upvalues.push(...upvalues.map((u) => u.name));
    markCallable(code, inner.debugFunction);
  }
  return code;
}

/** Python adds `return null` unless the body already ends with a return. */
function withImplicitReturn(body: AnyNode): AnyNode {
  // `x -> {foo}` can arrive as a placeholder holding the expression.
  if (body.node === 'Placeholder') {
    const expr = (body as unknown as { expr: AnyNode }).expr;
    return block([{ node: 'ExprStatement', expr } as unknown as Statement, IMPLICIT_RETURN]);
  }
  if (body.node === 'Block') {
    const declarations = (body as Block).declarations;
    const last = declarations[declarations.length - 1];
    if (last !== undefined && last.node === 'ReturnStatement') return body;
    return block([...declarations, IMPLICIT_RETURN]);
  }
  if (body.node === 'ReturnStatement') return body;
  return block([body as Statement, IMPLICIT_RETURN]);
}

function block(declarations: Statement[]): Block {
  return { node: 'Block', declarations } as unknown as Block;
}

const STATEMENT_NODES = new Set([
  'Block',
  'Placeholder',
  'ReturnStatement',
  'ExprStatement',
  'IfStatement',
  'WhileStatement',
  'ForStatement',
  'ForInStatement',
  'Function',
  'ThrowStatement',
  'TryCatchStatement',
]);

/**
 * Lambda bodies: blocks and statements get the implicit return, anything else becomes `return …`
 * (declarations and assignments too: Python's ast does not count them as statements).
 */
function isStatementLike(node: AnyNode): boolean {
  return STATEMENT_NODES.has(node.node);
}
