// Adds an input to the inputs_schema of a function's configuration document (the JSON the
// editor shows), as one insertion that keeps the document's layout.
import { type Node, parseTree, type ParseError } from 'jsonc-parser';
import type { SourceEdit } from './edits';

/** The value of property `key` of an object node. */
function propertyValue(node: Node, key: string): Node | undefined {
  const property = node.children?.find((p) => p.children?.[0]?.value === key);
  return property?.children?.[1];
}

/** The edit adding a string input `key`; undefined when the text is not a configuration or already has it. */
export function addInputToConfig(text: string, key: string): SourceEdit | undefined {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (!root || errors.length > 0 || root.type !== 'object') return undefined;
  const schema = propertyValue(root, 'inputs_schema');
  const item = { type: 'string', key, label: key, required: false, secret: false };
  if (!schema) return addSchemaProperty(root, item);
  if (schema.type !== 'array') return undefined;
  const items = schema.children ?? [];
  if (items.some((i) => i.type === 'object' && propertyValue(i, 'key')?.value === key)) return undefined;
  const indent = indentOf(text, schema.offset);
  const itemIndent = indent + '  ';
  const rendered = render(item, itemIndent);
  const last = items[items.length - 1];
  if (!last) {
    return { start: schema.offset, end: schema.offset + schema.length, text: `[\n${itemIndent}${rendered}\n${indent}]` };
  }
  const end = last.offset + last.length;
  return { start: end, end, text: `,\n${itemIndent}${rendered}` };
}

function addSchemaProperty(root: Node, item: object): SourceEdit {
  const open = root.offset + 1;
  const indent = '  ';
  const rest = (root.children?.length ?? 0) > 0 ? ',' : '';
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
