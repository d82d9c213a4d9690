// `for (init; cond; step)` and `for (k, v in expr)`. PostHog lowers for-in to an indexed loop
// over `values(expr)` (and `keys(expr)`) held in hidden locals, which is why a for-in body sees
// five or six more stack slots than the variables the program declares.
import type { ForInStatement, ForStatement } from '../ast';
import { append, type Code } from './code';
import type { Compiler } from './compiler';
import { Op } from './operations';

export function visitForStatement(c: Compiler, node: ForStatement): Code {
  if (node.initializer) c.scope.startScope();
  // Python's order: the increment compiles before the body.
  const initializer = node.initializer ? c.visit(node.initializer) : [];
  const condition = node.condition ? c.visit(node.condition) : [];
  const increment = node.increment ? c.visit(node.increment) : [];
  const body = c.visit(node.body);
  const code = append([], initializer, condition, [Op.JUMP_IF_FALSE, body.length + increment.length + 2], body, increment);
  code.push(Op.JUMP, -increment.length - body.length - 2 - condition.length - 2);
  if (node.initializer) append(code, c.scope.endScope());
  return code;
}

export function visitForInStatement(c: Compiler, node: ForInStatement): Code {
  const scope = c.scope;
  scope.startScope();
  const exprLocal = scope.declareLocal('__H_expr_H__');
  const code = c.visit(node.expr);
  let keysLocal = -1;
  if (node.keyVar !== null) {
    keysLocal = scope.declareLocal('__H_keys_H__');
    code.push(Op.GET_LOCAL, exprLocal, Op.CALL_GLOBAL, 'keys', 1);
  }
  const valuesLocal = scope.declareLocal('__H_values_H__');
  code.push(Op.GET_LOCAL, exprLocal, Op.CALL_GLOBAL, 'values', 1);
  const indexLocal = scope.declareLocal('__H_index_H__');
  code.push(Op.INTEGER, 1);
  const limitLocal = scope.declareLocal('__H_limit_H__');
  code.push(Op.GET_LOCAL, valuesLocal, Op.CALL_GLOBAL, 'length', 1);
  let keyLocal = -1;
  if (node.keyVar !== null) {
    keyLocal = scope.declareLocal(node.keyVar);
    code.push(Op.NULL);
  }
  const valueLocal = scope.declareLocal(node.valueVar);
  code.push(Op.NULL);

  const condition: Code = [Op.GET_LOCAL, limitLocal, Op.GET_LOCAL, indexLocal, Op.LT_EQ];
  const body: Code = [];
  if (node.keyVar !== null) {
    body.push(Op.GET_LOCAL, keysLocal, Op.GET_LOCAL, indexLocal, Op.GET_PROPERTY, Op.SET_LOCAL, keyLocal);
  }
  body.push(Op.GET_LOCAL, valuesLocal, Op.GET_LOCAL, indexLocal, Op.GET_PROPERTY, Op.SET_LOCAL, valueLocal);
  append(body, c.visit(node.body));
  const increment: Code = [Op.GET_LOCAL, indexLocal, Op.INTEGER, 1, Op.PLUS, Op.SET_LOCAL, indexLocal];

  append(code, condition, [Op.JUMP_IF_FALSE, body.length + increment.length + 2], body, increment);
  code.push(Op.JUMP, -increment.length - body.length - 2 - condition.length - 2);
  return append(code, scope.endScope());
}
