// Whether a text can be the name of a new local: an identifier the parser reads as a name, and
// not a name PostHog already gives a meaning (a global, a standard-library function).
import { parse } from '../index';
import { anyGlobal } from './globals';
import { HOG_KEYWORDS } from './keywords';
import { stdlibFunction } from './stdlib';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Why `name` cannot name a local; undefined when it can. */
export function invalidLocalName(name: string): string | undefined {
  if (!IDENTIFIER.test(name)) return `'${name}' is not a valid Hog name.`;
  if (HOG_KEYWORDS.includes(name.toLowerCase())) return `'${name}' is a Hog keyword.`;
  if (!parsesAsName(name)) return `'${name}' is a reserved word.`;
  if (anyGlobal(name)) return `'${name}' is a PostHog global.`;
  if (stdlibFunction(name)) return `'${name}' is a standard-library function.`;
  return undefined;
}

function parsesAsName(name: string): boolean {
  const { program, errors } = parse(`let ${name} := 1`);
  const first = program?.declarations[0];
  return errors.length === 0 && first?.node === 'VariableDeclaration' && first.name === name;
}
