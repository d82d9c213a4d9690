// Reads the objects of a workspace folder: functions/<slug>.hog + .yaml and flows/<slug>.yaml,
// parsed and checked against the JSON schema, with every problem located in its file.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { validate, WORKSPACE_FLOW_SCHEMA, WORKSPACE_FUNCTION_SCHEMA, type SchemaError } from '../schema';
import { isJsonObject } from './json';
import { hogPath, isValidSlug, KIND_FOLDER, yamlPath } from './layout';
import { trimHog, type ObjectContent, type ObjectKind } from './model';
import { fileProblem, type Problem } from './problems';
import { parseYaml, type Position } from './yamlText';

export interface LocalObject {
  kind: ObjectKind;
  slug: string;
  /** Workspace-relative paths of the object's files that exist. */
  files: string[];
  /** The content, or null when a file is missing or the YAML is not a mapping. */
  content: ObjectContent | null;
  /** Raw texts as read, by relative path (for diffs of files that do not parse). */
  texts: Map<string, string>;
  /** Where a field of the YAML file is (its nearest existing parent when absent). */
  locate(path: readonly (string | number)[]): Position;
}

export interface LocalObjects {
  objects: Map<ObjectKind, Map<string, LocalObject>>;
  problems: Problem[];
}

const SCHEMAS = { function: WORKSPACE_FUNCTION_SCHEMA, flow: WORKSPACE_FLOW_SCHEMA };
const FIELD_HINTS: Record<string, string> = {
  hog: 'the code lives in the .hog file beside this one',
  id: 'ids differ per project and live in posthog.lock.json',
};

export async function readLocalObjects(dir: string): Promise<LocalObjects> {
  const problems: Problem[] = [];
  const objects = new Map<ObjectKind, Map<string, LocalObject>>();
  for (const kind of ['function', 'flow'] as const) {
    const slugs = await slugsIn(dir, kind);
    const byKind = new Map<string, LocalObject>();
    for (const slug of slugs) byKind.set(slug, await readObject(dir, kind, slug, problems));
    objects.set(kind, byKind);
  }
  return { objects, problems };
}

/** Slugs that have at least one file of this kind, sorted. `<slug>.test.yaml` files are tests, not objects. */
async function slugsIn(dir: string, kind: ObjectKind): Promise<string[]> {
  const names = await readdir(join(dir, KIND_FOLDER[kind])).catch(() => [] as string[]);
  const extensions = kind === 'function' ? ['.hog', '.yaml'] : ['.yaml'];
  const slugs = new Set<string>();
  for (const name of names) {
    const extension = extensions.find((ext) => name.endsWith(ext));
    if (!extension || name.endsWith('.test.yaml')) continue;
    slugs.add(name.slice(0, -extension.length));
  }
  return [...slugs].sort();
}

async function readObject(dir: string, kind: ObjectKind, slug: string, problems: Problem[]): Promise<LocalObject> {
  const yamlFile = yamlPath(kind, slug);
  const texts = new Map<string, string>();
  const yamlText = await readText(dir, yamlFile);
  if (yamlText !== undefined) texts.set(yamlFile, yamlText);
  const hogText = kind === 'function' ? await readText(dir, hogPath(slug)) : undefined;
  if (hogText !== undefined) texts.set(hogPath(slug), hogText);
  const parsed = parseYaml(yamlText ?? '');
  const local: LocalObject = { kind, slug, files: [...texts.keys()].sort(), content: null, texts, locate: parsed.locate };
  const firstFile = local.files[0] ?? yamlFile;
  if (!isValidSlug(slug)) {
    problems.push(fileProblem(firstFile, `'${slug}' is not a usable name: use letters, digits, '-', '_' and '.' (no spaces)`));
  }
  if (yamlText === undefined) {
    problems.push(fileProblem(firstFile, `${yamlFile} is missing: a function needs its .yaml beside its .hog`));
    return local;
  }
  if (kind === 'function' && hogText === undefined) problems.push(fileProblem(yamlFile, `${hogPath(slug)} is missing: a function needs its code beside its .yaml`));
  problems.push(...yamlProblems(kind, yamlFile, parsed));
  if (isJsonObject(parsed.value) && (kind === 'flow' || hogText !== undefined)) {
    local.content = kind === 'flow' ? { fields: parsed.value } : { fields: parsed.value, hog: trimHog(hogText ?? '') };
  }
  return local;
}

function yamlProblems(kind: ObjectKind, file: string, parsed: ReturnType<typeof parseYaml>): Problem[] {
  if (parsed.errors.length > 0) {
    return parsed.errors.map((error) => ({ file, ...error.position, severity: 'error', message: error.message }));
  }
  if (!isJsonObject(parsed.value)) return [fileProblem(file, 'must be a YAML mapping of fields')];
  return validate(SCHEMAS[kind], parsed.value).map((error) => schemaProblem(file, parsed, error));
}

function schemaProblem(file: string, parsed: ReturnType<typeof parseYaml>, error: SchemaError): Problem {
  const field = error.path.length === 1 ? String(error.path[0]) : undefined;
  const hint = field !== undefined && error.message.startsWith('unknown field') ? FIELD_HINTS[field] : undefined;
  const where = error.path.length > 0 ? `${error.path.join('.')}: ` : '';
  return { file, ...parsed.locate(error.path), severity: 'error', message: `${where}${hint ? `unknown field '${field}': ${hint}` : error.message}` };
}

async function readText(dir: string, relative: string): Promise<string | undefined> {
  try {
    return await readFile(join(dir, relative), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}
