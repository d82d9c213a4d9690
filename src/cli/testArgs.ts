// Arguments of `hog test [SLUG|FILE...] [--grep TEXT] [--dir DIR] [--json]`.

export interface TestArgs {
  /** --dir, relative to the current directory; default '.'. */
  dir: string;
  /** Functions whose test files run (from slugs or file names); empty: all. */
  slugs: string[];
  grep?: string;
  json: boolean;
}

export const TEST_USAGE = `       hog test [SLUG|FILE...] [--grep TEXT] [--dir DIR] [--json]
                                     run functions/<slug>.test.yaml cases locally (TAP report);
                                     exit status 1 when any case fails`;

/** The parsed arguments, or a sentence saying what is wrong with them. */
export function parseTestArgs(argv: readonly string[]): TestArgs | string {
  const args: TestArgs = { dir: '.', slugs: [], json: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const equals = arg.indexOf('=');
    const [name, inline] = arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
    if (name === '--json' && inline === undefined) args.json = true;
    else if (name === '--dir' || name === '--grep') {
      const value = inline ?? argv[++i];
      if (value === undefined || value === '') return `${name} needs a value`;
      if (name === '--dir') args.dir = value;
      else args.grep = value;
    } else if (name.startsWith('-')) return `hog test: unknown argument ${name}`;
    else args.slugs.push(slugOf(name));
  }
  return args;
}

/** `functions/x.test.yaml`, `x.hog`, `x.yaml` or `x` → `x`. */
function slugOf(arg: string): string {
  const base = arg.split(/[\\/]/).pop() ?? arg;
  return base.replace(/\.test\.yaml$|\.hog$|\.yaml$/, '');
}
