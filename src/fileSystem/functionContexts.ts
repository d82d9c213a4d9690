import * as vscode from 'vscode';
import type { HogFunction } from '../api/types/hogFunction';
import type { FunctionInfo } from '../hog/analysis';
import { objectKey, type ObjectRef } from '../objects/objectRef';
import { objectOfUri } from './uris';

/** What the Hog language features know about posthog:// code buffers: the function's type and inputs. */
export class FunctionContexts implements vscode.Disposable {
  private readonly byObject = new Map<string, FunctionInfo>();
  private readonly changed = new vscode.EventEmitter<(uri: vscode.Uri) => boolean>();
  /** Fires when a function's type or inputs schema is first known or changes, with a test for its buffers. */
  readonly onDidChange = this.changed.event;

  /** Called with every fresh version of a function (read, saved or changed by a command). */
  update(ref: ObjectRef, fn: HogFunction): void {
    const key = objectKey(ref);
    const info: FunctionInfo = { type: fn.type, inputsSchema: fn.inputs_schema ?? [] };
    const before = this.byObject.get(key);
    this.byObject.set(key, info);
    if (before && JSON.stringify(before) === JSON.stringify(info)) return;
    this.changed.fire((uri) => {
      const buffer = objectOfUri(uri);
      return buffer !== undefined && objectKey(buffer) === key;
    });
  }

  readonly lookup = (uri: vscode.Uri): FunctionInfo | undefined => {
    const ref = objectOfUri(uri);
    return ref?.kind === 'function' ? this.byObject.get(objectKey(ref)) : undefined;
  };

  dispose(): void {
    this.changed.dispose();
  }
}
