// The first globals document of a function or flow: a realistic sample of what PostHog's worker
// passes for its type, that also holds every property its code and inputs read.
//   destinations: event, person, groups, project, source
//   transformations: event, project
//   webhook sources: request, project, source
//   flows: event, person, groups, project, variables
import type { HogFilters, HogFlowVariable, HogFunctionType, InputSchemaItem, InputValues, InvocationGlobals } from '../api';
import { findReferences, type References } from './references';
import { SAMPLE_EVENT_PROPERTIES, SAMPLE_PERSON_PROPERTIES, sampleUuid, sampleValue } from './sampleValues';

export interface SampleSubject {
  type: HogFunctionType | 'hog_flow';
  id?: string;
  name?: string | null;
  hog?: string;
  inputs_schema?: readonly InputSchemaItem[];
  inputs?: InputValues;
  /** The first event the filters name becomes the sample event. */
  filters?: HogFilters | null;
  /** Flows: the sample `variables` take their defaults. */
  variables?: readonly HogFlowVariable[] | null;
}

export interface SampleContext {
  /** PostHog's web origin, e.g. https://us.posthog.com (links in the globals point there). */
  baseUrl: string;
  projectId: number | string;
  projectName?: string;
  /** Default: now. The sample event happened a few seconds before. */
  now?: Date;
}

type Family = 'destination' | 'transformation' | 'webhook' | 'flow';

export function globalsFamily(type: SampleSubject['type']): Family {
  switch (type) {
    case 'transformation':
    case 'transformation_log':
      return 'transformation';
    case 'source_webhook':
    case 'warehouse_source_webhook':
      return 'webhook';
    case 'hog_flow':
      return 'flow';
    default:
      return 'destination';
  }
}

export function sampleGlobals(subject: SampleSubject, context: SampleContext): InvocationGlobals {
  const refs = findReferences(subject.hog, subject.inputs_schema?.map((item) => item.default), subject.inputs);
  const links = new Links(context);
  const eventMs = (context.now ?? new Date()).getTime() - 5_000;
  const project = { id: context.projectId, name: context.projectName ?? 'Default project', url: links.project() };
  const source = { name: subject.name || 'Untitled function', url: links.source(subject) };
  switch (globalsFamily(subject.type)) {
    case 'transformation':
      return { event: sampleEvent(subject, refs, links, eventMs), project };
    case 'webhook':
      return { request: sampleRequest(refs), project, source };
    case 'flow':
      return {
        event: sampleEvent(subject, refs, links, eventMs),
        person: samplePerson(refs, links, eventMs),
        groups: sampleGroups(links),
        project,
        variables: Object.fromEntries((subject.variables ?? []).map((v) => [v.key, v.default])),
      };
    default:
      return {
        event: sampleEvent(subject, refs, links, eventMs),
        person: samplePerson(refs, links, eventMs),
        groups: sampleGroups(links),
        project,
        source,
      };
  }
}

const DISTINCT_ID = 'user-7f3a';

function sampleEvent(subject: SampleSubject, refs: References, links: Links, ms: number): Record<string, unknown> {
  const event = firstFilteredEvent(subject.filters) ?? '$pageview';
  const uuid = sampleUuid(ms, 'event');
  const timestamp = new Date(ms).toISOString();
  const names = new Set([...SAMPLE_EVENT_PROPERTIES, ...refs.event]);
  const properties = Object.fromEntries([...names].map((name) => [name, sampleValue(name)]));
  properties.$session_id ??= sampleUuid(ms - 60_000, 'session');
  return {
    uuid,
    event,
    distinct_id: DISTINCT_ID,
    properties,
    elements_chain: event === '$autocapture' ? 'button.btn.btn-primary:attr__class="btn btn-primary"text="Place order"nth-child="2"' : '',
    timestamp,
    url: links.event(uuid, timestamp),
  };
}

function samplePerson(refs: References, links: Links, ms: number): Record<string, unknown> {
  const names = new Set([...SAMPLE_PERSON_PROPERTIES, ...refs.person]);
  const properties = Object.fromEntries([...names].map((name) => [name, sampleValue(name)]));
  return { id: sampleUuid(ms - 86_400_000, 'person'), properties, name: sampleValue('email'), url: links.person(DISTINCT_ID) };
}

function sampleGroups(links: Links): Record<string, unknown> {
  return {
    organization: {
      id: 'org_acme',
      type: 'organization',
      index: 0,
      url: links.group(0, 'org_acme'),
      properties: { name: 'Acme Inc', plan: 'enterprise', seats: 40 },
    },
  };
}

function sampleRequest(refs: References): Record<string, unknown> {
  const body: Record<string, unknown> = {
    type: 'order.created',
    id: 'evt_1Pq2R3s4T5u6V7w8',
    created: 1748945700,
    data: { order_id: 'ord_1042', amount: 4900, currency: 'usd', customer_email: 'ada@example.com' },
  };
  for (const key of refs.body) body[key] ??= sampleValue(key);
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': 'Orders-Webhooks/2.1',
    'x-request-id': 'req_8d1c0f6a2b',
  };
  for (const key of refs.headers) headers[key.toLowerCase()] ??= `sample-${key.toLowerCase()}`;
  const query: Record<string, string> = {};
  for (const key of refs.query) query[key] = String(sampleValue(key));
  return { method: 'POST', headers, query, ip: '203.0.113.7', body, stringBody: JSON.stringify(body) };
}

function firstFilteredEvent(filters: HogFilters | null | undefined): string | undefined {
  const first = filters?.events?.find((e) => typeof e.id === 'string' && e.id !== '');
  return typeof first?.id === 'string' ? first.id : undefined;
}

/** Links into PostHog's web app (`/project/{id}/functions/{id}`, `…/workflows/{id}/workflow`, events, persons). */
class Links {
  readonly #project: string;

  constructor(context: SampleContext) {
    this.#project = `${new URL(context.baseUrl).origin}/project/${encodeURIComponent(String(context.projectId))}`;
  }

  project(): string {
    return this.#project;
  }

  source(subject: SampleSubject): string {
    const id = encodeURIComponent(subject.id ?? 'new');
    return subject.type === 'hog_flow' ? `${this.#project}/workflows/${id}/workflow` : `${this.#project}/functions/${id}`;
  }

  event(uuid: string, timestamp: string): string {
    return `${this.#project}/events/${uuid}/${timestamp}`;
  }

  person(distinctId: string): string {
    return `${this.#project}/person/${encodeURIComponent(distinctId)}`;
  }

  group(index: number, key: string): string {
    return `${this.#project}/groups/${index}/${encodeURIComponent(key)}`;
  }
}
