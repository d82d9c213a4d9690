// Join operators: which word sequences before JOIN the official grammar accepts, and the
// `join_type` text its visitor builds from them (e.g. `ANY LEFT` → 'LEFT ANY JOIN').

const OPERATOR_WORDS = new Set(['all', 'any', 'asof', 'anti', 'semi', 'inner', 'left', 'right', 'full', 'outer']);
const INNER = /^(((all|any|asof) )?inner|inner( (all|any|asof))?|all|any|asof|anti|semi|asof (anti|semi))$/;
const LEFT_RIGHT =
  /^(((semi|all|anti|any|asof) )?(left|right)( outer)?|(left|right)( outer)?( (semi|all|anti|any|asof))?|asof (anti|semi) (left|right)( outer)?)$/;
const FULL = /^(((all|any|asof) )?full( outer)?|full( outer)?( (all|any|asof))?)$/;

export interface JoinOperator {
  /** Tokens up to and including JOIN. */
  length: number;
  type: string;
}

/** The join operator starting at the current token (`wordAt(0)`), or null. */
export function joinOperatorAt(wordAt: (ahead: number) => string): JoinOperator | null {
  let i = 0;
  if (wordAt(0) === 'natural') i++;
  if (i === 0 && wordAt(0) === 'positional' && wordAt(1) === 'join') return { length: 2, type: 'POSITIONAL JOIN' };
  const words: string[] = [];
  while (OPERATOR_WORDS.has(wordAt(i)) && words.length < 4) words.push(wordAt(i++));
  if (wordAt(i) !== 'join') return null;
  const type = operatorType(words);
  return type === null ? null : { length: i + 1, type };
}

function operatorType(words: string[]): string | null {
  if (words.length === 0) return 'JOIN';
  const text = words.join(' ');
  const has = (word: string) => words.includes(word);
  const pick = (order: string[]) => order.filter(has).map((word) => word.toUpperCase());
  if (LEFT_RIGHT.test(text)) return [...pick(['left', 'right', 'outer', 'semi', 'all', 'anti', 'any', 'asof']), 'JOIN'].join(' ');
  if (FULL.test(text)) return [...pick(['full', 'outer', 'all', 'any', 'asof']), 'JOIN'].join(' ');
  if (!INNER.test(text)) return null;
  if (has('anti') || has('semi')) return [...pick(['asof', 'anti', 'semi']), 'JOIN'].join(' ');
  return [...pick(['all', 'any', 'asof']), 'INNER', 'JOIN'].join(' ');
}
