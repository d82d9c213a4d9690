// Checks that a value decoded from JSON has the kind its TypeScript type claims. A check returns
// nothing and throws ShapeMismatch naming the first field that is off, so the caller can say
// "PostHog returned an unexpected shape for hog function X: “name” is a number, expected a string".
// Checks never change the value; objects keep fields nobody checks (PostHog adds fields over time).

/** The first place where a value is not what its type says. */
export class ShapeMismatch extends Error {
  constructor(readonly path: string, readonly expected: string, readonly actual: unknown) {
    super(`${path ? `“${path}”` : 'the answer'} is ${describe(actual)}, expected ${expected}`);
    this.name = 'ShapeMismatch';
  }
}

/** `path` is where `value` sits in the answer, e.g. `actions[2].config` ('' for the answer itself). */
export type Check = (value: unknown, path: string) => void;

function kind(expected: string, test: (value: unknown) => boolean): Check {
  const check: Check = (value, path) => {
    if (!test(value)) throw new ShapeMismatch(path, expected, value);
  };
  return Object.assign(check, { expected });
}

/** What a check accepts, for messages ("a string or null"). */
function expectedOf(check: Check): string {
  return (check as Check & { expected?: string }).expected ?? 'something else';
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export const string = kind('a string', (v) => typeof v === 'string');
export const number = kind('a number', (v) => typeof v === 'number' && Number.isFinite(v));
export const integer = kind('a whole number', (v) => typeof v === 'number' && Number.isSafeInteger(v));
export const boolean = kind('true or false', (v) => typeof v === 'boolean');
export const object = kind('an object', isPlainObject);
export const array = kind('a list', Array.isArray);
export const isNull = kind('null', (v) => v === null);
/** Any JSON value at all (fields whose content PostHog leaves open). */
export const anything = kind('anything', () => true);

/** A string of a given form, e.g. a UUID. */
export function stringOf(expected: string, test: (value: unknown) => boolean): Check {
  return kind(expected, test);
}

export function nullable(check: Check): Check {
  const expected = `${expectedOf(check)} or null`;
  return Object.assign<Check, { expected: string }>((value, path) => {
    if (value === null) return;
    try {
      check(value, path);
    } catch (error) {
      // A mismatch of the value itself (not of something inside it) also allowed null.
      if (error instanceof ShapeMismatch && error.path === path) throw new ShapeMismatch(path, expected, value);
      throw error;
    }
  }, { expected });
}

/** A field that may be missing (older PostHog versions); checked when present. */
export function optional(check: Check): Check {
  return Object.assign<Check, { expected: string }>((value, path) => {
    if (value !== undefined) check(value, path);
  }, { expected: expectedOf(check) });
}

export function listOf(item: Check): Check {
  return Object.assign<Check, { expected: string }>((value, path) => {
    array(value, path);
    (value as unknown[]).forEach((entry, index) => item(entry, `${path}[${index}]`));
  }, { expected: 'a list' });
}

/** An object whose every value passes `item` (a map such as `inputs` or `totals`). */
export function mapOf(item: Check): Check {
  return Object.assign<Check, { expected: string }>((value, path) => {
    object(value, path);
    for (const [key, entry] of Object.entries(value as Record<string, unknown>)) item(entry, join(path, key));
  }, { expected: 'an object' });
}

/** An object with these fields (others are left alone). */
export function fields(spec: Record<string, Check>): Check {
  return Object.assign<Check, { expected: string }>((value, path) => {
    object(value, path);
    const record = value as Record<string, unknown>;
    for (const [name, check] of Object.entries(spec)) check(record[name], join(path, name));
  }, { expected: 'an object' });
}

/** The keys of T without its index signature: the fields its type declares. */
export type DeclaredKeys<T> = keyof { [K in keyof T as string extends K ? never : number extends K ? never : K]: unknown };

/**
 * `fields` for a declared API type: the compiler insists on one check per field T declares, so a
 * field added to the type cannot be forgotten here.
 */
export function fieldsOf<T>(spec: { [K in DeclaredKeys<T>]-?: Check }): Check {
  return fields(spec as Record<string, Check>);
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return Number.isInteger(value) ? 'a whole number' : 'a number';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return typeof value === 'object' ? 'an object' : typeof value;
}
