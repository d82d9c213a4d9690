// Plausible values for event, person and webhook fields, by name: what a PostHog project's data
// usually looks like, so a test run exercises the code the way real events would.

const KNOWN: Record<string, unknown> = {
  $current_url: 'https://shop.example.com/checkout',
  $pathname: '/checkout',
  $host: 'shop.example.com',
  $referrer: 'https://www.google.com/',
  $referring_domain: 'www.google.com',
  $browser: 'Chrome',
  $browser_version: 126,
  $os: 'Mac OS X',
  $os_version: '14.5.0',
  $device_type: 'Desktop',
  $ip: '203.0.113.7',
  $lib: 'web',
  $lib_version: '1.160.0',
  $screen_width: 1512,
  $screen_height: 982,
  $geoip_country_code: 'GB',
  $geoip_country_name: 'United Kingdom',
  $geoip_city_name: 'London',
  $initial_referrer: 'https://www.google.com/',
  $initial_utm_source: 'newsletter',
  utm_source: 'newsletter',
  utm_medium: 'email',
  utm_campaign: 'summer-sale',
  email: 'ada@example.com',
  name: 'Ada Lovelace',
  first_name: 'Ada',
  last_name: 'Lovelace',
  company: 'Example Ltd',
  plan: 'pro',
  currency: 'USD',
  price: 49,
  revenue: 49,
  amount: 4900,
  quantity: 1,
  order_id: 'ord_1042',
  product_id: 'prod_walnut_desk',
  phone: '+44 20 7946 0958',
};

/** A value for a property called `name` (known names first, then a guess from the name's shape). */
export function sampleValue(name: string): unknown {
  if (name in KNOWN) return KNOWN[name];
  const lower = name.toLowerCase();
  if (lower.includes('email')) return 'ada@example.com';
  if (lower.includes('url') || lower.includes('link')) return 'https://shop.example.com/checkout';
  if (/^(is|has|can)_|enabled$|_opt_in$/.test(lower)) return true;
  if (/(^|_)(count|total|amount|price|value|number|score|age)($|_)/.test(lower)) return 42;
  if (/(_at|_date|date|time)$/.test(lower)) return '2025-06-03T10:14:58.000Z';
  if (/(^|_)id$/.test(lower)) return `${lower.replace(/_?id$/, '') || 'item'}_1042`;
  return `sample ${name}`;
}

export const SAMPLE_EVENT_PROPERTIES = ['$current_url', '$pathname', '$host', '$browser', '$os', '$device_type', '$ip', '$lib', '$referrer'];
export const SAMPLE_PERSON_PROPERTIES = ['email', 'name', 'plan', '$geoip_country_code', '$initial_referrer'];

/** A deterministic UUIDv7-looking id: time-ordered prefix from `ms`, the rest derived from `salt`. */
export function sampleUuid(ms: number, salt: string): string {
  const time = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0').slice(-12);
  let hash = 0x811c9dc5;
  let tail = '';
  for (let round = 0; tail.length < 20; round++) {
    for (const ch of `${salt}:${round}`) hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    tail += hash.toString(16).padStart(8, '0');
  }
  return `${time.slice(0, 8)}-${time.slice(8)}-7${tail.slice(0, 3)}-${'89ab'[parseInt(tail[3]!, 16) % 4]}${tail.slice(4, 7)}-${tail.slice(7, 19)}`;
}
