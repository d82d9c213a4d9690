// What one kind of answer must look like, and the few places where PostHog's wire form is looser
// than the TypeScript type (a legacy null where the type says list): those are normalised here,
// once, so no caller meets them.
import type { Check } from './check';

export interface Shape<T> {
  /** What the answer is, for messages: "hog function". */
  readonly what: string;
  readonly check: Check;
  /** Turns a value that passed `check` into T. */
  readonly normalize: (value: Record<string, unknown>) => T;
}

export function shape<T>(what: string, check: Check, normalize?: (value: Record<string, unknown>) => T): Shape<T> {
  return { what, check, normalize: normalize ?? ((value) => value as T) };
}
