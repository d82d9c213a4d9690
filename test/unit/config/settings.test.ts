// The settings as the code reads them: defaults, clamping, known log levels; and the same keys as
// package.json contributes.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { readSettings, SETTINGS } from '../../../src/config/settings';

const read = (values: Record<string, unknown>) => readSettings((key) => values[key]);

describe('settings', () => {
  it('reads every setting of package.json, and only those', () => {
    const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: { configuration: { properties: Record<string, unknown> } } };
    const contributed = Object.keys(manifest.contributes.configuration.properties).sort();
    assert.deepEqual(Object.values(SETTINGS).map((s) => `posthog.${s.key}`).sort(), contributed);
  });

  it('uses the defaults of package.json when nothing is set', () => {
    assert.deepEqual(read({}), {
      autoSave: false,
      explorerPageSize: 50,
      requestTimeoutMs: 30_000,
      maxResponseBytes: 50 * 1024 * 1024,
      mockAsyncFunctions: true,
      logPollIntervalMs: 2000,
      logLevels: [],
    });
  });

  it('clamps numbers into their range and ignores values of the wrong type', () => {
    const settings = read({ 'explorer.pageSize': 900.7, requestTimeoutSeconds: 0, 'logs.pollIntervalSeconds': 0.1, 'testInvocation.mockAsyncFunctions': 'no' });
    assert.equal(settings.explorerPageSize, 500);
    assert.equal(settings.requestTimeoutMs, 1000);
    assert.equal(settings.logPollIntervalMs, 500);
    assert.equal(settings.mockAsyncFunctions, true);
    assert.equal(read({ maxResponseMegabytes: 2 }).maxResponseBytes, 2 * 1024 * 1024);
    assert.equal(read({ maxResponseMegabytes: 0 }).maxResponseBytes, 50 * 1024 * 1024);
    assert.equal(read({ maxResponseMegabytes: '2' }).maxResponseBytes, 50 * 1024 * 1024);
    assert.equal(read({ 'explorer.pageSize': 0 }).explorerPageSize, 1);
    assert.equal(read({ 'explorer.pageSize': 'ten' }).explorerPageSize, 50);
  });

  it('keeps known log levels, upper-cased, and shows both spellings of a warning', () => {
    assert.deepEqual(read({ 'logs.levels': ['warn', 'Error', 'verbose', 3] }).logLevels, ['WARN', 'ERROR', 'WARNING']);
    assert.deepEqual(read({ 'logs.levels': 'ERROR' }).logLevels, []);
  });
});
