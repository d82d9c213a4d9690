// Structural comparison of two syntax trees, ignoring where things are: what "formatting does not
// change the program" means.
import type { Node } from '../ast';

const POSITION_KEYS = new Set(['start', 'end']);

/** The tree without positions, as plain data (for comparisons and test messages). */
export function withoutPositions(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPositions);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    if (!POSITION_KEYS.has(key)) out[key] = withoutPositions(inner);
  }
  return out;
}

export function sameTree(a: Node | null, b: Node | null): boolean {
  return equal(a, b);
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a).filter((key) => !POSITION_KEYS.has(key));
  const keysB = Object.keys(b).filter((key) => !POSITION_KEYS.has(key));
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.prototype.hasOwnProperty.call(b, key) && equal(recordA[key], recordB[key]));
}
