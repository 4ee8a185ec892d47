import { createHash, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { selectKbIatWords, selectKeyBinding, selectSdJwt } from './selectors/sd-jwt';
import { testStore, until } from './testing';

const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const digest = (text: string): string => createHash('sha256').update(text, 'ascii').digest('base64url');
const issuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holder = generateKeyPairSync('ec', { namedCurve: 'P-256' });

function es256(header: object, payload: object, key: typeof holder.privateKey): string {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

const given = b64u(JSON.stringify(['s1', 'given_name', 'Ada']));
const presentation = `${es256(
  { alg: 'ES256' },
  { _sd: [digest(given)], cnf: { jwk: holder.publicKey.export({ format: 'jwk' }) } },
  issuer.privateKey,
)}~${given}~`;
const kb = es256(
  { alg: 'ES256', typ: 'kb+jwt' },
  { iat: 1764064800, nonce: 'n1', aud: 'https://verifier.example', sd_hash: digest(presentation) },
  holder.privateKey,
);

describe('the SD-JWT layer in the store', () => {
  it('reads the disclosures and verifies the key binding of the SD-JWT on screen', async () => {
    const store = testStore();
    store.getState().setTokenText(presentation + kb, 'user');
    expect(await until(() => selectKeyBinding(store.getState()) !== undefined)).toBe(true);
    expect(selectKeyBinding(store.getState())?.status).toBe('verified');
    const shown = selectSdJwt(store.getState());
    expect(shown !== 'reading' && shown?.disclosures.map((d) => [d.claim, d.status])).toEqual([
      ['given_name', 'matched'],
    ]);
    expect(shown !== 'reading' && JSON.parse(shown?.payloadText ?? '')).toMatchObject({ given_name: 'Ada' });
  });

  it("a disclosure's long value is cut for showing, with how much more there is; the payload keeps all of it", async () => {
    const long = b64u(JSON.stringify(['s2', 'note', 'n'.repeat(5000)]));
    const token = `${es256({ alg: 'ES256' }, { _sd: [digest(long)] }, issuer.privateKey)}~${long}~`;
    const store = testStore();
    store.getState().setTokenText(token, 'user');
    expect(
      await until(() => {
        const s = selectSdJwt(store.getState());
        return s !== undefined && s !== 'reading';
      }),
    ).toBe(true);
    const shown = selectSdJwt(store.getState());
    if (shown === undefined || shown === 'reading') throw new Error('not read');
    expect(shown.disclosures[0]?.value).toBe(`"${'n'.repeat(499)}… (4,502 more characters)`);
    expect(JSON.parse(shown.payloadText ?? '')).toEqual({ note: 'n'.repeat(5000) });
  });

  it('an SD-JWT without key binding is absent; a JWS is no SD-JWT', () => {
    const store = testStore();
    store.getState().setTokenText(presentation, 'user');
    expect(selectKeyBinding(store.getState())?.status).toBe('absent');
    store.getState().setTokenText(presentation.slice(0, presentation.indexOf('~')), 'user');
    expect(selectSdJwt(store.getState())).toBeUndefined();
    expect(selectKeyBinding(store.getState())).toBeUndefined();
  });

  it('an answer for an SD-JWT no longer on screen is never shown for the next one', async () => {
    const store = testStore();
    store.getState().setTokenText(presentation + kb, 'user');
    const tampered = `${presentation}${kb.slice(0, -2)}${kb.endsWith('AA') ? 'BB' : 'AA'}`;
    store.getState().setTokenText(tampered, 'user');
    expect(selectKeyBinding(store.getState())).toBeUndefined();
    expect(await until(() => selectKeyBinding(store.getState()) !== undefined)).toBe(true);
    expect(selectKeyBinding(store.getState())?.status).toBe('invalid');
  });

  it('shows the key-binding JWT: header, payload, typ, alg, iat, aud, nonce and sd_hash beside the computed one', async () => {
    const store = testStore();
    store.getState().setTokenText(presentation + kb, 'user');
    expect(await until(() => selectKeyBinding(store.getState()) !== undefined)).toBe(true);
    const jwt = selectKeyBinding(store.getState())?.jwt;
    expect(jwt?.text).toBe(kb);
    expect(JSON.parse(jwt?.header ?? '')).toEqual({ alg: 'ES256', typ: 'kb+jwt' });
    expect(JSON.parse(jwt?.payload ?? '')).toEqual({
      iat: 1764064800,
      nonce: 'n1',
      aud: 'https://verifier.example',
      sd_hash: digest(presentation),
    });
    expect(jwt).toMatchObject({
      alg: 'ES256',
      typ: 'kb+jwt',
      typOk: true,
      iat: { seconds: 1764064800, at: 1764064800000, iso: '2025-11-25T10:00:00Z' },
      aud: 'https://verifier.example',
      nonce: 'n1',
      sdHash: { status: 'equal', found: digest(presentation), computed: digest(presentation) },
      problems: [],
    });
    expect(jwt?.sdHash.words).toMatch(/^Equal/);
    expect(jwt?.typWords).toMatch(/^kb\+jwt/);
    store.getState().pinNow(Date.UTC(2025, 10, 25, 10, 2), Date.UTC(2026, 0, 1));
    expect(selectKbIatWords(jwt?.iat?.at ?? 0)(store.getState())).toBe('issued 2 min ago');
  });

  it('a key-binding JWT made for other disclosures shows both digests, different, with its problem in words', async () => {
    const store = testStore();
    // One disclosure fewer than the KB-JWT's sd_hash covers.
    const fewer = presentation.slice(0, presentation.indexOf('~') + 1);
    store.getState().setTokenText(fewer + kb, 'user');
    expect(await until(() => selectKeyBinding(store.getState()) !== undefined)).toBe(true);
    const shown = selectKeyBinding(store.getState());
    expect(shown?.status).toBe('invalid');
    expect(shown?.jwt?.sdHash).toMatchObject({
      status: 'different',
      found: digest(presentation),
      computed: digest(fewer),
    });
    expect(shown?.jwt?.problems).toHaveLength(1);
    expect(shown?.jwt?.problems[0]).toContain('sd_hash');
  });

  it('a key-binding JWT with another typ says so; an absent one shows no key-binding JWT', async () => {
    const store = testStore();
    const jwtTyp = es256(
      { alg: 'ES256', typ: 'JWT' },
      { iat: 1764064800, sd_hash: digest(presentation) },
      holder.privateKey,
    );
    store.getState().setTokenText(presentation + jwtTyp, 'user');
    expect(await until(() => selectKeyBinding(store.getState()) !== undefined)).toBe(true);
    const jwt = selectKeyBinding(store.getState())?.jwt;
    expect(jwt).toMatchObject({ typ: 'JWT', typOk: false, sdHash: { status: 'equal' } });
    expect(jwt?.typWords).toContain('"kb+jwt"');
    expect(jwt?.problems).toHaveLength(1);
    store.getState().setTokenText(presentation, 'user');
    expect(selectKeyBinding(store.getState())?.jwt).toBeUndefined();
  });
});
