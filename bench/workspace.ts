/**
 * The workspace at scale, in Debian's Chromium through the loopback bridge:
 * a 50,000-sentence document opened, scrolled and tagged as a researcher would.
 */
import { chromium } from '@playwright/test';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Notebook } from '../db';
import { SAMPLE_THEMES } from '../db/default-notebook';
import { serveNotebook } from '../electron/bridge/serve-notebook';
import { CHROMIUM_ARGS } from '../electron/tooling/e2e-target';
import { buildRenderer } from '../electron/tooling/renderer-build';
import { newsText } from './news-text';
import { type BenchRow, percentile } from './table';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SENTENCES = 50_000;
const TAG_PRESSES = 60;

interface MeasureWindow {
  __measure: Promise<number>;
  __saved: Promise<number>;
}

/** Presses counted for calls to the notebook, each followed by long enough for any refresh a change schedules. */
const REQUEST_COUNT_PRESSES = 10;
const SETTLE_MS = 700;

export async function benchWorkspace(): Promise<BenchRow[]> {
  if (!fs.existsSync('/usr/bin/chromium')) {
    return [{ section: 'workspace', measure: 'Chromium', value: 'not installed (apt-get install chromium)' }];
  }
  await buildRenderer(ROOT, 'web');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-bench-'));
  const notebookPath = path.join(folder, 'large.themata');
  const notebook = Notebook.open(notebookPath, { create: true, coder: 'bench' });
  for (const theme of SAMPLE_THEMES) notebook.addTheme({ ...theme });
  // About 107 characters a sentence in news text: enough bytes for 50,000 sentences.
  let bytes = SENTENCES * 110;
  let sentenceCount = 0;
  for (;;) {
    const text = newsText(bytes, 3);
    const probe = Notebook.open(path.join(folder, 'probe.themata'), { create: true, coder: 'bench' });
    sentenceCount = probe.importDocument({ title: 'probe', text, sourceName: null }).sentenceCount;
    probe.close();
    fs.rmSync(path.join(folder, 'probe.themata'), { force: true });
    if (sentenceCount >= SENTENCES) {
      notebook.importDocument({ title: 'Wire archive, 50,000 sentences', text, sourceName: 'archive.txt' });
      break;
    }
    bytes = Math.ceil(bytes * (SENTENCES / sentenceCount) * 1.02);
  }
  notebook.close();

  const served = await serveNotebook({
    notebookPath,
    dialogs: {
      chooseNotebookToOpen: async () => null,
      chooseNewNotebookPath: async () => null,
      chooseFilesToImport: async () => [],
      chooseExportPath: async () => null,
      chooseSalvagedNotebookPath: async () => null,
    },
    shell: { revealFile: () => undefined, openLink: async () => undefined },
  });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const started = performance.now();
    await page.goto(served.bridge.pageUrl);
    await page.locator('html[data-themata-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const openMs = performance.now() - started;
    const rowsAtTop = await page.locator('[data-sentence-number]').count();

    // Scroll through the document, as reading does.
    await page.locator('[data-sentence-number]').first().hover();
    for (let i = 0; i < 40; i += 1) await page.mouse.wheel(0, 4000);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    const rowsAfterScroll = await page.locator('[data-sentence-number]').count();

    // Keystroke to the frame that shows the change, and to the notebook's answer
    // that it is saved (the toggle's response): select, then toggle theme 1.
    await page.locator('[data-sentence-number]').nth(3).click();
    const latencies: number[] = [];
    const saved: number[] = [];
    for (let i = 0; i < TAG_PRESSES; i += 1) {
      if (i % 2 === 0) await page.keyboard.press('j');
      await page.evaluate(() => {
        const target = document.querySelector('.sentence.current')?.parentElement ?? document.body;
        const measure = window as unknown as MeasureWindow;
        let pressedAt = 0;
        window.addEventListener('keydown', () => (pressedAt = performance.now()), { capture: true, once: true });
        measure.__measure = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - pressedAt));
          });
          observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
        });
        measure.__saved = new Promise<number>((resolve) => {
          const observer = new PerformanceObserver((list) => {
            const toggle = list.getEntries().find((e) => e.name.includes('/api/tags%3Atoggle') && e.startTime >= pressedAt);
            if (!toggle) return;
            observer.disconnect();
            resolve((toggle as PerformanceResourceTiming).responseEnd - pressedAt);
          });
          observer.observe({ type: 'resource' });
        });
      });
      await page.keyboard.press('1');
      latencies.push(await page.evaluate(() => (window as unknown as MeasureWindow).__measure));
      saved.push(await page.evaluate(() => (window as unknown as MeasureWindow).__saved));
    }

    // Calls to the notebook per tag keystroke, counting any refresh that follows the burst.
    const requestsPerPress: number[] = [];
    for (let i = 0; i < REQUEST_COUNT_PRESSES; i += 1) {
      await page.keyboard.press('j');
      await page.waitForTimeout(SETTLE_MS);
      await page.evaluate(() => performance.clearResourceTimings());
      await page.keyboard.press('1');
      await page.waitForTimeout(SETTLE_MS);
      requestsPerPress.push(await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/')).length));
    }

    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const heapMb = (metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? Number.NaN) / (1024 * 1024);
    const p99 = percentile(latencies, 99);
    return [
      { section: 'workspace', measure: 'document', value: `${sentenceCount.toLocaleString('en')} sentences, Chromium ${browser.version()}` },
      { section: 'workspace', measure: 'open to first paint (navigation to ready)', value: `${openMs.toFixed(0)} ms`, target: '< 1 s', met: openMs < 1000 },
      { section: 'workspace', measure: 'tag keystroke to paint p50 / p99', value: `${percentile(latencies, 50).toFixed(1)} ms / ${p99.toFixed(1)} ms`, target: 'p99 < 50 ms', met: p99 < 50 },
      {
        section: 'workspace',
        measure: 'tag keystroke to saved (the notebook\'s answer) p50 / p99',
        value: `${percentile(saved, 50).toFixed(1)} ms / ${percentile(saved, 99).toFixed(1)} ms`,
      },
      {
        section: 'workspace',
        measure: `calls to the notebook per tag keystroke (mean of ${REQUEST_COUNT_PRESSES})`,
        value: (requestsPerPress.reduce((a, b) => a + b, 0) / requestsPerPress.length).toFixed(1),
        target: '1',
        met: requestsPerPress.every((n) => n === 1),
      },
      { section: 'workspace', measure: 'sentence rows in the DOM (top / after scrolling)', value: `${rowsAtTop} / ${rowsAfterScroll}`, baseline: `${sentenceCount.toLocaleString('en')} if not virtualized`, target: 'bounded', met: Math.max(rowsAtTop, rowsAfterScroll) < 2000 },
      { section: 'workspace', measure: 'JS heap after GC', value: `${heapMb.toFixed(1)} MB`, target: '< 150 MB', met: heapMb < 150 },
    ];
  } finally {
    await browser.close();
    await served.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
