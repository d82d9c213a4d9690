// A plain `.hog` file as the target of a local run or debug session: a command's argument names
// one (a file Uri, `{uri}` of one) or, with no object named, the active editor holds one.
import * as vscode from 'vscode';
import { POSTHOG_SCHEME } from '../documents/address';
import { parseGlobals } from '../invocation';
import type { InvocationGlobals } from '../api';
import { openDocument } from '../fileSystem/openDocuments';
import { plainArg } from '../targets/commandArgs';

const OBJECT_FIELDS = ['functionId', 'flowId', 'projectId', 'host'];

/** The `.hog` file (not a posthog:// document) the argument names, if it names one. */
export function hogFileOf(arg: unknown): vscode.Uri | undefined {
  if (arg instanceof vscode.Uri) return notPostHog(arg);
  const fields = plainArg(arg);
  if (arg !== undefined && !fields) return undefined;
  const uri = fields?.uri;
  if (uri instanceof vscode.Uri) return notPostHog(uri);
  if (typeof uri === 'string') return notPostHog(vscode.Uri.parse(uri));
  if (OBJECT_FIELDS.some((field) => fields?.[field] !== undefined)) return undefined;
  const document = vscode.window.activeTextEditor?.document;
  return document?.languageId === 'hog' ? notPostHog(document.uri) : undefined;
}

function notPostHog(uri: vscode.Uri): vscode.Uri | undefined {
  return uri.scheme === POSTHOG_SCHEME ? undefined : uri;
}

/** `<name>.globals.json` beside `<name>.hog`. */
export function globalsUriOf(file: vscode.Uri): vscode.Uri {
  return file.with({ path: file.path.replace(/(\.hog)?$/, '.globals.json') });
}

/** The file's globals document (an open editor's text first), or `{}` when it has none. */
export async function fileGlobals(file: vscode.Uri): Promise<InvocationGlobals> {
  const uri = globalsUriOf(file);
  const text = openDocument(uri)?.getText() ?? (await readText(uri));
  if (text === undefined) return {};
  const parsed = parseGlobals(text);
  if (parsed.ok) return parsed.globals;
  throw new Error(`${parsed.message} Fix ${uri.path.slice(uri.path.lastIndexOf('/') + 1)} and run again.`);
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}
