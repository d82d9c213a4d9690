// PostHog names the field it refuses (`attr`, nested keys joined by `__`, e.g. `inputs__url` or
// `actions__0__config`); this finds that field in the object's files.
import { ApiError } from '../api';
import { hogPath, yamlPath } from './layout';
import type { ObjectState } from './reconcile';
import type { ErrorReport } from './reports';

export function locateAttr(state: ObjectState, error: unknown): Pick<ErrorReport, 'file' | 'line' | 'column'> {
  const local = state.local;
  if (!(error instanceof ApiError) || !error.attr || !local) return {};
  if (error.attr === 'hog' && state.kind === 'function') return { file: hogPath(state.slug), line: 1, column: 1 };
  const path = error.attr.split('__').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  return { file: yamlPath(state.kind, state.slug), ...local.locate(path) };
}
