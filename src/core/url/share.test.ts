import { generateKeyPairSync } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { b64, b64u, compact, HS256_HEADER, VALID } from '../testing/build-token';
import { decodeToken, type DecodedToken } from '../token/decode';
import { parseTokenParameters } from '../token/parameters';
import {
  canShare,
  describeShareRefusal,
  describeShareRisk,
  findKeyMaterial,
  planShare,
  shareLink,
  shareRisk,
  type KeyMaterialKind,
  type ShareRefusal,
  type ShareRisk,
} from './share';

const NOW = 1_800_000_000;
const YEAR = 365 * 24 * 3600;
const PAGE = 'https://tools.example/jwt/';

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');
const pem = (key: typeof rsa.privateKey, type: 'pkcs8' | 'spki' | 'pkcs1' | 'sec1'): string =>
  key.export({ format: 'pem', type } as never) as string;
const der = (key: typeof rsa.privateKey, type: 'pkcs8' | 'spki'): Uint8Array =>
  new Uint8Array(key.export({ format: 'der', type } as never) as Buffer);

/** A PEM block rebuilt from its DER, with the label and line breaks as given (as people retype or mangle it). */
function armour(label: string, body: Uint8Array, separator = '\n'): string {
  const lines = b64(body).match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join(separator);
}

/** A JWE made of base64url segments only (dir, A256GCM); decoding does not decrypt. */
const JWE = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y3Q.dGFn';

describe('shareLink', () => {
  it('puts the token in the fragment of the page address, dropping the old fragment and query', () => {
    expect(shareLink('https://tools.example/jwt/?x=1#token=old', VALID)).toBe(
      `https://tools.example/jwt/#token=${VALID}`,
    );
    expect(shareLink('file:///home/me/jwt-debugger.html', 'a.b.c')).toBe(
      'file:///home/me/jwt-debugger.html#token=a.b.c',
    );
  });

  it('reads back as the same token, whatever characters it holds', () => {
    fc.assert(
      fc.property(fc.string(), (token) => {
        fc.pre(token.trim() !== '');
        const link = new URL(shareLink('https://tools.example/app/', token));
        expect(parseTokenParameters(link.hash)?.token).toBe(token);
      }),
    );
  });
});

describe('findKeyMaterial', () => {
  const cases: ReadonlyArray<readonly [string, string, KeyMaterialKind]> = [
    ['a PKCS#8 RSA private key', pem(rsa.privateKey, 'pkcs8'), 'pem'],
    ['a PKCS#1 RSA private key', pem(rsa.privateKey, 'pkcs1'), 'pem'],
    ['a SEC1 EC private key', pem(ec.privateKey, 'sec1'), 'pem'],
    ['an Ed25519 private key', pem(ed.privateKey, 'pkcs8'), 'pem'],
    ['an SPKI public key', pem(rsa.publicKey, 'spki'), 'pem'],
    ['a lower-case label', armour('private key', der(ec.privateKey, 'pkcs8')), 'pem'],
    ['a mixed-case label split by tabs', armour('Private\tKey', der(ec.privateKey, 'pkcs8')), 'pem'],
    ['CRLF line breaks', armour('PUBLIC KEY', der(ec.publicKey, 'spki'), '\r\n'), 'pem'],
    [
      'the label with its spaces removed',
      armour('PRIVATE KEY', der(ed.privateKey, 'pkcs8')).replace(/\s/g, ''),
      'pem',
    ],
    ['an OpenSSH private key', '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n', 'pem'],
    ['a private JWK', JSON.stringify(ec.privateKey.export({ format: 'jwk' })), 'jwk'],
    ['a public JWK, pretty-printed', JSON.stringify(rsa.publicKey.export({ format: 'jwk' }), null, 2), 'jwk'],
    ['a JWKS', JSON.stringify({ keys: [ed.publicKey.export({ format: 'jwk' })] }), 'jwk'],
    [
      'a JWK escaped in a string literal',
      JSON.stringify(JSON.stringify(ed.privateKey.export({ format: 'jwk' }))),
      'jwk',
    ],
    ['a PEM body without armour', b64(der(rsa.privateKey, 'pkcs8')).replace(/.{64}/g, '$&\n'), 'der'],
    ['a bare base64 SPKI (Keycloak "Public key", an x5c entry)', b64(der(rsa.publicKey, 'spki')), 'der'],
    ['an Ed25519 SPKI in base64url', b64u(der(ed.publicKey, 'spki')), 'der'],
    ['a DER key as hex', Buffer.from(der(ec.privateKey, 'pkcs8')).toString('hex'), 'der'],
  ];

  it.each(cases)('recognises %s', (_name, text, kind) => {
    expect(findKeyMaterial(text)).toBe(kind);
  });

  it.each([
    ['a JWS', VALID],
    ['a JWE', JWE],
    ['an HMAC secret', 'e2e-test-secret-that-is-long-enough!'],
    ['a base64 secret', b64(new Uint8Array(32).fill(7))],
    ['JSON that is no key', '{"sub":"a","exp":1}'],
    ['base64url with dashes', 'ab---cd-END-ef--'],
    ['nothing', ''],
  ])('finds none in %s', (_name, text) => {
    expect(findKeyMaterial(text)).toBeUndefined();
  });
});

