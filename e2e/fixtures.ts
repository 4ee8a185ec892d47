import { test as base, expect } from '@playwright/test';
import { DebuggerPage } from './debugger-page';

/**
 * The instant every browser test runs at: the page's `Date.now()` and `new Date()` always say this (timers
 * still run in real time). Tests that reason about expiry build their times from it.
 */
export const NOW = new Date('2026-11-25T10:00:00Z');
/** {@link NOW} in seconds since the epoch, as JWT time claims count (RFC 7519 section 2, NumericDate). */
export const NOW_SECONDS = NOW.getTime() / 1000;

interface Fixtures {
  app: DebuggerPage;
  /** Automatic: fails any test whose page requests anything outside the page's own origin. */
  offOriginGuard: undefined;
}

export const test = base.extend<Fixtures>({
  offOriginGuard: [
    async ({ context, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const offOrigin: string[] = [];
      // On the context, so requests made by the service worker are watched too.
      context.on('request', (request) => {
        const url = new URL(request.url());
        // file: is the one-file edition opened from disk; its own test checks it loads nothing else.
        if (['data:', 'blob:', 'about:', 'file:'].includes(url.protocol)) return;
        if (url.origin !== origin) offOrigin.push(request.url());
      });
      await use(undefined);
      expect(offOrigin, 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
  app: async ({ context, page }, use) => {
    // Before any page loads, so the store's clock never sees the real time; on the context, so a page a test
    // opens itself (a shared link) runs at the same instant.
    await context.clock.setFixedTime(NOW);
    await use(new DebuggerPage(page));
  },
});

export { expect };
