import type { DisclosureError } from './disclosure';

/**
 * What processing an SD-JWT found that a verifier must not accept, or should know (RFC 9901 section 7.1), as a
 * closed union (words from `describeSdProblem`). Digests without a disclosure (decoys, or claims not disclosed)
 * are normal: they are counted, never a problem.
 */
export type SdProblem =
  /** The issuer-signed payload is not a JSON object: nothing can be disclosed into it. */
  | { readonly code: 'PAYLOAD_NOT_OBJECT' }
  /** `_sd_alg` names a hash this page does not compute (or is not a string): no digest can be matched. */
  | { readonly code: 'SD_ALG_UNSUPPORTED'; readonly alg: string }
  /** A disclosure cannot be read; `index` counts disclosures from 0. */
  | { readonly code: 'DISCLOSURE_UNREADABLE'; readonly index: number; readonly error: DisclosureError }
  /** No digest in the payload (or in other disclosures) is this disclosure's: a verifier rejects the SD-JWT. */
  | { readonly code: 'DISCLOSURE_UNMATCHED'; readonly index: number }
  /** The same disclosure twice: the second is never referenced. */
  | { readonly code: 'DISCLOSURE_REPEATED'; readonly index: number; readonly first: number }
  /** A digest that appears more than once in the payload and disclosures: a verifier rejects the SD-JWT. */
  | { readonly code: 'DIGEST_REPEATED'; readonly digest: string; readonly path: string }
  /** An array element's disclosure referenced from `_sd`, or a property's from a `...` entry. */
  | {
      readonly code: 'DISCLOSURE_WRONG_PLACE';
      readonly index: number;
      readonly path: string;
      readonly expected: 'property' | 'element';
    }
  /** The disclosed claim name is already in the object it would go into: a verifier rejects the SD-JWT. */
  | { readonly code: 'CLAIM_EXISTS'; readonly index: number; readonly name: string; readonly path: string }
  /** An `_sd` member that is not an array of digest strings. */
  | { readonly code: 'SD_NOT_DIGESTS'; readonly path: string }
  /** Disclosures nested deeper than the page follows. */
  | { readonly code: 'TOO_DEEP'; readonly path: string };

export type SdProblemCode = SdProblem['code'];
