// How an object's standing between the files and PostHog is named in the SCM view and messages.
import type { SyncStatus } from '../workspace';

export const STATUS_LABELS: Record<SyncStatus, string> = {
  unchanged: 'unchanged',
  modified: 'modified locally',
  'server-changed': 'changed on server',
  both: 'both',
  new: 'new',
  'deleted-locally': 'deleted locally',
  gone: 'gone',
  'server-new': 'new on server',
};
