// Which document of an object a history or draft command shows, and the URIs of its revision and
// draft versions.
import type * as vscode from 'vscode';
import type { DocumentKind, DocumentSource } from '../documents/address';
import { addressOf, uriOf } from '../fileSystem/uris';
import type { ObjectRef } from '../objects/objectRef';
import type { Target } from '../targets/resolveTarget';
import type { PrompterSlot } from '../ui/prompter';
import { DismissedError } from '../ui/errorMessages';

/** The kind of the document the command ran from; for a function picked in the tree, the user chooses. */
export async function chooseDocumentKind(prompts: PrompterSlot, target: Target): Promise<DocumentKind> {
  const fromUri = target.uri && addressOf(target.uri)?.kind;
  if (fromUri) return fromUri;
  if (target.ref.kind === 'flow') return 'flow';
  const items = [
    { label: 'Hog code', value: 'functionCode' as const },
    { label: 'Configuration', value: 'functionConfig' as const },
  ];
  const kind = await prompts.current.pick(items, { title: 'Which document?' });
  if (!kind) throw new DismissedError();
  return kind;
}

/** The read-only URI of a document of a revision or of the draft. */
export function snapshotUri(object: ObjectRef, kind: DocumentKind, name: string, source: DocumentSource): vscode.Uri {
  return uriOf({ object, kind, name, source });
}
