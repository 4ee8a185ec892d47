import {
  MAX_JSON_DEPTH,
  memberValue,
  type JsonArray,
  type JsonMember,
  type JsonNode,
  type JsonObject,
} from '../json/lossless';
import { toPrettyJson } from '../json/pretty';
import type { Result } from '../result';
import { decodeDisclosure, type Disclosure, type DisclosureError } from './disclosure';
import { DEFAULT_SD_HASH, isSdHashName, toSdDigest, type SdHashName } from './hash';
import { toPointer } from './pointer';
import type { SdProblem } from './problems';

/** One disclosure of an SD-JWT as read: decoded, its digest, and where in the payload it went. */
export interface DisclosureReport {
  /** Its place among the SD-JWT's disclosures, from 0. */
  readonly index: number;
  /** The base64url text, as in the SD-JWT. */
  readonly text: string;
  readonly decoded: Result<Disclosure, DisclosureError>;
  /** Its digest with the payload's hash; absent when the hash is not one this page computes. */
  readonly digest?: string;
  /** `matched`: its digest is in the payload (directly or inside another disclosure); `unmatched`: nowhere. */
  readonly status: 'matched' | 'unmatched';
  /** The JSON pointer of the value it disclosed, in the processed payload (when it could be put in place). */
  readonly path?: string;
}

/** An SD-JWT's disclosures matched against its issuer-signed payload (RFC 9901 section 7.1). */
export interface SdJwtView {
  /** The hash `_sd_alg` names (or sha-256 when absent), as written. */
  readonly hashName: string;
  /** True when the payload names its hash in `_sd_alg`. */
  readonly hashGiven: boolean;
  /** The hash, when this page computes it. */
  readonly hash?: SdHashName;
  readonly disclosures: readonly DisclosureReport[];
  /** Digests in the payload with no disclosure given: decoys, or claims this presentation does not disclose. */
  readonly undisclosed: number;
  readonly problems: readonly SdProblem[];
  /** The payload with every matched disclosure in place and `_sd`, `_sd_alg` and `...` entries removed. */
  readonly payload?: JsonNode;
  /** `payload` as pretty JSON text (two-space indentation, every scalar as written). */
  readonly payloadText?: string;
}

const SD = '_sd';
const ELLIPSIS = '...';

function toObject(members: readonly JsonMember[]): JsonObject {
  return { kind: 'object', members, hasDuplicates: members.some((m) => m.duplicate), from: 0, to: 0 };
}

function toArray(items: readonly JsonNode[]): JsonArray {
  return { kind: 'array', items, from: 0, to: 0 };
}

/** The digest an array entry `{"...": digest}` stands for (RFC 9901 section 4.2.4.2), if it is one. */
function ellipsisDigest(node: JsonNode): string | undefined {
  if (node.kind !== 'object' || node.members.length !== 1) return undefined;
  const [only] = node.members;
  return only?.name.value === ELLIPSIS && only.value.kind === 'string' ? only.value.value : undefined;
}

/** The hash a payload names for its disclosures' digests (`_sd_alg`, RFC 9901 section 4.1.1). */
export interface SdHash {
  /** Its name as written (sha-256 when the payload names none). */
  readonly hashName: string;
  /** Whether the payload names one. */
  readonly hashGiven: boolean;
  /** The hash, when this page computes it. */
  readonly alg: SdHashName | undefined;
}

/** The hash a payload names for its disclosures' digests, or sha-256 when it names none. */
export function sdHashOf(payload: JsonNode): SdHash {
  const algNode = payload.kind === 'object' ? memberValue(payload, '_sd_alg') : undefined;
  const hashGiven = algNode !== undefined;
  const hashName =
    algNode === undefined
      ? DEFAULT_SD_HASH
      : algNode.kind === 'string'
        ? algNode.value
        : toPrettyJson(algNode).text;
  const alg: SdHashName | undefined =
    algNode === undefined
      ? DEFAULT_SD_HASH
      : algNode.kind === 'string' && isSdHashName(algNode.value)
        ? algNode.value
        : undefined;
  return { hashName, hashGiven, alg };
}

/**
 * Matches an SD-JWT's disclosures to the digests of its issuer-signed payload, with the hash `_sd_alg` names
 * (RFC 9901 sections 4.1.1 and 7.1): digests in `_sd` arrays of objects at any depth, and `{"...": digest}`
 * entries of arrays, including inside disclosed values (recursive disclosures). Builds the processed payload:
 * each matched disclosure in place (a property where the `_sd` array was, an element where its entry was),
 * `_sd`, `_sd_alg` and every `...` entry removed. Never throws.
 */
