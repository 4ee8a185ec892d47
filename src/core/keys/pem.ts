import { decodeBase64urlLenient, toBase64url } from '../encoding/base64url';
import { err, ok, type Result } from '../result';
import type { KeyError } from './errors';

/** One PEM block: its label ("PUBLIC KEY") and the DER bytes its base64 body holds. */
export interface PemBlock {
  readonly label: string;
  readonly der: Uint8Array;
}

// RFC 7468 section 2: "-----BEGIN label-----" ... "-----END label-----", where a label holds single hyphens at most.
// Spaces or tabs around the label are tolerated. The label never overlaps what follows it, so matching is linear.
// Any letter case is read too ("-----begin public key-----"): the label is compared once normalised.
const BEGIN = /-----[ \t]*BEGIN[ \t]([^\r\n-]+(?:-[^\r\n-]+)*)-----/gi;
const END = /-----[ \t]*END[ \t]([^\r\n-]+(?:-[^\r\n-]+)*)-----/gi;
// Line breaks, and the literal "\n" of a PEM copied out of a JSON string or an environment variable.
const LINE_BREAK = /\r\n|\r|\n|\\r\\n|\\n|\\r/;
// RFC 1421 section 4.6.1.1: a legacy OpenSSL key encrypted with a passphrase.
const PROC_TYPE_ENCRYPTED = /Proc-Type:[ \t]*4[ \t]*,[ \t]*ENCRYPTED/i;
const BASE64_BODY = /^[A-Za-z0-9+/]*={0,2}$/;

/** A PEM label as RFC 7468 writes it: upper case, single spaces ("PUBLIC KEY"). */
export function normalizePemLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** Decodes a block's body (between its BEGIN and END lines) after dropping RFC 1421 headers and whitespace. */
function decodeBody(body: string, label: string, offset: number): Result<Uint8Array, KeyError> {
  // Headers ("Name: value") come first; base64 never holds a colon, so the body starts after the last one's line.
  let skipped = 0;
  const colon = body.lastIndexOf(':');
  if (colon !== -1) {
    const lineBreak = new RegExp(LINE_BREAK.source, 'g');
    lineBreak.lastIndex = colon;
    const next = lineBreak.exec(body);
    skipped = next === null ? body.length : next.index + next[0].length;
  }
  const content = body.slice(skipped);
  const stray = /[^A-Za-z0-9+/=\s]/.exec(content.replace(/\\[rn]/g, '  '));
  if (stray !== null) {
    const char = String.fromCodePoint(content.codePointAt(stray.index) ?? 0);
    return err({ code: 'PEM_BAD_BASE64', label, char, at: offset + skipped + stray.index + 1 });
  }
  const clean = content.replace(/\\[rn]/g, '').replace(/\s+/g, '');
  if (clean === '') return err({ code: 'PEM_EMPTY', label });
  if (!BASE64_BODY.test(clean)) return err({ code: 'PEM_BAD_PADDING', label });
  const unpadded = clean.replace(/=+$/, '');
  const bytes = decodeBase64urlLenient(unpadded.replace(/\+/g, '-').replace(/\//g, '_'));
  if (!bytes.ok || bytes.value.length === 0) {
    return err({ code: 'PEM_CUT_SHORT', label, found: unpadded.length });
  }
  return ok(bytes.value);
}

/**
 * Reads every PEM block in the text (RFC 7468), tolerating text around them, stray spaces, CRLF, literal "\n"
 * and a whole block on one line; refuses encrypted private keys.
 */
export function parsePem(text: string): Result<PemBlock[], KeyError> {
  try {
    const blocks: PemBlock[] = [];
    const begin = new RegExp(BEGIN);
    const end = new RegExp(END);
    let from = 0;
    for (;;) {
      begin.lastIndex = from;
      const b = begin.exec(text);
      if (b === null) break;
      const label = normalizePemLabel(b[1] ?? '');
      const bodyStart = b.index + b[0].length;
      end.lastIndex = bodyStart;
      const e = end.exec(text);
      begin.lastIndex = bodyStart;
      const next = begin.exec(text);
      if (e === null || (next !== null && next.index < e.index)) {
        return err({ code: 'PEM_NO_END_LINE', label });
      }
      const endLabel = normalizePemLabel(e[1] ?? '');
      if (endLabel !== label) {
        return err({ code: 'PEM_LABEL_MISMATCH', label, found: endLabel });
      }
      const body = text.slice(bodyStart, e.index);
      if (label === 'ENCRYPTED PRIVATE KEY' || PROC_TYPE_ENCRYPTED.test(body)) {
        return err({ code: 'KEY_ENCRYPTED' });
      }
      const der = decodeBody(body, label, bodyStart);
      if (!der.ok) return der;
      blocks.push({ label, der: der.value });
      from = e.index + e[0].length;
    }
    if (blocks.length === 0) return err({ code: 'PEM_NOT_FOUND' });
    return ok(blocks);
  } catch (e) {
    return err({ code: 'INTERNAL', name: e instanceof Error ? e.name : 'pem' });
  }
}

/** RFC 7468 section 2: DER as a PEM block with a label, its base64 in lines of 64 characters. */
export function toPem(label: string, der: Uint8Array): string {
  const url = toBase64url(der);
  const base64 = url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (url.length % 4)) % 4);
  const lines = base64.match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** RFC 7468 section 5.1: an X.509 certificate's DER as a CERTIFICATE PEM block, as the key input reads it. */
export function toCertificatePem(der: Uint8Array): string {
  return toPem('CERTIFICATE', der);
}