describe('canShare', () => {
  const refusal = (input: string): ShareRefusal | undefined => {
    const decision = canShare(decodeToken(input));
    return decision.allowed ? undefined : decision.refusal;
  };

  it('offers Share for a JWS, an unsecured JWT and a JWE that decode without error', () => {
    expect(canShare(decodeToken(VALID))).toEqual({ allowed: true });
    expect(canShare(decodeToken(`Bearer ${VALID}`))).toEqual({ allowed: true });
    expect(canShare(decodeToken(compact('{"alg":"none"}', '{"sub":"a"}', '')))).toEqual({ allowed: true });
    expect(canShare(decodeToken(JWE))).toEqual({ allowed: true });
    // An SD-JWT is a token too (its disclosures travel with it), judged live or expired by its issuer JWT.
    expect(canShare(decodeToken(`${VALID}~WyJzYWx0IiwibmFtZSIsIkFkYSJd~`))).toEqual({ allowed: true });
  });

  // Regression: Share copied `#token=-----BEGINPRIVATEKEY-----…` for a private key pasted as a token.
  it('never offers Share for key text pasted into the token box', () => {
    expect(refusal(pem(rsa.privateKey, 'pkcs8'))).toEqual({ kind: 'key-material', material: 'pem' });
    expect(refusal(armour('private key', der(ec.privateKey, 'pkcs8'), '\t'))).toEqual({
      kind: 'key-material',
      material: 'pem',
    });
    expect(refusal(JSON.stringify(ec.privateKey.export({ format: 'jwk' })))).toEqual({
      kind: 'key-material',
      material: 'jwk',
    });
    expect(refusal(b64(der(rsa.privateKey, 'pkcs8')))).toEqual({ kind: 'key-material', material: 'der' });
    expect(planShare(decodeToken(pem(ed.privateKey, 'pkcs8')), PAGE, NOW)).toEqual({
      kind: 'refuse',
      refusal: { kind: 'key-material', material: 'pem' },
    });
  });

  it('refuses key material even when what is left of it decodes as a token', () => {
    // An all-zero Ed25519 PKCS#8 key: its base64 has no '+', '/' or '=', so with the armour's spaces and line
    // breaks removed, the block joins the signature segment as valid base64url (of a length a multiple of 4).
    const zeroKey = Uint8Array.from([
      ...Buffer.from('302e020100300506032b657004220420', 'hex'),
      ...new Uint8Array(32),
    ]);
    const token = compact(HS256_HEADER, '{"sub":"a"}', b64u(new Uint8Array(33)));
    const pasted = `${token}\n${armour('PRIVATE KEY', zeroKey)}\n`;
    const decoded = decodeToken(pasted);
    expect(decoded.errors).toEqual([]);
    expect(decoded.kind).toBe('jws');
    expect(canShare(decoded)).toEqual({ allowed: false, refusal: { kind: 'key-material', material: 'pem' } });
  });

  it('refuses what does not decode, and an empty box', () => {
    expect(refusal('')).toEqual({ kind: 'empty' });
    expect(refusal('  \n ')).toEqual({ kind: 'empty' });
    expect(refusal('not a token')).toEqual({ kind: 'not-decoded' });
    expect(refusal(`${VALID.slice(0, VALID.lastIndexOf('.'))}.ab*cd`)).toEqual({ kind: 'not-decoded' });
    expect(refusal(compact(HS256_HEADER, '{"sub":'))).toEqual({ kind: 'not-decoded' });
    expect(refusal('a.b')).toEqual({ kind: 'not-decoded' });
  });

  it('refuses a decoded token of no known kind', () => {
    const unknown: DecodedToken = { ...decodeToken(VALID), kind: 'unknown' };
    expect(canShare(unknown)).toEqual({ allowed: false, refusal: { kind: 'not-a-token' } });
  });

  it('never offers Share for text holding PEM armour, in any letter case or spacing, wherever it sits', () => {
    const label = fc.constantFrom(
      'PRIVATE KEY',
      'RSA PRIVATE KEY',
      'EC PRIVATE KEY',
      'PUBLIC KEY',
      'CERTIFICATE',
    );
    const spacing = fc.constantFrom('', ' ', '\t', '\n', '\r\n', '\u200b');
    fc.assert(
      fc.property(
        fc.string(),
        label,
        fc.array(fc.boolean(), { minLength: 24, maxLength: 24 }),
        spacing,
        fc.constantFrom('BEGIN', 'END'),
        fc.string(),
        (before, name, upper, space, edge, after) => {
          const cased = Array.from(`${edge} ${name}`)
            .map((c, i) => (upper[i % upper.length] === true ? c.toUpperCase() : c.toLowerCase()))
            .join('')
            .replace(/ /g, space);
          const text = `${before}\n-----${space}${cased}${space}-----\n${after}`;
          expect(canShare(decodeToken(text)).allowed).toBe(false);
          expect(canShare(decodeToken(`${VALID}${text}`)).allowed).toBe(false);
        },
      ),
    );
  });
});

