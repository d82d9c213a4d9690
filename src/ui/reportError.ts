import type * as vscode from 'vscode';
import { describeError, type ErrorReport, type NextStep } from './errorMessages';
import { ProblemAtError, revealProblem } from './problemAt';
import type { PrompterSlot } from './prompter';

const STEP_TITLES: Record<NextStep, string> = {
  retry: 'Retry',
  signIn: 'Sign In Again',
  compare: 'Compare',
  merge: 'Merge',
  overwrite: 'Overwrite',
  reveal: 'Go to Error',
};

export interface ReportOptions {
  /** What was being done, e.g. `Saving “a.hog”`; starts the message. */
  action?: string;
  /** Replaces the description `describeError` would give. */
  report?: ErrorReport;
  /** What each offered step does. `signIn` defaults to signing in; steps without a handler are not offered. */
  handlers?: Partial<Record<NextStep, () => unknown>>;
}

/**
 * Shows one error message with the next steps that apply, and runs the chosen one. `signIn` is the
 * sign-in flow (asking which connection), the default for errors that a new key fixes.
 */
export class ErrorReporter {
  constructor(
    private readonly prompts: PrompterSlot,
    private readonly log: vscode.LogOutputChannel,
    private readonly signIn: () => unknown,
  ) {}

  /**
   * Resolves when the message is dismissed or the chosen step has run; callers that must not wait
   * use `void`. A step that fails is reported the same way.
   */
  async report(error: unknown, options: ReportOptions = {}): Promise<void> {
    const report = options.report ?? describeError(error, options.action);
    if (!report) return;
    this.log.error(report.message);
    const handlers: Partial<Record<NextStep, () => unknown>> = {
      signIn: this.signIn,
      ...(error instanceof ProblemAtError ? { reveal: () => revealProblem(error) } : {}),
      ...options.handlers,
    };
    const steps: NextStep[] = error instanceof ProblemAtError ? [...report.steps, 'reveal'] : report.steps;
    const offered = steps.filter((step) => handlers[step]);
    const choice = await this.prompts.current.error(report.message, offered.map((step) => STEP_TITLES[step]));
    const step = offered.find((s) => STEP_TITLES[s] === choice);
    if (!step) return;
    try {
      await handlers[step]!();
    } catch (stepError) {
      await this.report(stepError, { action: STEP_TITLES[step] });
    }
  }
}
