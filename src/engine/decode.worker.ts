/// <reference lib="webworker" />
import { decodeToken } from '../core/token/decode';
import { toViewDecoded } from '../core/token/for-view';
import type { DecodeReply, DecodeRequest } from './decode-protocol';

// Decodes big tokens off the main thread: one request at a time, answered with the token cut down for the page
// (the whole pretty text, a bounded tree), because cloning a megabyte-sized tree costs more than decoding it.
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, text, limits, choice } = event.data;
  const reply: DecodeReply = { id, decoded: toViewDecoded(decodeToken(text, limits, choice)) };
  scope.postMessage(reply);
};
