/**
 * What the lint rules may know about the key on screen, as plain data the verify engine fills in (the rules
 * read no key text): an HMAC secret's length in its chosen reading, or that the text is key material (the
 * engine asks `findConfusedKey` of core/jws/confusion.ts), or some other usable key.
 */
export type KeyContext =
  | { readonly kind: 'secret'; readonly bytes: number }
  /** Public or private key text (PEM, JWK, JWKS, DER) where an HMAC secret belongs (RFC 8725 section 3.1). */
  | { readonly kind: 'key-material'; readonly private: boolean }
  | { readonly kind: 'keys' };
