// Format Document, Format Selection and format on save for Hog, through the formatter in
// src/hog/format. The editor's tabSize / insertSpaces choose the indentation (the extension
// defaults them to the house style's 4 spaces for hog: package.json configurationDefaults);
// everything else is the house style. A document with syntax errors is left as it is.
import * as vscode from 'vscode';
import { type FormatOptions, FormatterBug, formatRange, formatSource, minimalEdit, type TextEdit } from '../hog/format';
import type { SyntaxDiagnostic } from '../hog/index';

type Provider = vscode.DocumentFormattingEditProvider & vscode.DocumentRangeFormattingEditProvider;

export function formattingProvider(): Provider {
  return {
    provideDocumentFormattingEdits(document, options) {
      const source = document.getText();
      const result = guarded(() => formatSource(source, formatOptions(options)));
      if (result === null) return [];
      if (!result.ok) return notFormatted(result.errors);
      const edit = minimalEdit(source, result.text);
      return edit === null ? [] : [toTextEdit(document, edit)];
    },
    provideDocumentRangeFormattingEdits(document, range, options) {
      const offsets = { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
      const result = guarded(() => formatRange(document.getText(), offsets, formatOptions(options)));
      if (result === null) return [];
      if (!result.ok) return notFormatted(result.errors);
      return result.edits.map((edit) => toTextEdit(document, edit));
    },
  };
}

export function formatOptions(options: vscode.FormattingOptions): FormatOptions {
  return { indentSize: options.tabSize, useTabs: !options.insertSpaces };
}

function toTextEdit(document: vscode.TextDocument, edit: TextEdit): vscode.TextEdit {
  return vscode.TextEdit.replace(new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end)), edit.text);
}

/** Says in the status bar why nothing changed (formatting also runs on save: no dialog). */
function notFormatted(errors: SyntaxDiagnostic[]): vscode.TextEdit[] {
  const first = errors[0];
  const where = first === undefined ? '' : ` (line ${first.start.line}: ${first.message})`;
  vscode.window.setStatusBarMessage(`$(warning) Hog not formatted: fix the syntax errors first${where}`, 8000);
  return [];
}

/** A formatter bug must never cost the user their text: report it and change nothing. */
function guarded<T>(run: () => T): T | null {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof FormatterBug)) throw error;
    void vscode.window.showWarningMessage(`Hog formatter: ${error.message}`);
    return null;
  }
}
