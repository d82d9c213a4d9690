// What command registrations hand their arguments to: the extension's services.
import type { Config } from '../config/config';
import type { DocumentVersions } from '../documents/versions';
import type { ExplorerTree } from '../explorer/tree';
import type { LifecycleDeps } from '../lifecycle/deps';
import type { LogTails } from '../logTails/logTails';
import type { MetricsPanels } from '../metricsPanels/metricsPanels';
import type { SignInDeps } from '../connections/signIn';
import type { TargetDeps } from '../targets/resolveTarget';
import type { TestInvocations } from '../testInvocations/testInvocations';

export interface CommandContext extends TargetDeps, LifecycleDeps, SignInDeps {
  readonly config: Config;
  readonly explorer: ExplorerTree;
  readonly invocations: TestInvocations;
  readonly tails: LogTails;
  readonly metrics: MetricsPanels;
  /** What each open posthog:// document was read from (Save as Draft fences with it). */
  readonly versions: DocumentVersions;
}
