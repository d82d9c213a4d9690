// A 400 on a test invocation names the field PostHog rejected: in the raw serializer dict
// (`{"configuration": {"hog": [...]}}`, read as attr `configuration__hog`) or in the usual envelope
// (`attr: "hog"`). As after a failed save, the open buffer that holds the field gets a diagnostic
// there, and the message offers to go to it.
import { ApiError } from '../api/errors';
import { locateAttr } from '../documents/attrLocation';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import { ProblemAtError } from '../ui/problemAt';
import { rangeIn, type OpenBuffer } from './openBuffers';

/** The error to report instead of `error` when it is a 400 about a field of an open buffer; else undefined. */
export function rejectedFieldProblem(error: unknown, buffers: readonly OpenBuffer[], diagnostics: SaveDiagnostics): ProblemAtError | undefined {
  if (!(error instanceof ApiError) || error.status !== 400 || !error.attr) return undefined;
  const attr = error.attr.replace(/^configuration__/, '');
  for (const buffer of buffers) {
    const at = locateAttr(buffer.kind, buffer.text, attr);
    if (!at) continue;
    diagnostics.set(buffer.uri, buffer.text, at.offset, at.length, `PostHog: ${error.detail}`);
    const file = buffer.uri.path.slice(buffer.uri.path.lastIndexOf('/') + 1);
    const field = attr === 'hog' ? 'the Hog code' : `the field '${attr}'`;
    const message = `"${file}" cannot be tested: PostHog rejected ${field}: ${error.detail}`;
    return new ProblemAtError(message, buffer.uri, rangeIn(buffer.text, at.offset, at.length));
  }
  return undefined;
}
