import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { authorityOf, connectionLabel, normalizeBaseUrl, secretKeyFor } from '../../../src/connections/baseUrl';
import { describeError, missingScope } from '../../../src/ui/errorMessages';
import { ApiError, CancelledError, NetworkError, StaleUpdateError } from '../../../src/api/errors';
import { NotSignedInError } from '../../../src/connections/errors';

describe('base URLs', () => {
  it('normalises what users type', () => {
    assert.equal(normalizeBaseUrl(' us.posthog.com/ '), 'https://us.posthog.com');
    assert.equal(normalizeBaseUrl('http://127.0.0.1:8010/'), 'http://127.0.0.1:8010');
    assert.equal(normalizeBaseUrl('https://posthog.example.com/some/path'), 'https://posthog.example.com');
    assert.throws(() => normalizeBaseUrl('ftp://x'), /https:\/\//);
    assert.throws(() => normalizeBaseUrl(''), /address/);
    assert.throws(() => normalizeBaseUrl('https://user:phx_secret@x.com'), (e: Error) => !e.message.includes('phx_secret'));
  });

  it('derives the authority, the secret key name and a label', () => {
    assert.equal(authorityOf('http://127.0.0.1:8010'), '127.0.0.1:8010');
    assert.equal(authorityOf('https://us.posthog.com'), 'us.posthog.com');
    assert.equal(secretKeyFor('http://127.0.0.1:8010'), 'posthog.apiKey.http://127.0.0.1:8010');
    assert.equal(connectionLabel('https://eu.posthog.com'), 'PostHog EU Cloud');
    assert.equal(connectionLabel('http://localhost:8000'), 'localhost:8000');
  });
});

describe('error messages', () => {
  const request = { method: 'PATCH', path: '/api/projects/1/hog_functions/x/' };
  const apiError = (status: number, detail: string, attr: string | null = null, code: string | null = null) =>
    new ApiError({ status, type: null, code, detail, attr, retryAfter: null, body: null }, request);

  it('offers the next step for each kind of failure', () => {
    const stale = new StaleUpdateError({ status: 409, type: 'server_error', code: 'stale_update', detail: 'changed', attr: null, retryAfter: null, body: null }, request);
    assert.deepEqual(describeError(stale)!.steps, ['compare', 'merge', 'overwrite']);
    assert.deepEqual(describeError(apiError(503, 'busy'))!.steps, ['retry']);
    assert.deepEqual(describeError(apiError(429, 'slow down'))!.steps, ['retry']);
    assert.deepEqual(describeError(new NetworkError('connection refused', 'ECONNREFUSED', request))!.steps, ['retry']);
    assert.deepEqual(describeError(apiError(401, 'bad key'))!.steps, ['signIn']);
    assert.equal(describeError(new CancelledError(request)), undefined);
  });

  it('takes the next steps of an error that names its own (not signed in: sign in)', () => {
    const report = describeError(new NotSignedInError('posthog.example.com'), 'Opening “a.hog”')!;
    assert.deepEqual(report.steps, ['signIn']);
    assert.equal(report.message, 'Opening “a.hog” failed: You are not signed in to PostHog at posthog.example.com. Sign in to open and save its functions and flows.');
  });

  it('names the field of a 400 and the scope of a 403', () => {
    assert.match(describeError(apiError(400, 'Hog code has errors.', 'hog'), 'Saving “a.hog”')!.message, /^Saving “a.hog” failed: .*'hog'.*Hog code has errors/);
    const forbidden = describeError(apiError(403, "API key missing required scope 'hog_function:write'"))!;
    assert.match(forbidden.message, /'hog_function:write'/);
    assert.equal(missingScope('nothing here'), undefined);
  });
});
