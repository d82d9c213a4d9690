// The few Debug Adapter Protocol shapes the adapter speaks (the protocol's own names), and the
// message interface of VS Code's inline debug adapters, without importing VS Code.
export interface ProtocolMessage {
  readonly seq: number;
  readonly type: 'request' | 'response' | 'event';
}

export interface Request extends ProtocolMessage {
  readonly type: 'request';
  readonly command: string;
  readonly arguments?: Record<string, unknown>;
}

export interface Response extends ProtocolMessage {
  readonly type: 'response';
  readonly request_seq: number;
  readonly success: boolean;
  readonly command: string;
  readonly message?: string;
  readonly body?: unknown;
}

export interface Event extends ProtocolMessage {
  readonly type: 'event';
  readonly event: string;
  readonly body?: unknown;
}

export interface Disposable {
  dispose(): void;
}

/** vscode.DebugAdapter's shape: `new vscode.DebugAdapterInlineImplementation(adapter)` takes it. */
export interface InlineDebugAdapter extends Disposable {
  readonly onDidSendMessage: (listener: (message: ProtocolMessage) => void) => Disposable;
  handleMessage(message: ProtocolMessage): void;
}

/** `launch` arguments: the attributes of a `hog` launch configuration. */
export interface LaunchArguments {
  /** Path of the `.hog` file; its text is read unless `source` is given. */
  readonly program?: string;
  /** The text to run (an unsaved buffer, a function's code). */
  readonly source?: string;
  /** Function type deciding the globals (destination, transformation, …); default `hog`. */
  readonly type?: string;
  /** Globals: an object, or the path of a JSON file holding one. */
  readonly globals?: Record<string, unknown> | string;
  /** Input values: an object, or the path of a JSON file holding one. */
  readonly inputs?: Record<string, unknown> | string;
  /** Mocked fetch answers: `[{url?, status?, body?}]`, the first whose url occurs in the request's. */
  readonly mocks?: readonly { url?: string; status?: number; body?: unknown }[];
  readonly stopOnEntry?: boolean;
}
