// Rename of a local (variable, function, parameter, loop or catch variable). Refused when the new
// name is not a plain local name, or when it would change what any name in the program refers to
// (capturing a use of another symbol or of a global, or being captured by an inner declaration):
// the renamed text is analysed again and every use must resolve as before.
import { analyzeSource } from './check';
import { applyEdits, mapOffset, type SourceEdit } from './edits';
import { invalidLocalName } from './names';
import { occurrencesOf, symbolAt } from './occurrences';
import { isInSql, type Analysis } from './resolve';
import type { HogSymbol, Scope } from './scopes';
import type { Span } from './text';

export type RenameResult = { readonly ok: true; readonly edits: SourceEdit[] } | { readonly ok: false; readonly reason: string };
export type PrepareRename = { readonly ok: true; readonly span: Span; readonly name: string } | { readonly ok: false; readonly reason: string };

/** The name that would be renamed at `offset`, or why there is none. */
export function prepareRenameAt(analysis: Analysis, offset: number): PrepareRename {
  if (isInSql(analysis, offset)) return { ok: false, reason: 'Names inside a HogQL query cannot be renamed.' };
  const symbol = symbolAt(analysis, offset);
  if (!symbol) return { ok: false, reason: 'Only local variables, functions and parameters can be renamed.' };
  const at = occurrencesOf(analysis, symbol).find((o) => o.span.start <= offset && offset <= o.span.end);
  return { ok: true, span: at?.span ?? symbol.nameSpan, name: symbol.name };
}

export function renameAt(analysis: Analysis, offset: number, newName: string): RenameResult {
  const prepared = prepareRenameAt(analysis, offset);
  if (!prepared.ok) return prepared;
  const invalid = invalidLocalName(newName);
  if (invalid) return { ok: false, reason: invalid };
  const symbol = symbolAt(analysis, offset) as HogSymbol;
  if (newName === symbol.name) return { ok: true, edits: [] };
  const edits = occurrencesOf(analysis, symbol).map((o) => ({ start: o.span.start, end: o.span.end, text: newName }));
  const conflict = meaningChange(analysis, edits, newName);
  return conflict ? { ok: false, reason: conflict } : { ok: true, edits };
}

/** Why renaming would change what some name refers to; undefined when every use resolves as before. */
function meaningChange(analysis: Analysis, edits: SourceEdit[], newName: string): string | undefined {
  const renamed = analyzeSource(applyEdits(analysis.source, edits));
  if (renamed.syntaxErrors.length > 0) return `Renaming to '${newName}' would break the program.`;
  if (declaredTwice(renamed.analysis.root, newName)) return `'${newName}' is already declared in the same scope.`;
  const after = targetsByOffset(renamed.analysis);
  for (const [offset, before] of targetsByOffset(analysis)) {
    const expected = before.symbol
      ? `local:${mapOffset(before.symbol.nameSpan.start, edits)}`
      : `global:${before.name}`;
    const found = after.get(mapOffset(offset, edits));
    const actual = found === undefined ? 'missing' : found.symbol ? `local:${found.symbol.nameSpan.start}` : `global:${found.name}`;
    if (actual !== expected) {
      return `Renaming to '${newName}' would change what a name refers to (line ${analysis.lines.position(offset).line}).`;
    }
  }
  return undefined;
}

function declaredTwice(scope: Scope, name: string): boolean {
  if (scope.ownSymbols().filter((s) => s.name === name).length > 1) return true;
  return scope.children.some((child) => declaredTwice(child, name));
}

interface Target {
  readonly name: string;
  readonly symbol: HogSymbol | undefined;
}

/** Every written use by the offset of its first name: the name and the local it resolves to. */
function targetsByOffset(analysis: Analysis): Map<number, Target> {
  const targets = new Map<number, Target>();
  for (const ref of analysis.references) targets.set(ref.spans[0].start, { name: ref.chain[0], symbol: ref.symbol });
  for (const call of analysis.calls) {
    if (call.written) targets.set(call.nameSpan.start, { name: call.node.name, symbol: call.symbol });
  }
  return targets;
}
