// PostHog's own compiler run on the program: what it refuses (finally blocks, cohorts, `a[0]`,
// a variable declared twice, HogQL-only syntax in Hog code, ...) becomes an error with PostHog's
// message, where it points (a `finally` block: at the keyword).
import type { Program } from '../ast';
import { compileProgram } from '../compiler';
import type { HogDiagnostic } from './diagnostics';

export function compileDiagnostics(source: string, program: Program, numberTexts: ReadonlyMap<object, string>): HogDiagnostic[] {
  const result = compileProgram(program, { numberTexts });
  return (result.errors ?? []).map((error) => {
    let { start, end } = error;
    if (error.message === 'finally blocks are not yet supported') {
      const keyword = lastFinallyKeyword(source.slice(start.offset, end.offset));
      if (keyword !== -1) {
        start = positionAfter(source, start, keyword);
        end = positionAfter(source, start, 'finally'.length);
      }
    }
    return { severity: 'error', code: 'posthog-compile', message: `PostHog cannot compile this: ${error.message.replace(/\.?$/, '.')}`, start, end };
  });
}

function lastFinallyKeyword(statement: string): number {
  let found = -1;
  for (const match of statement.matchAll(/\bfinally\s*\{/g)) found = match.index;
  return found;
}

/** The position `count` characters after `from` (which is in `source`). */
function positionAfter(source: string, from: HogDiagnostic['start'], count: number): HogDiagnostic['start'] {
  let { line, column } = from;
  for (let i = from.offset; i < from.offset + count; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      column = 0;
    } else {
      column++;
    }
  }
  return { line, column, offset: from.offset + count };
}
