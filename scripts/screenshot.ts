// `npm run screenshot`: takes the README's picture, docs/screenshot.png: the built site (built first when missing
// or stale) with its sample token, light theme, 1280x800, in the system Chromium (as the browser tests use).
// The port is SCREENSHOT_PORT, else 4179 (beside the browser tests' 4178).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const PORT = Number(process.env.SCREENSHOT_PORT ?? 4179);
const BASE = '/jwt-debugger/';
const OUT = process.argv[2] ?? 'docs/screenshot.png';
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (spawnSync('node', ['scripts/ensure-built.mjs', 'site'], { stdio: 'inherit' }).status !== 0)
  process.exit(1);

const server = spawn('node', ['scripts/serve.mjs', String(PORT), BASE], { stdio: 'ignore' });
try {
  const url = `http://127.0.0.1:${PORT}${BASE}`;
  for (let i = 0; ; i++) {
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (i > 50) throw new Error(`the site did not come up at ${url}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const browser = await chromium.launch({
    ...(existsSync(executablePath) ? { executablePath } : {}),
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    await page.goto(url);
    await page.getByTestId('payload-json').waitFor();
    // Let fonts and the editor's colours settle.
    await page.waitForTimeout(500);
    await page.screenshot({ path: OUT });
    console.log(`wrote ${OUT}`);
  } finally {
    await browser.close();
  }
} finally {
  server.kill();
}
