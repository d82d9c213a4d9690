// The argument form every command takes from keybindings, scripts and tests, besides a tree node,
// a Uri or nothing (the active editor):
//   { uri?, host?, projectId?, functionId?, flowId? }   a function or flow
//   { host?, projectId? }                              a project
// plus each command's own fields. Read here without vscode; targets/resolveTarget.ts does the rest.
import { parseProjectId, type ObjectKind } from './objectRef';

/** The one error for "this names no function, flow or project": its message says how to name one. */
export class NoTargetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NoTargetError';
  }
}

export interface TargetFields {
  /** A posthog:// document of the object (it names the connection, project and object). */
  readonly uri?: string;
  readonly host?: string;
  readonly projectId?: number;
  readonly object?: { readonly kind: ObjectKind; readonly id: string };
}

/** The target fields of a plain-object argument; NoTargetError when one is there but unusable. */
export function targetFields(arg: Readonly<Record<string, unknown>>): TargetFields {
  const text = (key: string): string | undefined => (typeof arg[key] === 'string' && arg[key] !== '' ? (arg[key] as string) : undefined);
  const functionId = text('functionId');
  const flowId = text('flowId');
  const object = functionId !== undefined ? { kind: 'function' as const, id: functionId } : flowId !== undefined ? { kind: 'flow' as const, id: flowId } : undefined;
  const projectId = arg.projectId === undefined ? undefined : parseProjectId(arg.projectId);
  if (arg.projectId !== undefined && projectId === undefined) {
    throw new NoTargetError(`'${String(arg.projectId)}' is not a PostHog project id (a number from 1 up).`);
  }
  if (object && projectId === undefined && text('uri') === undefined) {
    throw new NoTargetError('Give the projectId (a number) with the functionId or flowId.');
  }
  return { uri: text('uri'), host: text('host'), projectId, object };
}
