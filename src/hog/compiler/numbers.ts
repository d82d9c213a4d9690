// Numbers as PostHog's Python compiler types them. Python keeps the int/float distinction of the
// literal (`1` is INTEGER, `1.0` FLOAT) and prints floats with repr(), so a number operand carries
// the text Python would write for it beside its JavaScript value.

/** A number whose Python JSON text differs from `JSON.stringify(value)`: floats and big ints. */
export class NumberOperand {
  constructor(
    readonly value: number,
    /** The text Python's json.dumps writes: `1.0`, `6.02e+23`, `Infinity`, exact big integers. */
    readonly text: string,
  ) {}
}

export type NumberKind = { kind: 'int'; value: number | NumberOperand } | { kind: 'float'; value: NumberOperand };

/**
 * Classifies a literal from the official JSON: `jsonText` is the literal's text in that JSON when
 * `JSON.stringify(value)` would print something else (`1.0`, `0.10000000000000001`, integers
 * beyond 2^53); number strings (`value_type: 'number'`) are `inf`, `nan` and out-of-int64 integers.
 */
export function classifyNumber(value: number | string, jsonText: string | undefined): NumberKind {
  if (typeof value === 'string') return classifyNumberString(value);
  const text = jsonText ?? JSON.stringify(value);
  if (/[.eE]/.test(text)) return { kind: 'float', value: floatOperand(value) };
  if (Number.isSafeInteger(value)) return { kind: 'int', value };
  return { kind: 'int', value: new NumberOperand(value, BigInt(text).toString()) };
}

function classifyNumberString(text: string): NumberKind {
  if (text === 'NaN') return { kind: 'float', value: floatOperand(NaN) };
  if (text === 'Infinity' || text === 'inf') return { kind: 'float', value: floatOperand(Infinity) };
  if (text === '-Infinity' || text === '-inf') return { kind: 'float', value: floatOperand(-Infinity) };
  // Integers beyond int64: Python's int holds them exactly.
  const negative = text.startsWith('-');
  const magnitude = BigInt(negative ? text.slice(1) : text);
  const exact = (negative ? -magnitude : magnitude).toString();
  return { kind: 'int', value: new NumberOperand(Number(exact), exact) };
}

export function floatOperand(value: number): NumberOperand {
  return new NumberOperand(value, pythonFloatText(value));
}

/** Python's `json.dumps(float)`: repr() (shortest round trip, `1.0`, `1e+16`, `1e-05`), bare NaN/Infinity. */
export function pythonFloatText(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mantissa = '', exponentText = '0'] = x.toExponential().split('e');
  const sign = mantissa.startsWith('-') ? '-' : '';
  const digits = mantissa.replace('-', '').replace('.', '');
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const fraction = digits.length > 1 ? '.' + digits.slice(1) : '';
    const exponentPart = (exponent < 0 ? '-' : '+') + String(Math.abs(exponent)).padStart(2, '0');
    return sign + digits[0] + fraction + 'e' + exponentPart;
  }
  if (exponent < 0) return sign + '0.' + '0'.repeat(-exponent - 1) + digits;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, '0');
  const fraction = digits.slice(exponent + 1);
  return sign + whole + '.' + (fraction === '' ? '0' : fraction);
}
