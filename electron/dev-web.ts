/**
 * `npm run dev:web`: the workspace in a browser. Reuses the web build of the
 * renderer when no source changed since it was made (a rebuild takes seconds),
 * then serves it over the loopback bridge (see electron/bridge/dev-web.ts).
 */
import { ROOT } from './build';
import { ensureRendererBuilt } from './tooling/renderer-build';

const outcome = await ensureRendererBuilt(ROOT, 'web');
if (outcome === 'built') console.log('Built the workspace for the browser.');
await import('./bridge/dev-web');
