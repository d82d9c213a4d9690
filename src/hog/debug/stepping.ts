// The debug bytecode's synchronous hooks (compiler/debugHooks.ts): they follow the call depth as
// functions are entered and left (and as a catch unwinds them), and tell the VM, before each
// statement, whether to suspend — without suspending where nothing can stop.
import { DEBUG_CATCH, DEBUG_CHECK, DEBUG_ENTER, DEBUG_LEAVE, DEBUG_POP_TRY, DEBUG_TRY } from '../compiler';

export type StepMode = 'in' | 'over' | 'out';

export interface StepRequest {
  readonly mode: StepMode;
  /** The depth when the step was asked for. */
  readonly depth: number;
}

export class Stepping {
  /** The program itself is depth 1. */
  depth = 1;
  step: StepRequest | null = null;
  pauseRequested = false;
  /** The statement whose check ran last: where a BREAK stops. */
  current = -1;
  private readonly tryDepths: number[] = [];

  constructor(private readonly hasBreakpoint: (statementId: number) => boolean) {}

  readonly functions: Record<string, (...args: unknown[]) => unknown> = {
    [DEBUG_CHECK]: (id) => this.check(Number(id)),
    [DEBUG_ENTER]: () => notify(() => this.depth++),
    [DEBUG_LEAVE]: () => notify(() => this.depth--),
    [DEBUG_TRY]: () => notify(() => this.tryDepths.push(this.depth)),
    [DEBUG_POP_TRY]: () => notify(() => this.tryDepths.pop()),
    // A caught error unwinds to the depth of its try.
    [DEBUG_CATCH]: () => notify(() => (this.depth = this.tryDepths.pop() ?? this.depth)),
  };

  /** Suspend before statement `id`? */
  private check(id: number): boolean {
    this.current = id;
    return this.pauseRequested || this.stepDone(this.depth) || this.hasBreakpoint(id);
  }

  /** Has the step asked for ended at a statement at `depth`? */
  stepDone(depth: number): boolean {
    const step = this.step;
    if (step === null) return false;
    if (step.mode === 'in') return true;
    if (step.mode === 'over') return depth <= step.depth;
    return depth < step.depth;
  }
}

/** Runs a notification hook's effect; the VM drops its null answer. */
function notify(effect: () => unknown): null {
  effect();
  return null;
}
