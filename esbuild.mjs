// Bundles the extension and the command-line entry points.
//   node esbuild.mjs               build once (development: sourcemaps)
//   node esbuild.mjs --production  minified, no sourcemaps (used by `npm run package`)
//   node esbuild.mjs --watch       rebuild on change
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * Packages the extension loads on first use, not at start (src/api/undici.ts, src/hog/runtime/hogvm.ts,
 * ...), bundled apart into dist/vendor/: loading the extension then does not even compile them.
 */
const VENDORED = ['undici', '@posthog/hogvm', 'liquidjs', 're2js', 'yaml'];
const vendorFile = (name) => `vendor/${name.split('/').pop()}`;

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  // The official parser is a test/benchmark oracle only (WebAssembly, slow); never bundle it.
  external: ['vscode', '@posthog/hogql-parser', 'mocha'],
  // jsonc-parser's `main` is a UMD build whose internal requires esbuild cannot follow; its ES build bundles.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  plugins: [vscodeOnce(), vendored()],
};

const builds = [
  // The extension itself: the only file VS Code loads.
  { entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist' },
  // `node dist/hog.js parse|check|pull|status|diff|push`, the package's `hog` bin (hence the
  // shebang), and require('dist/hog.js').parseProgram.
  { entryPoints: { hog: 'src/cli/hog.ts' }, outdir: 'dist', banner: { js: '#!/usr/bin/env node' }, plugins: [...common.plugins, executable('dist/hog.js')] },
  // The debugger's worker thread (src/hog/debug/worker.ts), started by the extension and `hog debug`
  // from beside their own bundles.
  { entryPoints: { hogDebugWorker: 'src/hog/debug/worker.ts' }, outdir: 'dist' },
  // `npm run posthog:local`: the local PostHog emulator.
  { entryPoints: { emulator: 'src/emulator/cli.ts' }, outdir: 'dist' },
  // `npm run bench`, with the child process of its cold-start figures and the Hog analysis bundle
  // that child loads (test/bench/coldStart.ts).
  { entryPoints: { bench: 'test/bench/bench.ts', coldCheck: 'test/bench/coldCheck.ts', hogAnalysis: 'src/hog/analysis/index.ts' }, outdir: 'dist' },
  // The packages above load from dist/vendor/ (see VENDORED).
  { entryPoints: Object.fromEntries(VENDORED.map((name) => [vendorFile(name), name])), outdir: 'dist', plugins: [] },
  // Extension-host test suite: out/suite/index.js (loaded by VS Code through extensionTestsPath)
  // and one bundle per test/suite/**/*.test.ts, which index.js finds beside it (vendored packages
  // bundled in: dist/vendor/ is not beside them).
  { entryPoints: suiteEntryPoints(), outbase: 'test/suite', outdir: 'out/suite', plugins: [vscodeOnce()] },
];

/**
 * Every `import * as vscode from 'vscode'` of an external module costs a copy of the whole API object
 * (esbuild's __toESM: a getter per name) when its module loads; over ~70 modules that was a tenth of
 * loading the extension. They all import this one module instead, which copies it once.
 */
function vscodeOnce() {
  const namespace = 'vscode-once';
  return {
    name: 'vscode-once',
    setup(build) {
      build.onResolve({ filter: /^vscode$/ }, (args) =>
        args.namespace === namespace ? { path: 'vscode', external: true } : { path: 'vscode', namespace },
      );
      build.onLoad({ filter: /.*/, namespace }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
    },
  };
}

/** Imports of VENDORED packages become requires of their dist/vendor/ bundles (every entry point sits in dist/). */
function vendored() {
  const filter = new RegExp(`^(${VENDORED.join('|')})$`);
  return {
    name: 'vendored',
    setup(build) {
      build.onResolve({ filter }, (args) => ({ path: `./${vendorFile(args.path)}.js`, external: true }));
    },
  };
}

/** Keeps a bundled command executable, so `./dist/hog.js` runs from a checkout as the bin does. */
function executable(file) {
  return { name: 'executable', setup: (build) => build.onEnd(() => existsSync(file) && chmodSync(file, 0o755)) };
}

function suiteEntryPoints() {
  // A deleted test file must not live on as a stale bundle that still runs.
  rmSync('out/suite', { recursive: true, force: true });
  const tests = readdirSync('test/suite', { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => `test/suite/${name}`);
  return ['test/suite/index.ts', ...tests];
}

/**
 * dist/schemas/*.json: the JSON schemas of the configuration and flow documents, from src/schema,
 * for VS Code's JSON language features (package.json `jsonValidation`): completion, hover and
 * diagnostics while typing. Written as draft-07, the dialect VS Code's validator fully supports.
 */
async function writeSchemas() {
  const bundle = await esbuild.build({ entryPoints: ['src/schema/index.ts'], bundle: true, write: false, format: 'esm', platform: 'neutral', logLevel: 'warning' });
  const schemas = await import(`data:text/javascript;base64,${Buffer.from(bundle.outputFiles[0].text).toString('base64')}`);
  mkdirSync('dist/schemas', { recursive: true });
  const files = { 'function-config.json': schemas.FUNCTION_CONFIG_SCHEMA, 'flow.json': schemas.FLOW_SCHEMA };
  for (const [name, schema] of Object.entries(files)) {
    const draft07 = { ...schema, $schema: 'http://json-schema.org/draft-07/schema#' };
    writeFileSync(`dist/schemas/${name}`, JSON.stringify(draft07, null, 2) + '\n');
  }
}

await writeSchemas();
const contexts = await Promise.all(builds.map((b) => esbuild.context({ ...common, ...b })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
  console.log('esbuild: watching for changes');
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
