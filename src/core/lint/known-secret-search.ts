import type { KnownSecretOutcome } from './known-secret';
import { formatCount } from '../count';

/** Where the known-secret search of the token on screen stands, as the findings card shows it. */
export type KnownSecretSearchState =
  /** The list is loading (a lazy chunk, or the worker starting). */
  | { readonly status: 'loading' }
  | { readonly status: 'searching'; readonly tried: number; readonly total: number }
  | { readonly status: 'done'; readonly outcome: KnownSecretOutcome; readonly total: number }
  /** The search could not run (the list did not load, the worker failed twice). */
  | { readonly status: 'failed' };

const count = (n: number): string => formatCount(n);

/** The words for a known-secret search in progress or finished (RFC 8725 section 3.5). */
export function describeKnownSecretSearch(state: KnownSecretSearchState): string {
  switch (state.status) {
    case 'loading':
      return 'Loading the list of publicly known secrets…';
    case 'searching':
      return `Trying publicly known secrets: ${count(state.tried)} of ${count(state.total)}.`;
    case 'failed':
      return 'The search for a publicly known secret could not run.';
    case 'done':
      switch (state.outcome.kind) {
        case 'found':
          return `Found the secret after trying ${count(state.outcome.tried)} publicly known secrets.`;
        case 'not-found':
          return `None of ${count(state.outcome.tried)} publicly known secrets signed this token.`;
        case 'cancelled':
          return 'The search for a publicly known secret was stopped.';
        case 'skipped':
          switch (state.outcome.reason) {
            case 'sample':
              return 'Not searched: the sample token’s secret is not a publicly known one.';
            case 'not-hmac':
              return 'Only an HS256, HS384 or HS512 token can be searched for a known secret.';
            case 'no-signature':
              return 'Not searched: the token has no signature to try secrets against.';
            case 'signature-length':
              return 'Not searched: the signature is not as long as its HMAC makes one, so no secret can have made it.';
          }
      }
  }
}
