// Completion items at a cursor offset: members after `global.` / `inputs.`, otherwise locals,
// globals of the function's type, standard library functions and keywords.
import type { FunctionInfo } from './context';
import { DEFAULT_FUNCTION_TYPE, globalMember, globalsFor } from './globals';
import { HOG_KEYWORDS, SQL_KEYWORDS } from './keywords';
import { isInSql, type Analysis } from './resolve';
import { cursorContext } from './scan';
import { describeSymbol, type HogSymbol } from './scopes';
import { allStdlibFunctions, formatSignature } from './stdlib';
import { memberChainBefore } from './memberChain';
import { eventNamePrefixAt, propertiesKind, type TaxonomyProperty } from './taxonomy';
import { declarationsInText } from './textDeclarations';

export type CompletionKind = 'function' | 'variable' | 'parameter' | 'global' | 'field' | 'input' | 'keyword' | 'value';

export interface HogCompletion {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** Text to insert when it differs from the label (names that need backticks). */
  readonly insertText?: string;
  /** Group order: locals, globals, functions, keywords. */
  readonly sortText: string;
}

/**
 * `analysis` comes from the current text when it parses; pass null when it does not, and
 * locals are then read from the declarations written before the cursor.
 */
export function completionsAt(source: string, offset: number, analysis: Analysis | null, info?: FunctionInfo): HogCompletion[] {
  const context = cursorContext(source, offset);
  if (context.inTextOrComment) return eventNamePrefixAt(source, offset) === undefined ? [] : eventNameCompletions(info);
  // In a query, names are columns and tables, not Hog variables: offer its keywords only.
  if (analysis ? isInSql(analysis, offset) : context.inQuery) return sqlKeywordCompletions(source, offset);
  const chain = memberChainBefore(source, offset);
  if (chain) return memberCompletions(chain, source, offset, analysis, info);
  return [...localCompletions(source, offset, analysis), ...globalCompletions(info), ...functionCompletions(), ...keywordCompletions()];
}

function memberCompletions(chain: string[], source: string, offset: number, analysis: Analysis | null, info?: FunctionInfo): HogCompletion[] {
  // A local shadowing a global (`let event := ...`): its fields are unknown.
  const isLocal = analysis
    ? analysis.root.innermostAt(offset).lookup(chain[0], offset) !== undefined
    : declarationsInText(source, offset).some((d) => d.name === chain[0]);
  if (isLocal) return [];
  if (chain.length === 1 && chain[0] === 'inputs') return inputCompletions(info);
  const kind = propertiesKind(chain);
  if (kind && kind !== 'events') return propertyCompletions(chain[0], info?.taxonomy?.[kind] ?? []);
  const member = globalMember(info?.type ?? DEFAULT_FUNCTION_TYPE, chain);
  return (member?.fields ?? []).map((f) => ({
    label: f.name,
    kind: 'field',
    detail: `${chain.join('.')}.${f.name}`,
    documentation: f.description,
    sortText: `0${f.name}`,
  }));
}

function inputCompletions(info?: FunctionInfo): HogCompletion[] {
  return (info?.inputsSchema ?? []).map((item) => ({
    label: item.key,
    kind: 'input',
    detail: [item.label, item.type && `(${item.type}${item.secret ? ', secret' : ''})`].filter(Boolean).join(' '),
    documentation: item.description,
    insertText: quotedName(item.key),
    sortText: `0${item.key}`,
  }));
}

function propertyCompletions(owner: string, properties: readonly TaxonomyProperty[]): HogCompletion[] {
  return properties.map((p) => ({
    label: p.name,
    kind: 'field',
    detail: `(${owner} property)${p.type ? ` ${p.type}` : ''}`,
    documentation: p.description ?? undefined,
    insertText: quotedName(p.name),
    sortText: `0${p.name}`,
  }));
}

/** Event names inside the string compared with `event.event`: the text is inserted as typed. */
function eventNameCompletions(info?: FunctionInfo): HogCompletion[] {
  return (info?.taxonomy?.events ?? []).map((e) => ({
    label: e.name,
    kind: 'value',
    detail: '(event)',
    documentation: e.description ?? undefined,
    sortText: `0${e.name}`,
  }));
}

/** A name as Hog must write it after a dot: plain when it is an identifier, backticked otherwise. */
function quotedName(name: string): string | undefined {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? undefined : '`' + name.replace(/`/g, '``') + '`';
}

function localCompletions(source: string, offset: number, analysis: Analysis | null): HogCompletion[] {
  if (analysis) return analysis.root.innermostAt(offset).visibleSymbols(offset).map(symbolCompletion);
  return declarationsInText(source, offset).map((d) => ({
    label: d.name,
    kind: d.kind,
    detail: d.params ? `fun ${d.name}(${d.params.join(', ')})` : undefined,
    sortText: `0${d.name}`,
  }));
}

function symbolCompletion(symbol: HogSymbol): HogCompletion {
  return {
    label: symbol.name,
    kind: symbol.kind === 'function' ? 'function' : symbol.kind === 'parameter' ? 'parameter' : 'variable',
    detail: describeSymbol(symbol),
    sortText: `0${symbol.name}`,
  };
}

function globalCompletions(info?: FunctionInfo): HogCompletion[] {
  return globalsFor(info?.type ?? DEFAULT_FUNCTION_TYPE).map((g) => ({
    label: g.name,
    kind: 'global',
    detail: `(global) ${g.name}`,
    documentation: g.description,
    sortText: `1${g.name}`,
  }));
}

function functionCompletions(): HogCompletion[] {
  return allStdlibFunctions().map((f) => ({
    label: f.name,
    kind: 'function',
    detail: formatSignature(f),
    documentation: f.description,
    sortText: `2${f.name}`,
  }));
}

function sqlKeywordCompletions(source: string, offset: number): HogCompletion[] {
  if (memberChainBefore(source, offset)) return [];
  return SQL_KEYWORDS.map((k) => ({ label: k, kind: 'keyword', sortText: `3${k}` }));
}

function keywordCompletions(): HogCompletion[] {
  return HOG_KEYWORDS.map((k) => ({ label: k, kind: 'keyword', sortText: `3${k}` }));
}
