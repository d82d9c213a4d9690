// A light forward scan of the text up to the cursor, for editor features that must work on
// unfinished code the parser cannot turn into a tree: is the cursor in a comment or a string,
// and which call parentheses are open around it.

export interface OpenCall {
  /** The name written right before `(`, if it is a plain call `name(`. */
  readonly callee: string | undefined;
  /** Offset of the `(`. */
  readonly parenOffset: number;
  /** Commas seen at this nesting level so far: the index of the argument at the cursor. */
  argumentIndex: number;
}

export interface CursorContext {
  /** In a comment, a string's text or a quoted identifier: no completion there. */
  readonly inTextOrComment: boolean;
  /** Open call parentheses around the cursor, innermost last. */
  readonly openCalls: readonly OpenCall[];
  /** In an unclosed `(select …` (outside its `{placeholders}`): names there are SQL. */
  readonly inQuery: boolean;
}

/** `sql`: a `(` opening a query (true), or a `{` inside one, back to Hog (false). */
type Bracket = { kind: '(' | '[' | '{'; call?: OpenCall; fstring?: boolean; sql?: boolean };

/** Scans `source` from its start to `offset`. */
export function cursorContext(source: string, offset: number): CursorContext {
  const stack: Bracket[] = [];
  let i = 0;
  while (i < offset) {
    const ch = source[i];
    const next = source[i + 1];
    if ((ch === '/' && next === '/') || (ch === '-' && next === '-') || ch === '#') {
      const end = source.indexOf('\n', i);
      if (end === -1 || end >= offset) return inText(stack);
      i = end + 1;
    } else if (ch === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      if (end === -1 || end + 2 > offset) return inText(stack);
      i = end + 2;
    } else if (ch === "'" || ch === '`' || ch === '"') {
      const isTemplate = ch === "'" && (source[i - 1] === 'f' || source[i - 1] === 'F') && !isWordChar(source[i - 2]);
      const end = isTemplate ? templateTextEnd(source, i + 1, offset) : quotedEnd(source, i + 1, ch);
      if (end.placeholder !== undefined) {
        stack.push({ kind: '{', fstring: true });
        i = end.placeholder + 1;
        continue;
      }
      if (end.offset >= offset) return inText(stack);
      i = end.offset + 1;
    } else if (ch === '(' || ch === '[' || ch === '{') {
      if (ch === '(') {
        const query = /^\s*(select|with)\b/i.test(source.slice(i + 1, i + 40));
        stack.push({ kind: '(', call: { callee: calleeBefore(source, i), parenOffset: i, argumentIndex: 0 }, sql: query || undefined });
      } else {
        stack.push(ch === '{' && inQuery(stack) ? { kind: ch, sql: false } : { kind: ch });
      }
      i++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const top = stack.pop();
      i++;
      if (top?.fstring) {
        // Back inside the template text after a `{placeholder}`.
        const end = templateTextEnd(source, i, offset);
        if (end.placeholder !== undefined) {
          stack.push({ kind: '{', fstring: true });
          i = end.placeholder + 1;
        } else if (end.offset >= offset) return inText(stack);
        else i = end.offset + 1;
      }
    } else if (ch === ',') {
      const top = stack[stack.length - 1];
      if (top?.call) top.call.argumentIndex++;
      i++;
    } else i++;
  }
  return { inTextOrComment: false, openCalls: calls(stack), inQuery: inQuery(stack) };
}

function inText(stack: Bracket[]): CursorContext {
  return { inTextOrComment: true, openCalls: calls(stack), inQuery: inQuery(stack) };
}

/** Is the innermost bracket that decides it a query `(` (not a `{placeholder}` in one)? */
function inQuery(stack: Bracket[]): boolean {
  for (let i = stack.length - 1; i >= 0; i--) {
    const sql = stack[i]?.sql;
    if (sql !== undefined) return sql;
  }
  return false;
}

function calls(stack: Bracket[]): OpenCall[] {
  return stack.flatMap((b) => (b.call ? [b.call] : []));
}

/** Offset of the closing quote (or the text end) of a quoted run starting after its quote. */
function quotedEnd(source: string, from: number, quote: string): { offset: number; placeholder?: undefined } {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) {
      if (source[i + 1] === quote) i++;
      else return { offset: i };
    }
  }
  return { offset: source.length };
}

/** In f-string text: where it ends, or the `{` of the next placeholder before `limit`. */
function templateTextEnd(source: string, from: number, limit: number): { offset: number; placeholder?: number } {
  for (let i = from; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === "'") return { offset: i };
    else if (source[i] === '{' && i < limit) return { offset: i, placeholder: i };
  }
  return { offset: source.length };
}

const KEYWORDS_BEFORE_PAREN = new Set(['if', 'while', 'for', 'catch', 'fun', 'return', 'in', 'and', 'or', 'not']);

/** `name` in `name (`, unless it is a keyword, a member (`a.b(`) or a declaration (`fun f(`). */
function calleeBefore(source: string, paren: number): string | undefined {
  let end = paren;
  while (end > 0 && /\s/.test(source[end - 1])) end--;
  let start = end;
  while (start > 0 && isWordChar(source[start - 1])) start--;
  if (start === end || /[0-9]/.test(source[start])) return undefined;
  const name = source.slice(start, end);
  if (KEYWORDS_BEFORE_PAREN.has(name)) return undefined;
  let before = start;
  while (before > 0 && /\s/.test(source[before - 1])) before--;
  if (source[before - 1] === '.') return undefined;
  if (source.slice(Math.max(0, before - 3), before) === 'fun' && !isWordChar(source[before - 4])) return undefined;
  return name;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9_$]/.test(ch);
}
