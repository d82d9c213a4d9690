// Writing the workspace's files: only when the text differs (so a pull that changes nothing leaves
// every file byte-identical, mtimes included), folders made on demand.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { hogPath, objectFiles, yamlPath } from './layout';
import { hogFileText, type ObjectContent, type ObjectKind } from './model';
import { renderObjectYaml } from './yamlText';

/** Writes `text` to the workspace-relative `file` unless it already holds exactly that. */
export async function writeIfChanged(dir: string, file: string, text: string): Promise<boolean> {
  const path = join(dir, file);
  const current = await readFile(path, 'utf8').catch(() => undefined);
  if (current === text) return false;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text, 'utf8');
  return true;
}

/** The texts of an object's files, by workspace-relative path. */
export function renderObjectFiles(kind: ObjectKind, slug: string, content: ObjectContent): Map<string, string> {
  const files = new Map<string, string>();
  if (kind === 'function') files.set(hogPath(slug), hogFileText(content.hog ?? ''));
  files.set(yamlPath(kind, slug), renderObjectYaml(kind, content.fields));
  return files;
}

/** Writes an object's files; returns the ones whose text changed. */
export async function writeObjectFiles(dir: string, kind: ObjectKind, slug: string, content: ObjectContent): Promise<string[]> {
  const changed: string[] = [];
  for (const [file, text] of renderObjectFiles(kind, slug, content)) {
    if (await writeIfChanged(dir, file, text)) changed.push(file);
  }
  return changed;
}

/** Removes an object's files; returns the ones that existed. */
export async function removeObjectFiles(dir: string, kind: ObjectKind, slug: string, existing: readonly string[]): Promise<string[]> {
  const removed = objectFiles(kind, slug).filter((file) => existing.includes(file));
  for (const file of removed) await rm(join(dir, file), { force: true });
  return removed;
}
