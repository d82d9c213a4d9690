import * as vscode from 'vscode';
import { displayName } from '../api/displayName';
import type { MaskedSecret } from '../api/types/revisions';
import { connectionLabel } from '../connections/baseUrl';
import { documentUri } from '../fileSystem/uris';
import { objectOfNode, type ExplorerNode } from './nodes';
import { presentFlow, presentFunction, presentMaskedSecret, type Presentation } from './presentation';

const Collapsed = vscode.TreeItemCollapsibleState.Collapsed;
const None = vscode.TreeItemCollapsibleState.None;

/** The TreeItem for a node, with the `contextValue` package.json menus match on (see contextValueOf). */
export function toTreeItem(node: ExplorerNode): vscode.TreeItem {
  const item = build(node);
  item.id = node.id;
  item.contextValue = contextValueOf(node);
  return item;
}

/**
 * `posthog.<kind>`, and for functions and flows their state too, so menus offer only what applies
 * (Enable on a disabled function, Start Batch Job on an active flow): `posthog.function.enabled` /
 * `posthog.function.disabled`, `posthog.flow.draft` / `.active` / `.archived`. Menus that apply to
 * any function or flow match `viewItem =~ /^posthog\.function\./`. A function storing the secret
 * mask gets `.maskedSecret` appended (see withMaskedSecretMark).
 */
export function contextValueOf(node: ExplorerNode): string {
  if (node.kind === 'function') return `posthog.function.${node.summary.enabled ? 'enabled' : 'disabled'}`;
  if (node.kind === 'flow') return `posthog.flow.${FLOW_STATUSES.includes(node.summary.status) ? node.summary.status : 'unknown'}`;
  return `posthog.${node.kind}`;
}

const FLOW_STATUSES: readonly string[] = ['draft', 'active', 'archived'];

function build(node: ExplorerNode): vscode.TreeItem {
  switch (node.kind) {
    case 'connection':
      return withIcon(new vscode.TreeItem(connectionLabel(node.baseUrl), Collapsed), 'cloud', node.baseUrl);
    case 'organization':
      return withIcon(new vscode.TreeItem(displayName(node.name, 'Untitled organization'), Collapsed), 'organization');
    case 'project':
      return withIcon(new vscode.TreeItem(displayName(node.name, 'Untitled project'), Collapsed), 'project', `Project ${node.projectId}`);
    case 'functions':
      return withIcon(new vscode.TreeItem('Functions', Collapsed), 'symbol-function');
    case 'functionGroup':
      return withIcon(new vscode.TreeItem(node.group.label, Collapsed), 'folder', `Types: ${node.group.types.join(', ')}`);
    case 'flows':
      return withIcon(new vscode.TreeItem('Flows', Collapsed), 'type-hierarchy');
    case 'function': {
      const item = new vscode.TreeItem(displayName(node.summary.name, 'Untitled function'), None);
      item.resourceUri = documentUri(objectOfNode(node), 'functionCode', node.summary.name);
      item.command = { command: 'posthog.openFunctionCode', title: 'Open Code', arguments: [node] };
      return withDraftMark(present(item, presentFunction(node.summary)), node.summary.draft_updated_at);
    }
    case 'flow': {
      const item = new vscode.TreeItem(displayName(node.summary.name, 'Untitled flow'), None);
      item.resourceUri = documentUri(objectOfNode(node), 'flow', node.summary.name);
      item.command = { command: 'posthog.openFlow', title: 'Open Flow Definition', arguments: [node] };
      return present(item, presentFlow(node.summary));
    }
    case 'loadMore': {
      const item = withIcon(new vscode.TreeItem('Load more…', None), 'ellipsis');
      item.command = { command: 'posthog.loadMore', title: 'Load More', arguments: [node] };
      return item;
    }
    case 'message': {
      const item = new vscode.TreeItem(node.text, None);
      item.description = node.detail;
      item.tooltip = node.detail;
      return withIcon(item, node.isError ? 'warning' : 'info', node.detail, node.isError ? 'disabledForeground' : undefined);
    }
  }
}

function present(item: vscode.TreeItem, look: Presentation): vscode.TreeItem {
  item.description = look.description;
  item.tooltip = new vscode.MarkdownString(look.tooltip.map((line, i) => (i === 0 ? `**${escape(line)}**` : escape(line))).join('  \n'));
  return withIcon(item, look.icon, undefined, look.color);
}

function withIcon(item: vscode.TreeItem, icon: string, tooltip?: string, color?: string): vscode.TreeItem {
  item.iconPath = new vscode.ThemeIcon(icon, color ? new vscode.ThemeColor(color) : undefined);
  if (tooltip !== undefined && item.tooltip === undefined) item.tooltip = tooltip;
  return item;
}

/** "draft pending" from `draft_updated_at` in list results (flow list items lack it: flows go unmarked). */
function withDraftMark(item: vscode.TreeItem, draftUpdatedAt: string | null | undefined): vscode.TreeItem {
  if (!draftUpdatedAt) return item;
  item.description = `${String(item.description ?? '')} · draft pending`;
  if (item.tooltip instanceof vscode.MarkdownString) item.tooltip.appendMarkdown(`  \nDraft pending since ${escape(draftUpdatedAt)}`);
  return item;
}

/** Marks a function PostHog lists in masked_secrets: warning icon, description, tooltip line, contextValue. */
export function withMaskedSecretMark(item: vscode.TreeItem, masked: MaskedSecret): vscode.TreeItem {
  const look = presentMaskedSecret(masked);
  item.description = [item.description, look.description].filter((part) => typeof part === 'string' && part !== '').join(' · ');
  const note = look.tooltip.join('\n');
  if (item.tooltip instanceof vscode.MarkdownString) item.tooltip.appendMarkdown(`  \n${escape(note)}`);
  else item.tooltip = typeof item.tooltip === 'string' ? `${item.tooltip}\n${note}` : note;
  item.contextValue = `${item.contextValue ?? ''}.maskedSecret`;
  item.iconPath = new vscode.ThemeIcon(look.icon, look.color ? new vscode.ThemeColor(look.color) : undefined);
  return item;
}

function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!<>|]/g, '\\$&');
}
