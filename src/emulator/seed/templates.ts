// Function templates offered by the emulator. The inputs_schema items are based on PostHog's own
// templates as captured in the shared corpus (inputs-schemas/, PostHog source, MIT license);
// the code is written for this project.
import type { HogFunctionTemplate, InputSchemaItem } from '../model';
import * as programs from './programs';
import { input } from './schema';

function template(
  fields: Pick<HogFunctionTemplate, 'id' | 'name' | 'description' | 'code' | 'type' | 'icon_url'> &
    Partial<HogFunctionTemplate> & { inputs_schema: InputSchemaItem[] },
): HogFunctionTemplate {
  return {
    code_language: 'hog',
    status: 'stable',
    category: ['Custom'],
    free: true,
    filters: null,
    masking: null,
    mapping_templates: null,
    ...fields,
  };
}

const httpMethodChoices = ['POST', 'PUT', 'PATCH', 'GET', 'DELETE'].map((m) => ({ label: m, value: m }));

const webhook = template({
  id: 'template-webhook',
  name: 'HTTP Webhook',
  description: 'Sends a webhook templated by the incoming event data',
  code: programs.WEBHOOK_TEMPLATE,
  type: 'destination',
  icon_url: '/static/services/webhook.svg',
  inputs_schema: [
    input('url', 'string', 'Webhook URL', { required: true, description: 'Endpoint URL to send event data to.' }),
    input('method', 'choice', 'Method', { default: 'POST', choices: httpMethodChoices }),
    input('body', 'json', 'JSON Body', { default: { event: '{event}', person: '{person}' } }),
    input('headers', 'dictionary', 'Headers', {
      default: { 'Content-Type': 'application/json', Accept: 'application/json' },
    }),
    input('debug', 'boolean', 'Log responses', { default: false }),
  ],
});

const slack = template({
  id: 'template-slack',
  name: 'Slack',
  description: 'Sends a message to a Slack channel',
  code: programs.SLACK_MESSAGE,
  type: 'destination',
  category: ['Customer Success'],
  icon_url: '/static/services/slack.png',
  inputs_schema: [
    input('bot_token', 'string', 'Bot token', { required: true, secret: true }),
    input('channel', 'string', 'Channel to post to', { required: true, default: '#general' }),
    input('text', 'string', 'Plain text message', { default: "*{person.name}* triggered event: '{event.event}'" }),
  ],
});

const discord = template({
  id: 'template-discord',
  name: 'Discord',
  description: 'Sends a message to a Discord channel',
  code: programs.DISCORD_TEMPLATE,
  type: 'destination',
  category: ['Customer Success'],
  icon_url: '/static/services/discord.png',
  inputs_schema: [
    input('webhookUrl', 'string', 'Webhook URL', { required: true }),
    input('content', 'string', 'Content', {
      required: true,
      default: "**{person.name}** triggered event: '{event.event}'",
    }),
    input('allowedMentions', 'choice', 'Allowed mentions', {
      required: true,
      default: 'none',
      choices: [
        { label: 'None (mentions shown as text, nobody is pinged)', value: 'none' },
        { label: 'Roles and users (@role and @user mentions ping)', value: 'roles_users' },
        { label: 'Everyone, roles and users (also allows @everyone and @here)', value: 'everyone' },
      ],
    }),
  ],
});

const urlMasking = template({
  id: 'template-url-masking',
  name: 'URL Parameter Masking',
  description: 'Masks sensitive query parameters in URL properties',
  code: programs.URL_EMAIL_MASKING,
  type: 'transformation',
  category: ['Custom'],
  icon_url: '/static/hedgehog/builder-hog-01.png',
  inputs_schema: [
    input('urlProperties', 'json', 'URL properties to mask', {
      required: true,
      default: ['$current_url', '$referrer'],
    }),
    input('paramsToMask', 'json', 'Parameters to mask', { required: true, default: ['email', 'password', 'token'] }),
    input('maskWith', 'string', 'Mask value', { required: true, default: '[REDACTED]' }),
  ],
});

const dropEvents = template({
  id: 'template-drop-events',
  name: 'Drop Events',
  description: 'Drops events that match the filters before they are ingested',
  code: programs.DROP_EVENTS_TEMPLATE,
  type: 'transformation',
  icon_url: '/static/hedgehog/running-hog.png',
  inputs_schema: [],
});

const stripeSource = template({
  id: 'template-source-stripe-webhook',
  name: 'Stripe webhook',
  description: 'Captures Stripe webhook events, verifying the stripe-signature header',
  code: programs.STRIPE_SOURCE_TEMPLATE,
  type: 'source_webhook',
  category: ['Revenue'],
  icon_url: '/static/services/stripe.png',
  inputs_schema: [
    input('signing_secret', 'string', 'Signing secret', { secret: true }),
    input('event', 'string', 'Event name', { default: 'stripe.{request.body.type}' }),
    input('distinct_id', 'string', 'Distinct ID to be used', { default: '{request.body.data.object.customer}' }),
    input('include_all_properties', 'boolean', 'Include all properties', { required: true, default: true }),
    input('properties', 'dictionary', 'Property mapping', { default: {} }),
    input('bypass_signature_check', 'boolean', 'Bypass signature check', { default: false }),
  ],
});

const webhookSource = template({
  id: 'template-source-webhook',
  name: 'HTTP Incoming Webhook',
  description: 'Receive HTTP webhook requests and capture them as events',
  code: programs.WEBHOOK_SOURCE_TEMPLATE,
  type: 'source_webhook',
  icon_url: '/static/services/webhook.svg',
  inputs_schema: [
    input('event', 'string', 'Event name', { required: true, default: '{request.body.event}' }),
    input('distinct_id', 'string', 'Distinct ID', { required: true, default: '{request.body.distinct_id}' }),
  ],
});

const email = template({
  id: 'template-email',
  name: 'Email',
  description: 'Sends an email through a connected email integration',
  code: programs.EMAIL_TEMPLATE,
  type: 'destination',
  status: 'hidden',
  icon_url: '/static/services/email.png',
  inputs_schema: [input('email', 'native_email', 'Email', { required: true, templating: 'liquid' })],
});

const sms = template({
  id: 'template-twilio',
  name: 'Twilio SMS',
  description: 'Sends an SMS through Twilio',
  code: programs.SMS_TEMPLATE,
  type: 'destination',
  icon_url: '/static/services/twilio.png',
  inputs_schema: [
    input('account_sid', 'string', 'Account SID', { required: true }),
    input('auth_token', 'string', 'Auth token', { required: true, secret: true }),
    input('from_number', 'string', 'From number', { required: true }),
    input('to_number', 'string', 'To number', { required: true, default: '{person.properties.phone}' }),
    input('message', 'string', 'Message', { required: true }),
  ],
});

const setVariable = template({
  id: 'template-posthog-set-variable',
  name: 'Set workflow variable',
  description: 'Sets a workflow variable from a value',
  code: programs.SET_VARIABLE_TEMPLATE,
  type: 'destination',
  status: 'hidden',
  icon_url: '/static/posthog-icon.svg',
  inputs_schema: [input('variable_value', 'string', 'Value', { required: true })],
});

export const TEMPLATES: readonly HogFunctionTemplate[] = [
  webhook,
  slack,
  discord,
  urlMasking,
  dropEvents,
  stripeSource,
  webhookSource,
  email,
  sms,
  setVariable,
];
