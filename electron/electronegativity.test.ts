/**
 * Electronegativity (Doyensec's Electron security scanner) over the desktop
 * app's sources: the main process, the service core it runs, the preload,
 * the contract, the renderer's page, and the CSP the app sends as a header.
 * Any finding fails the test, except the few reviewed below, each with its reason.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './service/security-rules';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  sample?: string;
  description: string;
  manualReview: boolean;
  severity: { name: string };
  confidence: { name: string };
}

interface ScanResult {
  globalChecks: number;
  atomicChecks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

type Scan = (options: {
  input: string;
  electronVersionOverride?: string;
  excludeFromScan?: string[];
  isRelative?: boolean;
}) => Promise<ScanResult>;

const require = createRequire(import.meta.url);
const scan = require('@doyensec/electronegativity') as Scan;
const root = path.resolve(import.meta.dirname, '..');
const electronVersion = (require('electron/package.json') as { version: string }).version;

/** Checks left out: this one downloads Electron's release list from GitHub. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/** Reviewed findings: [check id, what it flags, why it stays]. */
const REVIEWED: [string, (finding: Finding) => boolean, string][] = [
  [
    'CSP_GLOBAL_CHECK',
    (finding) => finding.manualReview && finding.severity.name === 'LOW' && /script-src 'self'/.test(finding.sample ?? ''),
    "csp-evaluator's 'maybe' for script-src 'self' (a risk when a site hosts JSONP or user uploads); the app's origin serves only its own build.",
  ],
];

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
});

function temporaryFolder(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'themata-electronegativity-'));
  folders.push(folder);
  return folder;
}

function cspPage(policy: string): string {
  return `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body></body></html>\n`;
}

/** The app's own code, without unit tests (their fakes would be findings of their own). */
function appSources(): string {
  const input = temporaryFolder();
  for (const part of ['main', 'service', 'preload', 'contract']) {
    fs.cpSync(path.join(root, 'electron', part), path.join(input, part), {
      recursive: true,
      filter: (source) => !source.endsWith('.test.ts'),
    });
  }
  fs.copyFileSync(path.join(root, 'renderer', 'index.html'), path.join(input, 'index.html'));
  // The desktop and browser pages get their CSP as a response header, which a static scan cannot see.
  fs.writeFileSync(path.join(input, 'csp-desktop-header.html'), cspPage(contentSecurityPolicy('desktop')));
  fs.writeFileSync(path.join(input, 'csp-web-header.html'), cspPage(contentSecurityPolicy('web')));
  return input;
}

function describeFinding(finding: Finding): string {
  return `${finding.id} ${finding.file}:${finding.location.line} [${finding.severity.name}/${finding.confidence.name}] ${finding.description}${finding.sample ? `\n    ${finding.sample}` : ''}`;
}

let result: ScanResult;

beforeAll(async () => {
  result = await scan({ input: appSources(), electronVersionOverride: electronVersion, excludeFromScan: NETWORK_CHECKS, isRelative: true });
}, 120_000);

describe('Electronegativity', () => {
  it('runs its checks over every source file', () => {
    expect(result.atomicChecks).toBeGreaterThan(30);
    expect(result.errors.map((error) => `${error.file}: ${error.message}`)).toEqual([]);
  });

  it('finds nothing in the desktop app beyond the reviewed findings', () => {
    const unreviewed = result.issues.filter((finding) => !REVIEWED.some(([id, matches]) => finding.id === id && matches(finding)));
    if (unreviewed.length > 0) console.error(`Electronegativity findings:\n${unreviewed.map(describeFinding).join('\n')}`);
    expect(unreviewed.map(describeFinding)).toEqual([]);
  });

  it('does catch a window without isolation (the scan is live)', async () => {
    const input = temporaryFolder();
    fs.writeFileSync(
      path.join(input, 'bad-window.ts'),
      "import { BrowserWindow } from 'electron';\nnew BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });\n",
    );
    const bad = await scan({ input, electronVersionOverride: electronVersion, excludeFromScan: NETWORK_CHECKS });
    expect(bad.issues.map((finding) => finding.id)).toEqual(expect.arrayContaining(['NODE_INTEGRATION_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']));
  }, 120_000);
});
