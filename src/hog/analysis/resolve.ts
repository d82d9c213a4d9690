// One walk over the syntax tree that builds the scope tree and records every name use (field
// references and calls), then resolves each use to its declaration. Diagnostics, completion,
// hover and go to definition all read this result.
import type { Block, Call, Expr, ForClause, HogQLXTag, Node, Program, Statement } from '../ast';
import { Scope, type HogSymbol, type SymbolKind } from './scopes';
import { chainSpans, findName, LineIndex, nameEnd, type Span } from './text';

/** A `Field` use: `x`, `event.properties.$browser`, `inputs.url`. */
export interface Reference {
  readonly chain: readonly string[];
  /** Span of each chain name that could be located in the text (first one always). */
  readonly spans: readonly Span[];
  /** The whole field expression. */
  readonly span: Span;
  readonly scope: Scope;
  /** The local declaration it refers to; undefined for globals and undeclared names. */
  symbol?: HogSymbol;
}

/** A call by name, `f(a, b)`. */
export interface CallUse {
  readonly node: Call;
  readonly nameSpan: Span;
  readonly scope: Scope;
  /** False for calls the parser synthesises from syntax (f-strings, `??`, `?:`, `case`). */
  readonly written: boolean;
  symbol?: HogSymbol;
}

/** `break` or `continue`, which PostHog's compiler reads as a global variable of that name. */
export interface LoopControl {
  readonly name: string;
  readonly span: Span;
}

/**
 * Where the text is HogQL (`sql` true: names are columns, tables and SQL functions) or Hog
 * again inside it (`sql` false: a `{placeholder}`). The innermost region holding an offset wins.
 */
export interface LanguageRegion {
  readonly span: Span;
  readonly sql: boolean;
}

export interface Analysis {
  readonly source: string;
  readonly lines: LineIndex;
  readonly root: Scope;
  readonly references: readonly Reference[];
  readonly calls: readonly CallUse[];
  readonly loopControls: readonly LoopControl[];
  readonly regions: readonly LanguageRegion[];
  /** The targets of `target := value` statements. */
  readonly assignments: readonly Span[];
}

/** Is `offset` in HogQL text (a query, a window function, the argument of `sql(…)`), outside placeholders? */
export function isInSql(analysis: Analysis, offset: number): boolean {
  let innermost: LanguageRegion | undefined;
  for (const region of analysis.regions) {
    if (region.span.start > offset || offset >= region.span.end) continue;
    if (!innermost || region.span.end - region.span.start <= innermost.span.end - innermost.span.start) innermost = region;
  }
  return innermost?.sql ?? false;
}

/** Builds scopes and resolves every use. `program` null (unparseable text) gives an empty analysis. */
export function analyze(source: string, program: Program | null): Analysis {
  const walker = new Walker(source);
  if (program) walker.program(program);
  walker.resolve();
  const { root, references, calls, loopControls, regions, assignments } = walker;
  return { source, lines: new LineIndex(source), root, references, calls, loopControls, regions, assignments };
}

const LOOP_KEYWORDS = new Set(['break', 'continue']);

class Walker {
  readonly root: Scope;
  readonly references: Reference[] = [];
  readonly calls: CallUse[] = [];
  readonly loopControls: LoopControl[] = [];
  readonly regions: LanguageRegion[] = [];
  readonly assignments: Span[] = [];
  private readonly hoisted = new Set<Statement>();
  private readonly reassignments: { name: string; scope: Scope; offset: number }[] = [];
  private scope: Scope;

  constructor(private readonly source: string) {
    this.root = new Scope(null, { start: 0, end: source.length }, false);
    this.scope = this.root;
  }

  program(program: Program): void {
    this.hoistFunctions(program.declarations);
    for (const statement of program.declarations) this.statement(statement);
  }

  resolve(): void {
    for (const r of this.reassignments) {
      const symbol = r.scope.lookup(r.name, r.offset);
      if (symbol) symbol.reassigned = true;
    }
    for (const ref of this.references) ref.symbol = ref.scope.lookup(ref.chain[0], ref.span.start);
    for (const call of this.calls) call.symbol = call.scope.lookup(call.node.name, call.nameSpan.start);
  }

  // ----- statements -----

