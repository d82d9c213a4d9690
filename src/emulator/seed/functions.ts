// Seeded hog functions: ordered transformations, a signed webhook source and site code (the
// destinations are in destinations.ts), with varied enabled/health states and some secrets.
import { resolveInputs } from '../hogFunctionInputs';
import type { JsonObject } from '../json';
import type { StoredHogFunction, UserBasic } from '../model';
import { formatMicros, MICROS_PER_DAY, MICROS_PER_HOUR } from '../time';
import { DESTINATION_SEEDS } from './destinations';
import { templateInputsSchema } from '../templates';
import * as programs from './programs';
import { input, type FunctionSeed } from './schema';

function eventFilters(events: string[]): JsonObject {
  return {
    source: 'events',
    events: events.map((id, order) => ({ id, name: id, type: 'events', order })),
    actions: [],
    filter_test_accounts: true,
    bytecode: ['_H', 1, 29],
  };
}

const SEEDS: FunctionSeed[] = [
  ...DESTINATION_SEEDS,
  {
    id: '0197e2a1-6d4c-7e5f-9a01-000000000006',
    type: 'transformation',
    name: 'Scrub PII',
    description: 'Hashes e-mail addresses and phone numbers and drops the IP address',
    hog: programs.PII_SCRUBBER,
    schema: [
      input('propertiesToHash', 'json', 'Properties to hash', { required: true, default: ['email'] }),
      input('salt', 'string', 'Salt', { required: true, secret: true }),
      input('dropIp', 'boolean', 'Drop $ip', { default: true }),
    ],
    values: { propertiesToHash: ['email', 'phone', '$email'], salt: 'emulator-salt-5e2b', dropIp: true },
    enabled: true,
    health: 1,
    executionOrder: 1,
    iconUrl: '/static/hedgehog/builder-hog-01.png',
    createdDaysAgo: 50,
    updatedHoursAgo: 48,
    version: 5,
  },
  {
    id: '0197e2a1-6d4c-7e5f-9a01-000000000007',
    type: 'transformation',
    name: 'Mask e-mails in URLs',
    description: 'Masks e-mail addresses and tokens in URL query strings',
    hog: programs.URL_EMAIL_MASKING,
    schema: templateInputsSchema('template-url-masking'),
    values: { urlProperties: ['$current_url', '$referrer'], paramsToMask: ['email', 'token'], maskWith: '[REDACTED]' },
    enabled: true,
    health: 1,
    executionOrder: 2,
    templateId: 'template-url-masking',
    iconUrl: '/static/hedgehog/builder-hog-01.png',
    createdDaysAgo: 40,
    updatedHoursAgo: 60,
    version: 2,
  },
  {
    id: '0197e2a1-6d4c-7e5f-9a01-000000000008',
    type: 'transformation',
    name: 'Drop bot traffic',
    description: 'Discards crawler events and internal debug events',
    hog: programs.DROP_BOTS,
    schema: [
      input('eventsToDrop', 'json', 'Events to drop', { required: true, default: ['$debug'] }),
      input('botMarkers', 'json', 'User agent markers', { required: true, default: ['bot', 'crawler', 'spider'] }),
    ],
    values: { eventsToDrop: ['$debug', 'test_event'], botMarkers: ['bot', 'crawler', 'spider', 'headless'] },
    enabled: true,
    health: 1,
    executionOrder: 3,
    iconUrl: '/static/hedgehog/running-hog.png',
    createdDaysAgo: 35,
    updatedHoursAgo: 80,
    version: 3,
  },
  {
    id: '0197e2a1-6d4c-7e5f-9a01-000000000009',
    type: 'transformation',
    name: 'Rename legacy properties',
    description: 'Renames pre-2024 property keys (paused while the migration finishes)',
    hog: programs.PROPERTY_RENAMER,
    schema: [input('renames', 'dictionary', 'Old key → new key', { required: true, default: {} })],
    values: { renames: { plan_name: 'plan', signup_src: 'signup_source' } },
    enabled: false,
    executionOrder: 4,
    iconUrl: '/static/hedgehog/builder-hog-01.png',
    createdDaysAgo: 90,
    updatedHoursAgo: 200,
    version: 6,
  },
  {
    id: '0197e2a1-7e5d-7f60-ab12-00000000000a',
    type: 'source_webhook',
    name: 'Signed order webhooks',
    description: 'Receives order events from the shop, verified with an HMAC-SHA256 signature',
    hog: programs.SIGNED_WEBHOOK_SOURCE,
    schema: [
      input('signing_secret', 'string', 'Signing secret', { required: true, secret: true }),
      input('event', 'string', 'Event name', { required: true, default: 'shop.{request.body.type}' }),
      input('distinct_id', 'string', 'Distinct ID', { required: true, default: '{request.body.data.customer_id}' }),
      input('include_all_properties', 'boolean', 'Include all properties', { default: true }),
      input('properties', 'dictionary', 'Extra properties', { default: {} }),
      input('bypass_signature_check', 'boolean', 'Bypass signature check', { default: false }),
    ],
    values: {
      signing_secret: 'whsec_emulator_9d8c7b6a',
      event: 'shop.{request.body.type}',
      distinct_id: '{request.body.data.customer_id}',
      include_all_properties: true,
      properties: { source: 'shop' },
      bypass_signature_check: false,
    },
    enabled: true,
    health: 1,
    iconUrl: '/static/services/webhook.svg',
    createdDaysAgo: 15,
    updatedHoursAgo: 26,
    version: 2,
  },
  {
    id: '0197e2a1-8f6e-7071-bc23-00000000000b',
    type: 'site_app',
    name: 'Feedback banner',
    description: 'Shows a dismissible feedback banner on the site',
    hog: programs.FEEDBACK_BANNER_APP,
    schema: [
      input('message', 'string', 'Message', { required: true }),
      input('backgroundColor', 'string', 'Background colour', { default: '#1d4aff' }),
    ],
    values: { message: 'Tell us what you think!', backgroundColor: '#1d4aff' },
    enabled: true,
    health: 1,
    iconUrl: '/static/hedgehog/builder-hog-02.png',
    createdDaysAgo: 12,
    updatedHoursAgo: 40,
    version: 1,
  },
  {
    id: '0197e2a1-8f6e-7071-bc23-00000000000c',
    type: 'site_destination',
    name: 'Example Analytics tag',
    description: 'Mirrors events to the Example Analytics browser tag',
    hog: programs.ANALYTICS_SITE_DESTINATION,
    schema: [input('measurementId', 'string', 'Measurement ID', { required: true })],
    values: { measurementId: 'EA-1234567' },
    enabled: false,
    iconUrl: '/static/services/analytics.png',
    events: ['$pageview'],
    createdDaysAgo: 8,
    updatedHoursAgo: 90,
    version: 1,
  },
  {
    id: '0197e2a1-6d4c-7e5f-9a01-0000000000e2',
    projectId: 2,
    type: 'transformation',
    name: 'Staging PII scrubber',
    description: 'Same as production, with a staging salt',
    hog: programs.PII_SCRUBBER,
    schema: [
      input('propertiesToHash', 'json', 'Properties to hash', { required: true, default: ['email'] }),
      input('salt', 'string', 'Salt', { required: true, secret: true }),
      input('dropIp', 'boolean', 'Drop $ip', { default: true }),
    ],
    values: { propertiesToHash: ['email'], salt: 'staging-salt-0000', dropIp: false },
    enabled: true,
    health: 1,
    executionOrder: 1,
    iconUrl: '/static/hedgehog/builder-hog-01.png',
    createdDaysAgo: 10,
    updatedHoursAgo: 11,
    version: 1,
  },
];

