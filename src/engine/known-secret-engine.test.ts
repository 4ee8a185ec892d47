import { createHmac, generateKeyPairSync, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../core/keys/read';
import { b64u } from '../core/testing/build-token';
import { decodeToken } from '../core/token/decode';
import { createKnownSecretEngine, type KnownSecretProgress } from './known-secret-engine';
import {
  loadKnownSecretCandidates,
  runKnownSecretSearch,
  type KnownSecretMessage,
} from './known-secret-search';

/** An HS* token signed by node:crypto, independent of the code under test. */
function signed(secret: string, alg = 'HS256') {
  const input = `${b64u(JSON.stringify({ alg, typ: 'JWT' }))}.${b64u('{"sub":"1234567890"}')}`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] ?? 'sha256';
  return decodeToken(`${input}.${createHmac(hash, secret).update(input).digest('base64url')}`);
}

describe('the known-secret engine, on the main thread (the one-file fallback)', () => {
  it('finds the jwt.io example secret at once, with its finding', async () => {
    const engine = createKnownSecretEngine();
    const answer = await engine.search(signed('your-256-bit-secret'), () => undefined).done;
    expect(answer.outcome).toMatchObject({ kind: 'found', secret: 'your-256-bit-secret' });
    expect(answer.finding).toEqual({ id: 'known-secret', severity: 'high', secret: 'your-256-bit-secret' });
  });

  it('tries the whole list for a random secret, reporting progress up to the total', async () => {
    const engine = createKnownSecretEngine();
    const progress: KnownSecretProgress[] = [];
    const answer = await engine.search(signed(randomBytes(32).toString('hex'), 'HS512'), (p) =>
      progress.push(p),
    ).done;
    const total = (await loadKnownSecretCandidates()).length;
    expect(total).toBeGreaterThan(100_000);
    expect(answer).toMatchObject({ outcome: { kind: 'not-found', tried: total }, total });
    expect(answer.finding).toBeUndefined();
    expect(progress.length).toBeGreaterThan(10);
    expect(progress.at(-1)?.total).toBe(total);
    expect(progress.map((p) => p.tried)).toEqual([...progress.map((p) => p.tried)].sort((a, b) => a - b));
  });

  it('stops when cancelled, between chunks', async () => {
    const engine = createKnownSecretEngine({ chunkSize: 500 });
    let job: ReturnType<typeof engine.search> | undefined = undefined;
    job = engine.search(signed(randomBytes(16).toString('hex')), ({ tried }) => {
      if (tried >= 1000) job?.cancel();
    });
    const answer = await job.done;
    expect(answer.outcome.kind).toBe('cancelled');
    expect(answer.outcome.kind === 'cancelled' && answer.outcome.tried).toBeLessThan(5000);
  });

  it('starts no worker for a search cancelled before it began (a token replaced at once)', async () => {
    let started = 0;
    const engine = createKnownSecretEngine({
      startWorker: () => {
        started++;
        throw new Error('must not start');
      },
    });
    const job = engine.search(signed('your-256-bit-secret'), () => undefined);
    job.cancel();
    expect((await job.done).outcome).toEqual({ kind: 'cancelled', tried: 0 });
    expect(started).toBe(0);
  });

  it('skips a token that is not HS*, loading no list', async () => {
    const engine = createKnownSecretEngine();
    const token = decodeToken(`${b64u('{"alg":"RS256"}')}.${b64u('{}')}.c2ln`);
    expect((await engine.search(token, () => undefined).done).outcome).toEqual({
      kind: 'skipped',
      reason: 'not-hmac',
    });
  });

  it('falls back to the main thread when no worker can start', async () => {
    const engine = createKnownSecretEngine({
      startWorker: () => {
        throw new TypeError('Trusted Types');
      },
    });
    const answer = await engine.search(signed('a-string-secret-at-least-256-bits-long'), () => undefined)
      .done;
    expect(answer.outcome).toMatchObject({ kind: 'found', secret: 'a-string-secret-at-least-256-bits-long' });
  });
});

describe("the worker's search", () => {
  it('posts the total, progress and the outcome, in that order', async () => {
    const { toKnownSecretTarget } = await import('../core/lint/known-secret');
    const target = toKnownSecretTarget(signed('secret'));
    if (typeof target === 'string') throw new Error(target);
    const messages: KnownSecretMessage[] = [];
    await runKnownSecretSearch({ target, chunkSize: 2 }, (m) => messages.push(m));
    expect(messages[0]?.type).toBe('total');
    expect(messages.at(-1)).toMatchObject({ type: 'done', outcome: { kind: 'found', secret: 'secret' } });
    expect(messages.filter((m) => m.type === 'progress').length).toBeGreaterThan(0);
  });
});

describe('key facts for the lint rules', () => {
  const engine = createKnownSecretEngine();
  it('gives a secret its length in the chosen reading', async () => {
    expect(await engine.keyContext(await readKeyText('short', 'utf8'))).toEqual({ kind: 'secret', bytes: 5 });
    expect(await engine.keyContext(await readKeyText('00ff', 'hex'))).toEqual({ kind: 'secret', bytes: 2 });
  });
  it('calls a public or private key where a secret belongs key material', async () => {
    const { publicKey, privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pub = publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const priv = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect(await engine.keyContext(await readKeyText(pub, 'utf8'))).toEqual({
      kind: 'key-material',
      private: false,
    });
    expect(await engine.keyContext(await readKeyText(priv, 'utf8'))).toEqual({
      kind: 'key-material',
      private: true,
    });
  });
});
