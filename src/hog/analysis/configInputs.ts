// Adds an input to the inputs_schema of a function's configuration document (the JSON the
// editor shows), as one insertion that keeps the document's layout.
import { parseJsonTree, type JsonNode } from '../../documents/jsonTree';
import type { SourceEdit } from './edits';

/** The edit adding a string input `key`; undefined when the text is not a configuration or already has it. */
export function addInputToConfig(text: string, key: string): SourceEdit | undefined {
  let root: JsonNode;
  try {
    root = parseJsonTree(text);
  } catch {
    return undefined;
  }
  if (root.kind !== 'object') return undefined;
  const schema = root.properties.find((p) => p.key === 'inputs_schema')?.value;
  const item = { type: 'string', key, label: key, required: false, secret: false };
  if (!schema) return addSchemaProperty(root, item);
  if (schema.kind !== 'array') return undefined;
  if (schema.items.some((i) => i.kind === 'object' && i.properties.some((p) => p.key === 'key' && p.value.kind === 'string' && p.value.value === key))) return undefined;
  const indent = indentOf(text, schema.offset);
  const itemIndent = indent + '  ';
  const rendered = render(item, itemIndent);
  const last = schema.items[schema.items.length - 1];
  if (!last) {
    return { start: schema.offset, end: schema.offset + schema.length, text: `[\n${itemIndent}${rendered}\n${indent}]` };
  }
  const end = last.offset + last.length;
  return { start: end, end, text: `,\n${itemIndent}${rendered}` };
}

function addSchemaProperty(root: Extract<JsonNode, { kind: 'object' }>, item: object): SourceEdit {
  const open = root.offset + 1;
  const indent = '  ';
  const rest = root.properties.length > 0 ? ',' : '';
  return { start: open, end: open, text: `\n${indent}"inputs_schema": [\n${indent}  ${render(item, indent + '  ')}\n${indent}]${rest}` };
}

/** Indentation of the line holding `offset`. */
function indentOf(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

function render(value: object, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, '\n' + indent);
}
