// Values of a stopped run as the debugger shows them: plain JavaScript copies the worker made of the
// VM's values (dictionaries as objects); Hog's own printer writes them as `print` would.
import { hogvm } from '../runtime/hogvm';

/** The value as Hog prints it inside a collection (strings quoted). */
export function displayValue(value: unknown): string {
  return hogvm().printHogValue(value);
}

/** Values shown whole, never expanded: dates, errors' own text, functions. */
function isAtomic(value: object): boolean {
  const vm = hogvm();
  return vm.isHogClosure(value) || vm.isHogCallable(value) || vm.isHogDate(value) || vm.isHogDateTime(value);
}

/** The members a value expands to (arrays 1-based, as Hog indexes them); none for scalars. */
export function childrenOf(value: unknown): [string, unknown][] {
  if (typeof value !== 'object' || value === null || isAtomic(value)) return [];
  if (Array.isArray(value)) return value.map((item, i) => [String(i + 1), item]);
  if (hogvm().isHogError(value)) return Object.entries(value as object).filter(([key]) => key !== '__hogError__');
  return Object.entries(value);
}

export function isExpandable(value: unknown): boolean {
  return childrenOf(value).length > 0;
}

/** The value as JSON for the command line: functions and dates as Hog prints them. */
export function jsonValue(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value === undefined ? null : value;
  if (isAtomic(value)) return displayValue(value);
  if (Array.isArray(value)) return value.map(jsonValue);
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, jsonValue(item)]));
}
