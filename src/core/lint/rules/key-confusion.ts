import { findAlgorithm } from '../../jws/algorithms';
import type { LintRule } from '../rule';

/** `key-confusion`: key material given as the secret of an HS* token (RFC 8725 section 3.1). */
export const checkKeyConfusion: LintRule = ({ decoded, key }) => {
  const spec = decoded.alg === undefined ? undefined : findAlgorithm(decoded.alg);
  if (spec?.family !== 'hmac' || key?.kind !== 'key-material') return [];
  return [{ id: 'key-confusion', severity: 'high', alg: spec.alg, private: key.private }];
};
