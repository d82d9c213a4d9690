// Source text to bytecode: the parser's public entry, then the compiler. The parser's number texts
// tell the compiler which literals are floats (`1.0`) and which integers (`1`).
import { parseForCompile } from '../index';
import { compileProgram, type CompileResult } from './program';

/** Parses and compiles `source`; every syntax error, or the compile error, when it fails. */
export function compileSource(source: string, options: { readonly sourceMap?: boolean; readonly debug?: boolean } = {}): CompileResult {
  const { program, errors, numberTexts } = parseForCompile(source);
  if (errors.length > 0 || program === null) {
    return { errors: errors.map((e) => ({ kind: 'syntax', message: e.message, start: e.start, end: e.end })) };
  }
  return compileProgram(program, { numberTexts, sourceMap: options.sourceMap, debug: options.debug });
}
