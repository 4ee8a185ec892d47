import type { DecodedToken } from '../token/decode';
import type { KeyContext } from './key-context';

/** What every rule is given: the decoded token, the instant it is judged at, and the key when there is one. */
export interface LintContext {
  readonly decoded: DecodedToken;
  /** The instant of the judgement, in milliseconds (the store's clock or the user's "now"). */
  readonly now: number;
  /** Clock-skew leeway in seconds (default 0). */
  readonly leeway?: number;
  /** The key on screen; rules that need it find nothing without it. */
  readonly key?: KeyContext;
}
