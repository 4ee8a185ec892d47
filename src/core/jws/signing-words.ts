/** Why an edit's token kept its old signature: the key changed while the signature was being made. */
export function describeKeyChangedWhileSigning(): string {
  return 'The key changed while the token was being signed, so the old signature stays: edit the token to sign it with the new key.';
}

/** Why no thumbprint can be made: the key input holds no key that has one. */
export function describeNoThumbprint(): string {
  return 'No thumbprint: paste or generate a key first (an HMAC secret, a public or private key, or a JWK).';
}

/** A key action (generating a key, a thumbprint) failed in a way of ours, not because of the key. */
export function describeKeyActionFailed(): string {
  return 'That did not work: the browser refused the key operation. Try again, or another algorithm.';
}
