// Finds the test files of a workspace (`functions/<slug>.test.yaml`) and their cases with positions:
// what `hog test` runs and what an editor's test list shows.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { KIND_FOLDER } from '../layout';
import { TEST_SUFFIX, type TestSuite } from './model';
import { parseTestFile } from './testFile';

/** Workspace-relative path of a function's test file. */
export function testPath(slug: string): string {
  return `${KIND_FOLDER.function}/${slug}${TEST_SUFFIX}`;
}

/** Every test file of the folder, sorted by slug. */
export async function discoverTests(dir: string): Promise<TestSuite[]> {
  const names = await readdir(join(dir, KIND_FOLDER.function)).catch(() => [] as string[]);
  const slugs = names.filter((name) => name.endsWith(TEST_SUFFIX)).map((name) => name.slice(0, -TEST_SUFFIX.length)).sort();
  const suites = await Promise.all(slugs.map((slug) => readTestSuite(dir, slug)));
  return suites.filter((suite): suite is TestSuite => suite !== undefined);
}

/** One function's test file, or undefined when it has none. */
export async function readTestSuite(dir: string, slug: string): Promise<TestSuite | undefined> {
  const file = testPath(slug);
  const text = await readFile(join(dir, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return text === undefined ? undefined : parseTestFile(slug, file, text);
}
