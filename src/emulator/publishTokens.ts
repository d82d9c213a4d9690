// Publish confirm tokens: a preview mints one that vouches for the draft (and, for functions, the
// live row) as previewed. PostHog signs the stamps into the token; the emulator keeps them in its
// state instead, which lets a test expire every token through the admin routes.
import { randomBytes } from 'node:crypto';
import { staleUpdate, validationError } from './errors';
import type { EmulatorState } from './state';

const TOKEN_LIFETIME_MICROS = 15 * 60 * 1_000_000;

/** The wording differs between functions and flows. */
export interface TokenMessages {
  required: string;
  invalid: string;
  expired: string;
  stale: string;
}

export function mintPublishToken(state: EmulatorState, objectId: string, value: string): string {
  const token = `${randomBytes(6).toString('base64url')}:${randomBytes(24).toString('base64url')}`;
  state.publishTokens.set(token, { objectId, value, expiresAtMicros: state.clock.nowMicros() + TOKEN_LIFETIME_MICROS });
  return token;
}

/**
 * 400 on `confirm_token` when it is missing, unknown or expired; 409 `stale_update` when the object
 * changed since the preview (its current stamps are `value`).
 */
export function redeemPublishToken(
  state: EmulatorState,
  objectId: string,
  token: unknown,
  value: string,
  messages: TokenMessages,
): void {
  if (typeof token !== 'string' || token === '') throw validationError(messages.required, 'confirm_token');
  const minted = state.publishTokens.get(token);
  if (!minted) throw validationError(messages.invalid, 'confirm_token');
  if (minted.expiresAtMicros <= state.clock.nowMicros()) throw validationError(messages.expired, 'confirm_token');
  if (minted.objectId !== objectId || minted.value !== value) throw staleUpdate(messages.stale);
}

/** Test hook: every token minted so far is expired from now on. */
export function expirePublishTokens(state: EmulatorState): number {
  for (const token of state.publishTokens.values()) token.expiresAtMicros = 0;
  return state.publishTokens.size;
}
