import type { JWK } from 'jose';
import type { KeyError } from './errors';
import type { KeyTextKind, KeyType } from './key-type';
import type { SecretEncoding, SecretEncodingError } from './secret';

/** Where a key came from: the pasted text (by what it is), or one entry of a JWKS (0-based, with its kid). */
export type KeySource =
  | {
      readonly kind: 'pasted';
      readonly form: 'spki' | 'pkcs1-public' | 'x509' | 'pkcs8' | 'pkcs1-private' | 'sec1' | 'jwk';
    }
  | { readonly kind: 'jwks'; readonly index: number; readonly kid?: string };

/** One public key ready to verify with: its public JWK and what is known about it. */
export interface PublicKeyEntry {
  /** Where it came from (words from describeKeySource). */
  readonly source: KeySource;
  readonly jwk: JWK;
  readonly kty: KeyType;
  readonly crv?: string;
  readonly bits?: number;
  readonly kid?: string;
  readonly alg?: string;
  readonly use?: string;
  /** True when the user pasted a private key (only its public half verifies). */
  readonly fromPrivate: boolean;
  /**
   * The private key the user pasted, as a JWK, for signing. It lives in memory only, with the key text it was
   * read from: never logged, persisted, put in a URL or shown.
   */
  readonly privateJwk?: JWK;
}

/** What a certificate says about itself, as the key input shows it. */
export interface CertificateSummary {
  readonly subject: string;
  readonly commonName?: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** A key of a set that could not be read, and why. */
export interface UnreadableKey {
  readonly source: KeySource;
  readonly error: KeyError;
}

/** The key text as read: a secret in the chosen encoding, or keys. */
export type ReadKey =
  | {
      readonly kind: 'secret';
      readonly encoding: SecretEncoding;
      readonly bytes?: Uint8Array;
      /** Why the text is not valid in the chosen encoding (then `bytes` is absent). */
      readonly encodingError?: SecretEncodingError;
    }
  | {
      readonly kind: 'keys';
      readonly source: KeyTextKind;
      readonly keys: readonly PublicKeyEntry[];
      /** JWKS members that could not be read, with why. */
      readonly unreadable: readonly UnreadableKey[];
      readonly certificate?: CertificateSummary;
      /** A JWKS: how many keys it lists. */
      readonly listed?: number;
      /** The reading under which the key was found, when it was written without armour (bare base64 DER). */
      readonly via?: SecretEncoding;
    };
