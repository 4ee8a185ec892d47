import { createSign, generateKeyPairSync, X509Certificate, type KeyObject } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { selfSigned } from '../testing/certificates.node';
import { parseLosslessJson, type JsonObject } from '../json/lossless';
import { readKeyText } from '../keys/read';
import { b64u } from '../testing/build-token';
import { decodeToken } from '../token/decode';
import { checkCarriedKey, describeCarriedKey, toX5cLeafPem, type CarriedKey } from './carried-key';
import type { Verdict } from './verdict';
import { verifyToken } from './verify';

const signer = generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = generateKeyPairSync('rsa', { modulusLength: 2048 });
let signerCert: X509Certificate;
let otherCert: X509Certificate;
beforeAll(() => {
  signerCert = selfSigned(signer.privateKey, 'signer.example');
  otherCert = selfSigned(other.privateKey, 'other.example');
});

const base64 = (cert: X509Certificate) => cert.raw.toString('base64');

function header(json: object): JsonObject {
  const parsed = parseLosslessJson(JSON.stringify(json));
  if (!parsed.ok || parsed.value.kind !== 'object') throw new Error('bad JSON');
  return parsed.value;
}

function rs256(headerJson: object, payloadJson: object, key: KeyObject): string {
  const input = `${b64u(JSON.stringify(headerJson))}.${b64u(JSON.stringify(payloadJson))}`;
  const signature = createSign('RSA-SHA256').update(input).sign(key);
  return `${input}.${b64u(new Uint8Array(signature))}`;
}

async function verify(token: string, keyText: string): Promise<Verdict> {
  return verifyToken(decodeToken(token), await readKeyText(keyText, 'utf8'), keyText);
}

describe('toX5cLeafPem', () => {
  it("writes the header's first x5c certificate as the PEM block OpenSSL writes", () => {
    const pem = toX5cLeafPem(header({ alg: 'RS256', x5c: [base64(signerCert), base64(otherCert)] }));
    expect(pem).toBe(signerCert.toString());
    expect(
      pem
        ?.split('\n')
        .slice(1, -3)
        .every((line) => line.length === 64),
    ).toBe(true);
  });

  it('writes nothing without a first x5c entry that decodes', () => {
    for (const h of [{ alg: 'RS256' }, { x5c: [] }, { x5c: 'x' }, { x5c: [42] }, { x5c: ['not base64!'] }])
      expect(toX5cLeafPem(header(h))).toBeUndefined();
    expect(toX5cLeafPem(undefined)).toBeUndefined();
  });
});

describe('checkCarriedKey', () => {
  const h = () => header({ alg: 'RS256', x5c: [base64(signerCert)] });

  it('sees the x5c leaf in the key text, as PEM or bare base64, whatever its line breaks', () => {
    const pem = signerCert.toString();
    for (const text of [
      pem,
      pem.replace(/\n/g, '\r\n'),
      `  ${pem}\n\n`,
      pem.replace(/\n/g, '\\n'),
      base64(signerCert),
      base64(signerCert).replace(/.{70}/g, '$&\n'),
    ])
      expect(checkCarriedKey(h(), text)).toBe<CarriedKey>('x5c-leaf');
  });

  it('sees nothing for another certificate, the same key outside a certificate, or no x5c', () => {
    expect(checkCarriedKey(h(), otherCert.toString())).toBeUndefined();
    expect(
      checkCarriedKey(h(), signer.publicKey.export({ type: 'spki', format: 'pem' }).toString()),
    ).toBeUndefined();
    expect(checkCarriedKey(h(), `${signerCert.toString()}${otherCert.toString()}`)).toBeUndefined();
    expect(checkCarriedKey(h(), '')).toBeUndefined();
    expect(checkCarriedKey(h(), 'a secret')).toBeUndefined();
    expect(checkCarriedKey(header({ alg: 'RS256' }), signerCert.toString())).toBeUndefined();
    expect(
      checkCarriedKey(
        header({ alg: 'RS256', x5c: [base64(otherCert), base64(signerCert)] }),
        signerCert.toString(),
      ),
    ).toBeUndefined();
  });
});

describe('describeCarriedKey', () => {
  const statuses: Record<Verdict['status'] | 'checking', RegExp> = {
    verified: /"Verified" here proves only that the token is consistent with itself, not who made it/,
    invalid: /does not even match/,
    checking: /would prove only/,
    idle: /would prove only/,
    error: /would prove only/,
    unsigned: /would prove only/,
  };
  it.each(Object.entries(statuses))('says the key came from the token itself (%s)', (status, words) => {
    const text = describeCarriedKey('x5c-leaf', status as Verdict['status']);
    expect(text).toContain('came from the token itself');
    expect(text).toMatch(words);
  });
});

describe('verifying with the x5c leaf', () => {
  it("verifies with the leaf of the signing key, and does not call the header's x5c unused", async () => {
    const token = rs256(
      { alg: 'RS256', x5c: [base64(signerCert)], jwk: { kty: 'oct' } },
      { sub: 'a' },
      signer.privateKey,
    );
    const pem = toX5cLeafPem(decodeToken(token).headerObject) ?? '';
    const verdict = await verify(token, pem);
    expect(verdict).toMatchObject({ status: 'verified', ignoredHeaderKeys: ['jwk'] });
    // The same certificate pasted from elsewhere is not the token's x5c: it is noted as unused.
    expect(
      await verify(rs256({ alg: 'RS256', x5c: [base64(otherCert)] }, {}, signer.privateKey), pem),
    ).toMatchObject({
      status: 'verified',
      ignoredHeaderKeys: ['x5c'],
    });
  });

  it('fails with the leaf of another key', async () => {
    const token = rs256({ alg: 'RS256', x5c: [base64(otherCert)] }, { sub: 'a' }, signer.privateKey);
    const verdict = await verify(token, toX5cLeafPem(decodeToken(token).headerObject) ?? '');
    expect(verdict.status).toBe('invalid');
    expect(verdict).not.toHaveProperty('ignoredHeaderKeys');
  });
});
