import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { withoutTokenParameters } from './core/url/fragment';
import { registerServiceWorker } from './service-worker';
import { loadInitialToken, loadTokenFromHash } from './state/boot';
import { appStore, preloadPreview } from './state/store';
import { App } from './ui/app';
import { preloadWhenIdle } from './ui/common/lazy';
import { theme } from './ui/theme';

// The composition root: the only place that reads the address bar and the wall clock and hands them to the store.

/**
 * Takes a token just read out of the address bar, replacing the history entry, so it is neither kept nor reloaded.
 * In a task of its own, before the first paint: replacing a megabyte of address took 25 ms, in the task that
 * starts the page.
 */
function forgetTokenInAddressBar(): void {
  window.setTimeout(() => {
    const { pathname, search, hash } = window.location;
    const kept = `${pathname}${search}${withoutTokenParameters(hash)}`;
    if (kept !== `${pathname}${search}${hash}`) window.history.replaceState(window.history.state, '', kept);
  }, 0);
}

if (loadInitialToken(appStore, window.location.hash)) forgetTokenInAddressBar();
appStore.getState().setPageUrl(window.location.href);
window.addEventListener('hashchange', () => {
  if (loadTokenFromHash(appStore, window.location.hash)) forgetTokenInAddressBar();
  appStore.getState().setPageUrl(window.location.href);
});
appStore.getState().tick(Date.now());
window.setInterval(() => appStore.getState().tick(Date.now()), 1000);

// What shows a big token's start while it decodes: fetched with the lazy parts, once the page is idle.
preloadWhenIdle(preloadPreview);

// The site works offline through a service worker; the one-file edition, opened from disk, has none.
if (import.meta.env.PROD && import.meta.env.MODE !== 'single') registerServiceWorker();

const root = document.getElementById('root');
if (root !== null) {
  const reactRoot = createRoot(root);
  // The first render as a transition: React renders it in slices, leaving the page a turn between them, instead
  // of one long task.
  startTransition(() =>
    reactRoot.render(
      <StrictMode>
        <ThemeProvider theme={theme} defaultMode="system">
          <CssBaseline enableColorScheme />
          <App />
        </ThemeProvider>
      </StrictMode>,
    ),
  );
}