describe('describeShareRefusal', () => {
  const examples: Record<ShareRefusal['kind'], ShareRefusal> = {
    empty: { kind: 'empty' },
    'key-material': { kind: 'key-material', material: 'pem' },
    'not-decoded': { kind: 'not-decoded' },
    'not-a-token': { kind: 'not-a-token' },
  };
  it.each(Object.values(examples))('has words for %j', (example) => {
    expect(describeShareRefusal(example).length).toBeGreaterThan(0);
  });
});

describe('shareRisk', () => {
  const risk = (header: string, claims: string) => shareRisk(decodeToken(compact(header, claims)), NOW);

  it('calls a signed token with a future exp live, and says until when', () => {
    expect(risk(HS256_HEADER, `{"exp":${NOW + 3600}}`)).toEqual({ kind: 'live', expiresAt: NOW + 3600 });
  });

  it('calls a signed token without exp live for ever', () => {
    expect(risk(HS256_HEADER, '{"sub":"a"}')).toEqual({ kind: 'live' });
  });

  it('calls a token whose exp has passed expired', () => {
    expect(risk(HS256_HEADER, `{"exp":${NOW}}`)).toEqual({ kind: 'expired', expiredAt: NOW });
    expect(risk('{"alg":"none"}', `{"exp":${NOW - 1}}`)).toEqual({ kind: 'expired', expiredAt: NOW - 1 });
  });

  it('judges an unsigned token or a payload that is not an object as unknown, and a JWE as live', () => {
    expect(risk('{"alg":"none"}', '{"sub":"a"}')).toEqual({ kind: 'unknown' });
    expect(risk(HS256_HEADER, '"just text"')).toEqual({ kind: 'unknown' });
    expect(shareRisk(decodeToken(JWE), NOW)).toEqual({ kind: 'live' });
  });

  // Regression: `{"exp":<in a year>,"exp":<past>}` was judged expired (the last exp, as JSON.parse reads it) and
  // copied without a warning, although a parser keeping the first exp sees a token valid for a year.
  it('calls a token live when any of its repeated exp members is in the future', () => {
    expect(risk(HS256_HEADER, `{"exp":${NOW + YEAR},"sub":"a","exp":${NOW - 10}}`)).toEqual({
      kind: 'live',
      expiresAt: NOW + YEAR,
    });
    expect(risk(HS256_HEADER, `{"exp":${NOW - 10},"exp":${NOW + YEAR}}`)).toEqual({
      kind: 'live',
      expiresAt: NOW + YEAR,
    });
    expect(risk(HS256_HEADER, `{"exp":${NOW + 10},"exp":${NOW + YEAR},"exp":${NOW - 1}}`)).toEqual({
      kind: 'live',
      expiresAt: NOW + YEAR,
    });
  });

  it('calls a token expired only when every exp has passed, at the latest of them', () => {
    expect(risk(HS256_HEADER, `{"exp":${NOW - 10},"exp":${NOW - YEAR}}`)).toEqual({
      kind: 'expired',
      expiredAt: NOW - 10,
    });
  });

  it('never reads an exp it cannot judge as expired', () => {
    const unreadable = { kind: 'live', unreadableExp: true };
    expect(risk(HS256_HEADER, `{"exp":"${NOW - 10}"}`)).toEqual(unreadable);
    expect(risk(HS256_HEADER, `{"exp":"soon","exp":${NOW - 10}}`)).toEqual(unreadable);
    expect(risk(HS256_HEADER, `{"exp":${NOW - 10},"exp":null}`)).toEqual(unreadable);
    expect(risk(HS256_HEADER, '{"exp":1e400}')).toEqual(unreadable);
    expect(risk(HS256_HEADER, `{"exp":{"at":${NOW - 10}}}`)).toEqual(unreadable);
    expect(risk(HS256_HEADER, `{"exp":[],"exp":${NOW + 10}}`)).toEqual({
      ...unreadable,
      expiresAt: NOW + 10,
    });
  });

  it('judges an unsigned token with any live exp as unknown, not expired', () => {
    expect(risk('{"alg":"none"}', `{"exp":${NOW + YEAR},"exp":${NOW - 10}}`)).toEqual({ kind: 'unknown' });
    expect(risk('{"alg":"none"}', `{"exp":${NOW - YEAR},"exp":${NOW - 10}}`)).toEqual({
      kind: 'expired',
      expiredAt: NOW - 10,
    });
  });
});

