import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DecryptResult, JweLimits } from '../core/jwe/decrypt';
import { DEFAULT_JWE_LIMITS, MAX_P2C } from '../core/limits';
import type { DecodedJwe } from '../core/token/decode';
import { createInlineDecodeEngine } from '../engine/decode-engine';
import type { DecryptEngine } from '../engine/decrypt-engine';
import { createLazyVerifyEngine } from '../engine/verify-engine';
import { createAppStore } from './create-store';
import { selectShownDecoded, selectShownKey } from './selectors/document';
import { selectDecryptView } from './selectors/jwe';
import { selectLayers } from './selectors/layers';
import { selectVerifyStatus } from './selectors/verify';
import { selectFindings } from './selectors/findings';
import { UNUSED_SIGN_ENGINE, QUIET_KNOWN_SECRET_ENGINE, until } from './testing';

const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const jwe = (header: object): string =>
  `${b64u(JSON.stringify(header))}.${b64u('key')}.${b64u('iv-of-12-byte')}.${b64u('ciphertext')}.${b64u('tag-of-16-bytes!')}`;
const TOKEN = jwe({ alg: 'dir', enc: 'A128GCM' });
const NESTED = jwe({ alg: 'dir', enc: 'A128GCM', cty: 'JWT' });
const PBES2 = jwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'c2FsdHNhbHQ', p2c: 200_000 });

const SECRET = 'inner-signing-secret-of-32-bytes!';
const INNER_INPUT = `${b64u('{"alg":"HS256"}')}.${b64u('{"sub":"inner"}')}`;
const INNER = `${INNER_INPUT}.${createHmac('sha256', SECRET).update(INNER_INPUT).digest('base64url')}`;

interface Call {
  readonly decoded: DecodedJwe;
  readonly keyText: string;
  readonly limits: JweLimits;
  answer(result: DecryptResult): void;
}

/** A decrypt engine whose answers the test gives, in any order. */
function fakeDecrypt(): { engine: DecryptEngine; calls: Call[] } {
  const calls: Call[] = [];
  return {
    calls,
    engine: {
      decrypt: (decoded, _read, keyText, limits) =>
        new Promise((resolve) => calls.push({ decoded, keyText, limits, answer: resolve })),
    },
  };
}

function decrypted(plaintext: string, nested = false): DecryptResult {
  return {
    status: 'decrypted',
    alg: 'dir',
    enc: 'A128GCM',
    plaintext: new TextEncoder().encode(plaintext),
    key: { kind: 'secret', encoding: 'utf8', chosen: 'utf8', bytes: 16 },
    nested,
  };
}

function store(decrypt: DecryptEngine) {
  return createAppStore(
    {
      decode: createInlineDecodeEngine(),
      verify: createLazyVerifyEngine(),
      sign: UNUSED_SIGN_ENGINE,
      knownSecret: QUIET_KNOWN_SECRET_ENGINE,
      decrypt,
    },
    Date.UTC(2026, 0, 1),
  );
}

