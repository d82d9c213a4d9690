// Loads the Hog TextMate grammars with vscode-textmate + vscode-oniguruma (the engine VS Code uses)
// and turns source text into tokens that tests can query.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';

export const projectRoot = join(__dirname, '..', '..', '..', '..');
const syntaxesDir = join(projectRoot, 'syntaxes');

const grammarFiles: Record<string, string> = {
  'source.hog': join(syntaxesDir, 'hog.tmLanguage.json'),
  'markdown.hog.codeblock': join(syntaxesDir, 'hog.markdown.tmLanguage.json'),
  'text.html.markdown': join(__dirname, 'markdown-stub.tmLanguage.json'),
};

export interface Token {
  /** 1-based line number. */
  line: number;
  text: string;
  /** Outermost first; the first entry is the grammar's own scope. */
  scopes: string[];
}

let registryPromise: Promise<textmate.Registry> | undefined;

function createRegistry(): Promise<textmate.Registry> {
  registryPromise ??= (async () => {
    const wasm = readFileSync(join(projectRoot, 'node_modules/vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    return new textmate.Registry({
      onigLib: Promise.resolve({
        createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
        createOnigString: (text) => new oniguruma.OnigString(text),
      }),
      loadGrammar: async (scopeName) => {
        const file = grammarFiles[scopeName];
        return file ? textmate.parseRawGrammar(readFileSync(file, 'utf8'), file) : null;
      },
      // What package.json's `injectTo: ["text.html.markdown"]` does inside VS Code.
      getInjections: (scopeName) => (scopeName === 'text.html.markdown' ? ['markdown.hog.codeblock'] : undefined),
    });
  })();
  return registryPromise;
}

export async function loadGrammar(scopeName: string): Promise<textmate.IGrammar> {
  const grammar = await (await createRegistry()).loadGrammar(scopeName);
  if (!grammar) throw new Error(`grammar ${scopeName} not found`);
  return grammar;
}

export interface Tokenization {
  tokens: Token[];
  /** Lines (1-based) where the tokenizer gave up before the end of the line (time limit). */
  stoppedEarly: number[];
  /** Lines (1-based) whose tokens do not cover the line from start to end without gaps. */
  gaps: number[];
  /** Depth of the rule stack after the last line: 1 when every string, comment and bracket closed. */
  endDepth: number;
}

export async function tokenizeDocument(source: string, scopeName = 'source.hog'): Promise<Tokenization> {
  const grammar = await loadGrammar(scopeName);
  const result: Tokenization = { tokens: [], stoppedEarly: [], gaps: [], endDepth: 0 };
  let state = textmate.INITIAL;
  source.split(/\r?\n/).forEach((lineText, index) => {
    const line = index + 1;
    const lineResult = grammar.tokenizeLine(lineText, state, 5_000);
    if (lineResult.stoppedEarly) result.stoppedEarly.push(line);
    let expectedStart = 0;
    for (const token of lineResult.tokens) {
      if (token.startIndex !== expectedStart) result.gaps.push(line);
      expectedStart = token.endIndex;
      const text = lineText.slice(token.startIndex, token.endIndex);
      if (text.trim() !== '') result.tokens.push({ line, text, scopes: token.scopes });
    }
    if (expectedStart < lineText.length) result.gaps.push(line);
    state = lineResult.ruleStack;
  });
  result.endDepth = state.depth;
  return result;
}

/** Non-blank tokens of `source`, in order. */
export async function tokenize(source: string, scopeName = 'source.hog'): Promise<Token[]> {
  return (await tokenizeDocument(source, scopeName)).tokens;
}

/** The `occurrence`-th token whose text is exactly `text` (0-based); throws with a token dump otherwise. */
export function findToken(tokens: Token[], text: string, occurrence = 0): Token {
  const found = tokens.filter((token) => token.text === text)[occurrence];
  if (!found) throw new Error(`no token ${JSON.stringify(text)} #${occurrence} in:\n${dump(tokens)}`);
  return found;
}

export function innermostScope(token: Token): string {
  return token.scopes[token.scopes.length - 1] ?? '';
}

export function dump(tokens: Token[]): string {
  return tokens.map((t) => `${t.line}: ${JSON.stringify(t.text)} ${t.scopes.join(' ')}`).join('\n');
}
