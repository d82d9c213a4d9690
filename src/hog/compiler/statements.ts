// Statements: blocks and their scopes, variables, assignments, if/while, return, throw.
import type {
  Block,
  Expr,
  ExprStatement,
  IfStatement,
  Program,
  ReturnStatement,
  ThrowStatement,
  VariableAssignment,
  VariableDeclaration,
  WhileStatement,
} from '../ast';
import { conditional } from './calls';
import { append, type Code } from './code';
import type { Compiler } from './compiler';
import { CompileError } from './errors';
import { propertyKey } from './expressions';
import { Op } from './operations';

/** A program or block: one scope; its locals are dropped (or closed) at the end. */
export function visitScoped(c: Compiler, node: Program | Block): Code {
  c.scope.startScope();
  const code: Code = [];
  for (const declaration of node.declarations) append(code, c.visit(declaration));
  return append(code, c.scope.endScope());
}

export function visitExprStatement(c: Compiler, node: ExprStatement): Code {
  return [...c.visit(node.expr), Op.POP];
}

export function visitReturnStatement(c: Compiler, node: ReturnStatement): Code {
  const code = node.expr ? c.visit(node.expr) : [Op.NULL];
  return append(code, [Op.RETURN]);
}

export function visitThrowStatement(c: Compiler, node: ThrowStatement): Code {
  return [...c.visit(node.expr), Op.THROW];
}

export function visitIfStatement(c: Compiler, node: IfStatement): Code {
  const condition = c.visit(node.expr);
  const then = c.visit(node.then);
  const otherwise = node.else_ ? c.visit(node.else_) : null;
  return conditional(condition, then, otherwise);
}

export function visitWhileStatement(c: Compiler, node: WhileStatement): Code {
  const condition = c.visit(node.expr);
  const body = c.visit(node.body);
  const code = append([], condition, [Op.JUMP_IF_FALSE, body.length + 2], body);
  code.push(Op.JUMP, -code.length - 2);
  return code;
}

/** `let name [:= expr]`: the local is declared before its value is compiled (`let x := x` sees itself). */
export function visitVariableDeclaration(c: Compiler, node: VariableDeclaration): Code {
  c.scope.declareLocal(node.name);
  return node.expr ? c.visit(node.expr) : [Op.NULL];
}

export function visitVariableAssignment(c: Compiler, node: VariableAssignment): Code {
  const left = node.left;
  if (left.node === 'TupleAccess') {
    return append(c.visit(left.tuple), [Op.INTEGER, left.index], c.visit(node.right), [Op.SET_PROPERTY]);
  }
  if (left.node === 'ArrayAccess') {
    return append(c.visit(left.array), c.visit(left.property), c.visit(node.right), [Op.SET_PROPERTY]);
  }
  if (left.node === 'Field' && left.chain.length >= 1) return assignToField(c, left.chain, node.right);
  throw new CompileError('Can not assign to this type of expression');
}

function assignToField(c: Compiler, chain: readonly (string | number)[], right: Expr): Code {
  const name = String(chain[0]);
  const slot = c.scope.findLocal(name);
  if (slot !== -1) {
    if (chain.length === 1) return append(c.visit(right), [Op.SET_LOCAL, slot]);
    return setProperty(c, [Op.GET_LOCAL, slot], chain, right);
  }
  const upvalue = c.scope.resolveUpvalue(name);
  if (upvalue !== -1) {
    if (chain.length === 1) return append(c.visit(right), [Op.SET_UPVALUE, upvalue]);
    return setProperty(c, [Op.GET_UPVALUE, upvalue], chain, right);
  }
  throw new CompileError(`Variable "${name}" not declared in this scope. Can not assign to globals.`);
}

/** `a.b.c := v`: get `a.b`, then SET_PROPERTY `c`. */
function setProperty(c: Compiler, target: Code, chain: readonly (string | number)[], right: Expr): Code {
  for (const element of chain.slice(1, -1)) append(target, propertyKey(element), [Op.GET_PROPERTY]);
  return append(target, propertyKey(chain[chain.length - 1] as string | number), c.visit(right), [Op.SET_PROPERTY]);
}

