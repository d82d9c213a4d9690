// The event and property definitions of each project, fetched when first needed: one request per
// kind and page (every page is read once), kept until `refresh`. Without the key scopes (403) a
// kind is remembered as denied and no further request is sent for it until a refresh.
import { ApiError, type DefinitionsApi, type EventDefinition, type PropertyDefinition } from '../api';

export type DefinitionKind = 'events' | 'eventProperties' | 'personProperties';

export interface DefinitionLists {
  events: readonly EventDefinition[];
  eventProperties: readonly PropertyDefinition[];
  personProperties: readonly PropertyDefinition[];
}

export type DefinitionsResult<K extends DefinitionKind> =
  | { readonly status: 'ok'; readonly items: DefinitionLists[K] }
  /** The key lacks event_definition:read / property_definition:read. */
  | { readonly status: 'denied' };

/** The scopes a personal API key needs for these lists. */
export const DEFINITION_SCOPES = ['event_definition:read', 'property_definition:read'] as const;

/** One project's definitions. `api` is asked for each time, so a re-created client is used. */
export class ProjectDefinitions {
  private readonly loads = new Map<DefinitionKind, Promise<DefinitionsResult<DefinitionKind>>>();

  constructor(
    private readonly api: () => Promise<DefinitionsApi>,
    private readonly projectId: number,
  ) {}

  get<K extends DefinitionKind>(kind: K): Promise<DefinitionsResult<K>> {
    let load = this.loads.get(kind);
    if (!load) {
      load = this.fetch(kind);
      this.loads.set(kind, load);
      // A failure other than 403 (network, time-out) is not remembered: the next use retries.
      load.catch(() => this.loads.delete(kind));
    }
    return load as Promise<DefinitionsResult<K>>;
  }

  /** Forgets everything; the next `get` of each kind asks PostHog again. */
  refresh(): void {
    this.loads.clear();
  }

  private async fetch(kind: DefinitionKind): Promise<DefinitionsResult<DefinitionKind>> {
    const api = await this.api();
    const list =
      kind === 'events'
        ? api.events(this.projectId)
        : api.properties(this.projectId, { type: kind === 'eventProperties' ? 'event' : 'person' });
    try {
      return { status: 'ok', items: await list.all() };
    } catch (error) {
      if (error instanceof ApiError && error.status === 403) return { status: 'denied' };
      throw error;
    }
  }
}

/** Per-project caches, keyed by connection authority and project id. */
export class DefinitionsCache {
  private readonly projects = new Map<string, ProjectDefinitions>();

  constructor(private readonly api: (authority: string) => Promise<DefinitionsApi>) {}

  forProject(authority: string, projectId: number): ProjectDefinitions {
    const key = `${authority}/${projectId}`;
    let project = this.projects.get(key);
    if (!project) {
      project = new ProjectDefinitions(() => this.api(authority), projectId);
      this.projects.set(key, project);
    }
    return project;
  }

  /** Every project's lists are fetched again when next needed. */
  refreshAll(): void {
    for (const project of this.projects.values()) project.refresh();
  }
}
