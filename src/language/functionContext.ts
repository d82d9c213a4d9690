import type * as vscode from 'vscode';
import type { ProjectDefinitions } from '../taxonomy/definitionsCache';

/** What the Hog language features know about a buffer that belongs to a PostHog function. */
export interface HogFunctionContext {
  /** PostHog's function type: 'destination', 'transformation', 'source_webhook', ... */
  readonly type: string;
  /** The function's `inputs_schema` items (key, label, description, type, secret, ...). */
  readonly inputsSchema: ReadonlyArray<{ key: string; label?: string; description?: string; type?: string; secret?: boolean; required?: boolean }>;
  /** The event and property definitions of the function's project, fetched when first needed. */
  readonly definitions?: ProjectDefinitions;
}

/**
 * Looks up the function behind a document (posthog:// buffers). Returns undefined for plain
 * `.hog` files on disk, which then get the checks for a destination without input checks.
 */
export type HogFunctionContextLookup = (uri: vscode.Uri) => HogFunctionContext | undefined;
