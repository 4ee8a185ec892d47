import { memberValue } from '../../json/lossless';
import type { Finding } from '../finding';
import type { LintRule } from '../rule';

/** `key-url-header`: the header names where to fetch its key, `jku` or `x5u` (RFC 7515 sections 4.1.2 and 4.1.5). */
export const checkKeyUrlHeader: LintRule = ({ decoded }) => {
  const found: Finding[] = [];
  for (const parameter of ['jku', 'x5u'] as const) {
    const value = memberValue(decoded.headerObject, parameter);
    if (value === undefined) continue;
    found.push({
      id: 'key-url-header',
      severity: 'medium',
      parameter,
      ...(value.kind === 'string' ? { url: value.value } : {}),
    });
  }
  return found;
};
