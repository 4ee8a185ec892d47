import type { LintRule } from '../rule';

/** `alg-none`: the header's alg is "none" in any letter case (RFC 7519 section 6, RFC 8725 section 3.1). */
export const checkAlgNone: LintRule = ({ decoded }) => {
  const alg = decoded.alg;
  return alg !== undefined && alg.toLowerCase() === 'none' ? [{ id: 'alg-none', severity: 'high', alg }] : [];
};
