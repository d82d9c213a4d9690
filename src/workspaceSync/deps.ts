import type { ClientPool } from '../connections/clients';
import type { TargetDeps } from '../targets/resolveTarget';
import type { WorkspaceSync } from './workspaceSync';

/** What the workspace commands use. */
export interface SyncDeps extends TargetDeps {
  readonly clients: ClientPool;
  readonly sync: WorkspaceSync;
}
