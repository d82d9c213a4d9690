// The globals a function sees, by type, as PostHog's worker builds them from a test run's globals:
// destinations get `source` (hog-executor.service.ts buildHogFunctionInvocations), transformations
// a reduced `event` and `project` (hog-transformer.service.ts createInvocationGlobals), others what
// they are given. `inputs` is added afterwards.
export type Globals = Record<string, unknown>;

export interface FunctionIdentity {
  readonly id?: string;
  readonly name?: string;
}

export function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function isTransformation(type: string): boolean {
  return type === 'transformation';
}

export function functionGlobals(type: string, globals: Globals, fn: FunctionIdentity): Globals {
  if (isTransformation(type)) return transformationGlobals(pluginEvent(globals));
  if (type === 'destination' || type === 'internal_destination') {
    const projectUrl = String(record(globals.project).url ?? '');
    const source = { name: fn.name ?? `Hog function: ${fn.id}`, url: `${projectUrl}/functions/${fn.id}/configuration/` };
    return { ...globals, source };
  }
  return { ...globals };
}

/** The ingestion event a transformation works on (cdp-api.ts: the test run's event plus ip, site_url, team_id). */
export function pluginEvent(globals: Globals): Record<string, unknown> {
  const event = record(globals.event);
  const project = record(globals.project);
  const properties = record(event.properties);
  return {
    ...event,
    ip: typeof properties.$ip === 'string' ? properties.$ip : null,
    site_url: project.url,
    team_id: project.id,
    now: '',
  };
}

/** What a transformation sees of the event. */
export function transformationGlobals(event: Record<string, unknown>): Globals {
  const properties = record(event.properties);
  return {
    project: { id: event.team_id, name: '', url: siteUrl(event.site_url) },
    event: {
      uuid: event.uuid,
      event: event.event,
      distinct_id: event.distinct_id,
      properties,
      elements_chain: properties.elements_chain || '',
      timestamp: event.timestamp || '',
      url: properties.$current_url || '',
    },
  };
}

/** PostHog's SITE_URL, from a project URL (`https://us.posthog.com/project/1` → `https://us.posthog.com`). */
function siteUrl(projectUrl: unknown): string {
  try {
    return new URL(String(projectUrl)).origin;
  } catch {
    return '';
  }
}
