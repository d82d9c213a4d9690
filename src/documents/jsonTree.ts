// A small JSON parser that keeps source offsets, so a save can put a diagnostic at the exact spot
// of a syntax error or of a key PostHog complained about (`inputs__url`). JSON.parse reports neither
// reliably across Node versions. (jsonc-parser would do this too; it is not a dependency.)

export type JsonNode =
  | { kind: 'object'; offset: number; length: number; properties: JsonProperty[] }
  | { kind: 'array'; offset: number; length: number; items: JsonNode[] }
  | { kind: 'string'; offset: number; length: number; value: string }
  | { kind: 'number'; offset: number; length: number; value: number }
  | { kind: 'boolean'; offset: number; length: number; value: boolean }
  | { kind: 'null'; offset: number; length: number };

export interface JsonProperty {
  key: string;
  keyOffset: number;
  keyLength: number;
  value: JsonNode;
}

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** Parses a whole JSON document; throws JsonSyntaxError with the offset of the first problem. */
export function parseJsonTree(text: string): JsonNode {
  const parser = new Parser(text);
  parser.skipWhitespace();
  const node = parser.value();
  parser.skipWhitespace();
  if (!parser.atEnd()) parser.fail('Unexpected content after the JSON value');
  return node;
}

/** Converts a parsed tree back to plain JSON values. */
export function toValue(node: JsonNode): unknown {
  switch (node.kind) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const p of node.properties) result[p.key] = toValue(p.value);
      return result;
    }
    case 'array':
      return node.items.map(toValue);
    case 'null':
      return null;
    default:
      return node.value;
  }
}

export interface JsonLocation {
  offset: number;
  length: number;
}

/**
 * Finds where a path (object keys and array indices) points: the property's key when the last
 * step is a key, the item when it is an index. Walks as deep as the document allows, so an attr
 * naming a key that is missing still lands on its nearest existing parent.
 */
export function locatePath(root: JsonNode, path: ReadonlyArray<string | number>): JsonLocation {
  let node = root;
  let location: JsonLocation = { offset: root.offset, length: 1 };
  for (const step of path) {
    if (node.kind === 'object') {
      const property = node.properties.find((p) => p.key === String(step));
      if (!property) break;
      location = { offset: property.keyOffset, length: property.keyLength };
      node = property.value;
    } else if (node.kind === 'array' && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      location = { offset: node.offset, length: Math.min(node.length, 1) };
    } else {
      break;
    }
  }
  return location;
}

class Parser {
  private pos = 0;
  constructor(private readonly text: string) {}

  atEnd(): boolean {
    return this.pos >= this.text.length;
  }

  fail(message: string, offset = this.pos): never {
    throw new JsonSyntaxError(message, Math.min(offset, this.text.length));
  }

  skipWhitespace(): void {
    while (this.pos < this.text.length && ' \t\n\r'.includes(this.text[this.pos]!)) this.pos++;
  }

  value(): JsonNode {
    const ch = this.text[this.pos];
    if (ch === undefined) this.fail('Unexpected end of the document: a value was expected');
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') {
      const start = this.pos;
      const value = this.string();
      return { kind: 'string', offset: start, length: this.pos - start, value };
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) return this.number();
    for (const [word, node] of LITERALS) {
      if (this.text.startsWith(word, this.pos)) {
        const offset = this.pos;
        this.pos += word.length;
        return { ...node, offset, length: word.length } as JsonNode;
      }
    }
    return this.fail(`Unexpected character ${JSON.stringify(ch)}: a value was expected`);
  }

  private object(): JsonNode {
    const start = this.pos++;
    const properties: JsonProperty[] = [];
    this.skipWhitespace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return { kind: 'object', offset: start, length: this.pos - start, properties };
    }
    for (;;) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') this.fail('A property name in double quotes was expected');
      const keyOffset = this.pos;
      const key = this.string();
      const keyLength = this.pos - keyOffset;
      this.skipWhitespace();
      if (this.text[this.pos] !== ':') this.fail('A colon was expected after the property name');
      this.pos++;
      this.skipWhitespace();
      properties.push({ key, keyOffset, keyLength, value: this.value() });
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === '}') {
        this.pos++;
        return { kind: 'object', offset: start, length: this.pos - start, properties };
      }
      this.fail('A comma or closing brace was expected');
    }
  }

  private array(): JsonNode {
    const start = this.pos++;
    const items: JsonNode[] = [];
    this.skipWhitespace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return { kind: 'array', offset: start, length: this.pos - start, items };
    }
    for (;;) {
      this.skipWhitespace();
      items.push(this.value());
      this.skipWhitespace();
      const next = this.text[this.pos];
      if (next === ',') {
        this.pos++;
        continue;
      }
      if (next === ']') {
        this.pos++;
        return { kind: 'array', offset: start, length: this.pos - start, items };
      }
      this.fail('A comma or closing bracket was expected');
    }
  }

  private string(): string {
    const start = this.pos++;
    let out = '';
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('Unterminated string', start);
      if (ch === '"') {
        this.pos++;
        return out;
      }
      if (ch < ' ') this.fail('Control characters must be escaped in strings');
      if (ch === '\\') {
        out += this.escape();
        continue;
      }
      out += ch;
      this.pos++;
    }
  }

  private escape(): string {
    const ch = this.text[this.pos + 1];
    const simple = ch === undefined ? undefined : ESCAPES[ch];
    if (simple !== undefined) {
      this.pos += 2;
      return simple;
    }
    if (ch === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\u escape');
      this.pos += 6;
      return String.fromCharCode(parseInt(hex, 16));
    }
    return this.fail('Invalid escape sequence');
  }

  private number(): JsonNode {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos));
    if (!match) return this.fail('Invalid number');
    const offset = this.pos;
    this.pos += match[0].length;
    return { kind: 'number', offset, length: match[0].length, value: Number(match[0]) };
  }
}

const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

const LITERALS: ReadonlyArray<[string, { kind: 'boolean'; value: boolean } | { kind: 'null' }]> = [
  ['true', { kind: 'boolean', value: true }],
  ['false', { kind: 'boolean', value: false }],
  ['null', { kind: 'null' }],
];
