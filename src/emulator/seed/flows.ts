// Seeded Hog flows: an active onboarding flow, a draft batch digest and an archived reminder,
// each built through the same validation as an API create.
import { newFlowRecord } from '../hogFlowRecord';
import { parseFlowFields } from '../hogFlowValidation';
import type { JsonObject } from '../json';
import type { BatchJob, FlowSchedule, StoredHogFlow, UserBasic } from '../model';
import { formatMicros, MICROS_PER_DAY, MICROS_PER_HOUR } from '../time';

export const ONBOARDING_FLOW_ID = '0197d0c4-3a2b-7c1d-8e9f-000000000001';
export const DIGEST_FLOW_ID = '0197d0c4-3a2b-7c1d-8e9f-000000000002';
export const REMINDER_FLOW_ID = '0197d0c4-3a2b-7c1d-8e9f-000000000003';

const T0 = 1_717_400_000_000;

function action(id: string, name: string, type: string, config: JsonObject, extra: JsonObject = {}): JsonObject {
  return { id, name, description: '', on_error: type === 'trigger' || type === 'exit' ? null : 'continue', created_at: T0, updated_at: T0, filters: null, type, config, output_variable: null, ...extra };
}

function eventTrigger(event: string): JsonObject {
  return action('trigger_node', 'Trigger', 'trigger', {
    type: 'event',
    filters: { source: 'events', events: [{ id: event, name: event, type: 'events', order: 0 }], filter_test_accounts: true },
  });
}

const exit = action('exit_node', 'Exit', 'exit', { reason: 'Default exit' });

function chain(...ids: string[]): JsonObject[] {
  return ids.slice(1).map((to, i) => ({ from: ids[i] ?? '', to, type: 'continue' }));
}

const onboarding: JsonObject = {
  name: 'Onboarding: welcome email',
  description: 'Sends a welcome email an hour after signup and tells the CRM',
  status: 'active',
  trigger_masking: { ttl: 86400, threshold: null, hash: '{person.id}' },
  conversion: { filters: [], events: [{ filters: { events: [{ id: 'purchase', name: 'purchase', type: 'events', order: 0 }] } }], window_minutes: 10080 },
  exit_condition: 'exit_on_conversion',
  email_sending_rate_limit: { count: 500, period: 'hour' },
  actions: [
    eventTrigger('signed_up'),
    action('delay_1h', 'Wait 1 hour', 'delay', { delay_duration: '1h' }),
    action('has_email', 'Has email?', 'conditional_branch', {
      conditions: [{ filters: { properties: [{ key: 'email', value: 'is_set', operator: 'is_set', type: 'person' }] } }],
    }),
    action('welcome_email', 'Welcome email', 'function_email', {
      inputs: {
        email: {
          value: {
            from: { integrationId: 301, email: 'hello@hogdev.example', name: 'Hogdev' },
            to: { email: '{{ person.properties.email }}', name: '{{ person.properties.name }}' },
            subject: 'Welcome to Hogdev',
            text: 'Hi {{ person.properties.name }}, welcome aboard!',
            html: '<p>Hi {{ person.properties.name }}, welcome aboard!</p>',
          },
          templating: 'liquid',
        },
      },
    }),
    action('notify_crm', 'Notify CRM', 'function', {
      template_id: 'template-webhook',
      inputs: {
        url: { value: 'https://crm.example.com/hooks/signup' },
        method: { value: 'POST' },
        body: { value: { email: '{person.properties.email}' } },
      },
    }, { output_variable: { key: 'crm_response', result_path: 'body.id' } }),
    exit,
  ],
  edges: [
    ...chain('trigger_node', 'delay_1h', 'has_email'),
    { from: 'has_email', to: 'welcome_email', type: 'branch', index: 0 },
    { from: 'has_email', to: 'exit_node', type: 'continue' },
    ...chain('welcome_email', 'notify_crm', 'exit_node'),
  ],
  variables: [{ key: 'campaign', type: 'string', default: 'onboarding' }],
};

