import type * as vscode from 'vscode';
import type { HogFunction } from '../api/types/hogFunction';
import type { FunctionInfo } from '../hog/analysis';
import { objectKey, type ObjectRef } from '../objects/objectRef';
import { objectOfUri } from './uris';

/** What the Hog language features know about posthog:// code buffers: the function's type and inputs. */
export class FunctionContexts {
  private readonly byObject = new Map<string, FunctionInfo>();

  /** Called with every fresh version of a function (read, saved or changed by a command). */
  update(ref: ObjectRef, fn: HogFunction): void {
    this.byObject.set(objectKey(ref), { type: fn.type, inputsSchema: fn.inputs_schema ?? [] });
  }

  readonly lookup = (uri: vscode.Uri): FunctionInfo | undefined => {
    const ref = objectOfUri(uri);
    return ref?.kind === 'function' ? this.byObject.get(objectKey(ref)) : undefined;
  };
}
