// Folding and selection ranges for Hog documents.
import * as vscode from 'vscode';
import { foldingRanges, selectionRangesAt } from '../hog/analysis';
import { spanToRange, type HogDocuments } from './documents';

export function foldingRangeProvider(documents: HogDocuments): vscode.FoldingRangeProvider {
  return {
    provideFoldingRanges(document) {
      const { program, analysis } = documents.analysis(document);
      return foldingRanges(document.getText(), program, analysis.lines).map(
        (r) =>
          new vscode.FoldingRange(r.startLine - 1, r.endLine - 1, r.kind === 'comment' ? vscode.FoldingRangeKind.Comment : undefined),
      );
    },
  };
}

export function selectionRangeProvider(documents: HogDocuments): vscode.SelectionRangeProvider {
  return {
    provideSelectionRanges(document, positions) {
      const { program } = documents.analysis(document);
      return positions.map((position) => {
        const spans = selectionRangesAt(document.getText(), program, document.offsetAt(position));
        let range: vscode.SelectionRange | undefined;
        for (const span of [...spans].reverse()) range = new vscode.SelectionRange(spanToRange(document, span), range);
        return range ?? new vscode.SelectionRange(new vscode.Range(position, position));
      });
    },
  };
}
