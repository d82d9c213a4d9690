// The standard-library names closest to a misspelt one, for "did you mean" fixes.
import { allStdlibFunctions } from './stdlib';

/** Up to `limit` names within a distance that scales with the name's length, closest first. */
export function nearestStdlibNames(name: string, limit = 3): string[] {
  const lower = name.toLowerCase();
  const budget = Math.max(1, Math.floor(name.length / 3));
  return allStdlibFunctions()
    .map((f) => ({ name: f.name, distance: f.name.toLowerCase() === lower ? 0 : editDistance(lower, f.name.toLowerCase()) }))
    .filter((c) => c.distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.name.localeCompare(b.name))
    .slice(0, limit)
    .map((c) => c.name);
}

/** Levenshtein distance with adjacent transpositions. */
function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
