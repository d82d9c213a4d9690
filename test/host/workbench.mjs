// Drives the web workbench that runs a test suite: opens it with extensionDevelopmentPath and
// extensionTestsPath in the URL payload, and collects what the smoke-test driver hooks report.
// (The payload is honoured only when code-server runs with `--vscode-option enable-smoke-test-driver`.)
import { format } from 'node:util';

/**
 * The workbench URL for a test run. Paths in the payload are vscode-remote URIs whose authority is
 * the host:port the page is served from.
 */
export function testRunUrl(serverUrl, { workspace, extensionDevelopmentPath, extensionTestsPath }) {
  const authority = new URL(serverUrl).host;
  const payload = [
    ['extensionDevelopmentPath', `vscode-remote://${authority}${extensionDevelopmentPath}`],
    ['extensionTestsPath', `vscode-remote://${authority}${extensionTestsPath}`],
  ];
  return `${serverUrl}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/**
 * Opens `url` in a new page of `browser` and resolves when the extension host exits after the suite:
 * `{ code, logs }` where `code` is 0 when the suite's run() resolved, and `logs` the workbench's log
 * files (`{ relativePath, contents }[]`). Every workbench console line goes to `onLog(level, text)`.
 * Rejects when the page crashes or closes first.
 */
export async function runSuiteInWorkbench(browser, url, onLog) {
  const page = await browser.newPage();
  let reportExit;
  const exited = new Promise((resolve, reject) => {
    reportExit = resolve;
    page.on('crash', () => reject(new Error('the workbench page crashed')));
    page.on('close', () => reject(new Error('the workbench page closed before the suite finished')));
  });
  await page.exposeFunction('codeAutomationLog', (level, message) => onLog(level, formatLogMessage(message)));
  await page.exposeFunction('codeAutomationExit', (code, logs) => reportExit({ code, logs: Array.isArray(logs) ? logs : [] }));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return exited;
}

/**
 * `message` holds the console arguments (an array, or that array as a JSON string in some versions),
 * printf-style when the first holds a format directive.
 */
function formatLogMessage(message) {
  let args = message;
  if (typeof message === 'string') {
    try {
      args = JSON.parse(message);
    } catch {
      return message;
    }
  }
  return Array.isArray(args) ? format(...args) : String(args);
}
