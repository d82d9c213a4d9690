// Hog's `sleep(seconds)`: a real wait, cut short when the run is cancelled.
import { setTimeout as wait } from 'node:timers/promises';

export async function sleepFor(ms: number, signal?: AbortSignal): Promise<null> {
  await wait(Number.isFinite(ms) && ms > 0 ? ms : 0, null, { signal });
  return null;
}
