import type { ClaimEntry, ClaimInfo, NestedClaimInfo, ClaimSource } from './claim-info';
import { VENDOR_SOURCES } from './claim-info';
import { STANDARD_HEADER, STANDARD_PAYLOAD } from './registry-standards';
import { VENDOR_CLAIMS } from './registry-vendors';
import { formatCount } from '../count';

/** Every entry of the catalogue, standards first: header parameters and claims, each with its source. */
export const CLAIM_CATALOGUE: readonly ClaimInfo[] = [
  ...STANDARD_HEADER,
  ...STANDARD_PAYLOAD,
  ...VENDOR_CLAIMS,
].map((entry: ClaimEntry): ClaimInfo => ({ ...entry, vendor: VENDOR_SOURCES.has(entry.source) }));

function buildIndex(part: 'header' | 'payload'): ReadonlyMap<string, ClaimInfo> {
  const index = new Map<string, ClaimInfo>();
  // The first entry of a name wins: standards come before vendors.
  for (const info of CLAIM_CATALOGUE) {
    if ((info.part === part || info.part === 'both') && !index.has(info.name)) index.set(info.name, info);
  }
  return index;
}

const HEADER_INDEX = buildIndex('header');
const PAYLOAD_INDEX = buildIndex('payload');

/**
 * What a header parameter or claim means, by its exact name (member names are case-sensitive, RFC 7519 section
 * 4); undefined for a name nobody in the catalogue defines: never an invented explanation.
 */
export function describeClaim(part: 'header' | 'payload', name: string): ClaimInfo | undefined {
  return (part === 'header' ? HEADER_INDEX : PAYLOAD_INDEX).get(name);
}

/** What a member of an object claim means (`realm_access` then `roles`), with the source of its parent. */
export interface NestedClaimDescription extends NestedClaimInfo {
  readonly source: ClaimSource;
  readonly vendor: boolean;
}

/**
 * What the member at `path` inside a claim means, one or two levels down (`['realm_access', 'roles']`,
 * `['resource_access', 'account', 'roles']`, `['cnf', 'jkt']`); undefined when the catalogue does not say.
 */
export function describeNestedClaim(
  part: 'header' | 'payload',
  path: readonly string[],
): NestedClaimDescription | undefined {
  const [top, ...rest] = path;
  if (top === undefined || rest.length === 0) return undefined;
  const info = describeClaim(part, top);
  if (info === undefined) return undefined;
  let children = info.children;
  let found: NestedClaimInfo | undefined;
  for (const name of rest) {
    if (children === undefined) return undefined;
    found = Object.hasOwn(children, name) ? children[name] : children['*'];
    if (found === undefined) return undefined;
    children = found.children;
  }
  return found === undefined ? undefined : { ...found, source: info.source, vendor: info.vendor };
}

/** What one well-known value of a claim means (`amr` "otp", RFC 8176), or undefined. */
export function describeClaimValue(
  part: 'header' | 'payload',
  name: string,
  value: string,
): string | undefined {
  const values = describeClaim(part, name)?.values;
  return values !== undefined && Object.hasOwn(values, value) ? values[value] : undefined;
}

/** Words for the values of a list past those shown: "and 2,900 more". */
export function describeMoreValues(count: number): string {
  return `and ${formatCount(count)} more`;
}
