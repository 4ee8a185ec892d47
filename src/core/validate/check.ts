/** The checks a careful server runs, as the contract's `data-check` values. */
export type CheckId = 'exp' | 'nbf' | 'iat' | 'iss' | 'aud' | 'nonce' | 'typ' | 'alg' | 'at_hash' | 'c_hash';

export const CHECK_IDS: readonly CheckId[] = [
  'exp',
  'nbf',
  'iat',
  'iss',
  'aud',
  'nonce',
  'typ',
  'alg',
  'at_hash',
  'c_hash',
];

/**
 * Why a check came out as it did. `pass`: in-time, matches, allowed. `fail`: expired, not-yet-valid,
 * issued-in-future, missing (expected but absent), unreadable (not a value a server can read), differs,
 * not-allowed. `skip` (nothing to check against): absent (the token has no such claim), no-expectation, no-input,
 * no-claims (no readable claims: an encrypted, undecodable or non-JSON payload), no-hash (the alg names no hash for at_hash / c_hash).
 */
export type CheckReason =
  | 'in-time'
  | 'matches'
  | 'allowed'
  | 'expired'
  | 'not-yet-valid'
  | 'issued-in-future'
  | 'missing'
  | 'unreadable'
  | 'differs'
  | 'not-allowed'
  | 'absent'
  | 'no-expectation'
  | 'no-input'
  | 'no-claims'
  | 'no-hash'
  /** The list was cut down for the page (a huge token decoded off the main thread): the rest was not read. */
  | 'not-all-read';

export type CheckStatus = 'pass' | 'fail' | 'skip';

/** One check's outcome: a status, the reason as a code, and the values the words need. */
export interface Check {
  readonly id: CheckId;
  readonly status: CheckStatus;
  readonly reason: CheckReason;
  /** What was expected, as text (the expected iss, the allowed algs, the computed hash). */
  readonly expected?: string;
  /** What the token has, as text. */
  readonly found?: string;
  /** For time checks: the claim's instant in milliseconds. */
  readonly at?: number;
}

function quoted(text: string | undefined): string {
  return text === undefined ? 'nothing' : `"${text}"`;
}

function claimWords(id: CheckId): string {
  return id === 'typ' || id === 'alg' ? `The header's ${id}` : `The ${id} claim`;
}

/** The words of one check ("exp: expired", with the values). */
export function describeCheck(check: Check): string {
  const name = claimWords(check.id);
  switch (check.reason) {
    case 'in-time':
      return check.id === 'exp'
        ? 'The token has not expired.'
        : check.id === 'nbf'
          ? 'The token is already valid (nbf has passed).'
          : 'The token was issued in the past.';
    case 'matches':
      return `${name} is ${quoted(check.found)}, as expected.`;
    case 'allowed':
      return `${name} ${quoted(check.found)} is one of the allowed algorithms.`;
    case 'expired':
      return 'The token has expired.';
    case 'not-yet-valid':
      return 'The token is not valid yet (nbf lies ahead).';
    case 'issued-in-future':
      return 'The token says it was issued in the future (iat).';
    case 'missing':
      return `${name} is missing, but ${quoted(check.expected)} is expected.`;
    case 'unreadable':
      return `${name} is not a value a server can read.`;
    case 'differs':
      return `${name} is ${quoted(check.found)}, but ${quoted(check.expected)} is expected.`;
    case 'not-allowed':
      return `${name} ${quoted(check.found)} is not among the allowed algorithms (${check.expected ?? 'none'}).`;
    case 'absent':
      return `${name} is absent: nothing to check.`;
    case 'no-expectation':
      return `No expected value is set: ${check.id} is not checked.`;
    case 'no-input':
      return `No ${check.id === 'c_hash' ? 'authorization code' : 'access token'} is given to check ${check.id} against.`;
    case 'no-claims':
      return 'There are no claims to check: the payload is encrypted, is not a JSON object, or does not decode.';
    case 'no-hash':
      return `The header's alg ${quoted(check.found)} names no hash for ${check.id}.`;
    case 'not-all-read':
      return `${name} lists more audiences than this page keeps for a token this big (${check.found ?? 'some'} more were not read), and ${quoted(check.expected)} is not among those read: it cannot say whether it is among the rest.`;
  }
}
