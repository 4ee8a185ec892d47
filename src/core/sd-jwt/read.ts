import { parseLosslessJson, type JsonNode } from '../json/lossless';
import type { DecodedSdJwt } from '../token/decode';
import { toSdDigestAsync } from './hash';
import { processSdJwt, sdHashOf, type SdJwtView } from './process';

/** What a payload that is not JSON is read as: no object, so nothing can be disclosed into it. */
const NOT_JSON: JsonNode = { kind: 'null', from: 0, to: 0 };

/**
 * Reads an SD-JWT's disclosures against its issuer-signed payload (RFC 9901 section 7.1). The payload is read
 * from its whole text (a tree sent from the decode worker may be cut down); a payload that is not a JSON object
 * is a problem of the view, and its disclosures are still decoded.
 */
export function readSdJwt(decoded: DecodedSdJwt): SdJwtView {
  return processSdJwt(payloadOf(decoded), decoded.disclosures);
}

/**
 * `readSdJwt` with the disclosures' digests computed first, through WebCrypto where it has the hash
 * (`toSdDigestAsync`): the same view, without hashing megabytes on the page's thread.
 */
export async function readSdJwtAsync(decoded: DecodedSdJwt): Promise<SdJwtView> {
  const payload = payloadOf(decoded);
  const { alg } = sdHashOf(payload);
  const digests =
    alg === undefined
      ? undefined
      : await Promise.all(decoded.disclosures.map((text) => toSdDigestAsync(text, alg)));
  return processSdJwt(payload, decoded.disclosures, digests);
}

function payloadOf(decoded: DecodedSdJwt): JsonNode {
  const content = decoded.payload.content;
  const payload = content?.kind === 'json' ? parseLosslessJson(content.text) : undefined;
  return payload?.ok === true ? payload.value : NOT_JSON;
}
