// Compiling a whole program, and what comes back: PostHog's bytecode, or the error PostHog's
// compiler would give, at the place it concerns.
import type { Expr, Position, Program } from '../ast';
import { type Bytecode, finishBytecode } from './code';
import { type CompileOptions, Compiler } from './compiler';
import { CompileError } from './errors';
import type { AnyNode } from './nodes';
import { BYTECODE_IDENTIFIER, BYTECODE_VERSION } from './operations';
import { VISITORS } from './visitors';

export interface CompileDiagnostic {
  /** 'syntax': the parser's; 'compile': what PostHog's compiler refuses. */
  readonly kind: 'syntax' | 'compile';
  /** For compile errors, PostHog's own message (e.g. "finally blocks are not yet supported"). */
  readonly message: string;
  readonly start: Position;
  readonly end: Position;
}

export interface CompileSuccess extends Bytecode {
  readonly errors?: undefined;
}

export interface CompileFailure {
  readonly errors: readonly CompileDiagnostic[];
  readonly bytecode?: undefined;
}

export type CompileResult = CompileSuccess | CompileFailure;

/** Compiles a parsed program (our parser's tree or the official parser's JSON) as PostHog does. */
export function compileProgram(program: Program, options: CompileOptions = {}): CompileResult {
  return compileRoot(program, options);
}

/**
 * Compiles one expression as PostHog's `create_bytecode(expr)` does for input templates: the
 * header, then the expression's code, with no statement around it (the VM returns its value).
 */
export function compileExpression(expr: Expr, options: CompileOptions = {}): CompileResult {
  return compileRoot(expr, options);
}

function compileRoot(root: AnyNode, options: CompileOptions): CompileResult {
  try {
    const compiler = new Compiler(options, VISITORS);
    const code = compiler.visit(root);
    const bytecode = finishBytecode([BYTECODE_IDENTIFIER, BYTECODE_VERSION, ...code], options.sourceMap === true);
    return compiler.debug === null ? bytecode : { ...bytecode, debugInfo: compiler.debug.info() };
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const start = error.start ?? root.start ?? NOWHERE;
    const end = error.end ?? root.end ?? NOWHERE;
    return { errors: [{ kind: 'compile', message: error.message, start, end }] };
  }
}

const NOWHERE: Position = { column: 0, line: 1, offset: 0 };