const digest: JsonObject = {
  name: 'Weekly digest (batch)',
  description: 'Posts the weekly pro-plan digest to Slack',
  status: 'draft',
  actions: [
    action('trigger_node', 'Pro customers', 'trigger', {
      type: 'batch',
      audience_type: 'persons',
      filters: { properties: [{ key: 'plan', value: ['pro'], operator: 'exact', type: 'person' }] },
    }),
    action('post_digest', 'Post digest', 'function', {
      template_id: 'template-slack',
      inputs: {
        bot_token: { value: 'xoxb-emulator-digest-not-real' },
        channel: { value: '#weekly-digest' },
        text: { value: 'Weekly digest for {person.properties.email}' },
      },
    }),
    exit,
  ],
  edges: chain('trigger_node', 'post_digest', 'exit_node'),
  variables: [{ key: 'campaign', type: 'string', default: 'weekly-digest' }],
};

const reminder: JsonObject = {
  name: 'Trial reminder (retired)',
  description: 'Texted trial users two days before expiry',
  status: 'archived',
  actions: [
    eventTrigger('trial_started'),
    action('wait_12d', 'Wait 12 days', 'delay', { delay_duration: '12d' }),
    action('sms', 'Reminder SMS', 'function_sms', {
      inputs: {
        account_sid: { value: 'AC00000000000000000000000000000000' },
        auth_token: { value: 'twilio-emulator-token-not-real' },
        from_number: { value: '+15550100' },
        to_number: { value: '{person.properties.phone}' },
        message: { value: 'Your trial ends in two days!' },
      },
    }),
    exit,
  ],
  edges: chain('trigger_node', 'wait_12d', 'sms', 'exit_node'),
  variables: [],
};

function build(id: string, body: JsonObject, days: number, nowMicros: number, user: UserBasic): StoredHogFlow {
  const origin = {
    id,
    projectId: 1,
    createdAt: formatMicros(nowMicros - days * MICROS_PER_DAY - 771_020),
    createdBy: user,
    updatedAt: formatMicros(nowMicros - days * MICROS_PER_HOUR - 300_144),
  };
  return newFlowRecord(origin, parseFlowFields(body, undefined, T0));
}

export function seedFlows(nowMicros: number, user: UserBasic): StoredHogFlow[] {
  return [
    { ...build(ONBOARDING_FLOW_ID, onboarding, 22, nowMicros, user), version: 4 },
    build(DIGEST_FLOW_ID, digest, 9, nowMicros, user),
    { ...build(REMINDER_FLOW_ID, reminder, 60, nowMicros, user), version: 2 },
  ];
}

export function seedSchedules(nowMicros: number): Map<string, FlowSchedule[]> {
  const created = formatMicros(nowMicros - 3 * MICROS_PER_DAY - 118_220);
  return new Map([
    [
      DIGEST_FLOW_ID,
      [
        {
          id: '0197d0c5-0a0b-7c0d-8e0f-000000000001',
          rrule: 'FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;BYMINUTE=0',
          starts_at: '2025-06-09T09:00:00Z',
          timezone: 'Europe/Berlin',
          variables: { campaign: 'weekly-digest' },
          status: 'active',
          next_run_at: null,
          created_at: created,
          updated_at: created,
        },
      ],
    ],
  ]);
}

export function seedBatchJobs(nowMicros: number, user: UserBasic): Map<string, BatchJob[]> {
  const job = (id: string, status: BatchJob['status'], daysAgo: number, variables: JsonObject): BatchJob => {
    const at = formatMicros(nowMicros - daysAgo * MICROS_PER_DAY - 412_009);
    return {
      id,
      status,
      hog_flow: DIGEST_FLOW_ID,
      filters: { properties: [{ key: 'plan', value: ['pro'], operator: 'exact', type: 'person' }] },
      variables,
      created_at: at,
      created_by: user,
      updated_at: at,
    };
  };
  return new Map([
    [
      DIGEST_FLOW_ID,
      [
        job('0197d0c6-1a1b-7c1d-8e1f-000000000001', 'completed', 14, {}),
        job('0197d0c6-1a1b-7c1d-8e1f-000000000002', 'completed', 7, { campaign: 'june-launch' }),
      ],
    ],
  ]);
}
