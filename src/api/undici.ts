// undici, loaded when the extension first talks to PostHog instead of when it starts: it is a third
// of the extension bundle and running its module code is the largest part of loading the extension
// (`npm run bench`, cold start).
import type * as Undici from 'undici';

let loaded: typeof Undici | undefined;

export function undici(): typeof Undici {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import statement would load it with the extension
  return (loaded ??= require('undici') as typeof Undici);
}
