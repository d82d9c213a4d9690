// A program PostHog's compiler refuses. Python raises a QueryError and its visitor stamps it with
// the start and end of the innermost node being visited that has a position; the compiler does
// the same through `Compiler.visit`.
import type { Position } from '../ast';

export class CompileError extends Error {
  start: Position | undefined;
  end: Position | undefined;

  constructor(message: string) {
    super(message);
    this.name = 'CompileError';
  }
}
