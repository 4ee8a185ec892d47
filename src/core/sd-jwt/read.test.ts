import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decodeToken, type DecodedSdJwt } from '../token/decode';
import { readSdJwt, readSdJwtAsync } from './read';

const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
const disclose = (...parts: unknown[]): string => b64u(JSON.stringify(parts));

/** An SD-JWT whose payload names `hash` (none: sha-256) and holds the digests of `disclosures` by `digestWith`. */
function sdJwt(hash: string | undefined, digestWith: string, disclosures: readonly string[]): DecodedSdJwt {
  const digest = (d: string): string => createHash(digestWith).update(d, 'ascii').digest('base64url');
  const payload = { _sd: disclosures.map(digest), ...(hash === undefined ? {} : { _sd_alg: hash }) };
  const text = `${b64u('{"alg":"ES256"}')}.${b64u(JSON.stringify(payload))}.${'A'.repeat(86)}~${disclosures.join('~')}~`;
  const decoded = decodeToken(text);
  if (decoded.kind !== 'sd-jwt') throw new Error(`not an SD-JWT: ${decoded.kind}`);
  return decoded;
}

describe('readSdJwtAsync', () => {
  const disclosures = [disclose('s1', 'given_name', 'Ada'), disclose('s2', 'note', 'n'.repeat(20_000))];

  it.each([
    [undefined, 'sha256'],
    ['sha-256', 'sha256'],
    ['sha-384', 'sha384'],
    ['sha-512', 'sha512'],
    ['sha3-256', 'sha3-256'],
    ['sha3-512', 'sha3-512'],
  ])(
    'reads as readSdJwt does, its digests through WebCrypto where it has the hash (%s)',
    async (hash, node) => {
      const decoded = sdJwt(hash, node, disclosures);
      const view = await readSdJwtAsync(decoded);
      expect(view).toEqual(readSdJwt(decoded));
      expect(view.disclosures.map((d) => d.status)).toEqual(['matched', 'matched']);
    },
  );

  it('says the same of a hash it does not know, of digests that match nothing, and of a repeated disclosure', async () => {
    for (const decoded of [
      sdJwt('md5', 'md5', disclosures),
      sdJwt('sha-256', 'sha384', disclosures),
      sdJwt('sha-256', 'sha256', [...disclosures, disclosures[0] ?? '']),
    ]) {
      expect(await readSdJwtAsync(decoded)).toEqual(readSdJwt(decoded));
    }
  });
});
