// Local names found by reading the text, for completion when the program does not parse (the
// user is mid-edit). Rough on purpose: only declarations written before the cursor.

export interface TextDeclaration {
  readonly name: string;
  readonly kind: 'variable' | 'function' | 'parameter';
  readonly params?: readonly string[];
}

const NAME = '([A-Za-z_$][A-Za-z0-9_$]*)';
const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => TextDeclaration[]][] = [
  // `let f := (a, b) -> ...` and `let f := a -> ...` first: they give the lambda's parameters.
  [
    new RegExp(`\\blet\\s+${NAME}\\s*:=\\s*(?:\\(([^()]*)\\)|${NAME})\\s*->`, 'g'),
    (m) => [{ name: m[1], kind: 'variable', params: m[3] !== undefined ? [m[3]] : splitNames(m[2] ?? '') }],
  ],
  [new RegExp(`\\blet\\s+${NAME}`, 'g'), (m) => [{ name: m[1], kind: 'variable' }]],
  [
    new RegExp(`\\bfun\\s+${NAME}\\s*\\(([^)]*)\\)`, 'g'),
    (m) => {
      const params = splitNames(m[2]);
      return [{ name: m[1], kind: 'function', params }, ...params.map((p) => ({ name: p, kind: 'parameter' as const }))];
    },
  ],
  [new RegExp(`\\bfor\\s*\\(\\s*let\\s+${NAME}\\s*,\\s*${NAME}`, 'g'), (m) => [{ name: m[2], kind: 'variable' }]],
  [new RegExp(`\\bcatch\\s*\\(\\s*${NAME}`, 'g'), (m) => [{ name: m[1], kind: 'variable' }]],
  [/\(([^()]*)\)\s*->/g, (m) => splitNames(m[1]).map((p) => ({ name: p, kind: 'parameter' }))],
  [new RegExp(`${NAME}\\s*->`, 'g'), (m) => [{ name: m[1], kind: 'parameter' }]],
];

export function declarationsInText(source: string, before: number): TextDeclaration[] {
  const text = source.slice(0, before);
  const byName = new Map<string, TextDeclaration>();
  for (const [pattern, toDeclarations] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      for (const d of toDeclarations(m)) if (!byName.has(d.name)) byName.set(d.name, d);
    }
  }
  return [...byName.values()];
}

function splitNames(list: string): string[] {
  return list
    .split(',')
    .map((s) => s.trim())
    .filter((s) => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s));
}
