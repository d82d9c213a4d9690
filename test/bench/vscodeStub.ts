// A stand-in for the `vscode` module, enough to load dist/extension.js in plain Node for the
// cold-start figures: a plain object with the API's top-level names (read from @types/vscode),
// each a proxy that answers any property, call or `new`. Only module load runs against it.
import { readFileSync } from 'node:fs';
import Module from 'node:module';

type Loader = (request: string, ...rest: unknown[]) => unknown;

function stubValue(): unknown {
  const handler: ProxyHandler<() => void> = {
    get: (target, key) => (typeof key === 'symbol' || key === 'then' ? undefined : key === 'prototype' ? target.prototype : stubValue()),
    apply: () => stubValue(),
    construct: () => ({}),
  };
  return new Proxy(function stub() {}, handler);
}

function vscodeNames(require: NodeJS.Require): string[] {
  const declarations = readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
  const names = declarations.matchAll(/^\texport (?:class|enum|namespace|const|function|let) (\w+)/gm);
  return [...new Set([...names].map((match) => match[1] as string))];
}

/** Makes `require('vscode')` return the stand-in from now on. */
export function installVscodeStub(require: NodeJS.Require): void {
  const vscode = Object.fromEntries(vscodeNames(require).map((name) => [name, stubValue()]));
  const modules = Module as unknown as { _load: Loader };
  const original = modules._load;
  modules._load = function (this: unknown, request, ...rest) {
    return request === 'vscode' ? vscode : original.call(this, request, ...rest);
  };
}
