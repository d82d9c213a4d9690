// Stepping and pausing: what the user asked for, and whether a statement at a call depth ends it.
export type StepMode = 'in' | 'over' | 'out';

export interface StepRequest {
  readonly mode: StepMode;
  /** The depth when the step was asked for. */
  readonly depth: number;
}

export class Stepping {
  step: StepRequest | null = null;
  pauseRequested = false;

  /** Has the step asked for ended at a statement at `depth`? */
  stepDone(depth: number): boolean {
    const step = this.step;
    if (step === null) return false;
    if (step.mode === 'in') return true;
    if (step.mode === 'over') return depth <= step.depth;
    return depth < step.depth;
  }
}
