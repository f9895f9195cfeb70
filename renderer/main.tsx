import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import './styles/index.css';

// In the browser build, the loopback bridge installs window.themata before the app starts.
if (__THEMATA_WEB__) await import('./bridge/install-bridge');

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
