// try/catch. The error object and its type sit in two hidden locals (`e`, `type`) of a scope
// around all catch blocks; typed catches compare the type and jump to the next catch, an
// untyped (or `Error`) catch takes everything; when nothing matched the error is thrown again.
// Python's compiler refuses `finally`.
import type { Block, TryCatchStatement } from '../ast';
import { append, type Code } from './code';
import type { Compiler } from './compiler';
import { CompileError } from './errors';
import { Op } from './operations';

export function visitTryCatchStatement(c: Compiler, node: TryCatchStatement): Code {
  if (node.finally_stmt) throw new CompileError('finally blocks are not yet supported');
  if (!node.catches || node.catches.length === 0) throw new CompileError('try statement must have at least one catch block');

  const tryCode = c.visit(node.try_stmt);
  const code = append([Op.TRY, tryCode.length + 2 + 2], tryCode, [Op.POP_TRY]);

  const scope = c.scope;
  const endJumps: number[] = [];
  scope.startScope();
  const errorLocal = scope.declareLocal('e');
  const catches: Code = [Op.GET_LOCAL, errorLocal, Op.STRING, 'type', Op.GET_PROPERTY];
  const typeLocal = scope.declareLocal('type');
  for (const [variable, type, block] of node.catches) {
    const catchVar = variable || 'e';
    const catchType = type || 'Error';
    scope.startScope();
    if (catchType === 'Error') {
      if (catchVar !== 'e') {
        scope.declareLocal(catchVar);
        catches.push(Op.GET_LOCAL, errorLocal);
      }
      append(catches, c.visit(block as Block), scope.endScope(), [Op.JUMP, null]);
      endJumps.push(catches.length - 1);
    } else {
      catches.push(Op.STRING, catchType, Op.GET_LOCAL, typeLocal, Op.EQ, Op.JUMP_IF_FALSE);
      const body: Code = [];
      if (catchVar !== 'e') {
        scope.declareLocal(catchVar);
        body.push(Op.GET_LOCAL, errorLocal);
      }
      append(body, c.visit(block as Block));
      const endScope = scope.endScope();
      append(body, endScope);
      catches.push(body.length + 2 - endScope.length);
      append(catches, body, [Op.JUMP, null]);
      endJumps.push(catches.length - 1);
    }
  }
  // Nothing matched: drop the type, throw the error again.
  catches.push(Op.POP, Op.THROW);
  const endScope = scope.endScope();
  append(catches, endScope);
  for (const position of endJumps) catches[position] = catches.length - position - endScope.length - 1;
  return append(code, [Op.JUMP, catches.length], catches);
}
