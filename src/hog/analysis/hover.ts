// Hover text and go-to-definition targets for the name under the cursor.
import type { FunctionInfo } from './context';
import { anyGlobal, DEFAULT_FUNCTION_TYPE, globalMember, typesProviding } from './globals';
import type { Analysis } from './resolve';
import { describeSymbol, type HogSymbol, type Scope } from './scopes';
import { formatSignature, stdlibFunction, type StdlibFunction } from './stdlib';
import { describeProperty, findProperty, propertiesKind } from './taxonomy';
import type { Span } from './text';

export interface HogHover {
  /** Markdown. */
  readonly contents: string;
  readonly span: Span;
}

const contains = (s: Span, offset: number): boolean => s.start <= offset && offset < s.end;
const code = (text: string): string => '```hog\n' + text + '\n```';

export function hoverAt(analysis: Analysis, offset: number, info?: FunctionInfo): HogHover | undefined {
  const type = info?.type ?? DEFAULT_FUNCTION_TYPE;
  for (const call of analysis.calls) {
    if (!call.written || !contains(call.nameSpan, offset)) continue;
    const fn = stdlibFunction(call.node.name);
    if (call.symbol) return { contents: code(describeSymbol(call.symbol)), span: call.nameSpan };
    if (fn) return { contents: describeFunction(fn), span: call.nameSpan };
    return undefined;
  }
  for (const ref of analysis.references) {
    const index = ref.spans.findIndex((s) => contains(s, offset));
    if (index === -1) continue;
    const span = ref.spans[index];
    if (ref.symbol) return index === 0 ? { contents: code(describeSymbol(ref.symbol)), span } : undefined;
    const path = ref.chain.slice(0, index + 1);
    if (path[0] === 'inputs' && index === 1) {
      const contents = describeInput(path[1], info);
      return contents ? { contents, span } : undefined;
    }
    const kind = index === 2 ? propertiesKind(path.slice(0, 2)) : undefined;
    if (kind && kind !== 'events') {
      const contents = describeProperty(path[0], findProperty(info?.taxonomy?.[kind], path[2]), path[2]);
      return contents ? { contents, span } : undefined;
    }
    const member = globalMember(type, path);
    if (member) return { contents: `${code(`(global) ${path.join('.')}`)}\n\n${member.description}`, span };
    const elsewhere = index === 0 ? anyGlobal(path[0]) : undefined;
    if (elsewhere) {
      const where = typesProviding(path[0]).join(', ');
      return { contents: `${code(`(global) ${path[0]}`)}\n\n${elsewhere.description}\n\nOnly available in: ${where}.`, span };
    }
    return undefined;
  }
  const declared = symbolDeclaredAt(analysis.root, offset);
  return declared ? { contents: code(describeSymbol(declared)), span: declared.nameSpan } : undefined;
}

/** Where the local under the cursor is declared (the declaration itself when on it). */
export function definitionAt(analysis: Analysis, offset: number): Span | undefined {
  for (const call of analysis.calls) {
    if (call.written && contains(call.nameSpan, offset)) return call.symbol?.nameSpan;
  }
  for (const ref of analysis.references) {
    if (contains(ref.spans[0], offset)) return ref.symbol?.nameSpan;
  }
  return symbolDeclaredAt(analysis.root, offset)?.nameSpan;
}

export function describeFunction(fn: StdlibFunction): string {
  const notes = [
    fn.async ? 'Async: the function pauses while the host works.' : '',
    fn.implementation === 'host' && fn.contexts ? `Provided by PostHog in: ${fn.contexts.join(', ')}.` : '',
  ].filter(Boolean);
  return [code(formatSignature(fn)), fn.description, ...notes].join('\n\n');
}

function describeInput(key: string, info?: FunctionInfo): string | undefined {
  const item = info?.inputsSchema?.find((i) => i.key === key);
  if (!item) return undefined;
  const heading = code(`(input) inputs.${key}${item.type ? `: ${item.type}` : ''}`);
  const flags = [item.required ? 'required' : '', item.secret ? 'secret' : ''].filter(Boolean).join(', ');
  return [heading, item.label ? `**${item.label}**` : '', item.description ?? '', flags ? `(${flags})` : '']
    .filter(Boolean)
    .join('\n\n');
}

function symbolDeclaredAt(scope: Scope, offset: number): HogSymbol | undefined {
  const own = scope.ownSymbols().find((s) => contains(s.nameSpan, offset));
  if (own) return own;
  for (const child of scope.children) {
    const found = symbolDeclaredAt(child, offset);
    if (found) return found;
  }
  return undefined;
}
