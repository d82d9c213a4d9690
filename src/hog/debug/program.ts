// What the debugger knows about the program it runs: the debug bytecode's statements and
// functions, the source map, and the statement lines breakpoints can bind to.
import type { BytecodeSourceMap, CompileSuccess, DebugFunction, DebugInfo, DebugStatement } from '../compiler';

export class DebugProgram {
  readonly info: DebugInfo;
  readonly sourceMap: BytecodeSourceMap | undefined;
  /** Statements of each function, by bytecode position. */
  private readonly byFunction = new Map<number, DebugStatement[]>();
  private readonly functionByIp = new Map<number, number>();
  private readonly lines: number[];

  constructor(compiled: CompileSuccess) {
    if (compiled.debugInfo === undefined) throw new Error('the program was not compiled for debugging');
    this.info = compiled.debugInfo;
    this.sourceMap = compiled.sourceMap;
    for (const statement of this.info.statements) {
      const list = this.byFunction.get(statement.fn) ?? [];
      list.push(statement);
      this.byFunction.set(statement.fn, list);
    }
    for (const list of this.byFunction.values()) list.sort((a, b) => a.ip - b.ip);
    this.info.functions.forEach((fn, index) => this.functionByIp.set(fn.bodyIp, index));
    this.lines = [...new Set(this.info.statements.map((s) => s.start.line))].sort((a, b) => a - b);
  }

  statement(id: number): DebugStatement | undefined {
    return this.info.statements[id];
  }

  fn(index: number): DebugFunction | undefined {
    return this.info.functions[index];
  }

  /** The function whose body starts at `callableIp` (the program's callable says 1). */
  functionAt(callableIp: number): number {
    return this.functionByIp.get(callableIp) ?? 0;
  }

  /** The statement of function `fn` that a frame at `ip` is in: the last one starting before it. */
  statementBefore(fn: number, ip: number): DebugStatement | undefined {
    let found: DebugStatement | undefined;
    for (const statement of this.byFunction.get(fn) ?? []) {
      if (statement.ip > ip) break;
      found = statement;
    }
    return found;
  }

  /** The line a breakpoint asked for `line` binds to: the first line at or after it with a statement. */
  bindLine(line: number): number | undefined {
    return this.lines.find((l) => l >= line);
  }
}
