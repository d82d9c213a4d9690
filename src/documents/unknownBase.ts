/** The save could not be based on a known server version (e.g. a buffer restored after a restart). */
export class UnknownBaseError extends Error {
  constructor() {
    super('it is not known which version on PostHog this text is based on, so saving could overwrite newer changes.');
    this.name = 'UnknownBaseError';
  }
}