  private statement(node: Statement): void {
    switch (node.node) {
      case 'Block':
        return this.block(node);
      case 'VariableDeclaration': {
        if (node.expr) this.expr(node.expr);
        const params = node.expr?.node === 'Lambda' ? node.expr.args : undefined;
        this.declare(node.name, 'variable', span(node), span(node).end, params);
        return;
      }
      case 'VariableAssignment':
        this.assignments.push(span(node.left));
        this.expr(node.left);
        this.expr(node.right);
        if (node.left.node === 'Field' && node.left.chain.length === 1) {
          this.reassignments.push({ name: node.left.chain[0], scope: this.scope, offset: span(node).start });
        }
        return;
      case 'ExprStatement':
        if (node.expr.node === 'Field' && node.expr.chain.length === 1 && LOOP_KEYWORDS.has(node.expr.chain[0])) {
          this.loopControls.push({ name: node.expr.chain[0], span: span(node.expr) });
          return;
        }
        return this.expr(node.expr);
      case 'IfStatement':
        this.expr(node.expr);
        this.statement(node.then);
        if (node.else_) this.statement(node.else_);
        return;
      case 'WhileStatement':
        this.expr(node.expr);
        return this.statement(node.body);
      case 'ForStatement':
        return this.inScope(span(node), false, () => {
          if (node.initializer) this.forClause(node.initializer);
          if (node.condition) this.expr(node.condition);
          if (node.increment) this.forClause(node.increment);
          this.statement(node.body);
        });
      case 'ForInStatement':
        this.expr(node.expr);
        return this.inScope(span(node), false, () => {
          const vars = node.keyVar === null ? [node.valueVar] : [node.keyVar, node.valueVar];
          for (const name of vars) this.declare(name, 'loopVariable', span(node), span(node).start);
          this.statement(node.body);
        });
      case 'Function':
        // Functions directly in a block were declared when the block was entered.
        if (!this.hoisted.has(node)) this.declare(node.name, 'function', span(node), span(node).start, node.params);
        return this.inScope(span(node), true, () => {
          for (const param of node.params) this.declare(param, 'parameter', span(node), span(node).start);
          this.block(node.body);
        });
      case 'ReturnStatement':
        if (node.expr) this.expr(node.expr);
        return;
      case 'ThrowStatement':
        return this.expr(node.expr);
      case 'TryCatchStatement': {
        this.block(node.try_stmt);
        let searchFrom = span(node.try_stmt).end;
        for (const [name, , body] of node.catches) {
          const catchSpan = { start: searchFrom, end: span(body).end };
          if (name === null) this.block(body);
          else {
            this.inScope(catchSpan, false, () => {
              this.declare(name, 'catchVariable', catchSpan, catchSpan.start, undefined, span(body).start);
              this.block(body);
            });
          }
          searchFrom = catchSpan.end;
        }
        if (node.finally_stmt) this.block(node.finally_stmt);
        return;
      }
    }
  }

  private block(node: Block): void {
    this.inScope(span(node), false, () => {
      this.hoistFunctions(node.declarations);
      for (const statement of node.declarations) this.statement(statement);
    });
  }

  private hoistFunctions(statements: readonly Statement[]): void {
    for (const s of statements) {
      if (s.node !== 'Function') continue;
      this.hoisted.add(s);
      this.declare(s.name, 'function', span(s), span(s).start, s.params);
    }
  }

  private forClause(node: ForClause): void {
    if (node.node === 'VariableDeclaration' || node.node === 'VariableAssignment') this.statement(node);
    else this.expr(node);
  }

  // ----- expressions -----

  private expr(node: Expr): void {
    switch (node.node) {
      case 'Field':
        return this.field(node.chain, span(node));
      case 'Call':
        return this.call(node);
      case 'Lambda':
        return this.inScope(span(node), true, () => {
          for (const arg of node.args) this.declare(arg, 'parameter', span(node), span(node).start);
          if (node.expr.node === 'Block') this.block(node.expr);
          else this.expr(node.expr);
        });
      case 'ArrayAccess':
        this.expr(node.array);
        return this.expr(node.property);
      case 'TupleAccess':
        return this.expr(node.tuple);
      case 'ArraySlice':
        this.expr(node.array);
        if (node.start_expr) this.expr(node.start_expr);
        if (node.end_expr) this.expr(node.end_expr);
        return;
      case 'Array':
      case 'Tuple':
      case 'And':
      case 'Or':
        return this.exprs(node.exprs);
      case 'Dict':
        for (const [key, value] of node.items) {
          this.expr(key);
          this.expr(value);
        }
        return;
      case 'ExprCall':
        this.expr(node.expr);
        return this.exprs(node.args);
      case 'ArithmeticOperation':
      case 'CompareOperation':
      case 'IsDistinctFrom':
        this.expr(node.left);
        return this.expr(node.right);
      case 'Not':
      case 'Placeholder':
      case 'Alias':
      case 'TypeCast':
        return this.expr(node.expr);
      case 'BetweenExpr':
        return this.exprs([node.expr, node.low, node.high]);
      case 'NamedArgument':
        return this.expr(node.value);
      case 'TryCast':
        return this.expr(node.expr);
      case 'HogQLXTag':
        return this.tag(node);
      case 'SelectQuery':
      case 'SelectSetQuery':
      case 'WindowFunction':
      case 'ColumnsExpr':
      case 'SpreadExpr':
        return this.sql(node, span(node));
      case 'Constant':
      case 'PositionalRef':
        return;
    }
  }

