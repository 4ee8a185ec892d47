import { memberValues } from '../../json/lossless';
import type { Finding, KidPattern } from '../finding';
import type { LintRule } from '../rule';

// eslint-disable-next-line no-control-regex -- a null byte or other control character is the point
const CONTROL = /[\u0000-\u001f\u007f]/;
const PATH = /(?:^|[\\/])\.\.(?:[\\/]|$)|^\/(?:dev|etc|proc|tmp|var|usr|home|root|bin)\b|^[a-z]:\\|^file:/i;
const SQL =
  /['"`]\s*(?:or|and|union|;|--|\|\|)|\bunion\b[\s\S]*\bselect\b|;\s*(?:select|drop|insert|update|delete)\b|--\s*$|\/\*|\bselect\b[\s\S]+\bfrom\b|\bsleep\s*\(/i;
const COMMAND = /\$\(|`[^`]*`|\$\{|[;&|]\s*(?:cat|ls|id|curl|wget|sh|bash|nc|rm|whoami|ping)\b/i;

/** What a kid looks like an injection of, or undefined for an ordinary identifier. */
export function findKidPattern(kid: string): KidPattern | undefined {
  if (CONTROL.test(kid)) return 'control';
  if (PATH.test(kid)) return 'path';
  if (SQL.test(kid)) return 'sql';
  if (COMMAND.test(kid)) return 'command';
  return undefined;
}

/** `kid-injection`: a kid that looks like a path, SQL or a command (RFC 8725 section 3.10). */
export const checkKidInjection: LintRule = ({ decoded }) => {
  const found: Finding[] = [];
  for (const value of memberValues(decoded.headerObject, 'kid')) {
    if (value.kind !== 'string') continue;
    const pattern = findKidPattern(value.value);
    if (pattern !== undefined)
      found.push({ id: 'kid-injection', severity: 'high', kid: value.value, pattern });
  }
  return found;
};
