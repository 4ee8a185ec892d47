import { calculateJwkThumbprint, type JWK } from 'jose';

/**
 * RFC 7638: the JWK thumbprint, the SHA-256 of the key's required members in lexicographic order, as base64url
 * (the same for a private key and its public half). Undefined when a required member is missing.
 */
export async function jwkThumbprint(jwk: JWK): Promise<string | undefined> {
  try {
    return await calculateJwkThumbprint(jwk, 'sha256');
  } catch {
    return undefined;
  }
}
