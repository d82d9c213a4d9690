// The `hog` debug type's adapter as VS Code starts it. A launch configuration's own `type` is the
// debug type ("hog"), so a function's type travels as `functionType` and reaches the adapter as the
// `type` launch argument it reads.
import * as vscode from 'vscode';
import type { HogDebugAdapter } from '../hog/debug/adapter';

export const HOG_DEBUG_TYPE = 'hog';

export function hogDebugAdapters(): vscode.DebugAdapterDescriptorFactory {
  return {
    // Imported here: the debugger's modules (and Node's worker threads) load with the first debug
    // session, not with the extension.
    async createDebugAdapterDescriptor() {
      const { HogDebugAdapter } = await import('../hog/debug/adapter');
      return new vscode.DebugAdapterInlineImplementation(new FunctionTypeLaunch(new HogDebugAdapter()));
    },
  };
}

type Message = { type?: string; command?: string; arguments?: Record<string, unknown> };

class FunctionTypeLaunch implements vscode.DebugAdapter {
  readonly onDidSendMessage: vscode.Event<vscode.DebugProtocolMessage>;

  constructor(private readonly adapter: HogDebugAdapter) {
    this.onDidSendMessage = (listener) => adapter.onDidSendMessage(listener);
  }

  handleMessage(message: vscode.DebugProtocolMessage): void {
    this.adapter.handleMessage(launchWithFunctionType(message as Message) as Parameters<HogDebugAdapter['handleMessage']>[0]);
  }

  dispose(): void {
    this.adapter.dispose();
  }
}

function launchWithFunctionType(message: Message): Message {
  if (message.type !== 'request' || message.command !== 'launch' || !message.arguments) return message;
  const { functionType, ...rest } = message.arguments;
  const type = typeof functionType === 'string' ? functionType : undefined;
  return { ...message, arguments: { ...rest, type } };
}