describe('describeShareRisk', () => {
  it('has a warning for every live token, and none otherwise', () => {
    const live: ShareRisk[] = [
      { kind: 'live' },
      { kind: 'live', expiresAt: NOW },
      { kind: 'live', unreadableExp: true },
      { kind: 'live', expiresAt: 1e300 },
    ];
    for (const r of live) expect(describeShareRisk(r)?.length).toBeGreaterThan(0);
    expect(describeShareRisk({ kind: 'expired', expiredAt: NOW })).toBeUndefined();
    expect(describeShareRisk({ kind: 'unknown' })).toBeUndefined();
  });
});

describe('planShare', () => {
  const plan = (claims: string) => planShare(decodeToken(compact(HS256_HEADER, claims)), `${PAGE}?q#x`, NOW);

  it('asks first for a live token, and copies an expired one at once; both links carry the token only', () => {
    const live = compact(HS256_HEADER, `{"exp":${NOW + YEAR},"exp":${NOW - 10}}`);
    expect(plan(`{"exp":${NOW + YEAR},"exp":${NOW - 10}}`)).toEqual({
      kind: 'confirm',
      link: `${PAGE}#token=${live}`,
      risk: { kind: 'live', expiresAt: NOW + YEAR },
    });
    expect(plan(`{"exp":${NOW - 10}}`)).toEqual({
      kind: 'copy',
      link: `${PAGE}#token=${compact(HS256_HEADER, `{"exp":${NOW - 10}}`)}`,
    });
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const result = planShare(decodeToken(text), PAGE, NOW);
        expect(['refuse', 'confirm', 'copy']).toContain(result.kind);
      }),
    );
  });
});
