// Which PostHog function or flow something is about: a connection (the `host[:port]` authority of
// its base URL), a project, a kind and an id. Documents, tree nodes, command arguments, log tails,
// test globals and metrics panels all name their object with this one reference. No vscode here.
import type { IdKind } from '../api/ids';

export type ObjectKind = 'function' | 'flow';

/** A project of a connection. PostHog's project ids are positive integers. */
export interface ProjectRef {
  /** `host[:port]` of the connection's base URL. */
  readonly authority: string;
  readonly projectId: number;
}

export interface ObjectRef<K extends ObjectKind = ObjectKind> extends ProjectRef {
  readonly kind: K;
  /** The function's or flow's id. */
  readonly id: string;
}

/** What differs between the kinds, in one place instead of a `kind === 'flow' ? … : …` per use. */
export const OBJECT_KINDS = {
  function: { family: 'functions', collection: 'hog_functions', label: 'function', idKind: 'hog function' },
  flow: { family: 'flows', collection: 'hog_flows', label: 'flow', idKind: 'hog flow' },
} as const satisfies Record<ObjectKind, { family: string; collection: string; label: string; idKind: IdKind }>;

/** `<authority>/projects/<id>/<functions|flows>/<objectId>`: equal keys name the same object. */
export function objectKey(ref: ObjectRef): string {
  return `${ref.authority}/projects/${ref.projectId}/${OBJECT_KINDS[ref.kind].family}/${ref.id}`;
}

export function projectOf(ref: ProjectRef): ProjectRef {
  return { authority: ref.authority, projectId: ref.projectId };
}

/** The project id in a number or a string of digits, if it is one PostHog could have (1 or more). */
export function parseProjectId(value: unknown): number | undefined {
  const id = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
