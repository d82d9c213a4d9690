// Expressions in "hog" mode: literals, operators, variables and property access. Operand order
// and evaluation order follow PostHog's compiler exactly (binary operators push the right side
// first; compiling in the same order registers upvalues in the same order).
import type {
  And,
  ArithmeticOperation,
  ArrayAccess,
  ArrayLiteral,
  BetweenExpr,
  CompareOperation,
  Constant,
  Dict,
  Field,
  Not,
  Or,
  Tuple,
  TupleAccess,
} from '../ast';
import { append, type Code } from './code';
import type { Compiler } from './compiler';
import { CompileError } from './errors';
import { classifyNumber, pythonFloatText } from './numbers';
import { ARITHMETIC_OPS, COMPARE_OPS, Op } from './operations';

export function visitConstant(c: Compiler, node: Constant): Code {
  const value = node.value;
  if (value === true) return [Op.TRUE];
  if (value === false) return [Op.FALSE];
  if (value === null) return [Op.NULL];
  if (typeof value === 'number' || node.value_type === 'number') {
    const number = classifyNumber(value, c.options.numberTexts?.get(node));
    return [number.kind === 'int' ? Op.INTEGER : Op.FLOAT, number.value];
  }
  return [Op.STRING, value];
}

/** Is this constant Python's integer zero (`0`, or `false`, which Python counts as an int)? */
function isIntegerZero(c: Compiler, node: Constant): boolean {
  if (node.value === false) return true;
  if (node.value !== 0) return false;
  return classifyNumber(node.value, c.options.numberTexts?.get(node)).kind === 'int';
}

export function visitField(c: Compiler, node: Field): Code {
  const [first, ...rest] = node.chain as [string, ...(string | number)[]];
  const code = variableCode(c, first);
  if (code === null) {
    // A global: the chain reversed, then how many names it has.
    const globalCode: Code = [];
    for (let i = node.chain.length - 1; i >= 0; i--) globalCode.push(Op.STRING, node.chain[i] as string | number);
    globalCode.push(Op.GET_GLOBAL, node.chain.length);
    return globalCode;
  }
  for (const element of rest) code.push(...propertyKey(element), Op.GET_PROPERTY);
  return code;
}

/** GET_LOCAL or GET_UPVALUE for `name`; null for a global. */
export function variableCode(c: Compiler, name: string): Code | null {
  const slot = c.scope.findLocal(name);
  if (slot !== -1) return [Op.GET_LOCAL, slot];
  const upvalue = c.scope.resolveUpvalue(name);
  if (upvalue !== -1) return [Op.GET_UPVALUE, upvalue];
  return null;
}

export function propertyKey(element: string | number): Code {
  return typeof element === 'number' ? [Op.INTEGER, element] : [Op.STRING, String(element)];
}

export function visitTupleAccess(c: Compiler, node: TupleAccess): Code {
  return [...c.visit(node.tuple), Op.INTEGER, node.index, node.nullish ? Op.GET_PROPERTY_NULLISH : Op.GET_PROPERTY];
}

export function visitArrayAccess(c: Compiler, node: ArrayAccess): Code {
  if (node.property.node === 'Constant' && isIntegerZero(c, node.property)) throw new CompileError('Array access starts from 1');
  return [...c.visit(node.array), ...c.visit(node.property), node.nullish ? Op.GET_PROPERTY_NULLISH : Op.GET_PROPERTY];
}

export function visitAnd(c: Compiler, node: And): Code {
  return [...node.exprs.flatMap((e) => c.visit(e)), Op.AND, node.exprs.length];
}

export function visitOr(c: Compiler, node: Or): Code {
  return [...node.exprs.flatMap((e) => c.visit(e)), Op.OR, node.exprs.length];
}

export function visitNot(c: Compiler, node: Not): Code {
  return [...c.visit(node.expr), Op.NOT];
}

