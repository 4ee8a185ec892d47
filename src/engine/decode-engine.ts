import { decodeToken, type DecodedToken } from '../core/token/decode';

/**
 * Decodes token text for the store. An engine may answer at once (inline) or later (a Web Worker, for big
 * tokens): the store stamps each job with the text it read and drops an answer for older text.
 */
export interface DecodeEngine {
  decode(text: string): DecodedToken | Promise<DecodedToken>;
}

/** Decodes on the calling thread, at once. */
export function createInlineDecodeEngine(): DecodeEngine {
  return { decode: decodeToken };
}
