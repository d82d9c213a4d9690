// The extension's settings (package.json `contributes.configuration`, section `posthog`), read from
// raw values into what the code uses: clamped numbers, known log levels. No vscode here.
import { responseLimitBytes } from '../api/responseLimit';

export interface TailSettings {
  intervalMs: number;
  /** Upper-case PostHog levels to show; empty shows all. */
  levels: string[];
}

/** Each setting's key under `posthog.` and how its raw value is read. */
export const SETTINGS = {
  autoSave: { key: 'autoSave', read: (raw: unknown) => raw === true },
  explorerPageSize: { key: 'explorer.pageSize', read: pageSize },
  requestTimeoutMs: { key: 'requestTimeoutSeconds', read: requestTimeoutMs },
  maxResponseBytes: { key: 'maxResponseMegabytes', read: responseLimitBytes },
  mockAsyncFunctions: { key: 'testInvocation.mockAsyncFunctions', read: (raw: unknown) => (typeof raw === 'boolean' ? raw : true) },
  logPollIntervalMs: { key: 'logs.pollIntervalSeconds', read: pollIntervalMs },
  logLevels: { key: 'logs.levels', read: logLevels },
} as const;

export type SettingName = keyof typeof SETTINGS;
export type Settings = { readonly [N in SettingName]: ReturnType<(typeof SETTINGS)[N]['read']> };

/** Every setting, read through `get` (the raw value of a key under `posthog.`, undefined when unset). */
export function readSettings(get: (key: string) => unknown): Settings {
  const entries = Object.entries(SETTINGS).map(([name, setting]) => [name, setting.read(get(setting.key))]);
  return Object.fromEntries(entries) as Settings;
}

function pageSize(raw: unknown): number {
  const size = finite(raw) ?? 50;
  return Math.min(500, Math.max(1, Math.floor(size)));
}

function requestTimeoutMs(raw: unknown): number {
  return Math.max(1, finite(raw) ?? 30) * 1000;
}

const MIN_INTERVAL_SECONDS = 0.5;
const KNOWN_LEVELS = ['DEBUG', 'LOG', 'INFO', 'WARN', 'WARNING', 'ERROR'];

function pollIntervalMs(raw: unknown): number {
  return Math.round(Math.max(MIN_INTERVAL_SECONDS, finite(raw) ?? 2) * 1000);
}

function logLevels(raw: unknown): string[] {
  const levels = Array.isArray(raw)
    ? raw.filter((l): l is string => typeof l === 'string').map((l) => l.toUpperCase()).filter((l) => KNOWN_LEVELS.includes(l))
    : [];
  // PostHog writes both spellings of a warning.
  if (levels.includes('WARN') && !levels.includes('WARNING')) levels.push('WARNING');
  return levels;
}

function finite(raw: unknown): number | undefined {
  return typeof raw === 'number' && Number.isFinite(raw) ? raw : undefined;
}
