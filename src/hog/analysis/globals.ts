// The globals PostHog's CDP worker gives a Hog function, per function type (nodejs/src/cdp/types.ts
// in PostHog's source), with the fields editors can complete and explain.

/** A global or one of its fields. `fields` lists what `name.` completes to. */
export interface GlobalMember {
  readonly name: string;
  readonly description: string;
  readonly fields?: readonly GlobalMember[];
  /** Keys are data (group types, action ids), not fixed fields. */
  readonly openKeys?: boolean;
}

const properties = (owner: string): GlobalMember => ({
  name: 'properties',
  description: `The ${owner}'s properties (a dict).`,
  openKeys: true,
});

const PROJECT: GlobalMember = {
  name: 'project',
  description: 'The PostHog project running the function.',
  fields: [
    { name: 'id', description: 'Project id.' },
    { name: 'name', description: 'Project name.' },
    { name: 'url', description: 'Project URL in PostHog.' },
  ],
};

const SOURCE: GlobalMember = {
  name: 'source',
  description: 'The hog function itself.',
  fields: [
    { name: 'name', description: 'Name of the function.' },
    { name: 'url', description: "URL of the function's configuration page." },
  ],
};

const EVENT: GlobalMember = {
  name: 'event',
  description: 'The event that triggered the function.',
  fields: [
    { name: 'uuid', description: 'Event UUID.' },
    { name: 'event', description: "Event name, e.g. '$pageview'." },
    { name: 'distinct_id', description: 'Distinct id of the person who sent the event.' },
    properties('event'),
    { name: 'elements_chain', description: 'Autocapture elements chain (string).' },
    { name: 'timestamp', description: 'When the event happened (ISO 8601 string).' },
    { name: 'url', description: 'URL of the event in PostHog.' },
  ],
};

const PERSON: GlobalMember = {
  name: 'person',
  description: 'The person behind the event, or null.',
  fields: [
    { name: 'id', description: 'Person UUID.' },
    properties('person'),
    { name: 'name', description: 'Display name of the person.' },
    { name: 'url', description: 'URL of the person in PostHog.' },
  ],
};

const GROUPS: GlobalMember = {
  name: 'groups',
  description: "The event's groups, keyed by group type (e.g. groups.company): {id, type, index, url, properties}.",
  openKeys: true,
};

const REQUEST: GlobalMember = {
  name: 'request',
  description: 'The incoming HTTP request of a webhook source.',
  fields: [
    { name: 'method', description: "HTTP method ('POST', ...)." },
    { name: 'headers', description: 'Request headers (dict, lower-case names).', openKeys: true },
    { name: 'query', description: 'Query string parameters (dict).', openKeys: true },
    { name: 'ip', description: 'Client IP address.' },
    { name: 'body', description: 'Request body parsed as JSON.', openKeys: true },
    { name: 'stringBody', description: 'Raw request body (string).' },
  ],
};

const INPUTS: GlobalMember = {
  name: 'inputs',
  description: "The function's inputs, resolved from its inputs_schema.",
  openKeys: true,
};

const VARIABLES: GlobalMember = {
  name: 'variables',
  description: 'Workflow variables (dict).',
  openKeys: true,
};

const ACTIONS: GlobalMember = {
  name: 'actions',
  description: 'Outputs of earlier workflow actions, keyed by action id.',
  openKeys: true,
};

const UNSUBSCRIBE_URL: GlobalMember = {
  name: 'unsubscribe_url',
  description: 'Unsubscribe link for email actions in workflows.',
};

const EVENT_GLOBALS = [INPUTS, EVENT, PERSON, GROUPS, PROJECT, SOURCE];
const WEBHOOK_GLOBALS = [INPUTS, REQUEST, PROJECT, SOURCE];
const FLOW_GLOBALS = [...EVENT_GLOBALS, VARIABLES, ACTIONS, UNSUBSCRIBE_URL];

const GLOBALS_BY_TYPE: ReadonlyMap<string, readonly GlobalMember[]> = new Map([
  ['destination', EVENT_GLOBALS],
  ['internal_destination', EVENT_GLOBALS],
  ['transformation', EVENT_GLOBALS],
  ['transformation_log', EVENT_GLOBALS],
  ['source_webhook', WEBHOOK_GLOBALS],
  ['warehouse_source_webhook', WEBHOOK_GLOBALS],
  ['hog_flow', FLOW_GLOBALS],
]);

/** Every global of every type: used for types this table does not know. */
const ALL_GLOBALS: readonly GlobalMember[] = [...FLOW_GLOBALS, REQUEST];

/** The function type plain `.hog` files (no PostHog context) are checked as. */
export const DEFAULT_FUNCTION_TYPE = 'destination';

/** Whether `type` has a known set of globals (unknown types get every global, no warnings). */
export function isKnownFunctionType(type: string): boolean {
  return GLOBALS_BY_TYPE.has(type);
}

export function globalsFor(type: string): readonly GlobalMember[] {
  return GLOBALS_BY_TYPE.get(type) ?? ALL_GLOBALS;
}

/** A global that exists for some function type, whatever the type at hand. */
export function anyGlobal(name: string): GlobalMember | undefined {
  return ALL_GLOBALS.find((g) => g.name === name);
}

/** The member reached by `path` from a global (`['event', 'properties']`), if it is known. */
export function globalMember(type: string, path: readonly string[]): GlobalMember | undefined {
  let member = globalsFor(type).find((g) => g.name === path[0]);
  for (const name of path.slice(1)) {
    member = member?.fields?.find((f) => f.name === name);
  }
  return member;
}

/** Types (human names) that provide a global, for "only available in ..." messages. */
export function typesProviding(name: string): string[] {
  return [...GLOBALS_BY_TYPE].filter(([, globals]) => globals.some((g) => g.name === name)).map(([type]) => type);
}
