// Number literal values as the official parser reports them: int64 integers, doubles printed
// like C's `%.17g` (always with a `.0` or exponent), and strings for what neither can hold.
import type { ConstantValue } from './ast';

export interface NumberValue {
  value: ConstantValue;
  /** 'number' when `value` is a string standing for a number (`'Infinity'`, huge integers). */
  valueType?: 'number';
  /** The JSON text of `value` when `JSON.stringify(value)` would print something else. */
  jsonText?: string;
}

const INT64_MAX = (1n << 63n) - 1n;
const INT64_MIN = -(1n << 63n);
const SAFE_INTEGER = BigInt(Number.MAX_SAFE_INTEGER);

/** An integer literal: decimal digits (leading zeros allowed), `0x…` or `0b…`. */
export function integerValue(text: string, negative: boolean): NumberValue {
  // Up to 15 characters (`0x` + 13 hex digits at most) the value is an exact double: no BigInt.
  if (text.length <= 15) return { value: negative ? 0 - Number(text) : Number(text) };
  const magnitude = BigInt(text);
  const value = negative ? -magnitude : magnitude;
  if (value > INT64_MAX || value < INT64_MIN) {
    const shown = /^0[xb]/i.test(text) ? text.toLowerCase() : text;
    return { value: (negative ? '-' : '') + shown, valueType: 'number' };
  }
  const abs = value < 0n ? -value : value;
  if (abs > SAFE_INTEGER) return { value: Number(value), jsonText: value.toString() };
  return { value: Number(value) };
}

/** A floating-point literal (`1.5`, `5.`, `.5`, `1e3`). */
export function floatValue(text: string, negative: boolean): NumberValue {
  const magnitude = Number(text.endsWith('.') ? text.slice(0, -1) : text);
  const value = negative ? -magnitude : magnitude;
  if (!Number.isFinite(value)) return specialValue(value > 0 ? 'inf' : '-inf');
  return { value, jsonText: formatDouble(value) };
}

/** `inf`, `-inf`, `nan` (which the official parser reports as strings). */
export function specialValue(word: string): NumberValue {
  if (word.includes('nan')) return { value: 'NaN', valueType: 'number' };
  return { value: word.startsWith('-') ? '-Infinity' : 'Infinity', valueType: 'number' };
}

/** Prints a double as C's `%.17g` does, then adds `.0` when it would read as an integer. */
export function formatDouble(x: number): string {
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = x.toExponential(16).split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const exponent = Number(exponentText);
  let text: string;
  if (exponent < -4 || exponent >= 17) {
    const fraction = stripZeros(digits.slice(1));
    const exponentPart = (exponent < 0 ? '-' : '+') + String(Math.abs(exponent)).padStart(2, '0');
    text = digits[0] + (fraction ? '.' + fraction : '') + 'e' + exponentPart;
  } else if (exponent >= 0) {
    const fraction = stripZeros(digits.slice(exponent + 1));
    text = digits.slice(0, exponent + 1) + (fraction ? '.' + fraction : '');
  } else {
    text = '0.' + stripZeros('0'.repeat(-exponent - 1) + digits);
  }
  if (!text.includes('.') && !text.includes('e')) text += '.0';
  return sign + text;
}

function stripZeros(fraction: string): string {
  let end = fraction.length;
  while (end > 0 && fraction.charCodeAt(end - 1) === 48) end--;
  return fraction.slice(0, end);
}
