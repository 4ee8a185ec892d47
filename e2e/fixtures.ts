import { test as base, expect } from '@playwright/test';
import { DebuggerPage } from './debugger-page';

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
  app: async ({ page }, use) => {
    await use(new DebuggerPage(page));
  },
});

export { expect };
