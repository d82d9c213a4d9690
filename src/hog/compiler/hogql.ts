// "ast" mode: embedded HogQL (`(select …)`, `sql(…)`) compiles to code that builds the query's
// syntax tree as Hog dictionaries, `{'__hx_ast': 'SelectQuery', 'select': [...], ...}`, which
// PostHog's VM prints as `sql(…)` and its runtime can run. HogQLX tags become `{'__hx_tag': …}`
// dictionaries, or calls when a variable of the tag's name holds a function.
import type { Constant, Field } from '../ast';
import { append, type Code } from './code';
import type { Compiler } from './compiler';
import { CompileError } from './errors';
import { visitField } from './expressions';
import { astFields } from './hogqlFields';
import { type AnyNode, fieldsOf, isNode } from './nodes';
import { classifyNumber, floatOperand } from './numbers';
import { Op } from './operations';

interface HogQLXAttribute extends AnyNode {
  readonly name: string;
  readonly value: unknown;
}

interface HogQLXTag extends AnyNode {
  readonly kind: string;
  readonly attributes: readonly HogQLXAttribute[];
}

/** Python's `_visit_hog_ast`: a node as an `__hx_ast` dictionary. */
export function hogAstCode(c: Compiler, node: AnyNode): Code {
  if (node.node === 'HogQLXTag' && tagIsCallable(c, (node as HogQLXTag).kind)) return visitHogQLXTag(c, node as HogQLXTag);
  const code: Code = [Op.STRING, '__hx_ast', Op.STRING, node.node];
  let count = 1;
  for (const [name, value] of astFields(node.node, fieldsOf(node))) {
    if (value === null || value === undefined) continue;
    code.push(Op.STRING, name);
    if (node.node === 'Constant' && name === 'value') append(code, constantValue(c, node as Constant));
    else append(code, hogqlxValue(c, node, name, value));
    count++;
  }
  code.push(Op.DICT, count);
  return code;
}

/** Python's `_visit_hogqlx_value` for the value of `field` of `owner`. */
function hogqlxValue(c: Compiler, owner: AnyNode | null, field: string, value: unknown): Code {
  if (isNode(value)) return c.visit(value);
  if (owner?.node === 'SelectQuery' && field === 'ctes') return ctesDict(c, value);
  if (Array.isArray(value)) {
    const code: Code = [];
    for (const item of value) append(code, pythonTuple(owner, field) ? [Op.NULL] : hogqlxValue(c, null, '', item));
    return append(code, [Op.ARRAY, value.length]);
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value);
    const code: Code = [];
    for (const [key, item] of entries) append(code, [Op.STRING, key], hogqlxValue(c, null, '', item));
    return append(code, [Op.DICT, entries.length]);
  }
  if (typeof value === 'boolean') return [Op.INTEGER, value]; // Python: bool is an int
  if (typeof value === 'number') return Number.isInteger(value) ? [Op.INTEGER, value] : [Op.FLOAT, floatOperand(value)];
  if (typeof value === 'string') return [Op.STRING, value];
  return [Op.NULL];
}

/** A Dict's items and a try's catches are tuples in Python, which `_visit_hogqlx_value` turns into None. */
function pythonTuple(owner: AnyNode | null, field: string): boolean {
  return (owner?.node === 'Dict' && field === 'items') || (owner?.node === 'TryCatchStatement' && field === 'catches');
}

/** The official JSON lists CTEs; Python's SelectQuery keeps them in a dict by name. */
function ctesDict(c: Compiler, value: unknown): Code {
  const byName = new Map<string, unknown>();
  for (const cte of value as readonly { name: string }[]) byName.set(cte.name, cte);
  const code: Code = [];
  for (const [name, cte] of byName) append(code, [Op.STRING, name], hogqlxValue(c, null, '', cte));
  return append(code, [Op.DICT, byName.size]);
}

function constantValue(c: Compiler, node: Constant): Code {
  const value = node.value;
  if (typeof value === 'number' || (typeof value === 'string' && node.value_type === 'number')) {
    const number = classifyNumber(value, c.options.numberTexts?.get(node));
    return [number.kind === 'int' ? Op.INTEGER : Op.FLOAT, number.value];
  }
  return hogqlxValue(c, null, '', value);
}

function tagIsCallable(c: Compiler, kind: string): boolean {
  return c.scope.findLocal(kind) !== -1 || c.scope.resolveUpvalue(kind) !== -1;
}

/** A tag: a call of the local function of that name with the attributes, or an `__hx_tag` dictionary. */
export function visitHogQLXTag(c: Compiler, node: HogQLXTag): Code {
  const code: Code = [];
  if (tagIsCallable(c, node.kind)) {
    for (const attribute of node.attributes) append(code, [Op.STRING, attribute.name], hogqlxValue(c, null, '', attribute.value));
    code.push(Op.DICT, node.attributes.length);
    const callee = { node: 'Field', chain: [node.kind] } as unknown as Field;
    return append(code, visitField(c, callee), [Op.CALL_LOCAL, 1]);
  }
  code.push(Op.STRING, '__hx_tag', Op.STRING, node.kind);
  for (const attribute of node.attributes) append(code, [Op.STRING, attribute.name], hogqlxValue(c, null, '', attribute.value));
  return append(code, [Op.DICT, node.attributes.length + 1]);
}

/** `{expr}`: Hog code inside a query; outside one PostHog refuses it. */
export function visitPlaceholder(c: Compiler, node: AnyNode): Code {
  if (c.mode !== 'ast') throw new CompileError('Placeholders are not allowed in this context');
  return c.inMode('hog', () => c.visit((node as unknown as { expr: AnyNode }).expr));
}

/** `(select …)` in Hog code: always a query value. */
export function visitSelectQuery(c: Compiler, node: AnyNode): Code {
  return c.inMode('ast', () => hogAstCode(c, node));
}
