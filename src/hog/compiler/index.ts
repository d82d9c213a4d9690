// Hog → bytecode, identical to PostHog's Python compiler (posthog/hogql/compiler/bytecode.py).
export type { Bytecode, BytecodeValue } from './code';
export type { CompileOptions } from './compiler';
export { formatHoge, parseHoge } from './hoge';
export { readOfficialJson, type OfficialTree } from './officialJson';
export { BYTECODE_IDENTIFIER, BYTECODE_VERSION, Op } from './operations';
export { compileExpression, compileProgram, type CompileDiagnostic, type CompileFailure, type CompileResult, type CompileSuccess } from './program';
export { compileSource } from './source';
export { BytecodeSourceMap, type SourceRange } from './sourceMap';
export { DEBUG_CATCH, DEBUG_ENTER, DEBUG_LEAVE, DEBUG_POP_TRY, DEBUG_STATEMENT, DEBUG_TRY, type DebugFunction, type DebugInfo, type DebugStatement } from './debugHooks';
