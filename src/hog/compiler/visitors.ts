// Which function compiles which node type in "hog" mode: PostHog's BytecodeCompiler.visit_*
// methods. A node type missing here (Alias, TypeCast, ...) is refused as Python refuses it.
import { visitCall, visitExprCall } from './calls';
import type { Visitor, Visitors } from './compiler';
import {
  visitAnd,
  visitArithmeticOperation,
  visitArray,
  visitArrayAccess,
  visitBetweenExpr,
  visitCompareOperation,
  visitConstant,
  visitDict,
  visitField,
  visitNot,
  visitOr,
  visitTuple,
  visitTupleAccess,
} from './expressions';
import { visitFunction, visitLambda } from './functions';
import { hogAstCode, visitHogQLXTag, visitPlaceholder, visitSelectQuery } from './hogql';
import { visitForInStatement, visitForStatement } from './loops';
import {
  visitExprStatement,
  visitIfStatement,
  visitReturnStatement,
  visitScoped,
  visitThrowStatement,
  visitVariableAssignment,
  visitVariableDeclaration,
  visitWhileStatement,
} from './statements';
import { visitTryCatchStatement } from './tryCatch';

export const HOG_VISITORS: Readonly<Record<string, Visitor>> = {
  Program: visitScoped,
  Block: visitScoped,
  ExprStatement: visitExprStatement,
  ReturnStatement: visitReturnStatement,
  ThrowStatement: visitThrowStatement,
  TryCatchStatement: visitTryCatchStatement,
  IfStatement: visitIfStatement,
  WhileStatement: visitWhileStatement,
  ForStatement: visitForStatement,
  ForInStatement: visitForInStatement,
  VariableDeclaration: visitVariableDeclaration,
  VariableAssignment: visitVariableAssignment,
  Function: visitFunction,
  Lambda: visitLambda,
  Constant: visitConstant,
  Field: visitField,
  TupleAccess: visitTupleAccess,
  ArrayAccess: visitArrayAccess,
  And: visitAnd,
  Or: visitOr,
  Not: visitNot,
  CompareOperation: visitCompareOperation,
  BetweenExpr: visitBetweenExpr,
  ArithmeticOperation: visitArithmeticOperation,
  Call: visitCall,
  ExprCall: visitExprCall,
  Dict: visitDict,
  Array: visitArray,
  Tuple: visitTuple,
  HogQLXTag: visitHogQLXTag,
  Placeholder: visitPlaceholder,
  SelectQuery: visitSelectQuery,
  SelectSetQuery: visitSelectQuery,
};

/** The compiler's visitors: the table above for "hog" mode, `__hx_ast` dictionaries for "ast" mode. */
export const VISITORS: Visitors = { hog: HOG_VISITORS, ast: hogAstCode };
