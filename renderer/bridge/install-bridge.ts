/**
 * Imported by the renderer's entry in the browser build only (see main.tsx):
 * installs window.themata over the loopback bridge before the app starts.
 */
import { createBridgeApi, takeToken } from './bridge-api';

const token = takeToken({
  location: window.location,
  replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
  session: window.sessionStorage,
});

if (token === null) {
  console.error('Themata: this page was opened without its token; open the address "npm run dev:web" printed.');
}

Object.defineProperty(window, 'themata', {
  value: createBridgeApi({
    token: token ?? '',
    fetch: (url, init) => window.fetch(url, init),
    openEvents: (url) => new EventSource(url),
  }),
  writable: false,
  configurable: false,
  enumerable: true,
});
