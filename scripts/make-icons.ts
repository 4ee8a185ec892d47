// Renders the app icons in public/ from public/favicon.svg with the system Chromium:
// `npx tsx scripts/make-icons.ts`. Run it again after changing the SVG; the PNGs are committed.
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const svg = readFileSync('public/favicon.svg', 'utf8');

/** The maskable icon fills its square edge to edge and keeps the dots inside the central safe circle. */
const maskable = svg
  .replace(/rx="[^"]*"/, 'rx="0"')
  .replace('viewBox="0 0 64 64"', 'viewBox="-16 -16 96 96"')
  .replace('<rect width="64" height="64"', '<rect x="-16" y="-16" width="96" height="96"');

const icons: readonly { file: string; size: number; svg: string }[] = [
  { file: 'public/icon-192.png', size: 192, svg },
  { file: 'public/icon-512.png', size: 512, svg },
  { file: 'public/icon-maskable-512.png', size: 512, svg: maskable },
];

const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const browser = await chromium.launch({
  ...(executablePath === undefined ? {} : { executablePath }),
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const icon of icons) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size } });
    const sized = icon.svg.replace('<svg ', `<svg width="${icon.size}" height="${icon.size}" `);
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${sized}`);
    await page.screenshot({ path: icon.file, omitBackground: true });
    await page.close();
    console.log(`wrote ${icon.file}`);
  }
} finally {
  await browser.close();
}
