import type { DecodedToken } from './decode';
import { describePart, type TokenPart } from './parts';
import { formatCount } from '../count';

const count = (n: number): string => formatCount(n);

/** The one-line summary of a token: its kind, algorithm and size ("Signed JWT (JWS) · HS256 · 179 characters"). */
export function describeTokenSummary(decoded: DecodedToken): string {
  const kind = {
    jws: 'Signed JWT (JWS)',
    unsecured: 'Unsecured JWT',
    jwe: 'Encrypted JWT (JWE)',
    'sd-jwt': 'SD-JWT',
    unknown: 'Token',
  }[decoded.kind];
  const parts = [kind];
  if (decoded.alg !== undefined) parts.push(decoded.alg);
  parts.push(`${count(decoded.cleaned.token.length)} characters`);
  return parts.join(' · ');
}

/** The size of a segment kept as bytes ("32 bytes"), or why it has none. */
export function describeSegmentSize(byteLength: number | undefined): string {
  if (byteLength === undefined) return 'not valid base64url';
  return `${count(byteLength)} byte${byteLength === 1 ? '' : 's'}`;
}

/** What a decoded-part card says when its segment is there but could not be decoded. */
export function describeUndecodedPart(part: TokenPart): string {
  return `The ${describePart(part)} segment could not be decoded.`;
}

/** What the payload card of a JWE says: its payload is sealed (RFC 7516 section 5.1). */
export function describeSealedPayload(ciphertextBytes: number | undefined): string {
  return ciphertextBytes === undefined
    ? 'The payload is encrypted.'
    : `The payload is encrypted (${count(ciphertextBytes)} bytes of ciphertext).`;
}

/** The title over a token's decode errors. */
export function describeProblemCount(problems: number): string {
  return problems === 1 ? 'This token cannot be decoded' : `This token has ${count(problems)} problems`;
}

/** Why a number is flagged in a JSON pane: JavaScript reads it as another value (RFC 8259 section 6). */
export function describeInexactNumber(jsText: string | undefined): string {
  return `JavaScript cannot hold this number exactly: it reads it as ${jsText ?? '?'}`;
}
