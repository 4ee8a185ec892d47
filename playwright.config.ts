import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4178);
/** The site is served under a subpath, as on a real static host, to prove relative asset paths work. */
export const BASE_PATH = '/jwt-debugger/';

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH !== undefined) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = chromiumPath();

export default defineConfig({
  testDir: 'e2e',
  // The screenshots of every view (looks.spec.ts, about 150 runs) are for people to look at, not a check of
  // behaviour: `npm run looks` takes them; `npm test` leaves them out to stay well under ten minutes.
  testIgnore: process.env.LOOKS === undefined ? ['**/looks.spec.ts'] : [],
  fullyParallel: true,
  workers: 2,
  forbidOnly: process.env.CI !== undefined,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  reporter: process.env.CI !== undefined ? [['list']] : [['list']],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    trace: 'off',
    launchOptions: {
      ...(executablePath === undefined ? {} : { executablePath }),
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // Before serving: the tools the tests need (a one-line instruction when one is missing) and a build that is
    // there and newer than its sources (built when not; only file times are compared when it is fresh, as after
    // `npm test`'s own build), so `npx playwright test <spec>` works in a fresh clone. Their lines go to stderr,
    // which Playwright shows.
    command: [
      'node scripts/ensure-chromium.mjs',
      'node scripts/ensure-openssl.mjs',
      'node scripts/ensure-built.mjs',
      `node scripts/serve.mjs ${PORT} ${BASE_PATH}`,
    ].join(' && '),
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: false,
    stdout: 'ignore',
    // Room for both builds on a slow machine.
    timeout: 180_000,
  },
});
