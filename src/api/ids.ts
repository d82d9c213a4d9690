// The ids that become part of a request path or a posthog:// URI, checked first: an id from a
// server answer or a crafted link holding `..`, `/` or `?` could otherwise make a request (a save,
// a PATCH) reach another object than the one it names. Forms (reference §3, §4): function, flow,
// schedule, batch-job and organization ids are UUIDs; project ids are positive integers (or
// `@current`). Template ids ("template-webhook") have no documented form, so any short run of
// letters, digits, `_`, `-` and `.` is accepted, as long as it is not a dot segment.

export type IdKind = 'project' | 'organization' | 'hog function' | 'hog flow' | 'schedule' | 'batch job' | 'template';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEMPLATE_ID = /^(?!\.+$)[A-Za-z0-9_.-]{1,200}$/;

const FORMS: Record<IdKind, string> = {
  project: 'a positive whole number',
  organization: 'a UUID',
  'hog function': 'a UUID',
  'hog flow': 'a UUID',
  schedule: 'a UUID',
  'batch job': 'a UUID',
  template: 'letters, digits, “_”, “-” and “.”',
};

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A project id as PostHog returns it: a positive integer. */
export function isProjectId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function isTemplateId(value: unknown): value is string {
  return typeof value === 'string' && TEMPLATE_ID.test(value);
}

/** Whether `value` has the documented form of a `kind` id (`@current` is not one; see checkId). */
export function isId(kind: IdKind, value: unknown): boolean {
  if (kind === 'project') return isProjectId(value);
  if (kind === 'template') return isTemplateId(value);
  return isUuid(value);
}

/** An id that does not have its documented form; nothing was sent. */
export class InvalidIdError extends Error {
  constructor(readonly kind: IdKind, value: unknown) {
    super(`Refused ${describeValue(value)} as a ${kind} id: it must be ${FORMS[kind]}. Nothing was sent to PostHog.`);
    this.name = 'InvalidIdError';
  }
}

export interface CheckOptions {
  /** Allow `@current` (the key's current project or organization). */
  current?: boolean;
  /** Allow `new` (a test invocation of an object that is not saved yet). */
  unsaved?: boolean;
}

/** `value` when it is a valid `kind` id, else throws InvalidIdError. */
export function checkId<T extends string | number>(kind: IdKind, value: T, options: CheckOptions = {}): T {
  if (options.current && value === '@current') return value;
  if (options.unsaved && value === 'new') return value;
  if (!isId(kind, value)) throw new InvalidIdError(kind, value);
  return value;
}

/** The value for a message: quoted, control and invisible characters shown escaped, length capped. */
function describeValue(value: unknown): string {
  if (typeof value !== 'string') return String(value);
  const visible = JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
  return visible.replace(/[\p{Cf}\p{Zl}\p{Zp}]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
