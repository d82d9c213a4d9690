// Reading a command's argument: a tree node (context menus), a Uri (editor title, CodeLens), a plain
// object of fields (keybindings, scripts, tests) or nothing (the command palette).
import * as vscode from 'vscode';
import type { ExplorerNode } from '../explorer/nodes';

/** The plain-object argument form, or undefined for tree nodes, Uris and anything else. */
export function plainArg(arg: unknown): Readonly<Record<string, unknown>> | undefined {
  if (typeof arg !== 'object' || arg === null || Array.isArray(arg) || arg instanceof vscode.Uri || 'kind' in arg) return undefined;
  return arg as Record<string, unknown>;
}

/** The explorer node a command was run on, if it was. */
export function nodeArg(arg: unknown): ExplorerNode | undefined {
  return typeof arg === 'object' && arg !== null && 'kind' in arg && 'id' in arg ? (arg as ExplorerNode) : undefined;
}

/** A string field of the plain-object argument form. */
export function stringArg(arg: unknown, key: string): string | undefined {
  const value = plainArg(arg)?.[key];
  return typeof value === 'string' ? value : undefined;
}

/** An object field of the plain-object argument form (e.g. `variables`, `inputs`). */
export function recordArg(arg: unknown, key: string): Record<string, unknown> | undefined {
  const value = plainArg(arg)?.[key];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** A list field of the plain-object argument form (e.g. `order`). */
export function listArg(arg: unknown, key: string): unknown[] | undefined {
  const value = plainArg(arg)?.[key];
  return Array.isArray(value) ? value : undefined;
}

/** A boolean field of the plain-object argument form (e.g. `mockAsyncFunctions`). */
export function booleanArg(arg: unknown, key: string): boolean | undefined {
  const value = plainArg(arg)?.[key];
  return typeof value === 'boolean' ? value : undefined;
}
