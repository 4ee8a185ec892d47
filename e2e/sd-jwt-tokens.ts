import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { NOW_SECONDS } from './fixtures';

// SD-JWTs made with node:crypto (RFC 9901): an issuer key signs the issuer JWT, the holder key in cnf.jwk
// signs the key-binding JWT, whose sd_hash is the SHA-256 of the presentation up to its last '~'.
export const b64u = (text: string): string => Buffer.from(text, 'utf8').toString('base64url');
export const digest = (text: string): string =>
  createHash('sha256').update(text, 'ascii').digest('base64url');
const issuer = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const holder = generateKeyPairSync('ec', { namedCurve: 'P-256' });

function es256(header: object, payload: object, key: KeyObject): string {
  const input = `${b64u(JSON.stringify(header))}.${b64u(JSON.stringify(payload))}`;
  return `${input}.${sign('sha256', Buffer.from(input), { key, dsaEncoding: 'ieee-p1363' }).toString('base64url')}`;
}

export const disclose = (...parts: unknown[]): string => b64u(JSON.stringify(parts));
export const given = disclose('2GLC42sKQveCfGfryNRN9w', 'given_name', 'Grace');
const family = disclose('eluV5Og3gSNII8EYnsxA_A', 'family_name', 'Hopper');
const us = disclose('lklxF5jMYlGTPUovMNIvCA', 'US');
const street = disclose('6Ij7tM-a5iVPGboS5tmvVA', 'street_address', '1 Navy Way');
const address = disclose('eI8ZWm9QnKPpNPeNenHdhQ', 'address', { _sd: [digest(street)], country: 'US' });

export const PAYLOAD = {
  iss: 'https://issuer.example',
  iat: NOW_SECONDS - 60,
  exp: NOW_SECONDS + 3600,
  vct: 'https://credentials.example/identity',
  _sd: [digest(given), digest(family), digest(address), digest('a decoy')],
  nationalities: [{ '...': digest(us) }, 'GB'],
  _sd_alg: 'sha-256',
  cnf: { jwk: holder.publicKey.export({ format: 'jwk' }) },
};
/** An SD-JWT with object, array-element and nested disclosures and a decoy digest, without key binding. */
export const PRESENTATION = `${es256({ alg: 'ES256', typ: 'dc+sd-jwt' }, PAYLOAD, issuer.privateKey)}~${[
  given,
  family,
  us,
  address,
  street,
].join('~')}~`;
/** A key-binding JWT for PRESENTATION, signed by the holder key in cnf.jwk. */
export const KB = es256(
  { alg: 'ES256', typ: 'kb+jwt' },
  { iat: NOW_SECONDS, aud: 'https://verifier.example', nonce: 'n-0S6_WzA2Mj', sd_hash: digest(PRESENTATION) },
  holder.privateKey,
);
