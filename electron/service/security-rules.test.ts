import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, isAppUrl, isExternalLinkAllowed, isPermissionAllowed } from './security-rules';

describe('isAppUrl', () => {
  it.each([
    ['themata://app/index.html', true],
    ['themata://app/', true],
    ['themata://app', true],
    ['themata://app/index.html#/reader', true],
    ['themata://app/index.html?view=overview', true],
    ['themata://APP/index.html', true],
    ['themata://app.evil.example/index.html', false],
    ['themata://evil.example/app/index.html', false],
    ['themata://app@evil.example/', false],
    ['themata://user@app/index.html', false],
    ['themata://user:secret@app/', false],
    ['themata://app:8080/index.html', false],
    ['themata:app/index.html', false],
    ['themata:///app/index.html', false],
    ['themataa://app/index.html', false],
    ['file:///opt/Themata/resources/app.asar/dist/renderer/index.html', false],
    ['http://app/index.html', false],
    ['https://themata.app/', false],
    ['http://127.0.0.1:5173/', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['about:blank', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('isExternalLinkAllowed', () => {
  it.each([
    ['https://www.reuters.com/world/middle-east/', true],
    ['http://example.org/article?id=4', true],
    ['HTTPS://EXAMPLE.ORG/', true],
    ['https://user:pass@example.org/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['themata://app/index.html', false],
    ['smb://fileserver/share', false],
    ['mailto:ana@example.org', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['https://', false],
    ['', false],
  ])('%s -> %s', (url, expected) => {
    expect(isExternalLinkAllowed(url)).toBe(expected);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows only the app itself to run scripts and load styles', () => {
    for (const target of ['desktop', 'web'] as const) {
      const csp = contentSecurityPolicy(target);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("frame-ancestors 'none'");
    }
  });

  it('lets only the browser page connect, to its own origin', () => {
    expect(contentSecurityPolicy('desktop')).toContain("connect-src 'none'");
    expect(contentSecurityPolicy('web')).toContain("connect-src 'self'");
  });
});

describe('isPermissionAllowed', () => {
  it('grants clipboard writing to the app only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write', 'themata://app/index.html')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'https://example.org/')).toBe(false);
  });

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid', 'fullscreen'])('refuses %s', (permission) => {
    expect(isPermissionAllowed(permission, 'themata://app/index.html')).toBe(false);
  });
});
