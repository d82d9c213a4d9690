// Turns a Doc into text: each group prints flat when it fits in the remaining width, broken
// otherwise (the algorithm of Wadler's "prettier printer", as in Prettier's printDocToString).
import { type Doc, propagateBreaks } from './doc';

export interface RenderOptions {
  width: number;
  /** One level of indentation: spaces or a tab. */
  indentUnit: string;
  /** How many columns one level takes (a tab counts as this many). */
  indentWidth: number;
  eol: string;
  /** Printed at the start of every line but the first, before the indentation. */
  baseIndent?: string;
}

type Mode = 'flat' | 'break';

interface Command {
  level: number;
  mode: Mode;
  doc: Doc;
}

export function render(doc: Doc, options: RenderOptions): string {
  propagateBreaks(doc);
  const printer = new Renderer(options);
  printer.run({ level: 0, mode: 'break', doc });
  return printer.finish();
}

class Renderer {
  private readonly out: string[] = [];
  private column = 0;
  private lineHasContent = false;
  /** A `//` comment waiting for the end of the line. */
  private suffix: string | null = null;
  /** The indentation the current line started with. */
  private lineIndent: string;
  private readonly commands: Command[] = [];

  private readonly base: string;

  constructor(private readonly options: RenderOptions) {
    this.base = options.baseIndent ?? '';
    this.lineIndent = this.base;
    this.column = columns(this.base, options.indentWidth);
  }

  run(first: Command): void {
    const commands = this.commands;
    commands.push(first);
    while (commands.length > 0) this.step(commands.pop() as Command);
  }

  finish(): string {
    this.endLine();
    return this.out.join('');
  }

