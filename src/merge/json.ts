// Three-way merge of JSON documents per top-level field (jsonFields.ts), rendered in the buffer's
// layout (its indentation, key order, final newline and line endings). Conflicting fields become
// text markers inside the document, placed so that accepting either side leaves valid JSON. A side
// that is not a JSON object (a half-typed buffer, say) falls back to the line merge.
import { mergeFields, parseObject, same, type FieldOutcome, type Json } from './jsonFields';
import { eolOf, splitLines, toLf, withEol } from './lines';
import { DEFAULT_LABELS, MergedLines, type MergeLabels } from './markers';
import type { MergeResult, MergeSides } from './result';
import { mergeText } from './text';

interface Layout {
  /** '' for a one-line document. */
  indent: string;
  finalNewline: boolean;
}

export function mergeJson(sides: MergeSides, labels: MergeLabels = DEFAULT_LABELS): MergeResult {
  const [base, ours, theirs] = [parseObject(sides.base), parseObject(sides.ours), parseObject(sides.theirs)];
  if (!base || !ours || !theirs) return mergeText(sides, labels);
  const outcomes = mergeFields(base, ours, theirs);
  const conflictedFields = outcomes.filter((o) => o.kind === 'conflict').map((o) => o.key);
  if (conflictedFields.length === 0 && same(Object.fromEntries(present(outcomes, 'ours')), ours)) {
    // Nothing to take from PostHog: the buffer stays exactly as the user wrote it.
    return { clean: true, text: sides.ours, conflicts: [], strategy: 'json', conflictedFields };
  }
  const layout = layoutOf(toLf(sides.ours));
  const merged = new MergedLines(labels);
  if (layout.indent === '') mergeOneLine(merged, outcomes, layout);
  else mergeFieldByField(merged, outcomes, layout);
  return {
    clean: merged.conflicts.length === 0,
    text: withEol(merged.text(), eolOf(sides.ours, sides.theirs, sides.base)),
    conflicts: merged.conflicts,
    strategy: 'json',
    conflictedFields,
  };
}

/**
 * Fields render identically on both sides unless they conflict, or a later conflict decides whether
 * they need a comma; a run of such fields is one conflict. Fields both sides render alike separate
 * conflicts, so any mix of accepted sides is still valid JSON.
 */
function mergeFieldByField(merged: MergedLines, outcomes: FieldOutcome[], layout: Layout): void {
  const [mine, server] = [renderFields(outcomes, 'ours', layout.indent), renderFields(outcomes, 'theirs', layout.indent)];
  let pending: [string[], string[]] = [[], []];
  const flush = (): void => {
    if (pending[0].length > 0 || pending[1].length > 0) merged.conflict(...pending);
    pending = [[], []];
  };
  merged.take(['{\n']);
  mine.forEach((ours, i) => {
    const theirs = server[i] ?? null;
    if (ours === theirs) {
      flush();
      if (ours !== null) merged.take(splitLines(`${ours}\n`));
    } else {
      if (ours !== null) pending[0].push(...splitLines(`${ours}\n`));
      if (theirs !== null) pending[1].push(...splitLines(`${theirs}\n`));
    }
  });
  flush();
  merged.take([layout.finalNewline ? '}\n' : '}']);
}

/** A one-line document is one line: any conflict is the whole of it. */
function mergeOneLine(merged: MergedLines, outcomes: FieldOutcome[], layout: Layout): void {
  const render = (side: 'ours' | 'theirs'): string[] => {
    const fields = present(outcomes, side).map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`);
    return [`{${fields.join(',')}}${layout.finalNewline ? '\n' : ''}`];
  };
  const [mine, server] = [render('ours'), render('theirs')];
  if (mine[0] === server[0]) merged.take(mine);
  else merged.conflict(mine, server);
}

/**
 * Each field's text on one side (null where that side has none), with a comma unless it is the last.
 * Field order is the parsed objects' (JavaScript puts number-like keys first; ours never are).
 */
function renderFields(outcomes: FieldOutcome[], side: 'ours' | 'theirs', indent: string): (string | null)[] {
  const values = outcomes.map((outcome) => (outcome.kind === 'resolved' ? outcome.value : outcome[side]));
  const last = values.reduce<number>((found, value, i) => (value === undefined ? found : i), -1);
  return values.map((value, i) => {
    if (value === undefined) return null;
    const rendered = JSON.stringify(value, null, indent).replace(/\n/g, `\n${indent}`);
    return `${indent}${JSON.stringify(outcomes[i]?.key)}: ${rendered}${i === last ? '' : ','}`;
  });
}

/** The document's fields on one side, conflicts taking that side's value; absent ones left out. */
function present(outcomes: FieldOutcome[], side: 'ours' | 'theirs'): [string, Json][] {
  return outcomes.flatMap((outcome): [string, Json][] => {
    const value = outcome.kind === 'resolved' ? outcome.value : outcome[side];
    return value === undefined ? [] : [[outcome.key, value]];
  });
}

function layoutOf(text: string): Layout {
  const oneLine = !text.trim().includes('\n');
  return {
    indent: oneLine ? '' : (/\n([ \t]+)\S/.exec(text)?.[1] ?? '  '),
    finalNewline: text.endsWith('\n'),
  };
}