describe('JWE decryption and nested layers in the store', () => {
  it('decrypts the JWE on screen with its key; the plaintext becomes the payload shown', async () => {
    const fake = fakeDecrypt();
    const s = store(fake.engine);
    s.getState().setTokenText(TOKEN, 'user');
    expect(selectDecryptView(s.getState())?.status).toBe('idle');
    expect(fake.calls).toHaveLength(0);
    s.getState().setKeyText('0123456789abcdef');
    expect(await until(() => fake.calls.length === 1)).toBe(true);
    expect(selectDecryptView(s.getState())?.status).toBe('checking');
    expect(fake.calls[0]?.limits).toEqual(DEFAULT_JWE_LIMITS);
    fake.calls[0]?.answer(decrypted('{"sub":"alice"}'));
    expect(await until(() => selectDecryptView(s.getState())?.status === 'decrypted')).toBe(true);
    const payload = selectShownDecoded(s.getState()).payload?.content;
    expect(payload?.kind === 'json' && payload.text).toBe('{"sub":"alice"}');
    expect(selectVerifyStatus(s.getState())).toBe('idle');
  });

  it('drops an answer for a key no longer on screen', async () => {
    const fake = fakeDecrypt();
    const s = store(fake.engine);
    s.getState().setTokenText(TOKEN, 'user');
    s.getState().setKeyText('first key 16 byt');
    expect(await until(() => fake.calls.length === 1)).toBe(true);
    s.getState().setKeyText('other key 16 byt');
    expect(await until(() => fake.calls.length === 2)).toBe(true);
    fake.calls[0]?.answer(decrypted('old'));
    await new Promise((r) => setTimeout(r, 20));
    expect(selectDecryptView(s.getState())?.status).toBe('checking');
    fake.calls[1]?.answer(decrypted('new'));
    expect(await until(() => selectDecryptView(s.getState())?.status === 'decrypted')).toBe(true);
    const payload = selectShownDecoded(s.getState()).payload?.content;
    expect(payload?.kind === 'text' && payload.text).toBe('new');
  });

  it('a nested token becomes a layer with its own key and verdict; a new outer token takes it away', async () => {
    const fake = fakeDecrypt();
    const s = store(fake.engine);
    s.getState().setTokenText(NESTED, 'user');
    s.getState().setKeyText('outer key 16 byt');
    expect(await until(() => fake.calls.length === 1)).toBe(true);
    fake.calls[0]?.answer(decrypted(INNER, true));
    expect(await until(() => selectLayers(s.getState()).length === 2)).toBe(true);
    expect(selectLayers(s.getState()).map((l) => [l.kind, l.selected])).toEqual([
      ['jwe', true],
      ['jws', false],
    ]);
    s.getState().showLayer('layer-1');
    expect(selectShownDecoded(s.getState()).alg).toBe('HS256');
    expect(selectShownKey(s.getState()).text).toBe('');
    expect(selectDecryptView(s.getState())).toBeUndefined();
    // The findings follow the layer shown: the inner token has no exp, the outer JWE's plaintext has no claims.
    expect(selectFindings(s.getState()).map((f) => f.id)).toContain('no-exp');
    s.getState().showLayer('main');
    expect(selectFindings(s.getState()).map((f) => f.id)).not.toContain('no-exp');
    s.getState().showLayer('layer-1');
    s.getState().setKeyText(SECRET, 'layer-1');
    expect(await until(() => selectVerifyStatus(s.getState()) === 'verified')).toBe(true);
    expect(s.getState().documents.main.key.text).toBe('outer key 16 byt');
    s.getState().setTokenText(TOKEN, 'user');
    expect(s.getState().documents['layer-1']).toBeUndefined();
    expect(s.getState().shownLayer).toBe('main');
    expect(selectLayers(s.getState())).toEqual([]);
  });

  it('a refused PBES2 count is raised for this token once, and decrypted again under the higher limit', async () => {
    const fake = fakeDecrypt();
    const s = store(fake.engine);
    s.getState().setTokenText(PBES2, 'user');
    s.getState().setKeyText('password');
    expect(await until(() => fake.calls.length === 1)).toBe(true);
    fake.calls[0]?.answer({
      status: 'refused',
      code: 'P2C_TOO_HIGH',
      found: 200_000,
      limit: DEFAULT_JWE_LIMITS.maxP2c,
      raisable: true,
    });
    expect(await until(() => selectDecryptView(s.getState())?.status === 'refused')).toBe(true);
    expect(selectDecryptView(s.getState())?.raise).toContain('200,000');
    s.getState().raiseP2c();
    expect(await until(() => fake.calls.length === 2)).toBe(true);
    expect(fake.calls[1]?.limits.maxP2c).toBe(MAX_P2C);
    expect(selectDecryptView(s.getState())).toMatchObject({ status: 'checking', deriving: 200_000 });
    // Another token: the raise was for that one only.
    s.getState().setTokenText(
      jwe({ alg: 'PBES2-HS256+A128KW', enc: 'A128GCM', p2s: 'b3RoZXI', p2c: 200_000 }),
      'user',
    );
    expect(await until(() => fake.calls.length === 3)).toBe(true);
    expect(fake.calls[2]?.limits.maxP2c).toBe(DEFAULT_JWE_LIMITS.maxP2c);
  });
});
