/**
 * Maps a request path to one of the app's built files, refusing anything that
 * would land outside the build folder. Shared by the desktop app's custom
 * protocol and the loopback bridge's static server.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * The file a URL path names inside `root`, or null when it is not a plain
 * file inside it ("..", encoded separators, NUL, absolute or drive paths,
 * symlinks leading out). "/" is the index page.
 */
export function resolveAppFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[a-z]:$/i.test(segment))) return null;

  const base = path.resolve(root);
  const candidate = path.join(base, ...(segments.length === 0 ? ['index.html'] : segments));
  if (!isInside(base, candidate)) return null;

  let real: string;
  try {
    real = fs.realpathSync(candidate);
    if (!fs.statSync(real).isFile()) return null;
  } catch {
    return null;
  }
  return isInside(fs.realpathSync(base), real) ? real : null;
}

function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

export function contentTypeOf(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
