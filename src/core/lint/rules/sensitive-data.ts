import { describeClaim } from '../../claims/registry';
import { readDeclaredUse, readInferredUse } from '../../claims/token-use';
import { rawOf, type JsonNode } from '../../json/lossless';
import type { Finding, SensitiveKind } from '../finding';
import type { LintRule } from '../rule';
import { toWalkedMembers } from '../walk-json';

/** The words of a member name: "clientSecret", "client_secret" and "client-secret" all give client, secret. */
function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
}

const SECRET_WORDS = new Set([
  'password',
  'passwd',
  'pwd',
  'passphrase',
  'secret',
  'apikey',
  'privatekey',
  'cvv',
  'cvc',
  'ssn',
]);
const SECRET_PAIRS = [
  ['api', 'key'],
  ['private', 'key'],
  ['access', 'key'],
  ['card', 'number'],
  ['credit', 'card'],
];

/** True for a member name that says it holds a password, a secret or a card detail. */
export function isPasswordLikeName(name: string): boolean {
  const words = nameWords(name);
  if (words.some((w) => SECRET_WORDS.has(w))) return true;
  return SECRET_PAIRS.some(([a, b]) => words.some((w, i) => w === a && words[i + 1] === b));
}

/** The Luhn check (ISO/IEC 7812-1 Annex B) of a string of digits. */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** A payment card number: 13 to 19 digits (spaces or dashes allowed), a card issuer's first digit, passing Luhn. */
export function isCardNumber(text: string): boolean {
  if (!/^[2-6]\d{3}(?:[ -]?\d){9,15}$/.test(text)) return false;
  const digits = text.replace(/[ -]/g, '');
  return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits);
}

const PRIVATE_PEM = /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
const PHONE = /^\+?\d[\d\s().-]{6,}\d$/;

function isPrivateJwk(node: JsonNode): boolean {
  return (
    node.kind === 'object' &&
    node.members.some((m) => m.name.value === 'kty') &&
    node.members.some((m) => m.name.value === 'd' && m.value.kind === 'string')
  );
}

function scalarText(node: JsonNode): string | undefined {
  if (node.kind === 'string') return node.value;
  if (node.kind === 'number') return rawOf(node);
  return undefined;
}

/**
 * `sensitive-data`: what should never travel in a readable token (RFC 7519 section 12): a password-like member,
 * a card number passing Luhn, a private key (PEM or JWK), and in an access token an email address or phone number.
 * Names the catalogue explains (`pwd_exp`, `email` in an ID token) are what they say they are.
 */
export const checkSensitiveData: LintRule = ({ decoded }) => {
  const found: Finding[] = [];
  const seen = new Set<string>();
  const add = (what: SensitiveKind, pointer: string, name: string, severity: 'high' | 'medium') => {
    if (seen.has(pointer)) return;
    seen.add(pointer);
    found.push({ id: 'sensitive-data', severity, what, pointer, name });
  };
  const payload = decoded.payload?.content;
  const claims = payload?.kind === 'json' && payload.json.kind === 'object' ? payload.json : undefined;
  const accessToken = (readDeclaredUse(decoded.headerObject) ?? readInferredUse(claims)) === 'access-token';
  for (const part of ['header', 'payload'] as const) {
    const content = decoded[part]?.content;
    if (content?.kind !== 'json') continue;
    for (const { member, pointer, depth } of toWalkedMembers(content.json, `/${part}`)) {
      const name = member.name.value;
      const value = member.value;
      const text = scalarText(value);
      const known = depth === 0 && describeClaim(part, name) !== undefined;
      if (isPrivateJwk(value) || (value.kind === 'string' && PRIVATE_PEM.test(value.value))) {
        add('private-key', pointer, name, 'high');
      } else if (
        part === 'payload' &&
        !known &&
        value.kind === 'string' &&
        value.value !== '' &&
        isPasswordLikeName(name)
      ) {
        add('password', pointer, name, 'high');
      } else if (part === 'payload' && !known && text !== undefined && isCardNumber(text)) {
        add('card-number', pointer, name, 'high');
      } else if (part === 'payload' && accessToken && value.kind === 'string') {
        if (EMAIL.test(value.value)) add('email', pointer, name, 'medium');
        else if (/phone/i.test(name) && PHONE.test(value.value)) add('phone', pointer, name, 'medium');
      }
    }
  }
  return found;
};
