// Opening an object's documents, and comparing one with the version on PostHog.
import { DOCUMENTS_OF, objectKindOf, type DocumentKind } from '../documents/address';
import { showDocument } from '../fileSystem/showDocument';
import { documentUri } from '../fileSystem/uris';
import { compareWithServer } from '../saveFailures/compare';
import { resolveTarget } from '../targets/resolveTarget';
import { knownSummary } from '../targets/targetInfo';
import type { CommandRegistry } from '../ui/commands';
import type { CommandContext } from './context';

const OPENING = { progress: 'Opening from PostHog…' };

export function registerDocumentCommands(registry: CommandRegistry, ctx: CommandContext): void {
  const open = (kind: DocumentKind) => async (run: { signal: AbortSignal }, arg: unknown) => {
    const target = await resolveTarget(ctx, arg, objectKindOf(kind));
    return showDocument(ctx.clients, target.ref, kind, knownSummary(ctx.explorer, target), run.signal);
  };
  registry.registerCommand('posthog.openFunctionCode', open('functionCode'), OPENING);
  registry.registerCommand('posthog.openFunctionConfig', open('functionConfig'), OPENING);
  registry.registerCommand('posthog.openFlow', open('flow'), OPENING);
  // The document the command names; for an object, its first (the code of a function).
  registry.registerCommand('posthog.compareWithServer', async (_run, arg) => {
    const target = await resolveTarget(ctx, arg);
    const name = knownSummary(ctx.explorer, target)?.name;
    return compareWithServer(target.uri ?? documentUri(target.ref, DOCUMENTS_OF[target.ref.kind][0]!, name));
  });
  // Merges into an open buffer, so it needs the document: `uri` (or the active editor's).
  registry.registerCommand('posthog.mergeWithServer', async (_run, arg) => {
    const target = await resolveTarget(ctx, arg);
    if (!target.uri) throw new Error('Merge needs an open PostHog document: pass its `uri`.');
    return ctx.saves.merge(target.uri);
  });
}
