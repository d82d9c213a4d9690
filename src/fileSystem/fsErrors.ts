import * as vscode from 'vscode';
import { ApiError, MalformedResponseError, NetworkError, TimeoutError } from '../api/errors';
import { NotSignedInError } from '../connections/errors';
import { UnknownBaseError } from '../documents/unknownBase';
import { describeError } from '../ui/errorMessages';

/** Maps any failure of a read or write to the FileSystemError VS Code expects, with a readable message. */
export function toFileSystemError(error: unknown, uri: vscode.Uri): vscode.FileSystemError {
  if (error instanceof vscode.FileSystemError) return error;
  const message = error instanceof UnknownBaseError ? error.message : (describeError(error)?.message ?? 'Cancelled.');
  if (error instanceof ApiError && error.status === 404) return vscode.FileSystemError.FileNotFound(uri);
  if (error instanceof NotSignedInError || (error instanceof ApiError && (error.status === 401 || error.status === 403))) {
    return vscode.FileSystemError.NoPermissions(message);
  }
  const unavailable =
    error instanceof NetworkError ||
    error instanceof TimeoutError ||
    error instanceof MalformedResponseError ||
    (error instanceof ApiError && (error.status === 429 || error.status >= 500));
  return unavailable ? vscode.FileSystemError.Unavailable(message) : new vscode.FileSystemError(message);
}
