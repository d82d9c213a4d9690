// Token kinds produced by the lexer (lexer.ts) and read by the parser.

export const enum TokenKind {
  EOF,
  /** A bare word: a name or a keyword (`word` holds it lower-cased). */
  Word,
  /** A `` `quoted` `` or `"quoted"` name; `value` holds the unescaped text. */
  QuotedName,
  /** A `'string'`; `value` holds the unescaped text. */
  String,
  /** Digits only (decimal or with leading zeros): `12`, `007`. */
  Integer,
  /** A decimal number with an exponent: `1e3`, `2.5e-4`, `.5e1`. */
  Float,
  /** `0x1F` */
  Hex,
  /** `0b101` */
  Binary,
  /** `f'` opening an f-string. */
  TemplateStart,
  /** Literal text inside an f-string; `value` holds the unescaped text. */
  TemplateText,
  /** `{` opening a placeholder inside an f-string. */
  TemplateLBrace,
  /** `'` closing an f-string. */
  TemplateEnd,
  LBrace,
  RBrace,
  LParen,
  RParen,
  LBracket,
  RBracket,
  Comma,
  Semicolon,
  Colon,
  ColonEquals,
  DoubleColon,
  Dot,
  Arrow,
  Plus,
  Dash,
  Star,
  Slash,
  Percent,
  /** `||` (string concatenation) */
  Concat,
  /** `==` */
  EqDouble,
  /** `=` */
  EqSingle,
  /** `!=` or `<>` */
  NotEq,
  Lt,
  LtEq,
  Gt,
  GtEq,
  /** `~` */
  RegexSingle,
  /** `=~` */
  RegexDouble,
  /** `!~` */
  NotRegex,
  /** `~*` */
  IRegexSingle,
  /** `=~*` */
  IRegexDouble,
  /** `!~*` */
  NotIRegex,
  /** `<=>` (null-safe equality) */
  NullSafeEq,
  /** `?.` */
  NullProperty,
  /** `??` */
  Nullish,
  /** `?` */
  Query,
  /** `#` directly before a digit (positional reference `#1`). */
  Hash,
  /** `<` that the lexer took as the start of a HogQLX tag (its `isOpeningTag` test). */
  TagStart,
  /** `</` opening a closing HogQLX tag. */
  LtSlash,
  /** `/>` ending a self-closing HogQLX tag. */
  SlashGt,
  /** Text between HogQLX tags; `value` holds it verbatim. */
  TagText,
  /** A character no rule accepts; the lexer has already reported it. */
  Invalid,
}

export interface Token {
  kind: TokenKind;
  /** UTF-16 offsets into the source; `end` exclusive. */
  start: number;
  end: number;
  /** Where the token starts: line 1-based, column 0-based (UTF-16). */
  line: number;
  column: number;
  /** Where the token ends (exclusive). */
  endLine: number;
  endColumn: number;
  /** Lower-cased text of a Word (to compare with keywords); '' for other kinds. */
  word: string;
  /** Names and strings: the unescaped text. Numbers: the source text. Others: ''. */
  value: string;
  /** True for words that can never be names (`let`, `fun`, `null`, ...). */
  reserved: boolean;
  /** True when a line break separates this token from the previous one. */
  newlineBefore: boolean;
  /** Inserted by the lexer during error recovery (zero width, no source text). */
  synthetic: boolean;
}

/**
 * Words of the official lexer that its `identifier` rule does not accept, so they can never be
 * names (verified against @posthog/hogql-parser 1.3.87: `let fill := 1` parses, `let fun := 1`
 * does not). All other keywords (`select`, `if`, `for`, `return`, ...) are valid names.
 */
export const RESERVED_WORDS: ReadonlySet<string> = new Set([
  'catch',
  'except',
  'finally',
  'fn',
  'fun',
  'inf',
  'infinity',
  'intersect',
  'let',
  'materialized',
  'nan',
  'null',
  'throw',
  'try',
  'while',
  'within',
]);

/**
 * Every keyword of the official lexer (lower case). A word that is not one of these is an
 * IDENTIFIER, which matters where the grammar accepts only plain names (implicit and table
 * aliases); elsewhere keywords are names too, except the RESERVED_WORDS above.
 */
export const KEYWORDS: ReadonlySet<string> = new Set(
  (
    'all and anti any array as asc ascending asof between both by case cast catch cohort collate columns cross cube ' +
    'current date day desc descending distinct else end except exclude extract final fill filter finally first fn ' +
    'following for from full fun group grouping having hour id if ilike ignore include in inf infinity inner ' +
    'intersect interpolate interval is join key lambda last leading left let like limit local materialized minute ' +
    'month name natural nan not null nulls offset on or order outer over partition pivot positional preceding ' +
    'prewhere qualify quarter range recursive replace return right rollup row rows sample second select semi sets ' +
    'settings step substring then throw ties time timestamp to top totals trailing trim truncate try try_cast ' +
    'unbounded union unpivot using values week when where while window with within year yyyy zone'
  ).split(' '),
);

/** How a token reads in a message: `'+'`, `'let'`, `end of file`. */
export function describeToken(token: Token, source: string): string {
  if (token.kind === TokenKind.EOF) return 'end of file';
  if (token.synthetic) return 'the end of the f-string';
  const text = source.slice(token.start, token.end);
  if (text.length > 24 || text.includes('\n')) return `'${text.slice(0, 20).split('\n')[0]}…'`;
  return `'${text}'`;
}
