// YAML text of the workspace files, with the `yaml` package: rendering is deterministic (key order
// from keyOrder.ts, block style, multi-line strings as literal block scalars, no line folding, no
// anchors), and parsing keeps node positions so problems can point at file:line:column.
import type { Document, Node } from 'yaml';
import type { JsonObject } from './json';
import { orderForFile } from './keyOrder';
import type { ObjectKind } from './model';
import { yaml } from './yamlModule';

const TO_STRING = {
  lineWidth: 0,
  minContentWidth: 0,
  blockQuote: 'literal',
  indentSeq: true,
  aliasDuplicateObjects: false,
} as const;

/** The YAML text of an object's fields. */
export function renderObjectYaml(kind: ObjectKind, fields: JsonObject): string {
  return yaml().stringify(orderForFile(kind, fields), TO_STRING);
}

/** Any other YAML file the workspace writes (posthog.yaml), keys in the given order. */
export function renderYaml(value: JsonObject): string {
  return yaml().stringify(value, TO_STRING);
}

export interface Position {
  /** 1-based. */
  line: number;
  column: number;
}

export interface ParsedYaml {
  /** The data, or undefined when the text has syntax errors. */
  value: unknown;
  errors: { message: string; position: Position }[];
  /** Where the node at `path` starts (its nearest existing ancestor when it does not exist). */
  locate(path: readonly (string | number)[]): Position;
  /** Like `locate`, but a mapping entry at its key: the line a person reads as the field's. */
  locateKey(path: readonly (string | number)[]): Position;
}

export function parseYaml(text: string): ParsedYaml {
  const { LineCounter, parseDocument } = yaml();
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const position = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  const errors = document.errors.map((error) => ({ message: firstLine(error.message), position: position(error.pos[0]) }));
  return {
    value: errors.length > 0 ? undefined : document.toJS({ maxAliasCount: 100 }),
    errors,
    locate: (path) => position(offsetOf(document, path)),
    locateKey: (path) => position(keyOffsetOf(document, path)),
  };
}

function offsetOf(document: Document, path: readonly (string | number)[]): number {
  let node: Node | null = document.contents;
  let offset = node?.range?.[0] ?? 0;
  for (const key of path) {
    const child: Node | undefined = childNode(node, key);
    if (!child) break;
    node = child;
    offset = child.range?.[0] ?? offset;
  }
  return offset;
}

function keyOffsetOf(document: Document, path: readonly (string | number)[]): number {
  const parent = path.slice(0, -1);
  const last = path[path.length - 1];
  const { isMap, isScalar } = yaml();
  let node: Node | null = document.contents;
  for (const key of parent) node = childNode(node, key) ?? null;
  const pair = isMap(node) && last !== undefined ? node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(last)) : undefined;
  const keyNode = pair?.key as Node | undefined;
  return keyNode?.range?.[0] ?? offsetOf(document, path);
}

function childNode(node: Node | null, key: string | number): Node | undefined {
  const { isMap, isScalar, isSeq } = yaml();
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
    if (!pair) return undefined;
    // Point at the value; a key without a value (`name:`) at the key.
    return (pair.value as Node | null) ?? (pair.key as Node);
  }
  if (isSeq(node) && typeof key === 'number') return (node.items[key] as Node | undefined) ?? undefined;
  return undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
