// Connects function buffers to their project's definitions: the lookup gains each posthog://
// buffer's ProjectDefinitions, and `load` turns a fetched list into what completion and hover
// read. Without the key scopes, completion keeps what it knows and says once how to enable more.
import * as vscode from 'vscode';
import type { ProjectTaxonomy, TaxonomyKind } from '../hog/analysis';
import { addressOf } from '../fileSystem/uris';
import { DEFINITION_SCOPES, type DefinitionsCache } from '../taxonomy/definitionsCache';
import type { FunctionInfoLookup as HogFunctionContextLookup, HogFunctionContext } from './documents';

/** `lookup`, with the definitions of the buffer's project added to every function context. */
export function withProjectDefinitions(lookup: HogFunctionContextLookup, cache: DefinitionsCache): HogFunctionContextLookup {
  return (uri) => {
    const context = lookup(uri);
    const address = addressOf(uri);
    if (!context || !address) return context;
    return { ...context, definitions: cache.forProject(address.object.authority, address.object.projectId) };
  };
}

export class ProjectTaxonomies {
  private deniedNoticeShown = false;

  /** The `kind` list of the context's project; undefined when unknown (no project, 403, network). */
  async load(context: HogFunctionContext | undefined, kind: TaxonomyKind): Promise<ProjectTaxonomy | undefined> {
    if (!context?.definitions) return undefined;
    try {
      const result = await context.definitions.get(kind);
      if (result.status === 'denied') {
        this.noticeDenied();
        return undefined;
      }
      if (kind === 'events') return { events: result.items.map((e) => ({ name: e.name, description: e.description })) };
      return { [kind]: result.items.map((p) => ({ name: p.name, type: p.property_type, description: p.description })) };
    } catch {
      return undefined;
    }
  }

  private noticeDenied(): void {
    if (this.deniedNoticeShown) return;
    this.deniedNoticeShown = true;
    void vscode.window.showInformationMessage(
      `Hog completion can offer this project's event and property names when your personal API key has the ${DEFINITION_SCOPES.join(' and ')} scopes. Add them to the key in PostHog (Settings → Personal API keys) to enable it.`,
    );
  }
}
