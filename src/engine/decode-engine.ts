import { DEFAULT_LIMITS, MAX_SEGMENTS, type Limits } from '../core/limits';
import { decodeToken, type DecodedToken } from '../core/token/decode';
import type { DecodeReply, DecodeRequest } from './decode-protocol';
import { fromWire } from './decode-wire';

/**
 * Decodes token text for the store. An engine may answer at once (inline) or later (a Web Worker, for big
 * tokens): the store stamps each job with the text and limits it read and drops an answer for older input.
 */
export interface DecodeEngine {
  /** `choice`: which token found in text that is not one token to decode (the first by default). */
  decode(text: string, limits?: Limits, choice?: number): DecodedToken | Promise<DecodedToken>;
}

/** Decodes on the calling thread, at once. */
export function createInlineDecodeEngine(): DecodeEngine {
  return { decode: (text, limits = DEFAULT_LIMITS, choice = 0) => decodeToken(text, limits, choice) };
}

/**
 * When a worker's answer is handed to the store: at once by default. The page passes "after the next frame", so
 * an answer that lands just after a keystroke does not hold that keystroke's frame back for a second render.
 */
export type Deliver = (answer: () => void) => void;

/** Starts the decode worker (src/engine/decode.worker.ts, as built). */
export type StartDecodeWorker = () => Worker;

/**
 * Below this many characters a token decodes on the page, at once: a hop to a worker and back costs more than
 * the decode of a typical token. Above it, the decode runs in a worker so no keystroke or paste blocks the page:
 * the page shows the token's start meanwhile (`previewToken`), and a keystroke leaves the panes as they are.
 */
export const WORKER_THRESHOLD = 32 * 1024;

/** Characters a compact token (or a run of dots) is made of: a text of only these is no text around tokens. */
const TOKEN_ALPHABET = /^[A-Za-z0-9_\-.~=+/]*$/;

/**
 * Whether the decoder refuses a text whole before reading it (over the size limit, or more separators than any
 * token has in a text that is nothing but a token's characters): such a refusal is a length check or one count,
 * so it is answered on the page at once rather than after a worker starts. A text with other characters too
 * (words, spaces, line breaks) is searched for the tokens in it however many separators it has: a log of 5,000
 * tokens was taken for a refusal and decoded on the page (60 ms). Only decides where the decoder runs; the
 * decoder's own answer is the one shown.
 */
export function refusedUnread(text: string, limits: Limits): boolean {
  if (text.length > limits.tokenChars) return true;
  let separators = 0;
  for (let at = text.indexOf('.'); at !== -1; at = text.indexOf('.', at + 1)) {
    if (++separators >= MAX_SEGMENTS) return TOKEN_ALPHABET.test(text);
  }
  return false;
}

/** A text waiting for the worker: only the newest waits; an older one is answered as superseded. */
interface Waiting {
  readonly request: DecodeRequest;
  readonly resolve: (decoded: DecodedToken) => void;
}

/**
 * Decodes small tokens inline and big ones in one long-lived worker, which answers with the decoded token cut
 * down for the page (`toViewDecoded`: the whole pretty text, a bounded tree). While the worker is busy only the
 * newest text waits: typing in a megabyte token decodes the latest text, not every keystroke's. A replaced
 * text's promise gets the inline decode of nothing big: the store drops it anyway, as its text is no longer on
 * screen. When no worker can start (the one-file edition) or it fails, big tokens decode inline.
 */
export function createWorkerDecodeEngine(
  start: StartDecodeWorker,
  threshold: number = WORKER_THRESHOLD,
  deliver: Deliver = (answer) => answer(),
): DecodeEngine {
  let worker: Worker | undefined;
  let broken = false;
  let nextId = 1;
  let inFlight: Waiting | undefined;
  let waiting: Waiting | undefined;

  const inline = (request: DecodeRequest): DecodedToken =>
    decodeToken(request.text, request.limits, request.choice);

  function send(job: Waiting): void {
    inFlight = job;
    worker?.postMessage(job.request);
  }

  function fail(): void {
    broken = true;
    worker?.terminate();
    worker = undefined;
    for (const job of [inFlight, waiting]) job?.resolve(inline(job.request));
    inFlight = undefined;
    waiting = undefined;
  }

  function ensureWorker(): Worker | undefined {
    if (worker !== undefined || broken) return worker;
    try {
      worker = start();
    } catch {
      broken = true;
      return undefined;
    }
    worker.onmessage = (event: MessageEvent<DecodeReply>) => {
      const job = inFlight;
      if (job === undefined || event.data.id !== job.request.id) return;
      inFlight = undefined;
      const decoded = fromWire(event.data.wire, job.request.text);
      deliver(() => job.resolve(decoded));
      const next = waiting;
      waiting = undefined;
      if (next !== undefined) send(next);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      fail();
    };
    return worker;
  }

  return {
    decode(text, limits = DEFAULT_LIMITS, choice = 0) {
      const request: DecodeRequest = { id: nextId++, text, limits, choice };
      if (text.length < threshold || refusedUnread(text, limits) || ensureWorker() === undefined) {
        return inline(request);
      }
      return new Promise<DecodedToken>((resolve) => {
        const job = { request, resolve };
        if (inFlight === undefined) {
          send(job);
          return;
        }
        // Superseded before it was sent: answer with a cheap stand-in the store will drop (its text is old).
        waiting?.resolve(inline({ ...waiting.request, text: '' }));
        waiting = job;
      });
    },
  };
}