  /** A tag used as a Hog value: its attribute values and children are Hog expressions. */
  private tag(node: HogQLXTag): void {
    for (const attribute of node.attributes) {
      if (Array.isArray(attribute.value)) this.exprs(attribute.value);
      else this.expr(attribute.value);
    }
  }

  /** HogQL: its names are columns, tables and SQL functions; only `{placeholders}` are Hog. */
  private sql(node: unknown, whole: Span): void {
    this.regions.push({ span: whole, sql: true });
    this.placeholdersIn(node);
  }

  private placeholdersIn(value: unknown): void {
    if (Array.isArray(value)) {
      for (const item of value) this.placeholdersIn(item);
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const node = value as Record<string, unknown>;
    if (node.node === 'Placeholder') {
      const placeholder = value as Extract<Expr, { node: 'Placeholder' }>;
      this.regions.push({ span: span(placeholder), sql: false });
      return this.expr(placeholder.expr);
    }
    for (const key in node) {
      if (key !== 'start' && key !== 'end') this.placeholdersIn(node[key]);
    }
  }

  private exprs(nodes: readonly Expr[]): void {
    for (const node of nodes) this.expr(node);
  }

  private field(chain: readonly string[], whole: Span): void {
    if (chain.length === 0 || chain[0] === '*') return;
    const spans = chainSpans(this.source, whole.start, chain.length);
    if (spans.length === 0) spans.push({ start: whole.start, end: Math.max(whole.start, Math.min(whole.end, nameEnd(this.source, whole.start))) });
    this.references.push({ chain, spans, span: whole, scope: this.scope });
  }

  private call(node: Call): void {
    const whole = span(node);
    // HogQL aggregates (`f(x ORDER BY y)`, FILTER, WITHIN GROUP) and `sql(expr)` hold HogQL.
    if (node.order_by || node.filter_expr || node.within_group) return this.sql(node, whole);
    if (node.name === 'sql' && node.params !== undefined && this.scope.lookup('sql', whole.start) === undefined) {
      return this.sql(node.args, whole);
    }
    const written = node.params !== undefined;
    const nameSpan = written ? { start: whole.start, end: nameEnd(this.source, whole.start) } : whole;
    this.calls.push({ node, nameSpan, scope: this.scope, written });
    if (node.params) this.exprs(node.params);
    this.exprs(node.args);
  }

  // ----- scopes and symbols -----

  private inScope(s: Span, isFunctionBody: boolean, body: () => void): void {
    const outer = this.scope;
    this.scope = new Scope(outer, s, isFunctionBody);
    try {
      body();
    } finally {
      this.scope = outer;
    }
  }

  private declare(
    name: string,
    kind: SymbolKind,
    declarationSpan: Span,
    visibleFrom: number,
    params?: readonly string[],
    searchEnd?: number,
  ): void {
    const nameSpan = this.nameSpan(name, kind, declarationSpan, searchEnd);
    this.scope.declare({ name, kind, nameSpan, declarationSpan, visibleFrom, params, reassigned: false });
  }

  /** Where the declared name is written: after `let`/`fun`, in the parameter list, ... */
  private nameSpan(name: string, kind: SymbolKind, declaration: Span, searchEnd?: number): Span {
    const skip = kind === 'variable' || kind === 'function' ? 3 : 0; // `let` / `fun`
    return (
      findName(this.source, declaration.start + skip, searchEnd ?? declaration.end, name) ?? {
        start: declaration.start,
        end: declaration.start,
      }
    );
  }
}

/** Offsets of a node; synthetic nodes without positions get an empty span at 0. */
function span(node: Node): Span {
  const located = node as { start?: { offset: number }; end?: { offset: number } };
  return { start: located.start?.offset ?? 0, end: located.end?.offset ?? located.start?.offset ?? 0 };
}