export function processSdJwt(
  payload: JsonNode,
  texts: readonly string[],
  given?: readonly string[],
): SdJwtView {
  const { hashName, hashGiven, alg } = sdHashOf(payload);
  const problems: SdProblem[] = [];
  if (alg === undefined) problems.push({ code: 'SD_ALG_UNSUPPORTED', alg: hashName });

  const decoded = texts.map((text) => decodeDisclosure(text));
  // `given`: the disclosures' digests with `sdHashOf(payload).alg`, computed before (`readSdJwtAsync`).
  const digests = texts.map((text, i) =>
    alg === undefined ? undefined : (given?.[i] ?? toSdDigest(text, alg)),
  );
  const byDigest = new Map<string, number>();
  decoded.forEach((d, index) => {
    if (!d.ok) problems.push({ code: 'DISCLOSURE_UNREADABLE', index, error: d.error });
  });
  digests.forEach((digest, index) => {
    if (digest === undefined) return;
    const first = byDigest.get(digest);
    if (first === undefined) byDigest.set(digest, index);
    else problems.push({ code: 'DISCLOSURE_REPEATED', index, first });
  });

  const seen = new Set<string>();
  const found = new Set<number>();
  const paths = new Map<number, string>();
  let undisclosed = 0;

  /** The disclosure a digest names, once: a repeated digest is a problem, one with no disclosure is counted. */
  const take = (digest: string, path: string): number | undefined => {
    if (seen.has(digest)) {
      problems.push({ code: 'DIGEST_REPEATED', digest, path });
      return undefined;
    }
    seen.add(digest);
    const index = byDigest.get(digest);
    if (index === undefined) undisclosed++;
    else found.add(index);
    return index;
  };

  const expandObject = (node: JsonObject, path: string, depth: number, root: boolean): JsonObject => {
    const names = new Set(node.members.map((m) => m.name.value));
    const members: JsonMember[] = [];
    for (const member of node.members) {
      const name = member.name.value;
      if (root && name === '_sd_alg') continue;
      if (name !== SD) {
        members.push({ ...member, value: expand(member.value, toPointer(path, name), depth + 1) });
        continue;
      }
      const list = member.value;
      if (list.kind !== 'array' || list.items.some((item) => item.kind !== 'string')) {
        problems.push({ code: 'SD_NOT_DIGESTS', path: toPointer(path, SD) });
      }
      if (list.kind !== 'array') continue;
      for (const item of list.items) {
        if (item.kind !== 'string') continue;
        const index = take(item.value, toPointer(path, SD));
        const disclosure = index === undefined ? undefined : decoded[index];
        if (index === undefined || disclosure === undefined || !disclosure.ok) continue;
        if (disclosure.value.kind !== 'property') {
          problems.push({ code: 'DISCLOSURE_WRONG_PLACE', index, path, expected: 'element' });
          continue;
        }
        const claim = disclosure.value.name.value;
        const at = toPointer(path, claim);
        if (names.has(claim)) {
          problems.push({ code: 'CLAIM_EXISTS', index, name: claim, path: at });
          continue;
        }
        names.add(claim);
        paths.set(index, at);
        members.push({
          name: disclosure.value.name,
          value: expand(disclosure.value.value, at, depth + 1),
          duplicate: false,
        });
      }
    }
    return toObject(members);
  };

  const expandArray = (node: JsonArray, path: string, depth: number): JsonArray => {
    const items: JsonNode[] = [];
    for (const item of node.items) {
      const digest = ellipsisDigest(item);
      if (digest === undefined) {
        items.push(expand(item, toPointer(path, items.length), depth + 1));
        continue;
      }
      const index = take(digest, toPointer(path, items.length));
      const disclosure = index === undefined ? undefined : decoded[index];
      if (index === undefined || disclosure === undefined || !disclosure.ok) continue;
      if (disclosure.value.kind !== 'element') {
        problems.push({ code: 'DISCLOSURE_WRONG_PLACE', index, path, expected: 'property' });
        continue;
      }
      const at = toPointer(path, items.length);
      paths.set(index, at);
      items.push(expand(disclosure.value.value, at, depth + 1));
    }
    return toArray(items);
  };

  const expand = (node: JsonNode, path: string, depth: number, root = false): JsonNode => {
    if (node.kind !== 'object' && node.kind !== 'array') return node;
    if (depth > MAX_JSON_DEPTH) {
      problems.push({ code: 'TOO_DEEP', path });
      return node;
    }
    return node.kind === 'object' ? expandObject(node, path, depth, root) : expandArray(node, path, depth);
  };

  let processed: JsonNode | undefined;
  if (payload.kind === 'object') processed = expand(payload, '', 0, true);
  else problems.push({ code: 'PAYLOAD_NOT_OBJECT' });

  const repeated = new Set(problems.flatMap((p) => (p.code === 'DISCLOSURE_REPEATED' ? [p.index] : [])));
  const disclosures = texts.map((text, index): DisclosureReport => {
    const digest = digests[index];
    const path = paths.get(index);
    const matched = found.has(index);
    if (!matched && !repeated.has(index) && decoded[index]?.ok === true) {
      problems.push({ code: 'DISCLOSURE_UNMATCHED', index });
    }
    return {
      index,
      text,
      decoded: decoded[index] ?? decodeDisclosure(text),
      ...(digest === undefined ? {} : { digest }),
      status: matched ? 'matched' : 'unmatched',
      ...(path === undefined ? {} : { path }),
    };
  });
  return {
    hashName,
    hashGiven,
    ...(alg === undefined ? {} : { hash: alg }),
    disclosures,
    undisclosed,
    problems,
    ...(processed === undefined ? {} : { payload: processed, payloadText: toPrettyJson(processed).text }),
  };
}
