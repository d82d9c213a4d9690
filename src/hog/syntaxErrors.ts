// Syntax diagnostics reported by the lexer and the parser.
import type { Position } from './ast';

export interface SyntaxDiagnostic {
  severity: 'error';
  message: string;
  /** Range of the offending text: line 1-based, column 0-based (UTF-16), offset 0-based. */
  start: Position;
  end: Position;
}

/** Collects diagnostics; keeps at most one per start offset so recovery cannot repeat itself. */
export class DiagnosticList {
  readonly items: SyntaxDiagnostic[] = [];
  private readonly offsets = new Set<number>();

  add(message: string, start: Position, end: Position): void {
    if (this.offsets.has(start.offset)) return;
    this.offsets.add(start.offset);
    this.items.push({ severity: 'error', message, start, end });
  }

  get length(): number {
    return this.items.length;
  }

  /** Drops diagnostics added after `length` (used when a speculative parse is abandoned). */
  truncate(length: number): void {
    while (this.items.length > length) {
      const removed = this.items.pop();
      if (removed) this.offsets.delete(removed.start.offset);
    }
  }

  /** Diagnostics in source order. */
  sorted(): SyntaxDiagnostic[] {
    return [...this.items].sort((a, b) => a.start.offset - b.start.offset);
  }
}
