// The Testing view's tree for one folder: the folder, a suite per functions/<slug>.test.yaml, a
// case per entry of its `cases` (ranged at the case's line).
import { basename, join } from 'node:path';
import * as vscode from 'vscode';
import type { TestSuite } from '../workspace';

/** What a case item runs. */
export interface CaseRef {
  dir: string;
  slug: string;
  /** The case's id in its file (`functions/<slug>.test.yaml#<name>`). */
  caseId: string;
}

export function folderItem(controller: vscode.TestController, dir: string): vscode.TestItem {
  const item = controller.createTestItem(dir, basename(dir), vscode.Uri.file(dir));
  item.description = 'PostHog Hog tests';
  return item;
}

/** The suite items of a folder; `cases` learns which case each leaf runs. */
export function suiteItems(controller: vscode.TestController, dir: string, suites: readonly TestSuite[], cases: WeakMap<vscode.TestItem, CaseRef>): vscode.TestItem[] {
  return suites.map((suite) => {
    const uri = vscode.Uri.file(join(dir, suite.file));
    const item = controller.createTestItem(`${dir}::${suite.file}`, suite.slug, uri);
    item.description = suite.file;
    item.range = new vscode.Range(0, 0, 0, 0);
    if (suite.problems.length > 0) item.error = suite.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`).join('\n');
    item.children.replace(
      suite.cases.map((testCase) => {
        const child = controller.createTestItem(`${dir}::${testCase.id}`, testCase.name, uri);
        const position = new vscode.Position(testCase.line - 1, testCase.column - 1);
        child.range = new vscode.Range(position, position);
        cases.set(child, { dir, slug: suite.slug, caseId: testCase.id });
        return child;
      }),
    );
    return item;
  });
}
