// The log tail's settings: `posthog.logs.pollIntervalSeconds` and `posthog.logs.levels`.
import * as vscode from 'vscode';

export interface TailSettings {
  intervalMs: number;
  /** Upper-case PostHog levels to show; empty shows all. */
  levels: string[];
}

const MIN_INTERVAL_SECONDS = 0.5;
const KNOWN_LEVELS = ['DEBUG', 'LOG', 'INFO', 'WARN', 'WARNING', 'ERROR'];

export function tailSettings(): TailSettings {
  const config = vscode.workspace.getConfiguration('posthog.logs');
  const seconds = config.get<number>('pollIntervalSeconds', 2);
  const intervalSeconds = typeof seconds === 'number' && Number.isFinite(seconds) ? Math.max(MIN_INTERVAL_SECONDS, seconds) : 2;
  const rawLevels = config.get<unknown>('levels', []);
  const levels = Array.isArray(rawLevels)
    ? rawLevels.filter((l): l is string => typeof l === 'string').map((l) => l.toUpperCase()).filter((l) => KNOWN_LEVELS.includes(l))
    : [];
  // PostHog writes both spellings of a warning.
  if (levels.includes('WARN') && !levels.includes('WARNING')) levels.push('WARNING');
  return { intervalMs: Math.round(intervalSeconds * 1000), levels };
}
