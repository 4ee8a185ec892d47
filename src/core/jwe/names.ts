import { stringMember } from '../json/lossless';
import type { DecodedJwe } from '../token/decode';

/** The header members of a JWE that name how it was made, when they are strings. */
export interface JweNames {
  readonly alg?: string;
  readonly enc?: string;
  readonly zip?: string;
  readonly kid?: string;
  readonly cty?: string;
}

/** Reads alg, enc, zip, kid and cty from a decoded JWE's protected header (RFC 7516 section 4.1). */
export function readJweNames(decoded: DecodedJwe): JweNames {
  const header = decoded.headerObject;
  const names: Record<string, string> = {};
  for (const name of ['alg', 'enc', 'zip', 'kid', 'cty'] as const) {
    const value = stringMember(header, name);
    if (value !== undefined) names[name] = value;
  }
  return names;
}
