// `npx tsx scripts/bench/readme.ts`: writes the README's "Speed" table from bench/results.json (the last
// `npm run bench`), between the markers `<!-- bench:start -->` and `<!-- bench:end -->`, with the machine and the
// date it was measured on; then formats README.md with Prettier.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { formatValue, type Meta, type Unit } from './report';

interface ResultRow {
  readonly id: string;
  readonly measure: string;
  readonly unit: Unit;
  readonly median?: number;
  readonly min?: number;
  readonly max?: number;
  readonly runs?: number;
  readonly text?: string;
  readonly budget: string;
  readonly verdict: string;
}

/** The rows the README shows, in order, with the words it uses for each. */
const SHOWN: readonly (readonly [string, string])[] = [
  ['core.decode.400b', 'Core decode, 400 B token (CPU)'],
  ['core.decode.1mb', 'Core decode, 1 MB token (CPU)'],
  ['core.decode-ratio.1mb', 'Core decode ÷ `JSON.parse`, 1 MB'],
  ['core.decode-view.1mb', 'Core decode + view for the page (the decode worker), 1 MB (CPU)'],
  ['browser.link.typical', '`#token=` link to payload painted, 400 B (first visit)'],
  ['browser.link.typical.longest-task', '↳ longest main-thread task'],
  ['browser.paste.400b', 'Paste to payload painted, 400 B'],
  ['browser.paste.400b.longest-task', '↳ longest main-thread task'],
  ['browser.paste.100kb', 'Paste to payload painted, 100 KB'],
  ['browser.paste.1mb', 'Paste to payload painted, 1 MB'],
  ['browser.paste.1mb.longest-task', '↳ longest main-thread task'],
  ['browser.keystroke.100kb', 'Keystroke to next frame, 100 KB token'],
  ['browser.keystroke.1mb', 'Keystroke to next frame, 1 MB token'],
  ['hostile.dots-link', 'Hostile: 1,000,000 dots by link, to result'],
  ['hostile.link-1mb', 'Hostile: 1 MB token by link, to result'],
  ['hostile.link-1mb.longest-task', '↳ longest main-thread task'],
  ['hostile.brackets-paste', 'Hostile: payload of 100,000 `[`, to result'],
  ['hostile.secret-16mib', 'Hostile: 16 MiB secret, to result'],
  ['hostile.jwks-5000', 'Hostile: JWKS of 5,000 keys, to result'],
  ['hostile.compare-1mb', 'Hostile: 1 MB token to compare with, to result'],
  ['hostile.encrypt-key-1mb', 'Hostile: 1 MB key to encrypt with, to result'],
  ['hostile.expected-iss-1mb', 'Hostile: 1 MB expected issuer, to result'],
  ['hostile.shape-claims-5000', 'Hostile: payload of 5,000 members, to result'],
  ['browser.first-load.js', 'First load: JavaScript before the first decode (gzip)'],
  ['build.lazy-js', 'Lazy chunks, all other JavaScript (gzip)'],
  ['browser.heap.1mb', 'JS heap after the 1 MB token'],
];

function figure(row: ResultRow): string {
  if (row.median === undefined || row.min === undefined || row.max === undefined) return row.text ?? '-';
  const [median, min, max] = [row.median, row.min, row.max].map((v) => formatValue(v, row.unit));
  return row.runs === 1 || min === max ? `${median}` : `${median} (${min} to ${max})`;
}

const results = JSON.parse(readFileSync('bench/results.json', 'utf8')) as {
  meta: Meta;
  rows: ResultRow[];
};
const { meta } = results;
const byId = new Map(results.rows.map((r) => [r.id, r]));
const lines = [
  '| measure | median (min to max) | budget | verdict |',
  '| --- | --- | --- | --- |',
  ...SHOWN.flatMap(([id, words]) => {
    const row = byId.get(id);
    return row === undefined ? [] : [`| ${words} | ${figure(row)} | ${row.budget} | ${row.verdict} |`];
  }),
];
const load = meta.loadAverageAtStart.join(', ');
const section = [
  '<!-- bench:start -->',
  '',
  `Measured ${meta.date.slice(0, 10)} on ${meta.cores} × ${meta.cpu}, ${meta.memory}, Node ${meta.node}` +
    `${meta.chromium === undefined ? '' : `, Chromium ${meta.chromium} headless`}, commit ${meta.commit}` +
    `${meta.dirty ? ' with other work in progress in the tree' : ''}; the machine was shared with other jobs (load ` +
    `average ${load} at the start), so wall times are noisy${meta.quick ? ' (a quick run: fewer runs)' : ''}.`,
  '',
  ...lines,
  '',
  '<!-- bench:end -->',
].join('\n');

const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf('<!-- bench:start -->');
const end = readme.indexOf('<!-- bench:end -->');
if (start < 0 || end < start)
  throw new Error('README.md has no <!-- bench:start --> … <!-- bench:end --> section');
const next = readme.slice(0, start) + section + readme.slice(end + '<!-- bench:end -->'.length);
const options = (await resolveConfig('README.md')) ?? {};
writeFileSync('README.md', await format(next, { ...options, filepath: 'README.md' }));
console.log('README.md: Speed table written from bench/results.json.');
