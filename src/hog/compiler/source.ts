// Source text to bytecode: our parser, then the compiler. The parser's number texts tell the
// compiler which literals are floats (`1.0`) and which integers (`1`).
import { tokenize } from '../lexer';
import { Parser } from '../parser';
import { DiagnosticList } from '../syntaxErrors';
import { compileProgram, type CompileResult } from './program';

/** Parses and compiles `source`; every syntax error, or the compile error, when it fails. */
export function compileSource(source: string): CompileResult {
  const diagnostics = new DiagnosticList();
  const parser = new Parser(source, tokenize(source, diagnostics), diagnostics);
  const program = parser.parseProgram();
  const syntaxErrors = diagnostics.sorted();
  if (syntaxErrors.length > 0) {
    return { errors: syntaxErrors.map((e) => ({ kind: 'syntax', message: e.message, start: e.start, end: e.end })) };
  }
  return compileProgram(program, { numberTexts: parser.numberTexts });
}
