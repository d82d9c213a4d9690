// posthog.yaml: which PostHog and which project the folder belongs to. Never a key: that comes from
// the environment (POSTHOG_PERSONAL_API_KEY) or, in VS Code, from its secret storage.
import { isJsonObject, type JsonObject } from './json';
import { BINDING_FILE } from './layout';
import type { Problem } from './problems';
import { parseYaml, renderYaml } from './yamlText';

export interface Binding {
  /** Origin of the PostHog instance, e.g. https://us.posthog.com. */
  host: string;
  /** Project (team) id. */
  project: number;
  /** A name for people; not used by any request. */
  name?: string;
}

const FIELDS = ['host', 'project', 'name'];
const KEY_LIKE = /key|token|secret|password/i;

/** The binding in the text of posthog.yaml, or the problems that stop it from being one. */
export function parseBinding(text: string): { binding?: Binding; problems: Problem[] } {
  const parsed = parseYaml(text);
  const problem = (message: string, path: (string | number)[] = []): Problem => ({
    file: BINDING_FILE, ...parsed.locate(path), severity: 'error', message,
  });
  if (parsed.errors.length > 0) {
    return { problems: parsed.errors.map((e) => ({ file: BINDING_FILE, ...e.position, severity: 'error', message: e.message })) };
  }
  if (!isJsonObject(parsed.value)) return { problems: [problem('must be a mapping with host and project')] };
  const value = parsed.value;
  const problems = Object.keys(value)
    .filter((key) => !FIELDS.includes(key))
    .map((key) => problem(KEY_LIKE.test(key)
      ? `'${key}' does not belong here: the API key is read from the POSTHOG_PERSONAL_API_KEY environment variable and never written to a file`
      : `unknown field '${key}' (allowed: ${FIELDS.join(', ')})`, [key]));
  if (typeof value.host !== 'string' || !isHttpUrl(value.host)) problems.push(problem('host must be an http(s) URL, e.g. https://us.posthog.com', ['host']));
  if (!isProjectId(value.project)) problems.push(problem('project must be a project id (a positive integer)', ['project']));
  if (value.name !== undefined && typeof value.name !== 'string') problems.push(problem('name must be a string', ['name']));
  if (problems.length > 0) return { problems };
  const binding: Binding = { host: value.host as string, project: value.project as number };
  if (typeof value.name === 'string') binding.name = value.name;
  return { binding, problems };
}

export function renderBinding(binding: Binding): string {
  const value: JsonObject = { host: binding.host, project: binding.project };
  if (binding.name !== undefined) value.name = binding.name;
  return renderYaml(value);
}

export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function isProjectId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}
