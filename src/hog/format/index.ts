// The Hog formatter (no vscode): whole programs (format.ts) and ranges of statements (range.ts).
export {
  assertSameProgram,
  DEFAULT_INDENT_SIZE,
  DEFAULT_WIDTH,
  type FormatOptions,
  type FormatResult,
  FormatterBug,
  formatSource,
  HOG_FAMILIES,
  printProgram,
  type PrintHooks,
} from './format';
export { formatRange, minimalEdit, type RangeResult, type TextEdit } from './range';
export { sameTree, withoutPositions } from './sameTree';
