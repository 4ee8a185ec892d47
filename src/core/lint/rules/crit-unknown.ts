import { memberValue } from '../../json/lossless';
import type { Finding } from '../finding';
import type { LintRule } from '../rule';

/** Extensions this page understands when marked critical: RFC 7797's unencoded payload. */
const UNDERSTOOD = new Set(['b64']);

/** Header parameters of RFC 7515, 7516 and 7518, which crit must never list (RFC 7515 section 4.1.11). */
const REGISTERED = new Set([
  'alg',
  'jku',
  'jwk',
  'kid',
  'x5u',
  'x5c',
  'x5t',
  'x5t#S256',
  'typ',
  'cty',
  'crit',
  'enc',
  'zip',
  'epk',
  'apu',
  'apv',
  'iv',
  'tag',
  'p2s',
  'p2c',
]);

/** `crit-unknown`: a crit the recipient must reject for (RFC 7515 section 4.1.11). */
export const checkCritUnknown: LintRule = ({ decoded }) => {
  const header = decoded.headerObject;
  const crit = memberValue(header, 'crit');
  if (crit === undefined) return [];
  if (crit.kind !== 'array' || crit.items.length === 0 || crit.items.some((item) => item.kind !== 'string'))
    return [{ id: 'crit-unknown', severity: 'medium', problem: 'malformed', names: [] }];
  const names = crit.items.flatMap((item) => (item.kind === 'string' ? [item.value] : []));
  const present = new Set(header?.members.map((m) => m.name.value));
  const registered = names.filter((n) => REGISTERED.has(n));
  const absent = names.filter((n) => !REGISTERED.has(n) && !present.has(n));
  const unknown = names.filter((n) => !REGISTERED.has(n) && present.has(n) && !UNDERSTOOD.has(n));
  const found: Finding[] = [];
  if (unknown.length > 0)
    found.push({ id: 'crit-unknown', severity: 'medium', problem: 'unknown', names: unknown });
  if (registered.length > 0)
    found.push({ id: 'crit-unknown', severity: 'medium', problem: 'registered', names: registered });
  if (absent.length > 0)
    found.push({ id: 'crit-unknown', severity: 'medium', problem: 'absent', names: absent });
  return found;
};
