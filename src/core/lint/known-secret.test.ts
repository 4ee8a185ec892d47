import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { b64u } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import {
  checkKnownSecrets,
  searchKnownSecrets,
  toKnownSecretCandidates,
  toKnownSecretFinding,
  toKnownSecretTarget,
} from './known-secret';
import { KNOWN_SECRETS_EXTRA } from './known-secrets-extra';

/** An HS* token signed by node:crypto, independent of the code under test. */
function signed(
  secret: string,
  alg = 'HS256',
  payload = '{"sub":"1234567890","name":"John Doe","iat":1516239022}',
) {
  const input = `${b64u(JSON.stringify({ alg, typ: 'JWT' }))}.${b64u(payload)}`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg] ?? 'sha256';
  return decodeToken(`${input}.${createHmac(hash, secret).update(input).digest('base64url')}`);
}

const LIST = ['password', '123456', 'changeme'];

describe('checkKnownSecrets', () => {
  it('finds the jwt.io example secret, and names it', async () => {
    const outcome = await checkKnownSecrets(signed('a-string-secret-at-least-256-bits-long'), [
      ...LIST,
      ...KNOWN_SECRETS_EXTRA,
    ]);
    expect(outcome).toEqual({ kind: 'found', secret: 'a-string-secret-at-least-256-bits-long', tried: 4 });
    expect(toKnownSecretFinding(outcome)).toEqual({
      id: 'known-secret',
      severity: 'high',
      secret: 'a-string-secret-at-least-256-bits-long',
    });
  });

  it.each(['HS384', 'HS512'])('finds a secret of an %s token', async (alg) => {
    expect(await checkKnownSecrets(signed('changeme', alg), LIST)).toMatchObject({
      kind: 'found',
      secret: 'changeme',
    });
  });

  it('finds nothing for a secret not in the list', async () => {
    const outcome = await checkKnownSecrets(signed('a long random secret nobody publishes 8f3a'), LIST);
    expect(outcome).toEqual({ kind: 'not-found', tried: 3 });
    expect(toKnownSecretFinding(outcome)).toBeUndefined();
  });

  it('skips tokens that are not HMAC-signed', async () => {
    const rs = decodeToken(`${b64u('{"alg":"RS256"}')}.${b64u('{}')}.${b64u(new Uint8Array(256))}`);
    expect(await checkKnownSecrets(rs, LIST)).toEqual({ kind: 'skipped', reason: 'not-hmac' });
    const cut = decodeToken(`${b64u('{"alg":"HS256"}')}.${b64u('{}')}.${b64u('short')}`);
    expect(toKnownSecretTarget(cut)).toBe('signature-length');
    const bare = decodeToken(`${b64u('{"alg":"HS256"}')}.${b64u('{}')}.`);
    expect(toKnownSecretTarget(bare)).toBe('no-signature');
  });

  it('reports progress by chunk and stops when cancelled', async () => {
    const many = Array.from({ length: 50 }, (_, i) => `candidate-${i}`);
    const progress: number[] = [];
    const controller = new AbortController();
    const outcome = await checkKnownSecrets(signed('not-there'), many, {
      chunkSize: 10,
      onProgress: ({ tried }) => {
        progress.push(tried);
        if (tried === 20) controller.abort();
      },
      signal: controller.signal,
    });
    expect(progress).toEqual([10, 20]);
    expect(outcome).toEqual({ kind: 'cancelled', tried: 20 });
  });

  it('is a plain generator underneath', () => {
    const target = toKnownSecretTarget(signed('123456'));
    if (typeof target === 'string') throw new Error('no target');
    const search = searchKnownSecrets(target, LIST, 1);
    expect(search.next()).toEqual({ done: false, value: { tried: 1 } });
    expect(search.next()).toEqual({ done: true, value: { kind: 'found', secret: '123456', tried: 2 } });
  });
});

describe('toKnownSecretCandidates', () => {
  it('tries the extras first, then each line of the list once (CRLF and blank lines aside)', () => {
    expect([...toKnownSecretCandidates(['b', 'a'], 'a\r\nc\n\nb\nd')]).toEqual(['b', 'a', 'c', 'd']);
  });
});

describe('loadKnownSecretList', () => {
  it('loads at least 10,000 secrets, the jwt.io examples reachable with the extras', async () => {
    const { loadKnownSecretList } = await import('./load-known-secrets');
    const list = await loadKnownSecretList();
    const candidates = [...toKnownSecretCandidates(KNOWN_SECRETS_EXTRA, list)];
    expect(candidates.length).toBeGreaterThanOrEqual(10_000);
    expect(candidates.slice(0, 2)).toEqual(['a-string-secret-at-least-256-bits-long', 'your-256-bit-secret']);
  });
});
