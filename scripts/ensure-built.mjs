// Makes sure the built site is there and newer than its sources, building it when it is not:
// `node scripts/ensure-built.mjs [site|single|all]` (default: all). The browser tests (playwright.config.ts runs
// this before serving) and `npm run preview` use it, so they never serve a missing or stale build. When the build
// is fresh it only compares file times (a few milliseconds), so `npm test`, which has just built, builds once.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What each edition is built from: the files whose changes make a build stale. */
const INPUTS = [
  'src',
  'public',
  'index.html',
  'vite.config.ts',
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'tsconfig.app.json',
];

const EDITIONS = {
  site: { output: 'dist/index.html', args: ['build'], command: 'npm run build' },
  single: {
    output: 'dist-single/jwt-debugger.html',
    args: ['build', '--mode', 'single'],
    command: 'npm run build:single',
  },
};

/** Unit tests sit beside their modules but are never built. */
const TEST_FILE = /\.test\.tsx?$/;

/** The newest modification time under `path` (a file or a folder), 0 when it does not exist. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  // A folder's own time changes when a file in it is added, renamed or removed.
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path)) {
    if (!TEST_FILE.test(entry)) latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** Why an edition needs building ('missing' or 'stale'), or undefined when its build is fresh. */
function staleness(output) {
  if (!existsSync(output)) return 'missing';
  const built = statSync(output).mtimeMs;
  return INPUTS.some((input) => newest(input) > built) ? 'stale' : undefined;
}

const which = process.argv[2] ?? 'all';
const names = which === 'all' ? Object.keys(EDITIONS) : [which];
for (const name of names) {
  const edition = EDITIONS[name];
  if (edition === undefined) {
    console.error(`ensure-built: unknown edition "${name}" (site, single or all).`);
    process.exit(2);
  }
  const why = staleness(edition.output);
  if (why === undefined) continue;
  // stderr: Playwright ignores the web server's stdout but shows its stderr.
  console.error(`${edition.output} is ${why}: building it (vite ${edition.args.join(' ')})...`);
  const run = spawnSync(join('node_modules', '.bin', 'vite'), edition.args, { encoding: 'utf8' });
  if (run.status !== 0) {
    console.error(`${run.stdout ?? ''}${run.stderr ?? ''}`);
    console.error(`ensure-built: the build failed; run "${edition.command}" to see why.`);
    process.exit(1);
  }
}
