import { findAlgorithm } from '../../jws/algorithms';
import type { LintRule } from '../rule';

/** `short-secret`: an HMAC secret shorter than the hash of the token's alg (RFC 7518 section 3.2). */
export const checkShortSecret: LintRule = ({ decoded, key }) => {
  const spec = decoded.alg === undefined ? undefined : findAlgorithm(decoded.alg);
  if (spec?.family !== 'hmac' || key?.kind !== 'secret' || spec.minBits === undefined) return [];
  const needed = spec.minBits / 8;
  return key.bytes < needed
    ? [{ id: 'short-secret', severity: 'high', alg: spec.alg, bytes: key.bytes, needed }]
    : [];
};
