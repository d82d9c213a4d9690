// What the lifecycle and flow actions need from the extension.
import type { ClientPool } from '../connections/clients';
import type { ExplorerTree } from '../explorer/tree';
import type { ObjectPatchDeps } from './objectPatch';
import type { PrompterSlot } from '../ui/prompter';

export interface LifecycleDeps extends ObjectPatchDeps {
  readonly clients: ClientPool;
  readonly prompts: PrompterSlot;
  readonly explorer: ExplorerTree;
}
