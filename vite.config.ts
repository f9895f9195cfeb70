import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two builds of the same renderer: `electron` (loaded by the desktop window,
// window.themata comes from the preload) and `web` (served by the loopback
// bridge, window.themata is installed over HTTP before the app starts).
export default defineConfig(({ mode }) => ({
  root: 'renderer',
  base: './',
  plugins: [react()],
  define: { __THEMATA_WEB__: JSON.stringify(mode === 'web') },
  build: {
    outDir: mode === 'web' ? '../dist/renderer-web' : '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
  },
}));