function build(seed: FunctionSeed, nowMicros: number, user: UserBasic): StoredHogFunction {
  const requested = Object.fromEntries(Object.entries(seed.values).map(([k, value]) => [k, { value }]));
  // A fixed sub-second part keeps the microsecond digits realistic.
  const jitter = (parseInt(seed.id.slice(-4), 16) * 7919) % 1_000_000;
  return {
    id: seed.id,
    projectId: seed.projectId ?? 1,
    type: seed.type,
    name: seed.name,
    description: seed.description,
    createdAt: formatMicros(nowMicros - seed.createdDaysAgo * MICROS_PER_DAY - jitter),
    createdBy: user,
    updatedAt: formatMicros(nowMicros - seed.updatedHoursAgo * MICROS_PER_HOUR - jitter),
    enabled: seed.enabled,
    deleted: seed.deleted ?? false,
    hog: seed.hog.trim(),
    inputsSchema: seed.schema,
    inputs: resolveInputs(seed.schema, requested, {}),
    filters: seed.events ? eventFilters(seed.events) : { source: 'events', bytecode: ['_H', 1, 29] },
    masking: null,
    mappings: null,
    iconUrl: seed.iconUrl,
    templateId: seed.templateId ?? null,
    health: seed.health ?? 0,
    executionOrder: seed.executionOrder ?? null,
    version: seed.version,
    draft: null,
    draftUpdatedAt: null,
  };
}

export function seedFunctions(nowMicros: number, user: UserBasic): StoredHogFunction[] {
  return SEEDS.map((seed) => build(seed, nowMicros, user));
}
