// The project's taxonomy: /api/projects/{project_id}/event_definitions/ and
// /api/projects/{project_id}/property_definitions/. Keys need event_definition:read and
// property_definition:read (403 otherwise).
import { PagedList } from './pagination';
import { projectPath } from './paths';
import { eventDefinition, propertyDefinition } from './shape/definitions';
import type { CallOptions, Query, Transport } from './transport';
import type { ProjectId } from './types/common';
import type { EventDefinition, EventDefinitionListParams, PropertyDefinition, PropertyDefinitionListParams } from './types/definitions';

export class DefinitionsApi {
  constructor(private readonly transport: Transport) {}

  /** Ordered by PostHog: most recently seen first, then by name. */
  events(projectId: ProjectId, params: EventDefinitionListParams = {}, options: CallOptions = {}): PagedList<EventDefinition> {
    return new PagedList(this.transport, () => projectPath(projectId, 'event_definitions'), eventDefinition, { ...params }, options);
  }

  /** Event properties unless `type` says otherwise. */
  properties(projectId: ProjectId, params: PropertyDefinitionListParams = {}, options: CallOptions = {}): PagedList<PropertyDefinition> {
    const { properties, ...rest } = params;
    const query: Query = { ...rest, ...(properties ? { properties: properties.join(',') } : {}) };
    return new PagedList(this.transport, () => projectPath(projectId, 'property_definitions'), propertyDefinition, query, options);
  }
}
