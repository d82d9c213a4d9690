// Regenerates vmFunctions.json: the functions PostHog's VM (@posthog/hogvm) can call by name.
//   node src/hog/analysis/generateVmFunctions.mjs
// Committed (the extension does not load the VM to check code); test/unit/hog/analysisVm.test.ts
// checks it against the installed VM.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const vm = require('@posthog/hogvm');
const packageDir = dirname(require.resolve('@posthog/hogvm/package.json'));
const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
// BYTECODE_STL (functions written in Hog, shipped as bytecode) is not exported; its source lists them.
const bytecodeSource = readFileSync(join(packageDir, 'src/stl/bytecode.ts'), 'utf8');
const bytecode = [...bytecodeSource.matchAll(/^\s*"([A-Za-z_][A-Za-z0-9_]*)": \[\[/gm)].map((m) => m[1]);

const table = {
  version,
  native: Object.keys(vm.STL).sort(),
  async: Object.keys(vm.ASYNC_STL).sort(),
  bytecode: bytecode.sort(),
};
writeFileSync(join(here, 'vmFunctions.json'), JSON.stringify(table, null, 1) + '\n');
console.log(`wrote ${table.native.length + table.async.length + table.bytecode.length} functions of @posthog/hogvm ${version}`);
