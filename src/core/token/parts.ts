/**
 * The parts of a token that a message can be about (RFC 7515 section 7.1, RFC 7516 section 7.1; an SD-JWT's
 * disclosures and key-binding JWT, RFC 9901 section 4).
 */
export type TokenPart =
  | 'token'
  | 'header'
  | 'payload'
  | 'signature'
  | 'encrypted-key'
  | 'iv'
  | 'ciphertext'
  | 'tag'
  | 'disclosure'
  | 'key-binding';

/** Segment roles of a JWS (3 segments) and a JWE (5 segments), in order. */
export const JWS_PARTS = ['header', 'payload', 'signature'] as const satisfies readonly TokenPart[];
export const JWE_PARTS = [
  'header',
  'encrypted-key',
  'iv',
  'ciphertext',
  'tag',
] as const satisfies readonly TokenPart[];

const PART_NAMES: Record<TokenPart, string> = {
  token: 'token',
  header: 'header',
  payload: 'payload',
  signature: 'signature',
  'encrypted-key': 'encrypted key',
  iv: 'initialization vector',
  ciphertext: 'ciphertext',
  tag: 'authentication tag',
  disclosure: 'disclosure',
  'key-binding': 'key binding JWT',
};

/** The name of a part as people say it ("authentication tag"). */
export function describePart(part: TokenPart): string {
  return PART_NAMES[part];
}
