// package.json and the extension agree: every contributed command is registered through the command
// wrapper, every menu item names a contributed command, activation events are only those VS Code cannot infer.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers/extension';

interface Contributes {
  commands: Array<{ command: string; title: string }>;
  menus: Record<string, Array<{ command: string; when?: string }>>;
  views: Record<string, Array<{ id: string }>>;
  viewsContainers: { activitybar: Array<{ id: string; icon: string }> };
  viewsWelcome: Array<{ view: string; contents: string }>;
  languages: Array<{ id: string; configuration?: string }>;
}

interface PackageJson {
  activationEvents: string[];
  capabilities: unknown;
  contributes: Contributes;
}

function packageJson(): PackageJson {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension);
  return extension.packageJSON as PackageJson;
}

describe('core: package.json contributions', () => {
  it('registers every contributed command, through the command wrapper', async () => {
    const api = await activateExtension();
    const contributed = packageJson().contributes.commands.map((c) => c.command).sort();
    assert.ok(contributed.length >= 8, 'expected the PostHog commands to be contributed');
    const registered = new Set(await vscode.commands.getCommands(true));
    for (const command of contributed) assert.ok(registered.has(command), `${command} is contributed but not registered`);
    assert.deepEqual([...api.testing.registeredCommands].sort(), contributed);
  });

  it('every menu item points at a contributed command', () => {
    const { commands, menus } = packageJson().contributes;
    const contributed = new Set(commands.map((c) => c.command));
    const items = Object.entries(menus).flatMap(([menu, entries]) => entries.map((e) => ({ menu, command: e.command })));
    assert.ok(items.length > 5);
    for (const item of items) assert.ok(contributed.has(item.command), `${item.menu} names ${item.command}, which is not contributed`);
  });

  it('tree menus offer state-specific commands only where they apply', () => {
    const { menus } = packageJson().contributes;
    const entries = menus['view/item/context'] ?? [];
    const offeredOn = (command: string) =>
      TREE_CONTEXT_VALUES.filter((value) => entries.some((e) => e.command === command && viewItemMatches(e.when ?? '', value)));
    for (const entry of entries) {
      assert.ok(TREE_CONTEXT_VALUES.some((value) => viewItemMatches(entry.when ?? '', value)), `${entry.command} (${entry.when}) matches no tree item`);
    }
    assert.deepEqual(offeredOn('posthog.enableFunction'), ['posthog.function.disabled', 'posthog.function.disabled.maskedSecret']);
    assert.deepEqual(offeredOn('posthog.disableFunction'), ['posthog.function.enabled', 'posthog.function.enabled.maskedSecret']);
    assert.deepEqual(offeredOn('posthog.startFlowBatchJob'), ['posthog.flow.active']);
    assert.deepEqual(offeredOn('posthog.changeFlowStatus'), ['posthog.flow.draft', 'posthog.flow.active', 'posthog.flow.archived']);
    assert.deepEqual(offeredOn('posthog.openFunctionCode'), [
      'posthog.function.enabled', 'posthog.function.disabled', 'posthog.function.enabled.maskedSecret', 'posthog.function.disabled.maskedSecret',
    ]);
    // The fix on functions storing the secret mask; the list of them on a project's Functions.
    assert.deepEqual(offeredOn('posthog.reenterMaskedSecrets'), ['posthog.functions', 'posthog.function.enabled.maskedSecret', 'posthog.function.disabled.maskedSecret']);
    assert.deepEqual(offeredOn('posthog.bulkDeleteArchivedFlows'), ['posthog.flows']);
  });

  it('declares only the activation events VS Code cannot infer; commands, the view and the hog language are inferred', () => {
    const { activationEvents, contributes } = packageJson();
    // A folder with posthog.yaml gets its PostHog source control and Hog tests without a command first.
    assert.deepEqual(activationEvents, ['onDebugResolve:hog', 'onFileSystem:posthog', 'workspaceContains:posthog.yaml']);
    // VS Code infers onCommand for contributed commands, onView for contributed views, and
    // onLanguage for contributed languages that have a configuration.
    assert.ok(contributes.languages.length > 0);
    for (const language of contributes.languages) assert.ok(language.configuration, `${language.id} has a configuration, so onLanguage:${language.id} is inferred`);
  });

  it('runs in untrusted and virtual workspaces: it runs no workspace code', () => {
    const { capabilities } = packageJson();
    assert.deepEqual(capabilities, { untrustedWorkspaces: { supported: true }, virtualWorkspaces: true });
  });

  it('has the explorer in its own activity-bar container, with a sign-in welcome', () => {
    const { views, viewsContainers, viewsWelcome } = packageJson().contributes;
    assert.deepEqual(viewsContainers.activitybar.map((c) => c.id), ['posthog']);
    assert.deepEqual(views.posthog?.map((v) => v.id), ['posthog.explorer']);
    const welcome = viewsWelcome.find((w) => w.view === 'posthog.explorer');
    assert.ok(welcome?.contents.includes('(command:posthog.signIn)'));
  });
});

/** Every contextValue the explorer gives its items (src/explorer/treeItems.ts). */
const TREE_CONTEXT_VALUES = [
  'posthog.connection',
  'posthog.organization',
  'posthog.project',
  'posthog.functions',
  'posthog.functionGroup',
  'posthog.function.enabled',
  'posthog.function.disabled',
  // A function PostHog lists in masked_secrets (src/explorer/tree.ts).
  'posthog.function.enabled.maskedSecret',
  'posthog.function.disabled.maskedSecret',
  'posthog.flows',
  'posthog.flow.draft',
  'posthog.flow.active',
  'posthog.flow.archived',
  'posthog.loadMore',
  'posthog.message',
];

/** Whether a menu's `when` clause lets an item with this contextValue through (its `viewItem` terms only). */
function viewItemMatches(when: string, contextValue: string): boolean {
  const equals = [...when.matchAll(/viewItem == ([\w.]+)/g)].map((m) => m[1]);
  const patterns = [...when.matchAll(/viewItem =~ \/(.+?)\/(?=\s|$)/g)].map((m) => new RegExp(m[1]!));
  return equals.every((value) => value === contextValue) && patterns.every((pattern) => pattern.test(contextValue)) && equals.length + patterns.length > 0;
}

