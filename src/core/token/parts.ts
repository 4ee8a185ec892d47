/** The parts of a compact token that a message can be about (RFC 7515 section 7.1, RFC 7516 section 7.1). */
export type TokenPart =
  'token' | 'header' | 'payload' | 'signature' | 'encrypted-key' | 'iv' | 'ciphertext' | 'tag';

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
};

/** The name of a part as people say it ("authentication tag"). */
export function describePart(part: TokenPart): string {
  return PART_NAMES[part];
}
