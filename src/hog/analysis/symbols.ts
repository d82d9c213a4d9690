// The outline of a program: functions and variables, nested under the functions declaring them.
import type { Program, Statement } from '../ast';
import { findName, type Span } from './text';

export interface HogDocumentSymbol {
  readonly name: string;
  readonly kind: 'function' | 'variable';
  /** The whole declaration. */
  readonly span: Span;
  /** The declared name. */
  readonly nameSpan: Span;
  readonly detail: string;
  readonly children: HogDocumentSymbol[];
}

export function documentSymbols(source: string, program: Program): HogDocumentSymbol[] {
  const top: HogDocumentSymbol[] = [];
  for (const s of program.declarations) collect(source, s, top);
  return top;
}

function collect(source: string, node: Statement, into: HogDocumentSymbol[]): void {
  switch (node.node) {
    case 'VariableDeclaration': {
      const lambda = node.expr?.node === 'Lambda' ? node.expr : undefined;
      into.push(symbol(source, node, node.name, 'variable', lambda ? `(${lambda.args.join(', ')}) -> ...` : ''));
      return;
    }
    case 'Function': {
      const fn = symbol(source, node, node.name, 'function', `(${node.params.join(', ')})`);
      into.push(fn);
      for (const s of node.body.declarations) collect(source, s, fn.children);
      return;
    }
    case 'Block':
      for (const s of node.declarations) collect(source, s, into);
      return;
    case 'IfStatement':
      collect(source, node.then, into);
      if (node.else_) collect(source, node.else_, into);
      return;
    case 'WhileStatement':
    case 'ForStatement':
    case 'ForInStatement':
      return collect(source, node.body, into);
    case 'TryCatchStatement':
      collect(source, node.try_stmt, into);
      for (const [, , body] of node.catches) collect(source, body, into);
      if (node.finally_stmt) collect(source, node.finally_stmt, into);
      return;
    default:
      return;
  }
}

function symbol(source: string, node: Statement, name: string, kind: HogDocumentSymbol['kind'], detail: string): HogDocumentSymbol {
  const span = { start: node.start.offset, end: node.end.offset };
  const nameSpan = findName(source, span.start + 3, span.end, name) ?? { start: span.start, end: span.start };
  return { name, kind, span, nameSpan, detail, children: [] };
}
