// The `hog` debugger's VS Code side: an inline adapter factory over the vscode-free adapter in
// src/hog/debug. Not registered here: the caller does
// `vscode.debug.registerDebugAdapterDescriptorFactory('hog', hogDebugAdapterFactory())`.
import * as vscode from 'vscode';
import { HogDebugAdapter } from '../hog/debug/adapter';

export function hogDebugAdapterFactory(): vscode.DebugAdapterDescriptorFactory {
  return {
    createDebugAdapterDescriptor() {
      return new vscode.DebugAdapterInlineImplementation(new HogDebugAdapter());
    },
  };
}
