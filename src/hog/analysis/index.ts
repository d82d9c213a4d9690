// Hog semantic analysis: scopes, diagnostics and editor computations on source offsets. Pure
// functions without VS Code; src/language adapts them to the editor.
export { analyzeSource, checkProgram, diagnosticsOf, firstDiagnostics, withCompilerDiagnostics, type SourceAnalysis } from './check';
export type { FunctionInfo, InputSchemaItem } from './context';
export { semanticDiagnostics, type DiagnosticCode, type HogDiagnostic, type Severity } from './diagnostics';
export { analyze, type Analysis, type CallUse, type Reference } from './resolve';
export { completionsAt, type CompletionKind, type HogCompletion } from './completion';
export { signatureAt, type HogSignature } from './signature';
export { definitionAt, hoverAt, type HogHover } from './hover';
export { documentSymbols, type HogDocumentSymbol } from './symbols';
export { DEFAULT_FUNCTION_TYPE, globalsFor, isKnownFunctionType } from './globals';
export { allStdlibFunctions, stdlibFunction, type StdlibFunction } from './stdlib';
export type { Span } from './text';
export { applyEdits, type SourceEdit } from './edits';
export { invalidLocalName } from './names';
export { prepareRenameAt, renameAt, type PrepareRename, type RenameResult } from './rename';
export { highlightsAt, referencesAt, type HogHighlight } from './references';
export { foldingRanges, type HogFoldingRange } from './folding';
export { selectionRangesAt } from './selection';
export { eventNamePrefixAt, propertiesKindAt, taxonomyNeedAt, type ProjectTaxonomy, type TaxonomyEvent, type TaxonomyKind, type TaxonomyProperty } from './taxonomy';
export { SEMANTIC_TOKEN_MODIFIERS, SEMANTIC_TOKEN_TYPES, semanticTokens, type HogSemanticToken } from './semanticTokens';
export { quickFixesFor, type HogQuickFix } from './quickFixes';
export { addInputToConfig } from './configInputs';
