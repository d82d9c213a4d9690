// One function's compiler, as PostHog's BytecodeCompiler: a scope of locals and upvalues, and a
// mode. In "hog" mode nodes compile to bytecode; in "ast" mode (inside `sql(…)` or `(select …)`)
// they compile to `__hx_ast` dictionaries that rebuild the node, except placeholders `{…}`,
// which compile back in "hog" mode. What compiles each node comes in as `Visitors` (program.ts
// passes visitors.ts's table), so the visitors import this class and not the other way round.
import type { Code } from './code';
import { type DebugFunction, DebugRecorder, HOOKED_NODES, statementHook } from './debugHooks';
import { CompileError } from './errors';
import { type AnyNode, visitMethodName } from './nodes';
import { FunctionScope } from './scope';
import { tagCode, type SourceRange } from './sourceMap';

export type Mode = 'hog' | 'ast';

export interface CompileOptions {
  /**
   * The official JSON text of number literals whose text is not `JSON.stringify(value)`
   * (`1.0`, `0.10000000000000001`, integers beyond 2^53), by Constant node: it decides
   * INTEGER or FLOAT. Our parser's `numberTexts`; readOfficialJson for the official parser's JSON.
   */
  readonly numberTexts?: ReadonlyMap<object, string>;
  /** Also record where each element came from (`Bytecode.sourceMap`); the bytecode is the same. */
  readonly sourceMap?: boolean;
  /**
   * Debug bytecode (debugHooks.ts): hooks before statements and around calls and try blocks, and
   * `Bytecode.debugInfo`. Not PostHog's bytecode: for the debugger only.
   */
  readonly debug?: boolean;
}

/** Each visitor takes the node type it is registered for; the table is keyed by that type. */
export type Visitor = (c: Compiler, node: never) => Code;

/** How nodes compile: PostHog's `visit_*` methods by node type ("hog" mode), and "ast" mode. */
export interface Visitors {
  readonly hog: Readonly<Record<string, Visitor>>;
  readonly ast: (c: Compiler, node: AnyNode) => Code;
}

export class Compiler {
  mode: Mode;
  readonly scope: FunctionScope;
  /** In debug mode: what the debugger learns about the bytecode, shared by nested compilers. */
  readonly debug: DebugRecorder | null;
  /** In debug mode: the function being compiled. */
  readonly debugFunction: DebugFunction | null;

  constructor(
    readonly options: CompileOptions,
    private readonly visitors: Visitors,
    enclosing: Compiler | null = null,
    params: readonly string[] = [],
    name = '',
  ) {
    this.mode = enclosing?.mode ?? 'hog';
    this.scope = new FunctionScope(enclosing?.scope ?? null, params);
    this.debug = enclosing === null ? (options.debug === true ? new DebugRecorder() : null) : enclosing.debug;
    this.debugFunction = this.debug?.fn(name) ?? null;
  }

  /** A compiler for a function or lambda `name` declared here, with `params` as its first locals. */
  nested(params: readonly string[], name: string): Compiler {
    return new Compiler(this.options, this.visitors, this, params, name);
  }

  /** Is this a function's compiler (not the program's)? */
  get isNested(): boolean {
    return this.scope.isNested;
  }

  /** Python's `visit`: compile in the current mode; a placeholder always compiles as Hog. */
  visit(node: AnyNode): Code {
    if (this.mode === 'hog' || node.node === 'Placeholder') return this.visitNode(node);
    return this.visitors.ast(this, node);
  }

  /** Runs `body` in `mode`, restoring the previous mode after. */
  inMode(mode: Mode, body: () => Code): Code {
    const previous = this.mode;
    this.mode = mode;
    try {
      return body();
    } finally {
      this.mode = previous;
    }
  }

  /** Dispatch on the node type; errors get the position of the innermost node that has one. */
  private visitNode(node: AnyNode): Code {
    const visitor = this.visitors.hog[node.node];
    try {
      if (visitor === undefined) throw new CompileError(`BytecodeCompiler has no method ${visitMethodName(node.node)}`);
      const hook = this.statementHook(node);
      const code = (visitor as (c: Compiler, node: AnyNode) => Code)(this, node);
      if (hook !== null) code.unshift(...hook);
      if (this.options.sourceMap === true && hasRange(node)) tagCode(code, node);
      return code;
    } catch (error) {
      if (error instanceof CompileError && (error.start === undefined || error.end === undefined)) {
        error.start = node.start;
        error.end = node.end;
      }
      throw error;
    }
  }

  /** In debug mode, the hook before a statement, with the locals visible before it runs. */
  private statementHook(node: AnyNode): Code | null {
    if (this.debug === null || this.debugFunction === null || !HOOKED_NODES.has(node.node) || !hasRange(node)) return null;
    return statementHook(this.debug.statement(this.debugFunction, node.start, node.end, this.scope.namedLocals(), this.scope.upvalues.length));
  }
}

export function hasRange(node: AnyNode): node is AnyNode & SourceRange {
  return node.start !== undefined && node.end !== undefined;
}
