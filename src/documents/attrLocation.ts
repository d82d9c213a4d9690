// Where in a document PostHog's `attr` (the field a 400 names, nested keys joined by `__`) points.
import type { DocumentKind } from './address';
import { locatePath, parseJsonTree, type JsonLocation } from './jsonTree';

/** `inputs__url` → ['inputs', 'url']; `actions__0__config` → ['actions', 0, 'config']. */
export function attrToPath(attr: string): Array<string | number> {
  return attr.split('__').map((step) => (/^\d+$/.test(step) ? Number(step) : step));
}

/**
 * The span to underline for an attr in a document's text, or undefined when the attr is not about
 * this document (e.g. `inputs__url` while saving the code).
 */
export function locateAttr(kind: DocumentKind, text: string, attr: string): JsonLocation | undefined {
  if (kind === 'functionCode') {
    // PostHog does not say where in the code the problem is: mark the first line.
    if (attr !== 'hog') return undefined;
    const firstLineEnd = text.indexOf('\n');
    return { offset: 0, length: firstLineEnd < 0 ? text.length : firstLineEnd };
  }
  const path = attrToPath(attr);
  if (path[0] === 'hog') return undefined;
  try {
    return locatePath(parseJsonTree(text), path);
  } catch {
    return undefined;
  }
}

/** Line and character (UTF-16 units, like VS Code positions) of an offset in a text. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length - 1, character: lines[lines.length - 1]!.length };
}