  private step({ level, mode, doc }: Command): void {
    if (typeof doc === 'string') return this.text(doc, level);
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) this.commands.push({ level, mode, doc: doc[i] as Doc });
      return;
    }
    switch (doc.kind) {
      case 'indent':
        return void this.commands.push({ level: level + 1, mode, doc: doc.contents });
      case 'group':
        return this.group(level, mode, doc.contents, doc.break);
      case 'conditional':
        return this.conditional(level, mode, doc.states);
      case 'fill':
        return this.fill(level, mode, doc.parts);
      case 'line':
        if (mode === 'flat' && !doc.hard) return this.text(doc.soft ? '' : ' ', level);
        return this.newline(level);
      case 'lineSuffix':
        // Two `//` comments never share a line: the second would be part of the first.
        if (this.suffix !== null) this.newline(level);
        this.suffix = doc.text;
        return;
      case 'freshLine':
        if (this.lineHasContent || this.suffix !== null) this.newline(level);
        return;
      case 'space':
        if (this.suffix !== null) this.newline(level);
        else this.text(' ', level);
        return;
      case 'blockComment':
        return this.text(this.lineHasContent ? doc.text : reindent(doc.text, doc.indent, this.lineIndent), level);
    }
  }

  private group(level: number, mode: Mode, contents: Doc, shouldBreak: boolean): void {
    if (mode === 'flat' && !shouldBreak) return void this.commands.push({ level, mode: 'flat', doc: contents });
    const flat: Command = { level, mode: 'flat', doc: contents };
    const fitsFlat = !shouldBreak && this.fits(flat);
    this.commands.push(fitsFlat ? flat : { level, mode: 'break', doc: contents });
  }

  private conditional(level: number, mode: Mode, states: Doc[]): void {
    const first = states[0] ?? '';
    const flat: Command = { level, mode: 'flat', doc: first };
    if (mode === 'flat' || this.fits(flat)) return void this.commands.push(flat);
    for (let i = 1; i < states.length - 1; i++) {
      const state: Command = { level, mode: 'flat', doc: states[i] as Doc };
      if (this.fits(state)) return void this.commands.push(state);
    }
    this.commands.push({ level, mode: 'break', doc: states[states.length - 1] ?? first });
  }

  /** The first content, then the line after it broken only if the next content does not fit. */
  private fill(level: number, mode: Mode, parts: Doc[]): void {
    const [content, separator, next] = parts;
    if (content === undefined) return;
    if (separator === undefined || next === undefined || mode === 'flat') {
      for (let i = parts.length - 1; i >= 0; i--) this.commands.push({ level, mode, doc: parts[i] as Doc });
      return;
    }
    const pairFits = this.fits({ level, mode: 'flat', doc: [content, separator, next] }, false);
    this.commands.push({ level, mode, doc: { kind: 'fill', parts: parts.slice(2) } });
    this.commands.push({ level, mode: pairFits ? 'flat' : 'break', doc: separator });
    this.commands.push({ level, mode: 'flat', doc: content });
  }

  /**
   * Does `next` fit in what is left of the line? Measures up to the first line break, following
   * the commands after it (in their own modes) when `next` ends first.
   */
  private fits(next: Command, withRest = true): boolean {
    let remaining = this.options.width - this.column;
    const stack: { mode: Mode; doc: Doc }[] = [next];
    let rest = withRest ? this.commands.length : 0;
    let suffix = this.suffix !== null;
    while (remaining >= 0) {
      let entry = stack.pop();
      if (entry === undefined) {
        // After `next`, code on the line moves below a pending `//` comment anyway.
        if (suffix || rest === 0) return true;
        entry = this.commands[--rest] as Command;
      }
      const { mode, doc } = entry;
      if (typeof doc === 'string') {
        // Code after a `//` comment would have to move to the next line.
        if (suffix && doc.trim() !== '') return false;
        const newline = doc.indexOf('\n');
        remaining -= newline < 0 ? doc.length : newline;
        if (newline >= 0) return remaining >= 0;
        continue;
      }
      if (Array.isArray(doc)) {
        for (let i = doc.length - 1; i >= 0; i--) stack.push({ mode, doc: doc[i] as Doc });
        continue;
      }
      switch (doc.kind) {
        case 'indent':
          stack.push({ mode, doc: doc.contents });
          break;
        case 'group':
          stack.push({ mode: doc.break ? 'break' : mode, doc: doc.contents });
          break;
        case 'conditional':
          stack.push({ mode, doc: (mode === 'break' ? doc.states[doc.states.length - 1] : doc.states[0]) ?? '' });
          break;
        case 'fill':
          stack.push({ mode, doc: doc.parts });
          break;
        case 'line':
          if (mode === 'break' || doc.hard) return true;
          if (!doc.soft) remaining -= 1;
          break;
        case 'freshLine':
          return true;
        case 'lineSuffix':
          if (suffix) return false;
          suffix = true;
          break;
        case 'space':
          if (suffix) return true;
          remaining -= 1;
          break;
        case 'blockComment':
          stack.push({ mode, doc: doc.text });
          break;
      }
    }
    return false;
  }

  private text(text: string, level: number): void {
    // Blanks are separators: none is needed at the start of a line.
    if (text === '' || (!this.lineHasContent && text.trim() === '')) return;
    if (this.suffix !== null && text.trim() !== '') {
      // A `//` comment ends its line: the code after it continues on the next one, indented.
      this.newline(level + 1);
    }
    this.out.push(text);
    const newline = text.lastIndexOf('\n');
    this.column = newline < 0 ? this.column + text.length : text.length - newline - 1;
    if (text.trim() !== '') this.lineHasContent = true;
  }

  private newline(level: number): void {
    this.endLine();
    const indentation = this.base + this.options.indentUnit.repeat(level);
    this.lineIndent = indentation;
    this.out.push(this.options.eol, indentation);
    this.column = columns(indentation, this.options.indentWidth);
    this.lineHasContent = false;
  }

  /** Ends the current line: the pending line comment, then no trailing blanks. */
  private endLine(): void {
    const comment = this.suffix;
    if (comment !== null) {
      // A comment alone on its line keeps the line's indentation.
      if (this.lineHasContent) this.trimLine();
      this.out.push(this.lineHasContent ? comment : comment.trimStart());
      this.suffix = null;
    }
    this.trimLine();
  }

  /** Removes spaces and tabs at the end of the output (never inside a token: tokens end in non-blanks). */
  private trimLine(): void {
    const out = this.out;
    while (out.length > 0) {
      const last = out[out.length - 1] as string;
      const trimmed = last.replace(/[ \t]+$/, '');
      if (trimmed === '') {
        out.pop();
        continue;
      }
      out[out.length - 1] = trimmed;
      return;
    }
  }
}

/** The width of leading whitespace, a tab counting as one indentation level. */
function columns(whitespace: string, tabWidth: number): number {
  let width = 0;
  for (const ch of whitespace) width += ch === '\t' ? tabWidth : 1;
  return width;
}

/** `text` with the indentation `from` of its second and later lines replaced by `to`. */
function reindent(text: string, from: string, to: string): string {
  const lines = text.split('\n');
  const rest = lines.slice(1);
  if (from === to || !rest.every((line) => line.startsWith(from) || line.trim() === '')) return text;
  return [lines[0], ...rest.map((line) => (line.trim() === '' ? line : to + line.slice(from.length)))].join('\n');
}
