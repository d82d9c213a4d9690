// Seeded (and live) activity: invocation log lines and hourly metric counts, generated from a
// small deterministic random source per function or flow so every run looks the same.
import type { LogLevel, StoredHogFlow, StoredHogFunction } from '../model';
import type { EmulatorState } from '../state';
import { MICROS_PER_HOUR } from '../time';

const SEED_DAYS = 8;

/** mulberry32: tiny deterministic PRNG. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function seedOf(id: string): number {
  let h = 2166136261;
  for (const ch of id) h = Math.imul(h ^ ch.charCodeAt(0), 16777619);
  return h >>> 0;
}

/** Failure probability per invocation, by health. */
function failureRate(fn: StoredHogFunction): number {
  return fn.health === 3 ? 0.6 : fn.health === 2 ? 0.2 : 0.02;
}

export function uuidFrom(random: () => number): string {
  const hex = () => Math.floor(random() * 16).toString(16);
  const part = (n: number) => Array.from({ length: n }, hex).join('');
  return `${part(8)}-${part(4)}-7${part(3)}-8${part(3)}-${part(12)}`;
}

type Line = { level: LogLevel; message: string; offset: number };

/** The log lines of one simulated invocation of a function. */
export function invocationLines(fn: StoredHogFunction, random: () => number): Line[] {
  const ms = (20 + random() * 400).toFixed(1);
  const failed = random() < failureRate(fn);
  const lines: Line[] = [{ level: 'DEBUG', message: 'Executing function', offset: 0 }];
  if (failed) {
    lines.push({ level: 'WARN', message: 'HTTP fetch failed on attempt 1 with status code 503. Retrying in 1000ms.', offset: 180_000 });
    lines.push({ level: 'ERROR', message: `Error executing function: Error('Request failed with status 503')`, offset: 1_250_000 });
  } else {
    lines.push({ level: 'INFO', message: successMessage(fn), offset: 150_000 });
  }
  lines.push({ level: 'DEBUG', message: `Function completed in ${ms}ms. Sync: 1ms. Mem: ${Math.floor(random() * 4000)} bytes. Ops: ${Math.floor(random() * 200)}.`, offset: 1_300_000 });
  return lines;
}

function successMessage(fn: StoredHogFunction): string {
  if (fn.type === 'transformation') return 'Transformed event';
  if (fn.type === 'source_webhook') return 'Captured shop.order_paid';
  return `Delivered ${fn.name}, status 200`;
}

export function flowInvocationLines(flow: StoredHogFlow, random: () => number): Line[] {
  const step = flow.actions[1 + Math.floor(random() * Math.max(1, flow.actions.length - 1))];
  return [
    { level: 'INFO', message: `[Action:trigger_node] Workflow triggered`, offset: 0 },
    { level: 'DEBUG', message: `[Action:${step?.id ?? 'exit_node'}] Executing ${step?.type ?? 'exit'} step`, offset: 90_000 },
    { level: 'INFO', message: `[Action:${step?.id ?? 'exit_node'}] Completed`, offset: 400_000 },
  ];
}

export function seedActivity(state: EmulatorState, nowMicros: number): void {
  for (const fn of state.functions.values()) {
    if (!fn.enabled || fn.deleted) continue;
    const random = randomSource(seedOf(fn.id));
    seedMetrics(state, fn.id, nowMicros, random, failureRate(fn));
    for (let i = 0; i < 30; i++) {
      const at = nowMicros - Math.floor(random() * 3 * 24) * MICROS_PER_HOUR - Math.floor(random() * MICROS_PER_HOUR);
      addInvocation(state, fn.id, at, uuidFrom(random), invocationLines(fn, random));
    }
  }
  for (const flow of state.flows.values()) {
    if (flow.status !== 'active') continue;
    const random = randomSource(seedOf(flow.id));
    seedMetrics(state, flow.id, nowMicros, random, 0.05);
    for (let i = 0; i < 20; i++) {
      const at = nowMicros - Math.floor(random() * 3 * 24) * MICROS_PER_HOUR - Math.floor(random() * MICROS_PER_HOUR);
      addInvocation(state, flow.id, at, uuidFrom(random), flowInvocationLines(flow, random));
    }
  }
}

export function addInvocation(state: EmulatorState, sourceId: string, at: number, instanceId: string, lines: Line[]): void {
  for (const line of lines) {
    state.addLog({ sourceId, instanceId, micros: at + line.offset, level: line.level, message: line.message });
  }
}

function seedMetrics(state: EmulatorState, sourceId: string, nowMicros: number, random: () => number, failure: number): void {
  const currentHour = nowMicros - (nowMicros % MICROS_PER_HOUR);
  for (let h = SEED_DAYS * 24; h >= 0; h--) {
    const micros = currentHour - h * MICROS_PER_HOUR;
    const volume = Math.floor(random() * 40);
    const failed = Math.floor(volume * failure * random() * 2);
    state.addMetric(sourceId, { micros, kind: 'success', name: 'succeeded', count: volume - Math.min(failed, volume) });
    if (failed > 0) state.addMetric(sourceId, { micros, kind: 'failure', name: 'failed', count: Math.min(failed, volume) });
    state.addMetric(sourceId, { micros, kind: 'other', name: 'filtered', count: Math.floor(random() * 90) });
  }
}
