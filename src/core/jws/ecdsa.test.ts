import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ALGORITHMS } from './algorithms';
import { checkEcdsaShape } from './ecdsa';

const ES256 = ALGORITHMS.ES256;

describe('checkEcdsaShape', () => {
  it('names a real DER signature (as OpenSSL writes it) as DER', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const der = new Uint8Array(sign('sha256', Buffer.from('x'), { key: privateKey, dsaEncoding: 'der' }));
    expect(ES256 && checkEcdsaShape(ES256, der)).toMatchObject({
      code: 'ECDSA_DER_SIGNATURE',
      found: der.length,
    });
  });

  it('regression: a raw signature one byte short that happens to start with 0x30 is not called DER', () => {
    const raw = new Uint8Array(63).fill(7);
    raw[0] = 0x30;
    expect(ES256 && checkEcdsaShape(ES256, raw)).toBeUndefined();
  });

  it('refuses r or s equal to zero', () => {
    const zeroR = new Uint8Array(64).fill(1);
    zeroR.fill(0, 0, 32);
    expect(ES256 && checkEcdsaShape(ES256, zeroR)).toEqual({ code: 'ECDSA_ZERO' });
  });
});
