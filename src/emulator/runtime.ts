// Everything one running emulator owns: its state (replaced on reset), request log and faults.
import type { ApiKeyGrant } from './auth';
import { FaultList } from './faults';
import type { JsonValue } from './json';
import { createSeedState, type SeedName } from './seed';
import type { EmulatorState } from './state';
import { Clock } from './time';

export interface RecordedRequest {
  [key: string]: JsonValue;
  method: string;
  path: string;
  query: Record<string, string>;
  body: JsonValue;
  headers: Record<string, string>;
  /** Whether PostHog's handler ran (false when an injected fault answered instead). */
  handled: boolean;
  // A fault with `bodyBytes` adds `streamedBytes` (handed to the socket so far) and, once that body
  // ended, `streamComplete` (false when the client hung up first); see streamedBody.ts.
}

export class EmulatorRuntime {
  readonly clock = new Clock();
  readonly requests: RecordedRequest[] = [];
  readonly faults = new FaultList();
  state: EmulatorState;

  constructor(
    readonly seed: SeedName,
    readonly apiKeys: ApiKeyGrant[],
    readonly admin: boolean,
  ) {
    this.state = createSeedState(seed, this.clock);
  }

  reset(): void {
    this.state = createSeedState(this.seed, this.clock);
    this.requests.length = 0;
    this.faults.clear();
  }
}
