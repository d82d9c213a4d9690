// A save that met 404: the function or flow was deleted elsewhere. The buffer stays dirty (the save
// failed); the explorer drops the item; the user can keep the text as a new function (built from
// the last version this session read, with the buffer's fields on top) or copy it.
import * as vscode from 'vscode';
import type { HogFunction, HogFunctionCreate } from '../api/types/hogFunction';
import type { ClientPool } from '../connections/clients';
import type { ExplorerTree } from '../explorer/tree';
import { parseDocument } from '../documents/formats';
import type { SaveFailure } from '../fileSystem/provider';
import { documentUri } from '../fileSystem/uris';
import { copyOf } from '../lifecycle/copyBody';
import { askSecrets } from '../lifecycle/duplicate';
import type { PrompterSlot } from '../ui/prompter';

export const SAVE_AS_NEW = 'Save as New Function';
export const COPY_TO_CLIPBOARD = 'Copy to Clipboard';

export interface DeletedElsewhereDeps {
  readonly prompts: PrompterSlot;
  readonly clients: ClientPool;
  readonly explorer: Pick<ExplorerTree, 'removeObject' | 'refreshFunctionGroup'>;
  /** The last version of the function this session read, if any. */
  lastRead(): HogFunction | undefined;
}

export async function offerDeletedElsewhere(deps: DeletedElsewhereDeps, failure: SaveFailure, name: string): Promise<void> {
  const { address, text } = failure;
  deps.explorer.removeObject(address.object);
  const last = address.object.kind === 'function' ? deps.lastRead() : undefined;
  const actions = last ? [SAVE_AS_NEW, COPY_TO_CLIPBOARD] : [COPY_TO_CLIPBOARD];
  const choice = await deps.prompts.current.error(`Saving “${name}” failed: it was deleted on PostHog. Your text is kept, unsaved.`, actions);
  if (choice === COPY_TO_CLIPBOARD) await vscode.env.clipboard.writeText(text);
  if (choice === SAVE_AS_NEW && last) await saveAsNew(deps, failure, last);
}

/** One POST: a copy of the last version read (disabled unless the buffer says otherwise), with the buffer's fields; opens the same document of it. */
async function saveAsNew(deps: DeletedElsewhereDeps, { address, text }: SaveFailure, last: HogFunction): Promise<void> {
  const parsed = parseDocument(address.kind, text);
  if (!parsed.ok) throw new Error(`The text is not valid: ${parsed.message}`);
  // Secrets cannot be copied: the user types them again, or leaves them to fill in later.
  const secrets = await askSecrets(deps, last, `Save as New Function: “${last.name}”`);
  if (!secrets) return;
  const { body } = copyOf(last, secrets);
  const created = await deps.clients.get(address.object.authority).then(({ client }) =>
    client.hogFunctions.create(address.object.projectId, { ...body, name: last.name ?? undefined, ...(parsed.fields as Partial<HogFunctionCreate>) }),
  );
  deps.explorer.refreshFunctionGroup(address.object, created.type);
  const ref = { ...address.object, id: created.id };
  await vscode.window.showTextDocument(documentUri(ref, address.kind, created.name), { preview: false });
}
