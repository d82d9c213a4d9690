// Log entries of functions and flows: the logs endpoint (newest first, at most `limit` rows, strict
// `after` / `before`) and appending.
import { randomUUID } from 'node:crypto';
import { validationError } from './errors';
import type { JsonObject } from './json';
import type { LogEntry, LogLevel } from './model';
import { paginate, type Page } from './pagination';
import type { RequestContext } from './router';
import type { EmulatorState } from './state';
import { formatMicros, parseTimestamp } from './time';

const LEVELS: readonly LogLevel[] = ['DEBUG', 'LOG', 'INFO', 'WARN', 'WARNING', 'ERROR'];

export function parseLevel(raw: unknown): LogLevel | null {
  const upper = typeof raw === 'string' ? raw.toUpperCase() : '';
  return LEVELS.find((l) => l === upper) ?? null;
}

export function serializeLog(entry: LogEntry): JsonObject {
  return {
    log_source_id: entry.sourceId,
    instance_id: entry.instanceId,
    timestamp: formatMicros(entry.micros),
    level: entry.level,
    message: entry.message,
  };
}

/**
 * Newest first, at most `limit` rows fetched, then paginated with the same limit, exactly like
 * PostHog: so `count` <= limit and `next` is null; older rows are reached with `before`.
 */
export function queryLogs(ctx: RequestContext, sourceId: string): Page {
  const limit = logLimit(ctx.query.get('limit'));
  const keep = logFilters(ctx.query);
  const rows = (ctx.state.logs.get(sourceId) ?? [])
    .filter(keep)
    .sort((a, b) => b.micros - a.micros)
    .slice(0, limit)
    .map(serializeLog);
  return paginate(ctx, rows, { defaultLimit: limit, maxLimit: limit });
}

function logLimit(raw: string | null): number {
  if (raw === null) return 50;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw validationError('A valid integer is required.', 'limit', 'invalid');
  if (n < 1) throw validationError('Ensure this value is greater than or equal to 1.', 'limit', 'min_value');
  if (n > 500) throw validationError('Ensure this value is less than or equal to 500.', 'limit', 'max_value');
  return n;
}

function logFilters(query: URLSearchParams): (entry: LogEntry) => boolean {
  const after = timeParam(query, 'after');
  const before = timeParam(query, 'before');
  const levels = query.get('level')?.split(',').map((l) => l.trim().toUpperCase()).filter(Boolean);
  const search = query.get('search')?.toLowerCase();
  const instanceId = query.get('instance_id');
  return (e) =>
    (after === null || e.micros > after) &&
    (before === null || e.micros < before) &&
    (!levels?.length || levels.includes(e.level)) &&
    (!search || e.message.toLowerCase().includes(search)) &&
    (!instanceId || e.instanceId === instanceId);
}

function timeParam(query: URLSearchParams, name: string): number | null {
  const raw = query.get(name);
  if (!raw) return null;
  const micros = parseTimestamp(raw);
  if (micros === null) throw validationError('Datetime has wrong format.', name, 'invalid');
  return micros;
}

export interface NewLogEntry {
  level: LogLevel;
  message: string;
  micros?: number;
  instanceId?: string;
}

export function appendLogs(state: EmulatorState, sourceId: string, entries: NewLogEntry[]): LogEntry[] {
  const instanceId = randomUUID();
  return entries.map((e) => {
    const entry: LogEntry = {
      sourceId,
      instanceId: e.instanceId ?? instanceId,
      micros: e.micros ?? state.clock.nowMicros(),
      level: e.level,
      message: e.message,
    };
    state.addLog(entry);
    return entry;
  });
}
