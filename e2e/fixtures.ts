import { test as base, expect } from '@playwright/test';
import { DebuggerPage } from './debugger-page';

interface Fixtures {
  app: DebuggerPage;
  /** Automatic: fails any test whose page requests anything outside the page's own origin. */
  offOriginGuard: undefined;
}

export const test = base.extend<Fixtures>({
  offOriginGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? 'http://127.0.0.1/').origin;
      const offOrigin: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol === 'data:' || url.protocol === 'blob:' || url.protocol === 'about:') return;
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
