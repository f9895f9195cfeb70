import { describe, expect, it } from 'vitest';
import { chooseE2eTarget, describeE2eTarget } from './e2e-target';

const installed = { ok: true as const, executable: '/r/node_modules/electron/dist/electron', version: '45.4.1' };
const missing = { ok: false as const, reason: 'it was installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its download failed' };

describe('chooseE2eTarget', () => {
  it('runs in Electron when its binary is installed', () => {
    expect(chooseE2eTarget({}, installed)).toMatchObject({ name: 'electron', executable: installed.executable });
  });

  it("runs in Debian's Chromium when it is not, and says why", () => {
    const target = chooseE2eTarget({}, missing);
    expect(target).toMatchObject({ name: 'chromium', executable: '/usr/bin/chromium' });
    expect(target.reason).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
  });

  it('takes another Chromium from CHROMIUM_PATH', () => {
    expect(chooseE2eTarget({ CHROMIUM_PATH: '/opt/chromium/chrome' }, missing).executable).toBe('/opt/chromium/chrome');
  });

  it('can be forced to Chromium even where Electron exists', () => {
    expect(chooseE2eTarget({ THEMATA_E2E_TARGET: 'chromium' }, installed).name).toBe('chromium');
  });

  it('refuses to force Electron where there is none, or an unknown target', () => {
    expect(() => chooseE2eTarget({ THEMATA_E2E_TARGET: 'electron' }, missing)).toThrow(/not installed/);
    expect(() => chooseE2eTarget({ THEMATA_E2E_TARGET: 'firefox' }, installed)).toThrow(/must be/);
  });
});

describe('describeE2eTarget', () => {
  it('is one line naming the target and the reason', () => {
    const line = describeE2eTarget(chooseE2eTarget({}, missing));
    expect(line).toMatch(/^End-to-end target: chromium \(\/usr\/bin\/chromium\) - Electron's binary is not installed/);
    expect(line).not.toContain('\n');
  });
});
