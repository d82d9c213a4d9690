// Compiling a whole program, and what comes back: PostHog's bytecode, or the error PostHog's
// compiler would give, at the place it concerns.
import type { Position, Program } from '../ast';
import { type Bytecode, finishBytecode } from './code';
import { type CompileOptions, Compiler } from './compiler';
import { CompileError } from './errors';
import { BYTECODE_IDENTIFIER, BYTECODE_VERSION } from './operations';

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
  try {
    const code = new Compiler(options).visit(program);
    return finishBytecode([BYTECODE_IDENTIFIER, BYTECODE_VERSION, ...code]);
  } catch (error) {
    if (!(error instanceof CompileError)) throw error;
    const start = error.start ?? program.start;
    const end = error.end ?? program.end;
    return { errors: [{ kind: 'compile', message: error.message, start, end }] };
  }
}
