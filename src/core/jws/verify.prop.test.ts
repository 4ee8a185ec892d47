import fc from 'fast-check';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { readKeyText } from '../keys/read';
import { decodeToken } from '../token/decode';
import { verifyToken } from './verify';

function withSignature(token: string, mutate: (sig: Uint8Array) => void): string {
  const [h, p, s] = token.split('.');
  const sig = new Uint8Array(Buffer.from(s ?? '', 'base64url'));
  mutate(sig);
  return `${h ?? ''}.${p ?? ''}.${Buffer.from(sig).toString('base64url')}`;
}

describe('flipping signature bytes never verifies', () => {
  for (const alg of ['HS256', 'ES256', 'RS256', 'EdDSA'] as const) {
    it(alg, async () => {
      let keyText: string;
      let token: string;
      if (alg === 'HS256') {
        keyText = 'property-test-secret-of-32-bytes!!';
        token = await new SignJWT({ sub: 'p' })
          .setProtectedHeader({ alg })
          .sign(new TextEncoder().encode(keyText));
      } else {
        const { publicKey, privateKey } = await generateKeyPair(alg, { extractable: true });
        keyText = JSON.stringify(await exportJWK(publicKey));
        token = await new SignJWT({ sub: 'p' }).setProtectedHeader({ alg }).sign(privateKey);
      }
      const read = await readKeyText(keyText, 'utf8');
      expect((await verifyToken(decodeToken(token), read, keyText)).status).toBe('verified');
      const length = Buffer.from(token.split('.')[2] ?? '', 'base64url').length;
      await fc.assert(
        fc.asyncProperty(
          fc.integer({ min: 0, max: length - 1 }),
          fc.integer({ min: 1, max: 255 }),
          async (index, mask) => {
            const flipped = withSignature(token, (sig) => {
              sig[index] = (sig[index] ?? 0) ^ mask;
            });
            const v = await verifyToken(decodeToken(flipped), read, keyText);
            expect(v.status).not.toBe('verified');
          },
        ),
        { numRuns: 60 },
      );
    });
  }
});
