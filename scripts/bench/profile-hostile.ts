// `npx tsx scripts/bench/profile-hostile.ts <url> [dots|brackets|secret|jwks|jwks-small|paste-<size>|key-<size>|link-<size>|shape-<name>]...`:
// a CPU profile of the page's main thread (CDP Profiler) for each hostile input of the bench, for a paste of each
// size of the bench (`paste-400b`, `paste-1mb`) and for a keystroke in a pasted token (`key-100kb`; KEY_AT=payload types where the bench does), for a paste of each payload shape of `PAYLOAD_SHAPES` (`shape-long-name`), printed as the functions with the most
// self time and the most total time, and the long tasks seen. Serve a build first (best one built with
// `vite build --minify false`, so the names are readable). A tool for finding where the time goes; never a test.
import { createHmac, generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { chromium, type Page } from '@playwright/test';
import { TEST_IDS } from '../../src/ui/test-ids';
import { b64url, browserToken, marker, PAYLOAD_SHAPES, payloadOfSize, rs256Shaped, SIZES } from './tokens';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/** The profile's samples taken within [from, to] (µs, the trace's clock), as a profile of their own. */
function within(profile: Profile, from: number, to: number): Profile {
  const samples: number[] = [];
  const timeDeltas: number[] = [];
  let at = profile.startTime;
  let last = from;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (at < from || at > to) return;
    samples.push(id);
    timeDeltas.push(at - last);
    last = at;
  });
  // summarise() reads each sample's time from the next delta.
  timeDeltas.push(0);
  timeDeltas.shift();
  timeDeltas.unshift(0);
  return { ...profile, samples, timeDeltas };
}

/** The renderer main thread's longest task in the trace: [start, end] in µs. */
function longestTask(trace: { traceEvents: TraceEvent[] }): [number, number] | undefined {
  const main = trace.traceEvents.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (main === undefined) return undefined;
  // From the act on (console.timeStamp('act'), when the page was open before it).
  // The last one: a run may mark its act again once it has set the page up.
  const act = trace.traceEvents.filter((e) => e.name === 'TimeStamp' && e.pid === main.pid).pop();
  // PROFILE_FROM_START=1: from the start of the trace (a navigation's own tasks: its module's evaluation).
  const after = process.env.PROFILE_FROM_START === '1' ? 0 : (act?.ts ?? 0);
  let best: TraceEvent | undefined;
  // PROFILE_LIST=1: every task over PROFILE_MIN ms after the act, as [ms after the act, ms long].
  if (process.env.PROFILE_LIST === '1') {
    const listed = trace.traceEvents
      .filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ts >= after)
      .filter((e) => (e.dur ?? 0) > Number(process.env.PROFILE_MIN ?? 50) * 1000)
      .map((e) => `[${Math.round((e.ts - after) / 1000)}, ${((e.dur ?? 0) / 1000).toFixed(1)}]`);
    console.log(`tasks after the act: ${listed.join(' ')}`);
  }
  // PROFILE_TASK=n: the n-th task over PROFILE_MIN ms (50 by default) after the act (from 1), not the longest.
  const nth = Number(process.env.PROFILE_TASK ?? 0);
  let seen = 0;
  for (const e of trace.traceEvents) {
    if (e.pid !== main.pid || e.tid !== main.tid || e.name !== 'RunTask' || e.dur === undefined) continue;
    if (e.ts < after) continue;
    if (nth > 0) {
      if (e.dur > Number(process.env.PROFILE_MIN ?? 50) * 1000 && ++seen === nth) best = e;
      continue;
    }
    if (best === undefined || e.dur > (best.dur ?? 0)) best = e;
  }
  return best === undefined ? undefined : [best.ts, best.ts + (best.dur ?? 0)];
}

function summarise(profile: Profile, top = Number(process.env.PROFILE_TOP ?? 25)): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode): string => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id);
    if (node === undefined) return;
    self.set(name(node), (self.get(name(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (n === undefined) break;
      const key = name(n);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + dt);
    }
  });
  const list = (m: Map<string, number>): string =>
    [...m]
      .filter(([k]) => !k.startsWith('(root)') && !k.startsWith('(program)') && !k.startsWith('(idle)'))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
      .join('\n');
  return `self time:\n${list(self)}\ntotal time:\n${list(total)}`;
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string };
}