export function visitCompareOperation(c: Compiler, node: CompareOperation): Code {
  const operation = COMPARE_OPS[node.op];
  if (operation === undefined) throw new CompileError(`Unsupported comparison: ${node.op}`);
  if (operation === Op.IN_COHORT || operation === Op.NOT_IN_COHORT) {
    throw new CompileError(`Can't use cohorts in real-time filters. Please inline the relevant expressions${cohortName(c, node)}.`);
  }
  return [...c.visit(node.right), ...c.visit(node.left), operation];
}

function cohortName(c: Compiler, node: CompareOperation): string {
  if (node.right.node !== 'Constant') return '';
  const { value } = node.right;
  if (typeof value === 'boolean') return ` (cohort id=${value ? 'True' : 'False'})`;
  if (typeof value === 'number' || node.right.value_type === 'number') {
    const number = classifyNumber(value as number | string, c.options.numberTexts?.get(node.right));
    if (number.kind === 'int') return ` (cohort id=${typeof number.value === 'number' ? number.value : number.value.text})`;
    return ` (cohort: ${pythonStrOfFloat(number.value.value)})`;
  }
  return ` (cohort: ${value === null ? 'None' : value})`;
}

function pythonStrOfFloat(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  return pythonFloatText(x);
}

/**
 * `expr [not] between low and high`: false when any operand is null. Each operand is evaluated
 * once into a hidden local; the result goes into a slot reserved before them. That slot is
 * counted as a new local even inside `let x := …`, whose value already takes that stack slot:
 * PostHog's compiler numbers the slots one too high there, and so does this one.
 */
export function visitBetweenExpr(c: Compiler, node: BetweenExpr): Code {
  const scope = c.scope;
  const result = scope.declareHiddenLocal();
  const code: Code = [Op.NULL];
  scope.startScope();
  const expr = scope.declareLocal('__expr__');
  append(code, c.visit(node.expr));
  const low = scope.declareLocal('__low__');
  append(code, c.visit(node.low));
  const high = scope.declareLocal('__high__');
  append(code, c.visit(node.high));
  const notNull: Code = [Op.GET_LOCAL, low, Op.NULL, Op.NOT_EQ, Op.GET_LOCAL, high, Op.NULL, Op.NOT_EQ];
  notNull.push(Op.GET_LOCAL, expr, Op.NULL, Op.NOT_EQ, Op.AND, 3);
  const inRange: Code = node.negated
    ? [Op.GET_LOCAL, low, Op.GET_LOCAL, expr, Op.LT, Op.GET_LOCAL, high, Op.GET_LOCAL, expr, Op.GT, Op.OR, 2]
    : [Op.GET_LOCAL, low, Op.GET_LOCAL, expr, Op.GT_EQ, Op.GET_LOCAL, high, Op.GET_LOCAL, expr, Op.LT_EQ, Op.AND, 2];
  append(code, notNull, [Op.JUMP_IF_FALSE, inRange.length + 2], inRange, [Op.JUMP, 1, Op.FALSE, Op.SET_LOCAL, result]);
  append(code, scope.endScope());
  scope.releaseHiddenLocal();
  return code;
}

export function visitArithmeticOperation(c: Compiler, node: ArithmeticOperation): Code {
  const operation = ARITHMETIC_OPS[node.op];
  if (operation === undefined) throw new CompileError(`Unsupported arithmetic operator: ${node.op}`);
  return [...c.visit(node.right), ...c.visit(node.left), operation];
}

export function visitDict(c: Compiler, node: Dict): Code {
  const code: Code = [];
  for (const [key, value] of node.items) append(code, c.visit(key), c.visit(value));
  return [...code, Op.DICT, node.items.length];
}

export function visitArray(c: Compiler, node: ArrayLiteral): Code {
  return [...node.exprs.flatMap((e) => c.visit(e)), Op.ARRAY, node.exprs.length];
}

export function visitTuple(c: Compiler, node: Tuple): Code {
  return [...node.exprs.flatMap((e) => c.visit(e)), Op.TUPLE, node.exprs.length];
}
