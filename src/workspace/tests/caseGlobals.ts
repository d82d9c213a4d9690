// The globals of one case. A source webhook's `request` gets what the worker always gives it: a
// method, headers, a query, and the raw `stringBody` (the JSON of `body` unless the case gives it,
// so a signature can be computed over it).
import { isJsonObject, type JsonObject } from '../json';

export function caseGlobals(globals: JsonObject): JsonObject {
  if (!isJsonObject(globals.request)) return globals;
  const request = globals.request;
  const body = request.body ?? {};
  const stringBody = typeof request.stringBody === 'string' ? request.stringBody : JSON.stringify(body);
  return { ...globals, request: { method: 'POST', headers: {}, query: {}, ...request, body, stringBody } };
}
