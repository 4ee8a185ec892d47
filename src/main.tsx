import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerServiceWorker } from './service-worker';
import { loadInitialToken, loadTokenFromHash } from './state/boot';
import { App } from './ui/app';
import { theme } from './ui/theme';

loadInitialToken(window.location.hash);
window.addEventListener('hashchange', () => loadTokenFromHash(window.location.hash));

// The site works offline through a service worker; the one-file edition, opened from disk, has none.
if (import.meta.env.PROD && import.meta.env.MODE !== 'single') registerServiceWorker();

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(
    <StrictMode>
      <ThemeProvider theme={theme} defaultMode="system">
        <CssBaseline enableColorScheme />
        <App />
      </ThemeProvider>
    </StrictMode>,
  );
}