/** Self time by trace event name on the renderer's main thread, inside tasks over 50 ms. */
function summariseTrace(trace: { traceEvents: TraceEvent[] }): string {
  const events = trace.traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (main === undefined) return 'no main thread in the trace';
  const mine = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const stack: { end: number; name: string; child: number; dur: number }[] = [];
  const pop = (): void => {
    const top = stack.pop();
    if (top === undefined) return;
    self.set(top.name, (self.get(top.name) ?? 0) + (top.dur - top.child) / 1000);
  };
  let inLong = false;
  for (const e of mine) {
    while (stack.length > 0 && (stack[stack.length - 1]?.end ?? 0) <= e.ts) pop();
    if (stack.length === 0) inLong = e.name === 'RunTask' && (e.dur ?? 0) > 50_000;
    if (!inLong) continue;
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.child += e.dur ?? 0;
    stack.push({ end: e.ts + (e.dur ?? 0), name: e.name, child: 0, dur: e.dur ?? 0 });
  }
  while (stack.length > 0) pop();
  return `trace, self time in tasks over 50 ms:\n${[...self]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)
    .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`)
    .join('\n')}`;
}

async function profile(
  url: string,
  label: string,
  prepare: string,
  act: (page: Page) => Promise<unknown>,
  done: string,
): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, bypassCSP: true });
    await page.addInitScript(`
      window.__tasks = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({ type: 'longtask', buffered: true });
    `);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const navigating = prepare !== '';
    const trace = async (): Promise<void> =>
      browser.startTracing(page, {
        categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
      });
    if (navigating) {
      await trace();
      await cdp.send('Profiler.start');
    }
    await page.goto(`${url}${prepare}`, { waitUntil: 'load' });
    if (!navigating) {
      await page.waitForTimeout(1500);
      await trace();
      await cdp.send('Profiler.start');
    }
    const t0 = Date.now();
    await page.evaluate("window.__tasks.length = 0; console.timeStamp('act')");
    await act(page);
    await page.waitForFunction(done, undefined, { timeout: 60_000, polling: 50 });
    const ms = Date.now() - t0;
    await page.waitForTimeout(1500);
    const { profile: p } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    const tasks = await page.evaluate<number[][]>('window.__tasks');
    const traced = await browser.stopTracing();
    if (process.env.TRACE_DIR !== undefined) {
      const { writeFileSync } = await import('node:fs');
      writeFileSync(`${process.env.TRACE_DIR}/${label.replace(/[^a-z0-9]+/gi, '-')}.json`, traced);
    }
    console.log(
      `\n=== ${label}: condition met after ${ms} ms (wall, from Node); long tasks [start, ms]: ${JSON.stringify(tasks)}`,
    );
    console.log(summarise(p));
    const parsed = JSON.parse(traced.toString('utf8')) as { traceEvents: TraceEvent[] };
    console.log(summariseTrace(parsed));
    const longest = longestTask(parsed);
    if (longest !== undefined) {
      console.log(`\nthe longest task, ${((longest[1] - longest[0]) / 1000).toFixed(1)} ms:`);
      console.log(summarise(within(p, longest[0], longest[1])));
    }
  } finally {
    await browser.close();
  }
}

const [url = 'http://127.0.0.1:4173/jwt-debugger/', ...which] = process.argv.slice(2);
const wanted = (w: string): boolean => which.length === 0 || which.includes(w);
const byId = (id: string): string => `document.querySelector('[data-testid="${id}"]')`;
const keyResult = `(() => { const s = ${byId(TEST_IDS.verifyStatus)}?.getAttribute('data-status'); const k = ${byId(TEST_IDS.keyKind)}; return s === 'verified' || s === 'invalid' || s === 'error' || (k && !k.textContent.startsWith('Reading')); })()`;

if (wanted('dots')) {
  await profile(
    url,
    '1,000,000 dots by link',
    `#token=${'.'.repeat(1_000_000)}`,
    () => Promise.resolve(),
    `!!${byId(TEST_IDS.decodeError)}`,
  );
}
if (wanted('brackets')) {
  const token = `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url('['.repeat(100_000))}.${b64url(randomBytes(256))}`;
  await profile(
    url,
    '100,000 [ pasted',
    '',
    (page) => page.getByTestId(TEST_IDS.tokenInput).fill(token),
    `!!(${byId(TEST_IDS.decodeError)} || ${byId(TEST_IDS.payloadJsonError)})`,
  );
}
if (wanted('secret')) {
  const words = 'correct horse battery staple ';
  const secret = words.repeat(Math.ceil((16 * 1024 * 1024) / words.length)).slice(0, 16 * 1024 * 1024);
  const input = `${b64url('{"alg":"HS256","typ":"JWT"}')}.${b64url(payloadOfSize(250))}`;
  const token = `${input}.${createHmac('sha256', secret).update(input).digest('base64url')}`;
  await profile(
    url,
    '16 MiB secret',
    `#token=${token}`,
    (page) => page.getByTestId(TEST_IDS.keyInput).fill(secret),
    keyResult,
  );
}
for (const [w, count] of [
  ['jwks', 5000],
  ['jwks-small', 2000],
] as const) {
  if (!wanted(w)) continue;
  const { publicKey, privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const real = publicKey.export({ format: 'jwk' });
  const keys = Array.from({ length: count }, (_, i) => {
    if (i === count - 1) return { ...real, kid: `k${i}`, alg: 'RS256', use: 'sig' };
    const n = randomBytes(256);
    n[0] = (n[0] ?? 0) | 0x80;
    n[255] = (n[255] ?? 0) | 1;
    return { kty: 'RSA', n: b64url(n), e: 'AQAB', kid: `k${i}`, alg: 'RS256', use: 'sig' };
  });
  const jwks = JSON.stringify({ keys });
  const input = `${b64url('{"alg":"RS256","typ":"JWT"}')}.${b64url(payloadOfSize(250))}`;
  const token = `${input}.${b64url(sign('sha256', Buffer.from(input), privateKey))}`;
  await profile(
    url,
    `JWKS of ${count} keys (${jwks.length} chars)`,
    `#token=${token}`,
    (page) => page.getByTestId(TEST_IDS.keyInput).fill(jwks),
    keyResult,
  );
}

for (const size of SIZES) {
  const mark = marker(size.id);
  const token = browserToken(size.payloadBytes, mark);
  if (wanted(`link-${size.id}`)) {
    await profile(
      url,
      `#token= link, ${size.label}`,
      `#token=${token}`,
      () => Promise.resolve(),
      `(${byId(TEST_IDS.payloadJson)}?.textContent ?? '').includes(${JSON.stringify(mark)})`,
    );
  }
  if (wanted(`paste-${size.id}`)) {
    await profile(
      url,
      `paste ${size.label}`,
      '',
      (page) => page.getByTestId(TEST_IDS.tokenInput).fill(token),
      `(${byId(TEST_IDS.payloadJson)}?.textContent ?? '').includes(${JSON.stringify(mark)})`,
    );
  }
  if (wanted(`key-${size.id}`)) {
    await profile(
      url,
      `5 keystrokes in a ${size.label} token`,
      '',
      async (page) => {
        await page.getByTestId(TEST_IDS.tokenInput).fill(token);
        await page.waitForFunction(
          `(${byId(TEST_IDS.payloadJson)}?.textContent ?? '').includes(${JSON.stringify(mark)})`,
        );
        await page.waitForTimeout(1000);
        await page.evaluate('window.__tasks.length = 0');
        // KEY_AT=payload: at the end of the payload segment, as the bench types (half the keys break the token).
        const atPayload = process.env.KEY_AT === 'payload';
        await page.getByTestId(TEST_IDS.tokenInput).press('End');
        if (atPayload) {
          const signature = token.length - token.lastIndexOf('.');
          for (let i = 0; i < signature; i++) await page.keyboard.press('ArrowLeft');
          await page.waitForTimeout(500);
          await page.evaluate("window.__tasks.length = 0; console.timeStamp('act')");
        }
        for (const key of atPayload
          ? ['A', 'Backspace', 'A', 'Backspace']
          : ['a', 'b', 'Backspace', 'Backspace', 'c']) {
          await page.keyboard.press(key);
          await page.waitForTimeout(100);
        }
      },
      'true',
    );
  }
}
for (const [name, make] of Object.entries(PAYLOAD_SHAPES)) {
  if (!wanted(`shape-${name}`)) continue;
  const mark = marker(name);
  const token = rs256Shaped(make(mark));
  await profile(
    url,
    `paste of a ${name} payload`,
    '',
    (page) => page.getByTestId(TEST_IDS.tokenInput).fill(token),
    `(${byId(TEST_IDS.payloadJson)}?.textContent ?? '').includes(${JSON.stringify(mark)}) && ${byId(TEST_IDS.payloadPreview)} === null`,
  );
}
