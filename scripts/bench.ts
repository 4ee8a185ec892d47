// `npm run bench`: measures the budgets of issue 13 / docs/ARCHITECTURE.md ("Budgets"), prints one table (each
// figure's median, min and max over repeated runs after a warm-up, its budget and whether it holds) and writes
// bench/results.json:
// - in Node: the core decoder on tokens of about 400 B, 10 KB, 100 KB and 1 MB beside JSON.parse of the same payload
//   (CPU time, same run); verification after key import for HS256, RS256, PS256, ES256 and EdDSA; the known-secret
//   search;
// - in the production build (dist/, built first when stale) in headless system Chromium: a #token= link to its
//   payload, paste to payload painted for the four sizes, keystrokes in 100 KB and 1 MB tokens, the longest
//   main-thread task of each, the hostile inputs, the JavaScript and CSS loaded before the first decode and the
//   lazy chunks, and the JS heap after the 1 MB token.
//
// `npm run bench -- --quick` (or BENCH_QUICK=1) takes fewer runs for a quick look; `--only=core,verify,secrets,link,
// paste,keystroke,hostile` takes some groups only. A verdict holds when the median is within its budget. Exits with
// status 1 when a budget does not hold. A script, never a test: no timing is asserted anywhere in `npm test`.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { benchBrowser } from './bench/browser';
import { benchDecode, benchKnownSecrets, benchVerify } from './bench/core';
import { formatTable, writeResults, type Meta, type Row } from './bench/report';
import { assetScripts, prepareSite, serve } from './bench/site';

const args = process.argv.slice(2);
const quick = args.includes('--quick') || !['', '0'].includes(process.env.BENCH_QUICK ?? '');
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const wants = (group: string): boolean => only === undefined || only.includes(group);
const RESULTS = 'bench/results.json';

function git(command: string): string {
  try {
    return execSync(`git ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const started = Date.now();
const loadAtStart = loadavg().map((l) => Math.round(l * 100) / 100);
const cpu = cpus()[0]?.model ?? 'unknown CPU';
const cores = cpus().length;
console.log(
  `JWT Debugger bench${quick ? ' (quick: fewer runs)' : ''}: ${new Date(started).toISOString()}, ${cores} × ${cpu}, ` +
    `Node ${process.version}; load average at start ${loadAtStart.join(', ')} (1, 5, 15 min)` +
    `${(loadAtStart[0] ?? 0) > cores / 2 ? ': the machine is busy, wall times will be noisy' : ''}.\n`,
);

const rows: Row[] = [];
const section = (what: string): void => {
  console.log(`${what} (at ${Math.round((Date.now() - started) / 1000)} s)...`);
};
if (wants('core')) {
  section('Core decode beside JSON.parse (Node, CPU time)');
  rows.push(...benchDecode(quick));
}
if (wants('verify')) {
  section('Core verify after key import (Node, wall time)');
  rows.push(...(await benchVerify(quick)));
}
if (wants('secrets')) {
  section('Known-secret search (Node)');
  rows.push(await benchKnownSecrets(quick));
}

let chromiumVersion: string | undefined;
const browserGroups = ['link', 'paste', 'keystroke', 'hostile'];
if (browserGroups.some(wants)) {
  const site = prepareSite();
  if ('error' in site) {
    rows.push({
      id: 'browser',
      measure: 'browser figures',
      unit: 'ms',
      text: `not measured: ${site.error}`,
      budget: '-',
      verdict: 'not measured',
    });
  } else {
    const server = await serve(site.root);
    try {
      section(`Browser (production build served at ${server.url}, headless Chromium)`);
      const result = await benchBrowser({ url: server.url, assets: assetScripts(site.root), quick, wants });
      rows.push(...result.rows);
      chromiumVersion = result.chromium;
    } finally {
      server.stop();
      rmSync(site.root, { recursive: true, force: true });
    }
  }
}

const commit = git('rev-parse --short HEAD');
const meta: Meta = {
  date: new Date(started).toISOString(),
  commit,
  dirty: git('status --porcelain --untracked-files=no') !== '',
  node: process.version,
  ...(chromiumVersion === undefined ? {} : { chromium: chromiumVersion }),
  cpu,
  cores,
  memory: `${Math.round(totalmem() / 1024 ** 3)} GiB`,
  loadAverageAtStart: loadAtStart,
  loadAverageAtEnd: loadavg().map((l) => Math.round(l * 100) / 100),
  quick,
  durationSeconds: Math.round((Date.now() - started) / 1000),
  notes: [
    'A verdict holds when the median is within the budget; "-": no budget of its own.',
    'Browser times are wall times inside the page (performance.now()); core decode times are CPU time.',
    'unit "task": the longest main-thread task in ms, 0 when there was none over 50 ms (the long-task API reports no shorter ones).',
    'The build includes whatever the working tree held when it was built (dirty: true when it differed from the commit).',
  ],
};

console.log(
  `\nResults: ${meta.date}, commit ${commit}${meta.dirty ? ' (working tree with changes)' : ''}, ${cores} × ${cpu}, ` +
    `Node ${process.version}${chromiumVersion === undefined ? '' : `, Chromium ${chromiumVersion}`}; load average ` +
    `${loadAtStart.join(', ')} at start, ${meta.loadAverageAtEnd?.join(', ') ?? ''} at the end; ` +
    `${meta.durationSeconds ?? 0} s.\n`,
);
console.log(formatTable(rows));
writeResults(RESULTS, meta, rows);
console.log(`\nWritten to ${RESULTS}.`);
if (rows.some((r) => r.verdict === 'FAILS')) process.exitCode = 1;
