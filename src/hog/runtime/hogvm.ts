// PostHog's VM (with luxon, which it loads), loaded on the first run instead of with the extension:
// editing Hog never needs it (`npm run bench`, cold start).
import type * as HogVM from '@posthog/hogvm';

let loaded: typeof HogVM | undefined;

export function hogvm(): typeof HogVM {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import statement would load it with the extension
  return (loaded ??= require('@posthog/hogvm') as typeof HogVM);
}
