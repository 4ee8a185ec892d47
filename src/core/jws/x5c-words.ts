import { toIsoInstant } from '../claims/time';
import { describeKeyError } from '../keys/errors';
import { describeKeyType } from '../keys/key-type';
import { formatCount } from '../count';
import { checkLeafFits, MAX_X5C_CERTIFICATES, type X5cChain, type X5cEntry } from './x5c';

/** One certificate of an x5c chain in words, as the findings card lists it. */
export interface X5cEntryWords {
  readonly index: number;
  /** "Certificate 1 (leaf)". */
  readonly label: string;
  readonly subject?: string;
  readonly issuer?: string;
  /** "2026-01-01T00:00:00Z to 2027-01-01T00:00:00Z". */
  readonly validity?: string;
  /** "RSA 2048 bits", "EC P-256". */
  readonly key?: string;
  /** Why the entry cannot be read. */
  readonly problem?: string;
}

/** An x5c chain in words: each certificate, whether it links, and why a carried key proves nothing. */
export interface X5cWords {
  readonly entries: readonly X5cEntryWords[];
  readonly linking: string;
  readonly warning: string;
  /** The leaf reads and its key suits the token's alg: the page offers to put it into the key input. */
  readonly leafFits: boolean;
}

function describeEntry(entry: X5cEntry, count: number): X5cEntryWords {
  const role = entry.index === 0 ? ' (leaf)' : entry.index === count - 1 && count > 1 ? ' (last)' : '';
  const label = `Certificate ${entry.index + 1}${role}`;
  if (!entry.ok) {
    const problem =
      entry.problem === 'not-certificate'
        ? `This entry is not a certificate: ${describeKeyError(entry.error)}`
        : entry.problem === 'not-string'
          ? 'This entry is not a string.'
          : 'This entry is not base64 (x5c holds base64, not base64url, DER).';
    return { index: entry.index, label, problem };
  }
  const from = toIsoInstant(entry.notBefore) ?? 'an unreadable date';
  const to = toIsoInstant(entry.notAfter) ?? 'an unreadable date';
  const key =
    entry.key === undefined
      ? 'a key of an algorithm this page cannot name'
      : `${describeKeyType(entry.key.kty, entry.key.crv)}${entry.key.bits === undefined ? '' : ` ${entry.key.bits} bits`}`;
  return {
    index: entry.index,
    label,
    subject: entry.subject,
    issuer: entry.issuer,
    validity: `${from} to ${to}`,
    key,
  };
}

/** The words for an x5c chain (RFC 7515 section 4.1.6) of a token whose header has `alg`, read for showing only. */
export function describeX5cChain(chain: X5cChain, alg?: string): X5cWords {
  const count = chain.entries.length + chain.unread;
  return {
    entries: chain.entries.map((entry) => describeEntry(entry, count)),
    linking:
      count === 0
        ? 'The x5c chain is empty.'
        : chain.unread > 0
          ? `Only the first ${formatCount(MAX_X5C_CERTIFICATES)} of its ${formatCount(count)} certificates are read (a chain is rarely more than 4): whether it links is not known.`
          : chain.linked
            ? count === 1
              ? 'One certificate.'
              : "Each certificate's issuer is the next one's subject."
            : "The chain does not link: a certificate's issuer is not the next one's subject, or an entry cannot be read.",
    warning:
      'A key carried by the token proves nothing by itself: anyone can put their own certificate here. Trust it only if the certificate chains to an authority you already trust for this issuer.',
    leafFits: checkLeafFits(chain, alg),
  };
}
