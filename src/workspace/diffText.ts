// `diff`: a unified diff per object, PostHog's version (---) to the files (+++). Both sides are
// rendered the same way (file order, defaults filled in, computed values dropped), so only content
// differences show, never formatting. The diff itself comes from jsdiff (the `diff` package): a
// well-kept implementation of Myers' algorithm and the unified format that git and patch read.
import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { compareWithServer, localProblems, objectReport } from './compare';
import { fileFields } from './content';
import { renderObjectFiles } from './files';
import { objectFiles } from './layout';
import { emptyReport, reporting, type OperationContext } from './operation';
import type { ObjectState } from './reconcile';
import type { OperationReport } from './reports';
import { carrySecretSources } from './secretSources';

export async function diff(context: OperationContext): Promise<OperationReport> {
  const report = emptyReport('diff', context);
  report.problems = localProblems(context, () => false);
  return reporting(report, context, async () => {
    const states = await compareWithServer(context);
    report.objects = states.map((state) => objectReport(state, 'none', { diff: objectDiff(state) }));
  });
}

/** The unified diff of one object's files; empty when files and PostHog agree. */
export function objectDiff(state: ObjectState): string {
  if (state.inSync) return '';
  const theirs = state.remote ? serverTexts(state) : new Map<string, string>();
  const mine = localTexts(state);
  return objectFiles(state.kind, state.slug)
    .map((file) => filePatch(file, theirs.get(file), mine.get(file)))
    .join('');
}

/** PostHog's version of an object's files as the workspace would write them (a quick diff's original). */
export function serverTexts(state: ObjectState): Map<string, string> {
  const remote = state.remote?.content;
  if (!remote) return new Map();
  // The files' fromEnv notes belong to the files; PostHog never has them, so they are no difference.
  const fields = carrySecretSources(state.local?.content?.fields, remote.fields);
  return renderObjectFiles(state.kind, state.slug, { ...remote, fields });
}

function localTexts(state: ObjectState): Map<string, string> {
  const local = state.local;
  if (!local) return new Map();
  if (!local.content) return local.texts;
  const fields = fileFields(state.kind, local.content.fields);
  return renderObjectFiles(state.kind, state.slug, { ...local.content, fields });
}

function filePatch(file: string, theirs: string | undefined, mine: string | undefined): string {
  if (theirs === mine) return '';
  const from = theirs === undefined ? '/dev/null' : `posthog/${file}`;
  const to = mine === undefined ? '/dev/null' : file;
  return createTwoFilesPatch(from, to, theirs ?? '', mine ?? '', undefined, undefined, { context: 3, headerOptions: FILE_HEADERS_ONLY });
}
