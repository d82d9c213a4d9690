// Regenerates stdlib.json from the shared reference (../shared/reference/hog-stdlib.json).
//   node src/hog/analysis/generateStdlib.mjs
// The generated table is committed because the shared reference is absent from a user's clone;
// test/unit/hog/analysisStdlib.test.ts checks that it still matches the reference when present.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const referencePath = join(here, '../../../../shared/reference/hog-stdlib.json');
const outputPath = join(here, 'stdlib.json');

const reference = JSON.parse(readFileSync(referencePath, 'utf8'));
const functions = reference.functions.map((f) => ({
  name: f.name,
  params: f.params.map((p) => ({
    name: p.name,
    type: p.type,
    ...(p.optional ? { optional: true } : {}),
    ...(p.variadic ? { variadic: true } : {}),
  })),
  returns: f.returns,
  minArgs: f.minArgs,
  maxArgs: f.maxArgs,
  description: f.description,
  async: f.async,
  implementation: f.implementation,
  ...(f.contexts ? { contexts: f.contexts } : {}),
}));

// One function per line: a reviewable diff when the reference changes.
const text = `[\n${functions.map((f) => JSON.stringify(f)).join(',\n')}\n]\n`;
writeFileSync(outputPath, text);
console.log(`wrote ${functions.length} functions to ${outputPath}`);
