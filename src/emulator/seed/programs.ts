// Source code of the seeded functions and templates. Hog programs here must pass validateHog
// (a unit test checks every one); the site_* programs are TypeScript.

export const WEBHOOK_TEMPLATE = `let res := fetch(inputs.url, {
  'headers': inputs.headers,
  'body': inputs.body,
  'method': inputs.method
})

if (inputs.debug) {
  print('Response', res.status, res.body)
}
`;

export const CHECKOUT_WEBHOOK = `// Forwards checkout page views to the orders service
let payload := {
  'event': event.event,
  'distinct_id': event.distinct_id,
  'url': event.properties.$current_url,
  'cart_value': toFloat(event.properties.cart_value ?? 0)
}

let res := fetch(inputs.url, {
  'method': 'POST',
  'headers': {'Authorization': f'Bearer {inputs.api_key}', 'Content-Type': 'application/json'},
  'body': payload
})

if (res.status >= 400) {
  throw Error(f'Webhook failed with {res.status}')
}
if (inputs.debug) {
  print('Delivered to orders service', res.status)
}
`;

export const SLACK_MESSAGE = `// Posts a message about the event to a Slack channel
let text := inputs.text
let blocks := [
  {'type': 'section', 'text': {'type': 'mrkdwn', 'text': text}},
  {
    'type': 'context',
    'elements': [{'type': 'mrkdwn', 'text': f'<{person.url}|{person.name}> on <{event.url}|{event.event}>'}]
  }
]

let res := fetch('https://slack.com/api/chat.postMessage', {
  'method': 'POST',
  'headers': {'Authorization': f'Bearer {inputs.bot_token}', 'Content-Type': 'application/json'},
  'body': {'channel': inputs.channel, 'text': text, 'blocks': blocks}
})

if (res.status != 200 or res.body.ok != true) {
  throw Error(f'Slack rejected the message: {res.body.error ?? res.status}')
}
`;

export const NEWSLETTER_SYNC = `// Adds or updates the person as a member of a mailing list
let email := person.properties.email
if (empty(email)) {
  print('No email on this person, skipping')
  return null
}

let memberId := md5Hex(lower(email))
let res := fetch(f'https://{inputs.region}.api.mailer.example.com/3.0/lists/{inputs.list_id}/members/{memberId}', {
  'method': 'PUT',
  'headers': {'Authorization': f'Bearer {inputs.api_key}', 'Content-Type': 'application/json'},
  'body': {
    'email_address': email,
    'status_if_new': inputs.double_opt_in ? 'pending' : 'subscribed',
    'merge_fields': {
      'FNAME': person.properties.first_name ?? '',
      'LNAME': person.properties.last_name ?? ''
    },
    'tags': arrayMap(tag -> trim(tag), splitByString(',', inputs.tags ?? ''))
  }
})

if (res.status >= 400) {
  throw Error(f'Mailing list update failed ({res.status}): {jsonStringify(res.body)}')
}
print('Synced', email, 'to list', inputs.list_id)
`;

export const CHURN_ALERT = `// Alerts the success team when an account looks likely to churn
let score := toFloat(event.properties.churn_score ?? 0)
if (score < inputs.threshold) {
  return null
}

let res := fetch(inputs.url, {
  'method': 'POST',
  'headers': {'Content-Type': 'application/json'},
  'body': {
    'account': groups.organization.properties.name ?? 'unknown',
    'score': score,
    'owner': person.properties.email
  }
})
print('Churn alert sent with status', res.status)
`;

export const PII_SCRUBBER = `// Replaces personal data with salted hashes so events can still be joined
let returnEvent := event
for (let propertyName in inputs.propertiesToHash) {
  let value := returnEvent.properties[propertyName]
  if (notEmpty(value)) {
    returnEvent.properties[propertyName] := sha256Hex(concat(inputs.salt, toString(value)))
  }
}
if (inputs.dropIp) {
  returnEvent.properties.$ip := null
}
return returnEvent
`;

export const URL_EMAIL_MASKING = `// Masks e-mail addresses and tokens in URL query strings
fun maskUrl(url) {
  if (empty(url)) {
    return url
  }
  let parts := splitByString('?', url, 2)
  if (length(parts) < 2) {
    return url
  }
  let masked := arrayMap(pair -> {
    let kv := splitByString('=', pair, 2)
    if (has(inputs.paramsToMask, lower(kv[1]))) {
      return f'{kv[1]}={inputs.maskWith}'
    }
    return pair
  }, splitByString('&', parts[2]))
  return f'{parts[1]}?{arrayStringConcat(masked, '&')}'
}

let returnEvent := event
for (let propertyName in inputs.urlProperties) {
  returnEvent.properties[propertyName] := maskUrl(returnEvent.properties[propertyName])
}
return returnEvent
`;

export const DROP_BOTS = `// Drops crawler traffic and events we never want to ingest
if (has(inputs.eventsToDrop, event.event)) {
  return null
}

let userAgent := lower(event.properties.$raw_user_agent ?? '')
for (let marker in inputs.botMarkers) {
  if (userAgent like f'%{marker}%') {
    return null
  }
}
return event
`;

export const PROPERTY_RENAMER = `// Renames legacy property keys to the current naming scheme
let returnEvent := event
for (let oldKey, newKey in inputs.renames) {
  if (returnEvent.properties[oldKey] != null) {
    returnEvent.properties[newKey] := returnEvent.properties[oldKey]
    returnEvent.properties[oldKey] := null
  }
}
return returnEvent
`;

