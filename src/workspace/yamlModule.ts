// The `yaml` package, loaded by the first YAML file read or written instead of with the extension:
// editing a plain .hog file never needs it (`npm run bench`, cold start).
import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

export function yaml(): typeof Yaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- an import statement would load it with the extension
  return (loaded ??= require('yaml') as typeof Yaml);
}
