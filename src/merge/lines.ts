// Text as lines for merging: line endings normalized to LF (so a CRLF buffer merges with an LF server
// version line by line), each line keeping its terminator (so a missing final newline is a change
// like any other), and the result written back with the buffer's own line ending.

export type Eol = '\n' | '\r\n';

/** The line ending of the first side that has one: CRLF when most of its line breaks are CRLF. */
export function eolOf(...texts: string[]): Eol {
  for (const text of texts) {
    const breaks = text.split('\n').length - 1;
    if (breaks === 0) continue;
    const crlf = text.split('\r\n').length - 1;
    return crlf * 2 > breaks ? '\r\n' : '\n';
  }
  return '\n';
}

export function toLf(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

export function withEol(text: string, eol: Eol): string {
  return eol === '\n' ? text : text.replace(/\n/g, '\r\n');
}

/** `'a\nb'` → `['a\n', 'b']`; only a file's last line may lack its `\n`. */
export function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

/** Lines that will have more text after them must end their line. */
export function terminated(lines: readonly string[]): string[] {
  const last = lines[lines.length - 1];
  return last === undefined || last.endsWith('\n') ? [...lines] : [...lines.slice(0, -1), `${last}\n`];
}