export const SIGNED_WEBHOOK_SOURCE = `// Accepts order webhooks signed with HMAC-SHA256 and captures them as events
if (request.method != 'POST') {
  return {'httpResponse': {'status': 405, 'body': 'Method not allowed'}}
}

let signature := request.headers['x-signature-sha256']
if (not inputs.bypass_signature_check) {
  let expected := sha256HmacChainHex([inputs.signing_secret, request.stringBody])
  if (empty(signature) or lower(signature) != expected) {
    print('Rejected webhook with a bad signature')
    return {'httpResponse': {'status': 401, 'body': 'Bad signature'}}
  }
}

let properties := inputs.include_all_properties ? request.body.data : {}
for (let key, value in inputs.properties) {
  properties[key] := value
}

postHogCapture({
  'event': inputs.event,
  'distinct_id': inputs.distinct_id,
  'properties': properties
})
`;

export const STRIPE_SOURCE_TEMPLATE = `if (request.method != 'POST') {
  return {'httpResponse': {'status': 405, 'body': 'Method not allowed'}}
}

if (not inputs.bypass_signature_check) {
  let header := request.headers['stripe-signature'] ?? ''
  let parts := {}
  for (let item in splitByString(',', header)) {
    let kv := splitByString('=', item, 2)
    parts[kv[1]] := kv[2]
  }
  let payload := f'{parts.t}.{request.stringBody}'
  if (sha256HmacChainHex([inputs.signing_secret, payload]) != parts.v1) {
    return {'httpResponse': {'status': 400, 'body': 'Bad signature'}}
  }
}

postHogCapture({
  'event': inputs.event,
  'distinct_id': inputs.distinct_id,
  'properties': inputs.include_all_properties ? request.body.data.object : inputs.properties
})
`;

export const WEBHOOK_SOURCE_TEMPLATE = `if (request.method != 'POST') {
  return {'httpResponse': {'status': 405, 'body': 'Method not allowed'}}
}

postHogCapture({
  'event': inputs.event,
  'distinct_id': inputs.distinct_id,
  'properties': request.body
})
`;

export const DISCORD_TEMPLATE = `let res := fetch(inputs.webhookUrl, {
  'method': 'POST',
  'headers': {'Content-Type': 'application/json'},
  'body': {
    'content': inputs.content,
    'allowed_mentions': {'parse': inputs.allowedMentions == 'none' ? [] : ['roles', 'users']}
  }
})

if (res.status >= 400) {
  throw Error(f'Discord webhook failed with {res.status}')
}
`;

export const EMAIL_TEMPLATE = `let res := sendEmail(inputs.email)
if (res.status >= 400) {
  throw Error('Email could not be sent')
}
`;

export const SMS_TEMPLATE = `let res := fetch(f'https://api.twilio.com/2010-04-01/Accounts/{inputs.account_sid}/Messages.json', {
  'method': 'POST',
  'headers': {
    'Authorization': f'Basic {base64Encode(f'{inputs.account_sid}:{inputs.auth_token}')}',
    'Content-Type': 'application/x-www-form-urlencoded'
  },
  'body': f'To={encodeURLComponent(inputs.to_number)}&From={encodeURLComponent(inputs.from_number)}&Body={encodeURLComponent(inputs.message)}'
})

if (res.status >= 400) {
  throw Error(f'SMS failed with {res.status}')
}
`;

export const SET_VARIABLE_TEMPLATE = `return inputs.variable_value
`;

export const DROP_EVENTS_TEMPLATE = `// Events are dropped by this function's filters; anything that reaches the code is kept
return event
`;

export const FEEDBACK_BANNER_APP = `export function onLoad({ inputs, posthog }: { inputs: Record<string, any>; posthog: any }) {
  if (localStorage.getItem('feedback-banner-dismissed') === '1') {
    return
  }
  const banner = document.createElement('div')
  banner.style.cssText = \`position:fixed;bottom:0;left:0;right:0;padding:12px;background:\${inputs.backgroundColor};color:#fff\`
  banner.textContent = inputs.message
  banner.addEventListener('click', () => {
    posthog.capture('feedback_banner_clicked')
    localStorage.setItem('feedback-banner-dismissed', '1')
    banner.remove()
  })
  document.body.appendChild(banner)
}
`;

export const ANALYTICS_SITE_DESTINATION = `export async function onLoad({ inputs }: { inputs: Record<string, any> }) {
  const script = document.createElement('script')
  script.src = \`https://analytics.example.com/tag.js?id=\${inputs.measurementId}\`
  script.async = true
  document.head.appendChild(script)
}

export function onEvent({ event, person }: { event: any; person: any }) {
  const w = window as any
  w.exampleAnalytics = w.exampleAnalytics || []
  w.exampleAnalytics.push(['event', event.event, { ...event.properties, user_id: person?.id }])
}
`;

/** Every Hog (not TypeScript) program above, by name, for the validation test. */
export const HOG_PROGRAMS: Record<string, string> = {
  WEBHOOK_TEMPLATE,
  CHECKOUT_WEBHOOK,
  SLACK_MESSAGE,
  NEWSLETTER_SYNC,
  CHURN_ALERT,
  PII_SCRUBBER,
  URL_EMAIL_MASKING,
  DROP_BOTS,
  PROPERTY_RENAMER,
  SIGNED_WEBHOOK_SOURCE,
  STRIPE_SOURCE_TEMPLATE,
  WEBHOOK_SOURCE_TEMPLATE,
  DISCORD_TEMPLATE,
  EMAIL_TEMPLATE,
  SMS_TEMPLATE,
  SET_VARIABLE_TEMPLATE,
  DROP_EVENTS_TEMPLATE,
};
