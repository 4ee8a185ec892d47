import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { computeTokenHash, toTokenHash } from './token-hash';

/** An independent at_hash with node:crypto: the left half of the digest, base64url. */
function nodeHash(value: string, hash: string, length?: number): string {
  const digest = createHash(hash, length === undefined ? {} : { outputLength: length })
    .update(value, 'ascii')
    .digest();
  return digest.subarray(0, digest.length / 2).toString('base64url');
}

describe('computeTokenHash', () => {
  it('gives the published examples of OpenID Connect Core 1.0 (Appendix A.3 and A.4)', async () => {
    expect(await computeTokenHash('jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', 'RS256')).toBe(
      '77QmUPtjPfzWtF2AnpK9RQ',
    );
    expect(
      await computeTokenHash('Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk', 'RS256'),
    ).toBe('LDktKdoQak3Pk0cnXxCltA');
  });

  it.each([
    ['HS256', 'sha256'],
    ['RS384', 'sha384'],
    ['PS512', 'sha512'],
    ['ES256', 'sha256'],
    ['ES384', 'sha384'],
    ['ES512', 'sha512'],
    ['ES256K', 'sha256'],
    ['EdDSA', 'sha512'],
    ['Ed25519', 'sha512'],
  ])('uses the hash of %s as node:crypto computes it', async (alg, hash) => {
    expect(await computeTokenHash('an-access-token', alg)).toBe(nodeHash('an-access-token', hash));
  });

  it('uses SHAKE256 of 114 bytes for Ed448 (OpenID Connect errata)', async () => {
    expect(await computeTokenHash('code', 'Ed448')).toBe(nodeHash('code', 'shake256', 114));
  });

  it('names no hash for none or ML-DSA', async () => {
    expect(toTokenHash('none')).toBeUndefined();
    expect(await computeTokenHash('x', 'ML-DSA-44')).toBeUndefined();
  });
});
