import type { Verdict } from '../core/jws/verify';
import type { SecretEncoding } from '../core/keys/secret';
import type { DecodedToken } from '../core/token/decode';
import type { DecodeEngine } from '../engine/decode-engine';
import type { KeyReading, VerifyEngine } from '../engine/verify-engine';

/** The work the store hands out: decoding, and key reading with verification. Tests inject fakes. */
export interface Engines {
  readonly decode: DecodeEngine;
  readonly verify: VerifyEngine;
}

/** Which token a document is: the main one today; the compared token and each layer of a nested token later. */
export type DocumentId = 'main' | 'compare' | `layer-${number}`;

/** Where a document's text came from: typed or pasted, a URL fragment, the sample, or a one-click fix. */
export type TokenSource = 'sample' | 'fragment' | 'user' | 'fix';

/** The exact key inputs a key reading or verdict was computed for. */
export interface KeyStamp {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
}

/** The exact inputs a verdict was computed for. */
export interface VerifyStamp extends KeyStamp {
  readonly tokenText: string;
}

/** The key a document is checked with. Kept in memory only; never persisted, logged or put in the URL. */
export interface DocumentKey {
  readonly text: string;
  readonly encoding: SecretEncoding;
}

/** One token on the page, with its key and every result computed for it, each stamped with its inputs. */
export interface TokenDocument {
  readonly id: DocumentId;
  readonly text: string;
  readonly source: TokenSource;
  /** The latest decode answer, for the text it read; it may lag behind `text` while a decode is in flight. */
  readonly decoded: { readonly text: string; readonly value: DecodedToken };
  readonly key: DocumentKey;
  /** What the key input holds, read for the key inputs in the stamp. */
  readonly keyReading?: { readonly stamp: KeyStamp; readonly reading: KeyReading };
  /** The last verdict, with the inputs it judged; shown only while they are still the inputs on screen. */
  readonly verdict?: { readonly stamp: VerifyStamp; readonly verdict: Verdict };
}

/** The documents, by id; `main` always exists. */
export interface DocumentsSlice {
  readonly documents: Readonly<Partial<Record<DocumentId, TokenDocument>> & { readonly main: TokenDocument }>;
  /** Replaces a document's token text (a paste, a fix, a URL fragment); decoding and verification follow. */
  setTokenText: (text: string, source?: TokenSource, id?: DocumentId) => void;
  setKeyText: (text: string, id?: DocumentId) => void;
  setSecretEncoding: (encoding: SecretEncoding, id?: DocumentId) => void;
}

/** The clock the token is judged by: the current time, ticking, or an instant pinned by a test or the user. */
export interface ClockSlice {
  /** Milliseconds since the epoch. */
  readonly now: number;
  /** True while `now` is pinned and ticks are ignored. */
  readonly pinned: boolean;
  /** Advances the ticking clock (ignored while pinned). */
  tick: (now: number) => void;
  /** Pins the clock at an instant; undefined lets it tick again from `current`. */
  pinNow: (instant: number | undefined, current: number) => void;
}

/** The page's own address (for share links), set by the composition root: components never read `location`. */
export interface PageSlice {
  readonly pageUrl: string;
  setPageUrl: (url: string) => void;
}

/** The whole app state: the user's inputs and everything derived from them. Nothing here is persisted. */
export type AppState = DocumentsSlice & ClockSlice & PageSlice;
