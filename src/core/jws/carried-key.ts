import { memberValue, type JsonObject } from '../json/lossless';
import { parsePem, toCertificatePem } from '../keys/pem';
import { decodeSecret } from '../keys/secret';
import type { Verdict } from './verdict';

/**
 * A key the token carries that the key input holds: the leaf certificate of the header's `x5c` (RFC 7515 section
 * 4.1.6). A signature checked with it shows only that the token is consistent with itself (RFC 8725 section 3.10).
 */
export type CarriedKey = 'x5c-leaf';

/** The DER of the header's first `x5c` certificate (base64, not base64url: RFC 7515 section 4.1.6). */
function readX5cLeafDer(header: JsonObject | undefined): Uint8Array | undefined {
  const node = memberValue(header, 'x5c');
  if (node?.kind !== 'array') return undefined;
  const first = node.items[0];
  if (first?.kind !== 'string') return undefined;
  const der = decodeSecret(first.value, 'base64');
  return der.ok && der.value.length > 0 ? der.value : undefined;
}

/** The header's `x5c` leaf certificate as a PEM block for the key input, when its base64 decodes. */
export function toX5cLeafPem(header: JsonObject | undefined): string | undefined {
  const der = readX5cLeafDer(header);
  return der === undefined ? undefined : toCertificatePem(der);
}

/** The certificate DER that key text holds: one CERTIFICATE PEM block, or bare base64 as x5c writes it. */
function readCertificateText(text: string): Uint8Array | undefined {
  if (text.includes('-----')) {
    const blocks = parsePem(text);
    if (!blocks.ok || blocks.value.length !== 1) return undefined;
    const [block] = blocks.value;
    return block?.label === 'CERTIFICATE' ? block.der : undefined;
  }
  const der = decodeSecret(text, 'base64');
  return der.ok ? der.value : undefined;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

/**
 * Whether the key text holds exactly the certificate the token carries as its `x5c` leaf (as a PEM block or bare
 * base64, whatever its line breaks): the key then came from the token itself.
 */
export function checkCarriedKey(header: JsonObject | undefined, keyText: string): CarriedKey | undefined {
  if (keyText.trim() === '') return undefined;
  const leaf = readX5cLeafDer(header);
  if (leaf === undefined) return undefined;
  const held = readCertificateText(keyText);
  return held !== undefined && sameBytes(held, leaf) ? 'x5c-leaf' : undefined;
}

// Where each carried key comes from, as the warning names it.
const ORIGIN: Record<CarriedKey, string> = {
  'x5c-leaf': "This key came from the token itself: it is the leaf certificate of the header's x5c.",
};

/**
 * The warning beside the verdict while the key input holds a key the token carries: what a match with it means
 * (only that the token is consistent with itself), by the verdict shown (`checking` while a check runs).
 */
export function describeCarriedKey(carried: CarriedKey, status: Verdict['status'] | 'checking'): string {
  const origin = ORIGIN[carried];
  const trust =
    'Anyone can make a key pair, put its certificate in x5c and sign with it. It means more only if the certificate chains to a certificate authority you already trust for this issuer, which this page does not check.';
  switch (status) {
    case 'verified':
      return `${origin} "Verified" here proves only that the token is consistent with itself, not who made it. ${trust}`;
    case 'invalid':
      return `${origin} The signature does not even match it. A match would prove only that the token is consistent with itself, not who made it.`;
    default:
      return `${origin} A match would prove only that the token is consistent with itself, not who made it. ${trust}`;
  }
}
