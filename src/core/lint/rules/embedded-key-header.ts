import { memberValue } from '../../json/lossless';
import type { Finding } from '../finding';
import type { LintRule } from '../rule';

/** `embedded-key-header`: the header carries its own key, `jwk` or `x5c` (RFC 7515 sections 4.1.3 and 4.1.6). */
export const checkEmbeddedKeyHeader: LintRule = ({ decoded }) => {
  const found: Finding[] = [];
  for (const parameter of ['jwk', 'x5c'] as const) {
    if (memberValue(decoded.headerObject, parameter) !== undefined)
      found.push({ id: 'embedded-key-header', severity: 'medium', parameter });
  }
  return found;
};
