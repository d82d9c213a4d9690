// `posthog.signedIn` (a connection exists) and `posthog.noProjects` (every connection's key sees no
// project): the explorer's welcome views and the walkthrough's first step read them.
import { Disposable } from '../common/lifecycle';
import type { ContextKeys } from '../ui/contextKeys';
import type { ConnectionStore } from './store';

export const SIGNED_IN_CONTEXT = 'posthog.signedIn';
export const NO_PROJECTS_CONTEXT = 'posthog.noProjects';

export class SignedInContext extends Disposable {
  constructor(
    private readonly store: ConnectionStore,
    private readonly keys: ContextKeys,
  ) {
    super();
    this.register(store.onDidChange(() => this.update()));
    this.update();
  }

  private update(): void {
    const connections = this.store.list();
    void this.keys.set(SIGNED_IN_CONTEXT, connections.length > 0);
    void this.keys.set(NO_PROJECTS_CONTEXT, seesNoProjects(connections));
  }
}

/** True when there are connections and none of their keys sees a project. */
export function seesNoProjects(connections: readonly { noProjects?: boolean }[]): boolean {
  return connections.length > 0 && connections.every((c) => c.noProjects === true);
}
