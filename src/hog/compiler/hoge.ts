// The `.hoge` text of bytecode, as PostHog's `hoge` tool writes it: a JSON array wrapped at 120
// columns, numbers as Python prints them (`1.0`, `6.02e+23`) and non-finite floats bare
// (`Infinity`, `-Infinity`, `NaN`), which strict JSON does not allow.
import type { Bytecode, BytecodeValue } from './code';

const MAX_LINE = 120;

export function formatHoge({ bytecode, numberTexts }: Bytecode): string {
  let text = '';
  let line = '[';
  bytecode.forEach((item, index) => {
    const encoded = numberTexts.get(index) ?? pythonJson(item);
    if (line.length + encoded.length > MAX_LINE - 2) {
      text += line + '\n';
      line = '';
    }
    line += (line.length > 1 ? ' ' : '') + encoded + (index === bytecode.length - 1 ? ']' : ',');
  });
  if (line === '[') return text + '[]\n';
  return line === '' ? text : text + line + '\n';
}

/** `json.dumps` of one element: strings escape non-ASCII as \uXXXX, like Python's default. */
function pythonJson(item: BytecodeValue): string {
  if (typeof item === 'number' && !Number.isFinite(item)) return Number.isNaN(item) ? 'NaN' : item > 0 ? 'Infinity' : '-Infinity';
  const json = JSON.stringify(item);
  return typeof item === 'string' ? json.replace(/[\u007f-\uffff]/g, (ch) => '\\u' + ch.charCodeAt(0).toString(16).padStart(4, '0')) : json;
}

/** Reads `.hoge` text: JSON, plus bare `Infinity`, `-Infinity` and `NaN` outside strings. */
export function parseHoge(text: string): BytecodeValue[] {
  const special = new Map<string, number>([
    ['NaN', NaN],
    ['Infinity', Infinity],
    ['-Infinity', -Infinity],
  ]);
  const marker = '\udc00#';
  const json = text.replace(/"(?:[^"\\]|\\.)*"|-?Infinity|NaN/g, (token) => (token.startsWith('"') ? token : JSON.stringify(marker + token)));
  const parsed = JSON.parse(json) as BytecodeValue[];
  return parsed.map((item) => (typeof item === 'string' && item.startsWith(marker) ? (special.get(item.slice(marker.length)) as number) : item));
}
