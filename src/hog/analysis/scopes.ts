// Scopes and the symbols declared in them. `let` is block-scoped and visible from the end of its
// statement; `fun` is visible in its whole block (programs call functions declared further down);
// code inside a function or lambda body runs later, so it sees every symbol of the enclosing
// scopes, including ones declared after the body.
import type { Span } from './text';

export type SymbolKind = 'variable' | 'function' | 'parameter' | 'loopVariable' | 'catchVariable';

export interface HogSymbol {
  readonly name: string;
  readonly kind: SymbolKind;
  /** Where the name is written in its declaration. */
  readonly nameSpan: Span;
  /** The whole declaring node (`let x := ...`, `fun f(...) {...}`, the loop, ...). */
  readonly declarationSpan: Span;
  /** Offset from which plain code in the same scope sees the symbol. */
  readonly visibleFrom: number;
  /** Parameters, for `fun` and for `let f := (a, b) -> ...`; undefined when not known callable. */
  params?: readonly string[];
  /** True once a later `name := ...` may have replaced the value (arity no longer known). */
  reassigned: boolean;
}

/** One-line description of a local: `fun f(a, b)`, `let x`, `(parameter) a`, ... */
export function describeSymbol(symbol: HogSymbol): string {
  switch (symbol.kind) {
    case 'function':
      return `fun ${symbol.name}(${(symbol.params ?? []).join(', ')})`;
    case 'variable':
      return symbol.params ? `let ${symbol.name} := (${symbol.params.join(', ')}) -> ...` : `let ${symbol.name}`;
    case 'parameter':
      return `(parameter) ${symbol.name}`;
    case 'loopVariable':
      return `(loop variable) ${symbol.name}`;
    case 'catchVariable':
      return `(caught error) ${symbol.name}`;
  }
}

export class Scope {
  readonly children: Scope[] = [];
  private readonly symbols = new Map<string, HogSymbol[]>();

  constructor(
    readonly parent: Scope | null,
    readonly span: Span,
    /** A function or lambda body: code inside runs when called, not in order. */
    readonly isFunctionBody: boolean,
  ) {
    parent?.children.push(this);
  }

  declare(symbol: HogSymbol): void {
    const list = this.symbols.get(symbol.name);
    if (list) list.push(symbol);
    else this.symbols.set(symbol.name, [symbol]);
  }

  /** Every symbol declared directly in this scope, in declaration order. */
  ownSymbols(): HogSymbol[] {
    return [...this.symbols.values()].flat().sort((a, b) => a.nameSpan.start - b.nameSpan.start);
  }

  /**
   * The symbol `name` refers to when used at `offset` in this scope, if any. (The enclosing scopes
   * are asked in turn, without a generator: that made every lookup slow in a fresh process, before
   * V8 optimizes.)
   */
  lookup(name: string, offset: number): HogSymbol | undefined {
    return this.lookupFrom(name, offset, false);
  }

  private lookupFrom(name: string, offset: number, deferred: boolean): HogSymbol | undefined {
    return this.visibleOwn(name, offset, deferred) ?? this.parent?.lookupFrom(name, offset, deferred || this.isFunctionBody);
  }

  /** Whether an enclosing scope declares `name` after `offset` (use before declaration). */
  declaredLater(name: string, offset: number): boolean {
    if (this.symbols.get(name)?.some((s) => s.visibleFrom > offset)) return true;
    return this.parent?.declaredLater(name, offset) ?? false;
  }

  /** Every symbol visible at `offset`, innermost first, shadowed names left out. */
  visibleSymbols(offset: number): HogSymbol[] {
    const seen = new Set<string>();
    const result: HogSymbol[] = [];
    let deferred = false;
    for (const scope of this.outward()) {
      for (const name of scope.symbols.keys()) {
        if (seen.has(name)) continue;
        const symbol = scope.visibleOwn(name, offset, deferred);
        if (symbol) {
          seen.add(name);
          result.push(symbol);
        }
      }
      if (scope.isFunctionBody) deferred = true;
    }
    return result;
  }

  /** This scope, then each enclosing one up to the program's. */
  private outward(): Scope[] {
    const scopes: Scope[] = [];
    for (let scope = this.parent; scope; scope = scope.parent) scopes.push(scope);
    return [this, ...scopes];
  }

  /** The innermost scope (this or a descendant) whose span contains `offset`. */
  innermostAt(offset: number): Scope {
    for (const child of this.children) {
      if (child.span.start <= offset && offset <= child.span.end) return child.innermostAt(offset);
    }
    return this;
  }

  private visibleOwn(name: string, offset: number, deferred: boolean): HogSymbol | undefined {
    const list = this.symbols.get(name);
    if (!list) return undefined;
    let found: HogSymbol | undefined;
    for (const symbol of list) {
      if (deferred || symbol.kind === 'function' || symbol.visibleFrom <= offset) found = symbol;
    }
    return found;
  }
}
