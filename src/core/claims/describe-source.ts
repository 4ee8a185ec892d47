import type { ClaimSource } from './claim-info';

/**
 * Where a member's meaning is defined, in a few words for a reader: the standard and its section ("RFC 7519
 * §4.1.4"), or the issuer that documents it ("Microsoft Entra ID · vendor claim").
 */
export function describeClaimSource(
  source: ClaimSource,
  section: string | undefined,
  vendor: boolean,
): string {
  const where = section === undefined ? source : `${source} §${section}`;
  return vendor ? `${where} · vendor claim` : where;
}
