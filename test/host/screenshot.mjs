// Opens a workbench URL in headless Chromium, opens hello.hog from the Explorer and saves a
// screenshot: a quick visual check that the demo comes up with the extension's language loaded
// and the PostHog tree showing the demo functions.
import { launchChromium } from './browser.mjs';

export async function screenshotWorkbench(toolchain, stateDir, url, file) {
  const browser = await launchChromium(toolchain, stateDir);
  const page = await browser.newPage({ viewport: { width: 1400, height: 850 } });
  try {
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 60_000 });
    await page.click('.explorer-folders-view .monaco-list-row:has-text("hello.hog")', { timeout: 60_000 });
    await page.waitForSelector('.editor-instance .view-lines', { timeout: 30_000 });
    // The language indicator in the status bar shows the extension's language name once it applies.
    await page.waitForSelector('#status\\.editor\\.mode', { timeout: 30_000 });
    // Demo mode reveals the PostHog tree; open it down to the destinations.
    for (const label of ['127.0.0.1', 'Hogdev', 'Web app (production)', 'Functions', 'Destinations']) {
      const row = page.locator(`.monaco-list-row:has-text("${label}")`).first();
      await row.waitFor({ timeout: 30_000 });
      await row.click();
    }
    await page.waitForTimeout(2000);
    await page.screenshot({ path: file });
    return (await page.textContent('#status\\.editor\\.mode'))?.trim() ?? '';
  } catch (error) {
    await page.screenshot({ path: file }).catch(() => {});
    throw new Error(`${error.message.split('\n')[0]} (screenshot of the page so far: ${file})`);
  } finally {
    await browser.close();
  }
}
