// Test-only routes under /_emulator/ (enabled with `admin: true` / `--admin`; no auth).
import { notFound, validationError } from './errors';
import { parseFault } from './faults';
import { serializeFlowFull } from './hogFlowSerializer';
import { SECRET_MASK } from './hogFunctionInputs';
import { serializeFull } from './hogFunctionSerializer';
import { appendLogs, parseLevel, serializeLog, type NewLogEntry } from './logs';
import { isRecord, type JsonValue } from './json';
import { expirePublishTokens } from './publishTokens';
import { json, type Reply } from './router';
import type { EmulatorRuntime } from './runtime';
import { parseTimestamp } from './time';

export function handleAdmin(runtime: EmulatorRuntime, method: string, path: string, body: unknown): Reply {
  const key = `${method} ${path}`;
  switch (key) {
    case 'GET /_emulator/requests':
    case 'GET /_emulator/requests/':
      return json(structuredClone(runtime.requests));
    case 'DELETE /_emulator/requests':
    case 'DELETE /_emulator/requests/':
      runtime.requests.length = 0;
      return { status: 204 };
    case 'POST /_emulator/faults':
    case 'POST /_emulator/faults/':
      runtime.faults.add(parseFault(body));
      return json({ ok: true }, 201);
    case 'DELETE /_emulator/faults':
    case 'DELETE /_emulator/faults/':
      runtime.faults.clear();
      return { status: 204 };
    case 'POST /_emulator/reset':
    case 'POST /_emulator/reset/':
      runtime.reset();
      return json({ ok: true });
    case 'POST /_emulator/touch':
    case 'POST /_emulator/touch/':
      return json(touch(runtime, body));
    case 'POST /_emulator/logs':
    case 'POST /_emulator/logs/':
      return json(addLogs(runtime, body));
    case 'POST /_emulator/expire-publish-tokens':
    case 'POST /_emulator/expire-publish-tokens/':
      return json({ expired: expirePublishTokens(runtime.state) });
    case 'POST /_emulator/mask-secret':
    case 'POST /_emulator/mask-secret/':
      return json(maskSecret(runtime, body));
    default:
      throw notFound();
  }
}

function target(body: unknown): { kind: string; id: string } {
  if (!isRecord(body) || typeof body.id !== 'string') throw validationError('id is required.', 'id');
  if (body.kind !== 'hog_function' && body.kind !== 'hog_flow') {
    throw validationError('kind must be "hog_function" or "hog_flow".', 'kind');
  }
  return { kind: body.kind, id: body.id };
}

/** Edits the object as another user would: new description and updated_at. */
function touch(runtime: EmulatorRuntime, body: unknown): JsonValue {
  const { kind, id } = target(body);
  const { state } = runtime;
  const now = state.clock.nowIso();
  const description = (text: string) => `${text.replace(/ \(edited elsewhere at .*\)$/, '')} (edited elsewhere at ${now})`;
  if (kind === 'hog_function') {
    const fn = state.functions.get(id);
    if (!fn || fn.deleted) throw notFound();
    const next = { ...fn, description: description(fn.description), updatedAt: now };
    state.functions.set(id, next);
    return serializeFull(next);
  }
  const flow = state.flows.get(id);
  if (!flow) throw notFound();
  const next = { ...flow, description: description(flow.description), updatedAt: now };
  state.flows.set(id, next);
  return serializeFlowFull(state, next);
}

function addLogs(runtime: EmulatorRuntime, body: unknown): JsonValue {
  const { kind, id } = target(body);
  const { state } = runtime;
  const exists = kind === 'hog_function' ? state.functions.has(id) : state.flows.has(id);
  if (!exists) throw notFound();
  const raw = isRecord(body) && Array.isArray(body.entries) ? body.entries : null;
  if (!raw) throw validationError('entries must be a list.', 'entries');
  const entries = raw.map((e, i): NewLogEntry => {
    const level = isRecord(e) ? parseLevel(e.level) : null;
    if (!isRecord(e) || !level || typeof e.message !== 'string') {
      throw validationError(`entries[${i}] needs a valid level and a message.`, 'entries');
    }
    const micros = typeof e.timestamp === 'string' ? parseTimestamp(e.timestamp) : undefined;
    if (micros === null) throw validationError(`entries[${i}].timestamp is not an ISO datetime.`, 'entries');
    return {
      level,
      message: e.message,
      ...(micros !== undefined ? { micros } : {}),
      ...(typeof e.instance_id === 'string' ? { instanceId: e.instance_id } : {}),
    };
  });
  return appendLogs(state, id, entries).map(serializeLog);
}

/**
 * Stores the mask in place of a function's secret input (live, or in its draft with `draft: true`),
 * as a client that saved the mask back once did; the API itself refuses to.
 */
function maskSecret(runtime: EmulatorRuntime, body: unknown): JsonValue {
  const fn = isRecord(body) && typeof body.id === 'string' ? runtime.state.functions.get(body.id) : undefined;
  if (!fn || !isRecord(body)) throw notFound();
  const content = body.draft === true ? fn.draft : fn;
  const item = content?.inputsSchema.find((i) => i.key === body.key && i.secret === true);
  if (!content || !item) throw validationError('key must name a secret input.', 'key');
  content.inputs[item.key] = { value: SECRET_MASK };
  return serializeFull(fn);
}
