/// <reference lib="webworker" />
import { decodeToken } from '../core/token/decode';
import { toViewDecoded } from '../core/token/for-view';
import type { DecodeReply, DecodeRequest } from './decode-protocol';
import { toWire } from './decode-wire';

// Decodes big tokens off the main thread: one request at a time, answered with the token cut down for the page
// (the whole pretty text, a bounded tree), because cloning a megabyte-sized tree costs more than decoding it, and
// without the copies of the request's own text (`toWire`).
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<DecodeRequest>) => {
  const { id, text, limits, choice } = event.data;
  const reply: DecodeReply = { id, wire: toWire(toViewDecoded(decodeToken(text, limits, choice)), text) };
  scope.postMessage(reply);
};
