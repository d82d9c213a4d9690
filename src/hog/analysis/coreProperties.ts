// Properties PostHog's SDKs set themselves, with what they hold and a typical value: the hover
// of `event.properties.$browser` can say more than the project's definition (name and type).
export interface CoreProperty {
  readonly type: string;
  readonly description: string;
  readonly example: string;
}

const CORE: Record<string, CoreProperty> = {
  $browser: { type: 'String', description: 'Name of the browser the user was on.', example: 'Chrome' },
  $browser_version: { type: 'Numeric', description: 'Version of the browser.', example: '126' },
  $os: { type: 'String', description: 'Operating system of the device.', example: 'Mac OS X' },
  $device_type: { type: 'String', description: 'Desktop, Mobile or Tablet.', example: 'Desktop' },
  $current_url: { type: 'String', description: 'The URL the user was on.', example: 'https://example.com/pricing' },
  $pathname: { type: 'String', description: 'Path of the current URL.', example: '/pricing' },
  $host: { type: 'String', description: 'Host of the current URL.', example: 'example.com' },
  $referrer: { type: 'String', description: 'The page the user came from.', example: 'https://www.google.com/' },
  $referring_domain: { type: 'String', description: 'Domain of the referrer.', example: 'www.google.com' },
  $screen_width: { type: 'Numeric', description: 'Width of the screen in pixels.', example: '1440' },
  $screen_height: { type: 'Numeric', description: 'Height of the screen in pixels.', example: '900' },
  $ip: { type: 'String', description: 'IP address of the client.', example: '203.0.113.7' },
  $lib: { type: 'String', description: 'The PostHog library that sent the event.', example: 'web' },
  $session_id: { type: 'String', description: 'Id of the session the event belongs to.', example: '0190a3c2-5b3d-7e8f-a1c2-d3e4f5a6b7c8' },
  $initial_browser: { type: 'String', description: 'Browser of the first event of the person.', example: 'Firefox' },
  $initial_referrer: { type: 'String', description: 'Referrer of the first event of the person.', example: '$direct' },
  email: { type: 'String', description: 'Email address of the person.', example: 'max@example.com' },
  name: { type: 'String', description: 'Name of the person.', example: 'Max Hedgehog' },
};

export function coreProperty(name: string): CoreProperty | undefined {
  return Object.hasOwn(CORE, name) ? CORE[name] : undefined;
}
