// A pull replaces a file's content with PostHog's, where secrets are bare `{secret: true}` markers.
// The `fromEnv` a person wrote must survive that: it is carried over to the same input, found by
// its path (flow steps by action id, since steps move around).
import { isJsonObject, type JsonObject, type JsonValue } from './json';
import { findSecretInputs } from './secrets';

export function carrySecretSources(from: JsonObject | undefined, to: JsonObject): JsonObject {
  if (!from) return to;
  const result = structuredClone(to);
  for (const ref of findSecretInputs(from)) {
    if (ref.envName === undefined) continue;
    const target = resolve(result, translate(ref.path, from, result));
    if (isJsonObject(target) && target.secret === true) target.fromEnv = ref.envName;
  }
  return result;
}

/** `['actions', 3, …]` in `from` → the index of the action with the same id in `to`. */
function translate(path: (string | number)[], from: JsonObject, to: JsonObject): (string | number)[] {
  const [head, index, ...rest] = path;
  if (head !== 'actions' || typeof index !== 'number' || !Array.isArray(from.actions) || !Array.isArray(to.actions)) return path;
  const source = from.actions[index];
  const id = isJsonObject(source) ? source.id : undefined;
  const match = to.actions.findIndex((action) => isJsonObject(action) && action.id === id);
  return match < 0 ? [] : ['actions', match, ...rest];
}

function resolve(value: JsonValue, path: (string | number)[]): JsonValue | undefined {
  if (path.length === 0) return undefined;
  let current: JsonValue | undefined = value;
  for (const key of path) {
    if (Array.isArray(current) && typeof key === 'number') current = current[key];
    else if (isJsonObject(current) && typeof key === 'string') current = current[key];
    else return undefined;
  }
  return current;
}
