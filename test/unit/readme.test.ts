// The README speaks to users first: it names every command a user can run and every setting.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';

interface Contributes {
  commands: { command: string; title: string; category?: string }[];
  menus: { commandPalette?: { command: string; when?: string }[] };
  configuration: { properties: Record<string, unknown> };
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { contributes: Contributes };
const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  test('names every command of the command palette by its title', () => {
    const hidden = new Set((manifest.contributes.menus.commandPalette ?? []).filter((m) => m.when === 'false').map((m) => m.command));
    const missing = manifest.contributes.commands
      .filter((c) => !hidden.has(c.command))
      .map((c) => `${c.category ? `${c.category}: ` : ''}${c.title}`)
      .filter((title) => !readme.includes(title));
    assert.deepEqual(missing, []);
  });

  test('names every setting', () => {
    const missing = Object.keys(manifest.contributes.configuration.properties).filter((key) => !readme.includes(`\`${key}\``));
    assert.deepEqual(missing, []);
  });
});
