// The `hog` launch configuration of posthog.debugLocally: a function's buffer as `source` with its
// type, test globals and input values, or a `.hog` file as `program` (with its text while unsaved).
import * as vscode from 'vscode';
import { openDocument } from '../fileSystem/openDocuments';
import { HOG_DEBUG_TYPE } from './debugAdapter';
import type { RunPlan } from './runPlan';

export function functionLaunch(plan: RunPlan): vscode.DebugConfiguration {
  const inputs = Object.fromEntries(Object.entries(plan.inputs).map(([key, input]) => [key, input?.value]));
  return {
    type: HOG_DEBUG_TYPE,
    request: 'launch',
    name: `Debug ${plan.name}`,
    source: plan.code,
    functionType: plan.type,
    globals: plan.globals,
    inputs,
  };
}

export function fileLaunch(uri: vscode.Uri, source: string | undefined): vscode.DebugConfiguration {
  const document = openDocument(uri);
  const unsaved = document?.isDirty === true || uri.scheme !== 'file' ? document?.getText() : undefined;
  const text = source ?? unsaved;
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
  return { type: HOG_DEBUG_TYPE, request: 'launch', name: `Debug ${name}`, program: uri.fsPath, ...(text === undefined ? {} : { source: text }) };
}

/**
 * Starts the session; false when VS Code did not start it. Nothing is saved first: saving a
 * posthog:// buffer would write it to PostHog, and the session runs the editors' text anyway.
 */
export async function startDebugging(configuration: vscode.DebugConfiguration): Promise<boolean> {
  return vscode.debug.startDebugging(undefined, configuration, { suppressSaveBeforeStart: true });
}
