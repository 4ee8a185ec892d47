import type { Limits } from '../core/limits';
import type { WireDecoded } from './decode-wire';

/** What the page asks the decode worker: one text, with the limits to decode it under. */
export interface DecodeRequest {
  readonly id: number;
  readonly text: string;
  readonly limits: Limits;
  /** Which of the tokens found in the text to decode, when it is not one token. */
  readonly choice: number;
}

/** The worker's answer: the decoded token cut down for the page (`toViewDecoded`), less the request's own text. */
export interface DecodeReply {
  readonly id: number;
  readonly wire: WireDecoded;
}
