// What command registrations hand their arguments to: the extension's services.
import type { Config } from '../config/config';
import type { DocumentVersions } from '../documents/versions';
import type { ExplorerTree } from '../explorer/tree';
import type { LifecycleDeps } from '../lifecycle/deps';
import type { LocalRuns } from '../localRuns/localRuns';
import type { LogTails } from '../logTails/logTails';
import type { MetricsPanels } from '../metricsPanels/metricsPanels';
import type { FailedSaves } from '../saveFailures/failedSaves';
import type { SignInDeps } from '../connections/signIn';
import type { TargetDeps } from '../targets/resolveTarget';
import type { DefinitionsCache } from '../taxonomy/definitionsCache';
import type { TestInvocations } from '../testInvocations/testInvocations';
import type { SyncDeps } from '../workspaceSync/deps';

export interface CommandContext extends TargetDeps, LifecycleDeps, SignInDeps, SyncDeps {
  readonly config: Config;
  readonly explorer: ExplorerTree;
  readonly invocations: TestInvocations;
  readonly localRuns: LocalRuns;
  readonly tails: LogTails;
  readonly metrics: MetricsPanels;
  /** The projects' event and property definitions that Hog completion and hover read. */
  readonly definitions: DefinitionsCache;
  readonly saves: Pick<FailedSaves, 'merge'>;
  /** What each open posthog:// document was read from (Save as Draft fences with it). */
  readonly versions: DocumentVersions;
}
