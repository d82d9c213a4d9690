// One function's compiler, as PostHog's BytecodeCompiler: a scope of locals and upvalues, and a
// mode. In "hog" mode nodes compile to bytecode; in "ast" mode (inside `sql(…)` or `(select …)`)
// they compile to `__hx_ast` dictionaries that rebuild the node, except placeholders `{…}`,
// which compile back in "hog" mode. What compiles each node comes in as `Visitors` (program.ts
// passes visitors.ts's table), so the visitors import this class and not the other way round.
import type { Code } from './code';
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

  constructor(
    readonly options: CompileOptions,
    private readonly visitors: Visitors,
    enclosing: Compiler | null = null,
    params: readonly string[] = [],
  ) {
    this.mode = enclosing?.mode ?? 'hog';
    this.scope = new FunctionScope(enclosing?.scope ?? null, params);
  }

  /** A compiler for a function or lambda declared here, with `params` as its first locals. */
  nested(params: readonly string[]): Compiler {
    return new Compiler(this.options, this.visitors, this, params);
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
      const code = (visitor as (c: Compiler, node: AnyNode) => Code)(this, node);
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
}

function hasRange(node: AnyNode): node is AnyNode & SourceRange {
  return node.start !== undefined && node.end !== undefined;
}
