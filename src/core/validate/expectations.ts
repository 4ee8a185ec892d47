/** What a careful server expects of a token (the contract's `expected-*` inputs); empty means not checked. */
export interface Expectations {
  readonly iss?: string;
  readonly aud?: string;
  readonly nonce?: string;
  readonly typ?: string;
  /** The allowed algorithms, as the user typed them: a comma-separated list. */
  readonly algs?: string;
  /** An access token (for at_hash) or authorization code (for c_hash) issued with an ID token. */
  readonly hashInput?: string;
}

/** The allowed algorithms of a comma-separated list ("RS256, ES256"), trimmed, empty entries dropped. */
export function toAllowedAlgs(text: string | undefined): readonly string[] {
  return (text ?? '')
    .split(',')
    .map((alg) => alg.trim())
    .filter((alg) => alg !== '');
}
