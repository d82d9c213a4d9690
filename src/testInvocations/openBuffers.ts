// The editors' current text of a function or flow (unsaved edits included), checked before a run.
import * as vscode from 'vscode';
import { DOCUMENTS_OF, type DocumentKind } from '../documents/address';
import { positionAt } from '../documents/attrLocation';
import { parseDocument } from '../documents/formats';
import { describeHogSyntaxProblem, hogSyntaxProblem } from '../documents/hogSyntax';
import type { SaveDiagnostics } from '../fileSystem/diagnostics';
import { addressOf } from '../fileSystem/uris';
import { objectKey, type ObjectRef } from '../objects/objectRef';
import { ProblemAtError } from '../ui/problemAt';

export interface OpenBuffer {
  readonly kind: DocumentKind;
  readonly text: string;
  readonly uri: vscode.Uri;
  readonly languageId: string;
}

/** Thrown when an open document of the object does not parse; its message offers to go to the problem. */
export class BufferProblemError extends ProblemAtError {
  constructor(message: string, buffer: OpenBuffer, offset: number, length: number) {
    super(message, buffer.uri, rangeIn(buffer.text, offset, length));
    this.name = 'BufferProblemError';
  }
}

/** Every open posthog:// document of the target, in a stable order (code before configuration). */
export function openBuffers(ref: ObjectRef): OpenBuffer[] {
  const key = objectKey(ref);
  const buffers: OpenBuffer[] = [];
  for (const document of vscode.workspace.textDocuments) {
    const address = document.uri.scheme === 'posthog' ? addressOf(document.uri) : undefined;
    if (address && objectKey(address.object) === key) buffers.push({ kind: address.kind, text: document.getText(), uri: document.uri, languageId: document.languageId });
  }
  const order = DOCUMENTS_OF[ref.kind];
  return buffers.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}

/**
 * Like openBuffers; throws BufferProblemError for a document whose text is not valid: invalid JSON
 * (marked with a diagnostic here) or Hog code that does not parse (the Hog diagnostics mark it).
 */
export function checkedBuffers(ref: ObjectRef, diagnostics: SaveDiagnostics): OpenBuffer[] {
  const buffers = openBuffers(ref);
  for (const buffer of buffers) {
    const file = buffer.uri.path.slice(buffer.uri.path.lastIndexOf('/') + 1);
    const parsed = parseDocument(buffer.kind, buffer.text);
    if (!parsed.ok) {
      diagnostics.set(buffer.uri, buffer.text, parsed.offset, parsed.length, parsed.message);
      throw new BufferProblemError(`"${file}" cannot be tested: ${parsed.message} Fix it and run the test again.`, buffer, parsed.offset, parsed.length);
    }
    const syntax = buffer.kind === 'functionCode' ? hogSyntaxProblem(buffer.languageId, buffer.text) : undefined;
    if (syntax) {
      const message = `"${file}" cannot be tested: ${describeHogSyntaxProblem(syntax)}. Fix it and run the test again.`;
      throw new BufferProblemError(message, buffer, syntax.offset, syntax.length);
    }
  }
  return buffers;
}

/** The editor range of `length` characters at `offset` of `text`. */
export function rangeIn(text: string, offset: number, length: number): vscode.Range {
  const start = positionAt(text, offset);
  const end = positionAt(text, offset + length);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}
