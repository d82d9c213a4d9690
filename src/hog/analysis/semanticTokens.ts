// Semantic classification of names for highlighting beyond the grammar: PostHog's globals,
// `inputs.<key>`, standard-library functions, the program's own functions, parameters and
// variables. Names the analysis cannot place are left to the TextMate grammar.
import { anyGlobal } from './globals';
import type { Analysis } from './resolve';
import type { HogSymbol, Scope } from './scopes';
import { stdlibFunction } from './stdlib';
import type { Span } from './text';

export const SEMANTIC_TOKEN_TYPES = ['variable', 'parameter', 'function', 'property'] as const;
export const SEMANTIC_TOKEN_MODIFIERS = ['declaration', 'readonly', 'defaultLibrary'] as const;

export type SemanticTokenType = (typeof SEMANTIC_TOKEN_TYPES)[number];
export type SemanticTokenModifier = (typeof SEMANTIC_TOKEN_MODIFIERS)[number];

export interface HogSemanticToken extends Span {
  readonly type: SemanticTokenType;
  readonly modifiers: readonly SemanticTokenModifier[];
}

/** Every classified name, in source order, without overlaps. */
export function semanticTokens(analysis: Analysis): HogSemanticToken[] {
  const tokens = new Map<number, HogSemanticToken>();
  const add = (span: Span, type: SemanticTokenType, modifiers: SemanticTokenModifier[] = []): void => {
    if (span.end > span.start && !tokens.has(span.start)) tokens.set(span.start, { ...span, type, modifiers });
  };
  declarations(analysis.root, (s) => add(s.nameSpan, symbolType(s), ['declaration']));
  for (const call of analysis.calls) {
    if (!call.written) continue;
    if (call.symbol) add(call.nameSpan, symbolType(call.symbol) === 'parameter' ? 'parameter' : 'function');
    else if (stdlibFunction(call.node.name)) add(call.nameSpan, 'function', ['defaultLibrary']);
  }
  for (const ref of analysis.references) {
    if (ref.symbol) add(ref.spans[0], symbolType(ref.symbol));
    else if (anyGlobal(ref.chain[0])) {
      add(ref.spans[0], 'variable', ['readonly', 'defaultLibrary']);
      if (ref.chain[0] === 'inputs' && ref.spans[1]) add(ref.spans[1], 'property', ['readonly']);
    }
  }
  return [...tokens.values()].sort((a, b) => a.start - b.start);
}

function symbolType(symbol: HogSymbol): SemanticTokenType {
  if (symbol.kind === 'parameter') return 'parameter';
  if (symbol.kind === 'function' || (symbol.params && !symbol.reassigned)) return 'function';
  return 'variable';
}

function declarations(scope: Scope, visit: (symbol: HogSymbol) => void): void {
  for (const symbol of scope.ownSymbols()) visit(symbol);
  for (const child of scope.children) declarations(child, visit);
}
