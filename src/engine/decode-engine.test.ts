import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../core/limits';
import { compact, HS256_HEADER } from '../core/testing/build-token';
import { decodeToken } from '../core/token/decode';
import { toViewDecoded } from '../core/token/for-view';
import { createWorkerDecodeEngine, refusedUnread } from './decode-engine';
import type { DecodeReply, DecodeRequest } from './decode-protocol';
import { toWire } from './decode-wire';

/** A stand-in for the decode worker: runs the worker's code when told to, so a test controls the timing. */
class FakeWorker {
  onmessage: ((event: MessageEvent<DecodeReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  readonly received: DecodeRequest[] = [];
  terminated = false;

  postMessage(request: DecodeRequest): void {
    this.received.push(request);
  }

  /** Answers the oldest request not yet answered, as the worker would. */
  answer(): void {
    const request = this.received[this.answered++];
    if (request === undefined) throw new Error('nothing to answer');
    const decoded = toViewDecoded(decodeToken(request.text, request.limits, request.choice));
    // Cloned as postMessage would: the answer the page gets is a copy.
    const data: DecodeReply = structuredClone({ id: request.id, wire: toWire(decoded, request.text) });
    this.onmessage?.({ data } as MessageEvent<DecodeReply>);
  }

  fail(): void {
    this.onerror?.({ preventDefault: () => undefined } as ErrorEvent);
  }

  terminate(): void {
    this.terminated = true;
  }

  private answered = 0;
}

function bigToken(marker: string): string {
  const roles = Array.from({ length: 3000 }, (_, i) => `role-${marker}-${i}`);
  return compact(HS256_HEADER, JSON.stringify({ sub: marker, roles }));
}

function engineWith(worker: FakeWorker, threshold = 1000) {
  return createWorkerDecodeEngine(() => worker as unknown as Worker, threshold);
}

describe('the worker decode engine', () => {
  it('answers at once, on the page, a big text the decoder refuses unread: no worker start to wait for', () => {
    let started = 0;
    const engine = createWorkerDecodeEngine(() => {
      started++;
      return new FakeWorker() as unknown as Worker;
    }, 1000);
    const dots = '.'.repeat(5000);
    const answer = engine.decode(dots);
    expect(answer).not.toBeInstanceOf(Promise);
    expect((answer as ReturnType<typeof decodeToken>).errors[0]?.code).toBe('SEGMENT_COUNT');
    const tooBig = engine.decode('x'.repeat(2000), { ...DEFAULT_LIMITS, tokenChars: 1500 });
    expect((tooBig as ReturnType<typeof decodeToken>).errors[0]?.code).toBe('TOKEN_TOO_LARGE');
    expect(started).toBe(0);
    // A big token with fewer separators than the limit still goes to the worker.
    expect(engine.decode(bigToken('a'))).toBeInstanceOf(Promise);
    expect(started).toBe(1);
  });

  it('sends a big text of many tokens among words to the worker: it is searched, not refused', () => {
    const token = compact(HS256_HEADER, '{"sub":"a"}');
    const log = Array.from({ length: 600 }, (_, i) => `line ${i}: Bearer ${token}`).join('\n');
    expect(log.split('.').length).toBeGreaterThan(1000);
    expect(refusedUnread(log, DEFAULT_LIMITS)).toBe(false);
    const { found } = decodeToken(log);
    expect((found?.tokens.length ?? 0) + (found?.more ?? 0)).toBe(600);
    // Only what the decoder refuses whole is said to be: dots and token characters alone.
    for (const text of ['.'.repeat(1000), `${'ab.'.repeat(1000)}ab`, 'a~b.'.repeat(1000)]) {
      expect(refusedUnread(text, DEFAULT_LIMITS)).toBe(true);
      expect(decodeToken(text).errors.map((e) => e.code)).toEqual(['SEGMENT_COUNT']);
    }
    expect(refusedUnread('.'.repeat(998), DEFAULT_LIMITS)).toBe(false);
  });

  it('decodes a small token inline, at once, without starting the worker', () => {
    let started = 0;
    const engine = createWorkerDecodeEngine(() => {
      started++;
      return new FakeWorker() as unknown as Worker;
    }, 1000);
    const token = compact(HS256_HEADER, '{"sub":"a"}');
    const answer = engine.decode(token);
    expect(answer).not.toBeInstanceOf(Promise);
    expect(answer).toEqual(decodeToken(token));
    expect(started).toBe(0);
  });

  it('sends a big token to the worker and answers with its cut-down decode', async () => {
    const worker = new FakeWorker();
    const token = bigToken('a');
    const answer = engineWith(worker).decode(token, DEFAULT_LIMITS);
    expect(answer).toBeInstanceOf(Promise);
    expect(worker.received.map((r) => r.text)).toEqual([token]);
    worker.answer();
    const decoded = await answer;
    expect(decoded.errors).toEqual([]);
    expect(decoded.payload?.content).toMatchObject({ kind: 'json' });
    // The copies of the token left out of the answer are back, from the page's own text.
    expect(decoded).toEqual(toViewDecoded(decodeToken(token)));
  });

  it('while the worker is busy, only the newest text waits; a replaced one never reaches the worker', async () => {
    const worker = new FakeWorker();
    const engine = engineWith(worker);
    const [a, b, c] = ['a', 'b', 'c'].map(bigToken) as [string, string, string];
    const first = engine.decode(a);
    const second = engine.decode(b);
    const third = engine.decode(c);
    expect(worker.received.map((r) => r.text)).toEqual([a]);
    // The replaced text is answered at once with a stand-in, which the store drops (its text is not on screen).
    expect((await second).input).toBe('');
    worker.answer();
    expect((await first).input).toBe(a);
    expect(worker.received.map((r) => r.text)).toEqual([a, c]);
    worker.answer();
    expect((await third).input).toBe(c);
  });

  it('hands the answer over when told to (the page: after the next frame), while the worker goes on', async () => {
    const worker = new FakeWorker();
    const held: (() => void)[] = [];
    const engine = createWorkerDecodeEngine(
      () => worker as unknown as Worker,
      1000,
      (answer) => held.push(answer),
    );
    const [a, b] = ['a', 'b'].map(bigToken) as [string, string];
    let answered: string | undefined;
    void Promise.resolve(engine.decode(a)).then((d) => (answered = d.input));
    const second = engine.decode(b);
    worker.answer();
    await new Promise((r) => setTimeout(r, 0));
    expect(answered).toBeUndefined();
    // The next text was sent at once, not after the hand-over.
    expect(worker.received.map((r) => r.text)).toEqual([a, b]);
    held.shift()?.();
    await new Promise((r) => setTimeout(r, 0));
    expect(answered).toBe(a);
    worker.answer();
    held.shift()?.();
    expect((await second).input).toBe(b);
  });

  it('passes the limits the store decodes under', async () => {
    const worker = new FakeWorker();
    const token = bigToken('a');
    const limits = { ...DEFAULT_LIMITS, tokenChars: token.length + 1 };
    const answer = engineWith(worker).decode(token, limits);
    expect(worker.received[0]?.limits).toEqual(limits);
    worker.answer();
    expect((await answer).errors).toEqual([]);
  });

  it('decodes inline when no worker can start (the one-file edition)', () => {
    const engine = createWorkerDecodeEngine(() => {
      throw new Error('no worker');
    }, 1000);
    const token = bigToken('a');
    const answer = engine.decode(token);
    expect(answer).not.toBeInstanceOf(Promise);
    expect((answer as ReturnType<typeof decodeToken>).input).toBe(token);
  });

  it('a failing worker is stopped; what it held and what comes next decode inline', async () => {
    const worker = new FakeWorker();
    const engine = engineWith(worker);
    const a = bigToken('a');
    const pending = engine.decode(a);
    worker.fail();
    expect(worker.terminated).toBe(true);
    expect((await pending).input).toBe(a);
    expect(engine.decode(bigToken('b'))).not.toBeInstanceOf(Promise);
  });
});
