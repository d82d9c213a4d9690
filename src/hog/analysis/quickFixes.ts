// Quick fixes for the semantic diagnostics, as data the editor turns into code actions:
// text edits in the program, an input to add to the function's configuration, or a call whose
// signature to show.
import type { DiagnosticCode } from './diagnostics';
import type { SourceEdit } from './edits';
import { nearestStdlibNames } from './nearestNames';
import type { Analysis } from './resolve';
import { formatSignature, stdlibFunction } from './stdlib';
import type { Span } from './text';

export type HogQuickFix =
  | { readonly kind: 'edit'; readonly title: string; readonly edits: readonly SourceEdit[]; readonly preferred: boolean }
  /** Add `key` to the inputs_schema of the configuration document. */
  | { readonly kind: 'addInput'; readonly title: string; readonly key: string }
  /** Put the cursor at `offset` (inside the call's parentheses) and show the signature. */
  | { readonly kind: 'showSignature'; readonly title: string; readonly offset: number };

/** The fixes for a diagnostic with `code` at `at` (its range in the program). */
export function quickFixesFor(analysis: Analysis, code: DiagnosticCode, at: Span): HogQuickFix[] {
  switch (code) {
    case 'unknown-function':
      return renameCall(analysis, at);
    case 'undeclared-variable':
      return declareVariable(analysis, at);
    case 'unknown-input':
      return addInput(analysis, at);
    case 'wrong-arity':
      return showSignature(analysis, at);
    default:
      return [];
  }
}

function renameCall(analysis: Analysis, at: Span): HogQuickFix[] {
  const call = analysis.calls.find((c) => c.written && c.nameSpan.start === at.start);
  if (!call) return [];
  return nearestStdlibNames(call.node.name).map((name, i) => ({
    kind: 'edit',
    title: `Change to '${name}'`,
    edits: [{ start: call.nameSpan.start, end: call.nameSpan.end, text: name }],
    preferred: i === 0,
  }));
}

/** `let name := null` on its own line before the line of the first use, at that line's indentation. */
function declareVariable(analysis: Analysis, at: Span): HogQuickFix[] {
  const ref = analysis.references.find((r) => r.spans[0].start === at.start && !r.symbol);
  if (!ref) return [];
  const name = ref.chain[0];
  const source = analysis.source;
  const lineStart = source.lastIndexOf('\n', at.start - 1) + 1;
  const indent = /^[ \t]*/.exec(source.slice(lineStart))![0];
  return [{
    kind: 'edit',
    title: `Declare '${name}'`,
    edits: [{ start: lineStart, end: lineStart, text: `${indent}let ${name} := null\n` }],
    preferred: true,
  }];
}

function addInput(analysis: Analysis, at: Span): HogQuickFix[] {
  const ref = analysis.references.find((r) => r.chain[0] === 'inputs' && r.spans[1]?.start === at.start);
  const key = ref?.chain[1];
  return key === undefined ? [] : [{ kind: 'addInput', title: `Add '${key}' to the inputs_schema`, key }];
}

function showSignature(analysis: Analysis, at: Span): HogQuickFix[] {
  const call = analysis.calls.find((c) => c.written && c.nameSpan.start === at.start);
  if (!call) return [];
  const open = analysis.source.indexOf('(', call.nameSpan.end);
  if (open < 0) return [];
  const fn = call.symbol ? undefined : stdlibFunction(call.node.name);
  const signature = fn ? formatSignature(fn) : `${call.node.name}(${(call.symbol?.params ?? []).join(', ')})`;
  return [{ kind: 'showSignature', title: `Show the signature: ${signature}`, offset: open + 1 }];
}
