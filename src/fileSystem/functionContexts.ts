import type * as vscode from 'vscode';
import type { HogFunction } from '../api/types/hogFunction';
import type { FunctionInfo } from '../hog/analysis';
import { objectKey, type DocumentAddress } from '../documents/address';
import { addressOf } from './uris';

/** What the Hog language features know about posthog:// code buffers: the function's type and inputs. */
export class FunctionContexts {
  private readonly byObject = new Map<string, FunctionInfo>();

  /** Called with every fresh version of a function (read or saved). */
  update(address: DocumentAddress, fn: HogFunction): void {
    this.byObject.set(objectKey(address), { type: fn.type, inputsSchema: fn.inputs_schema ?? [] });
  }

  readonly lookup = (uri: vscode.Uri): FunctionInfo | undefined => {
    const address = addressOf(uri);
    if (!address || address.kind === 'flow') return undefined;
    return this.byObject.get(objectKey(address));
  };
}
