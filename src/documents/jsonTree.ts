// JSON documents with source offsets (Microsoft's jsonc-parser), so a save can put a diagnostic at
// the exact spot of a syntax error, of a schema mistake or of a key PostHog complained about
// (`inputs__url`). Strict JSON: PostHog stores JSON, so comments and trailing commas are errors.
import { type Node, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';

export type JsonNode = Node;

export class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
    readonly length = 1,
  ) {
    super(message);
    this.name = 'JsonSyntaxError';
  }
}

/** Every syntax problem of a document, in text order (empty when it is valid JSON). */
export function jsonSyntaxErrors(text: string): JsonSyntaxError[] {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const found = errors.map((error) => new JsonSyntaxError(describe(error.error), error.offset, Math.max(error.length, 1)));
  if (!root && found.length === 0) found.push(new JsonSyntaxError(MESSAGES.ValueExpected!, text.length));
  return found;
}

/** Parses a whole JSON document; throws JsonSyntaxError with the position of the first problem. */
export function parseJsonTree(text: string): JsonNode {
  const [first] = jsonSyntaxErrors(text);
  if (first) throw first;
  return parseTree(text) as Node;
}

/** Converts a parsed tree back to plain JSON values (a `__proto__` key stays an ordinary key). */
export function toValue(node: JsonNode): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) Object.defineProperty(result, key.value as string, { value: toValue(value), enumerable: true, writable: true, configurable: true });
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(toValue);
    default:
      return node.value as unknown;
  }
}

export interface JsonLocation {
  offset: number;
  length: number;
}

/** The properties of an object node as key node and value node. */
export function propertiesOf(node: JsonNode): { key: JsonNode; value: JsonNode }[] {
  if (node.type !== 'object') return [];
  return (node.children ?? []).flatMap((property) => {
    const [key, value] = property.children ?? [];
    return key && value ? [{ key, value }] : [];
  });
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
    const property = propertiesOf(node).find(({ key }) => key.value === String(step));
    const item = node.type === 'array' && typeof step === 'number' ? node.children?.[step] : undefined;
    if (property) {
      location = { offset: property.key.offset, length: property.key.length };
      node = property.value;
    } else if (item) {
      node = item;
      location = { offset: item.offset, length: Math.min(item.length, 1) };
    } else {
      break;
    }
  }
  return location;
}

const MESSAGES: Partial<Record<string, string>> = {
  InvalidSymbol: 'Unexpected character',
  InvalidNumberFormat: 'Invalid number',
  PropertyNameExpected: 'A property name in double quotes was expected',
  ValueExpected: 'A value was expected',
  ColonExpected: "A ':' was expected after the property name",
  CommaExpected: "A ',' was expected",
  CloseBraceExpected: "A '}' was expected",
  CloseBracketExpected: "A ']' was expected",
  EndOfFileExpected: 'Unexpected content after the JSON value',
  InvalidCommentToken: 'Comments are not allowed in JSON',
  UnexpectedEndOfComment: 'Comments are not allowed in JSON',
  UnexpectedEndOfString: 'The string is not closed',
  UnexpectedEndOfNumber: 'The number is not complete',
  InvalidUnicode: 'Invalid \\u escape',
  InvalidEscapeCharacter: 'Invalid escape character',
  InvalidCharacter: 'Invalid character in a string',
};

function describe(code: ParseError['error']): string {
  return MESSAGES[printParseErrorCode(code)] ?? 'Invalid JSON';
}
