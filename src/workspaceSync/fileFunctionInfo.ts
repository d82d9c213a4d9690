// Hog files in a folder of functions as code (`functions/<slug>.hog`) get the checks of the
// function they are: the type and inputs schema come from `functions/<slug>.yaml` beside them.
import { readFileSync, statSync } from 'node:fs';
import * as vscode from 'vscode';
import type { FunctionInfo, InputSchemaItem } from '../hog/analysis';
import type { FunctionInfoLookup, HogFunctionContext } from '../language/documents';
import { yaml } from '../workspace/yamlModule';

interface Cached {
  readonly mtimeMs: number;
  readonly info: FunctionInfo | undefined;
}

/** `lookup`, answering for `file:` Hog files with a YAML beside them too. */
export function withWorkspaceFunctions(lookup: FunctionInfoLookup): FunctionInfoLookup {
  const cache = new Map<string, Cached>();
  return (uri): HogFunctionContext | undefined => {
    const found = lookup(uri);
    if (found || uri.scheme !== 'file' || !/\/functions\/[^/]+\.hog$/.test(uri.path)) return found;
    const yamlPath = vscode.Uri.file(uri.fsPath.replace(/\.hog$/, '.yaml')).fsPath;
    let mtimeMs: number;
    try {
      mtimeMs = statSync(yamlPath).mtimeMs;
    } catch {
      return undefined;
    }
    const cached = cache.get(yamlPath);
    if (cached?.mtimeMs === mtimeMs) return cached.info;
    const info = readFunctionInfo(yamlPath);
    cache.set(yamlPath, { mtimeMs, info });
    return info;
  };
}

/** The type and inputs schema of a function YAML; undefined when it is not one. */
function readFunctionInfo(path: string): FunctionInfo | undefined {
  try {
    const value: unknown = yaml().parse(readFileSync(path, 'utf8'));
    if (typeof value !== 'object' || value === null) return undefined;
    const { type, inputs_schema: schema } = value as { type?: unknown; inputs_schema?: unknown };
    if (typeof type !== 'string') return undefined;
    const inputsSchema = Array.isArray(schema) ? schema.filter((item): item is InputSchemaItem => typeof (item as InputSchemaItem | null)?.key === 'string') : undefined;
    return { type, inputsSchema };
  } catch {
    return undefined;
  }
}
