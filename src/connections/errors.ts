import { ErrorWithSteps } from '../ui/errorMessages';

/** A posthog:// document or tree node names a host the user is not signed in to. */
export class NotSignedInError extends ErrorWithSteps {
  constructor(readonly authority: string) {
    super(`You are not signed in to PostHog at ${authority}. Sign in to open and save its functions and flows.`, ['signIn']);
    this.name = 'NotSignedInError';
  }
}
