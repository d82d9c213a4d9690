// `live: true`: keeps new log lines and metric counts arriving, as a busy PostHog would.
// The timer is unref()ed and reads runtime.state on every tick, so a reset takes effect.
import type { EmulatorRuntime } from './runtime';
import { addInvocation, flowInvocationLines, invocationLines, randomSource, uuidFrom } from './seed/activity';
import { MICROS_PER_HOUR } from './time';

export function startLiveActivity(runtime: EmulatorRuntime, intervalMs = 2000): () => void {
  const random = randomSource(0x5eed);
  let tick = 0;
  const timer = setInterval(() => {
    const { state } = runtime;
    const functions = [...state.functions.values()].filter((f) => f.enabled && !f.deleted);
    const flows = [...state.flows.values()].filter((f) => f.status === 'active');
    const total = functions.length + flows.length;
    if (total === 0) return;
    const index = tick++ % total;
    const now = state.clock.nowMicros();
    const fn = functions[index];
    const flow = flows[index - functions.length];
    const lines = fn ? invocationLines(fn, random) : flow ? flowInvocationLines(flow, random) : [];
    const sourceId = fn?.id ?? flow?.id ?? '';
    addInvocation(state, sourceId, now - 1_300_000, uuidFrom(random), lines);
    const failed = lines.some((l) => l.level === 'ERROR');
    state.addMetric(sourceId, {
      micros: now - (now % MICROS_PER_HOUR),
      kind: failed ? 'failure' : 'success',
      name: failed ? 'failed' : 'succeeded',
      count: 1,
    });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
