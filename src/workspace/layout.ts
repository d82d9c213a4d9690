// Where a workspace keeps what: the binding, the lock, and one or two files per object.
import type { ObjectKind } from './model';

export const BINDING_FILE = 'posthog.yaml';
export const LOCK_FILE = 'posthog.lock.json';

export const KIND_FOLDER: Record<ObjectKind, string> = { function: 'functions', flow: 'flows' };

/** A slug as a file name: letters, digits, `-`, `_` and inner dots; no `.test` suffix (test files). */
const SLUG_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9_-])?$/;

export function isValidSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !slug.endsWith('.test') && slug.length <= 100;
}

/** Workspace-relative path (always with `/`) of an object's YAML file. */
export function yamlPath(kind: ObjectKind, slug: string): string {
  return `${KIND_FOLDER[kind]}/${slug}.yaml`;
}

/** Workspace-relative path of a function's code. */
export function hogPath(slug: string): string {
  return `${KIND_FOLDER.function}/${slug}.hog`;
}

/** The files an object is kept in. */
export function objectFiles(kind: ObjectKind, slug: string): string[] {
  return kind === 'function' ? [hogPath(slug), yamlPath(kind, slug)] : [yamlPath(kind, slug)];
}

/** How an object is named in messages: `functions/<slug>`. */
export function objectLabel(kind: ObjectKind, slug: string): string {
  return `${KIND_FOLDER[kind]}/${slug}`;
}
