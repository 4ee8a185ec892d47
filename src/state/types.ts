import type { Verdict } from '../core/jws/verify';
import type { Limits } from '../core/limits';
import type { SecretEncoding } from '../core/keys/secret';
import type { DecodedToken } from '../core/token/decode';
import type { TokenPreview } from '../core/token/preview';
import type { PreviewEngine } from '../engine/preview-engine';
import type { LeewayInputError, NowInputError } from '../core/claims/time';
import type { JsonSyntaxError } from '../core/json/lossless';
import type { Check } from '../core/validate/check';
import type { Expectations } from '../core/validate/expectations';
import type { DecodeEngine } from '../engine/decode-engine';
import type { PublicKeyOutput, SignEngine, SignFailure } from '../engine/sign-engine';
import type { KeyReading, VerifyEngine } from '../engine/verify-engine';
import type { KnownSecretEngine } from '../engine/known-secret-engine';
import type { Finding } from '../core/lint/finding';
import type { KeyContext } from '../core/lint/key-context';
import type { KnownSecretSearchState } from '../core/lint/known-secret-search';
import type { X5cWords } from '../core/jws/x5c-words';
import type { KeyBindingResult } from '../core/sd-jwt/key-binding';
import type { SdJwtView } from '../core/sd-jwt/process';
import type { SdJwtEngine } from '../engine/sd-jwt-engine';
import type { DecryptResult } from '../core/jwe/decrypt';
import type { DecryptEngine } from '../engine/decrypt-engine';
import type { EncryptEngine } from '../engine/encrypt-engine';
import type { EncryptFailure } from '../core/jwe/encrypt-choices';
import type { Result } from '../core/result';

/** The work the store hands out: decoding, and key reading with verification. Tests inject fakes. */
export interface Engines {
  readonly decode: DecodeEngine;
  readonly verify: VerifyEngine;
  readonly sign: SignEngine;
  /** The known-secret search and the key facts of the findings; a store without it lists no key findings. */
  readonly knownSecret?: KnownSecretEngine;
  /** SD-JWT disclosures and key binding; a store without it uses the lazily loaded core. */
  readonly sdJwt?: SdJwtEngine;
  /** JWE decryption; a store without it uses the lazily loaded core. */
  readonly decrypt?: DecryptEngine;
  /** Wrapping the token as a JWE; a store without it uses the lazily loaded core. */
  readonly encrypt?: EncryptEngine;
  /** The start of a big token while it decodes off the page; a store without it shows none. */
  readonly preview?: PreviewEngine;
}

/**
 * Which token a document is: the main one (layer 0), the compared token, or an inner layer of a nested token
 * (`layer-1` is the token a JWE main token decrypts to, `layer-2` the one inside that, …).
 */
export type DocumentId = 'main' | 'compare' | `layer-${number}`;

/**
 * Where a document's text came from: typed or pasted, a URL fragment, the sample, a one-click fix, an edit, or
 * the plaintext of the layer around it.
 */
export type TokenSource = 'sample' | 'fragment' | 'user' | 'fix' | 'edit' | 'layer';

/** The two JSON parts of a token a user can edit. */
export type EditablePart = 'header' | 'payload';

/**
 * The user's own text in the header and payload panes, kept while it belongs to the token on screen (`token`):
 * the pane shows it instead of the re-decoded token, so an edit is never rewritten under the cursor.
 */
export interface PaneDraft {
  /** The token text this draft belongs to; once the token changes from elsewhere, the draft is dropped. */
  readonly token: string;
  readonly header?: string;
  readonly payload?: string;
  /** Where a part's text is not valid JSON; the token is left as it was. */
  readonly errors: Readonly<Partial<Record<EditablePart, JsonSyntaxError>>>;
}

/** The signature of an edited token: being made, made, the old one kept (and why), or none (alg none). */
export interface SigningState {
  /** The token text this state is about: the edit's text while signing, the signed text once done. */
  readonly token: string;
  readonly input: string;
  readonly alg: string;
  readonly kid?: string;
  readonly status: 'signing' | 'signed' | 'kept' | 'unsigned';
  readonly failure?: SignFailure;
}

/** The exact key inputs a key reading or verdict was computed for. */
export interface KeyStamp {
  readonly keyText: string;
  readonly encoding: SecretEncoding;
}

/** The exact inputs a verdict was computed for. */
export interface VerifyStamp extends KeyStamp {
  readonly tokenText: string;
}

/** The exact inputs a decryption was computed for: the token, the key inputs and the PBES2 count allowed. */
export interface DecryptStamp extends VerifyStamp {
  readonly maxP2c: number;
}

/** The key a document is checked with. Kept in memory only; never persisted, logged or put in the URL. */
export interface DocumentKey {
  readonly text: string;
  readonly encoding: SecretEncoding;
  /**
   * Key text over the size limit that was not read (the key input shows nothing, not megabytes it would lay out
   * on every keystroke): its length and the limit, until other key text replaces it. The text itself is held, in
   * memory only, so that raising the limit (`raiseKeyLimit`) reads it without a second paste.
   */
  readonly refused?: { readonly found: number; readonly limit: number; readonly held: string };
}

/** One token on the page, with its key and every result computed for it, each stamped with its inputs. */
export interface TokenDocument {
  readonly id: DocumentId;
  readonly text: string;
  readonly source: TokenSource;
  /**
   * Text typed in the token editor that the store has not taken yet (`typeTokenText`: a keystroke in a big token
   * is taken after the frame that shows it). Until then it is the token on screen (`tokenIdentity`,
   * `selectTokenText`): nothing computed for `text` is this token's, so no verdict is shown. The next change of
   * the document takes it first (`updateDocument`).
   */
  readonly typed?: string;
  /** The latest decode answer, for the text it read; it may lag behind `text` while a decode is in flight. */
  readonly decoded: {
    readonly text: string;
    /** Which token found in the text it decoded (`foundChoice`, 0 by default). */
    readonly choice: number;
    readonly value: DecodedToken;
  };
  /**
   * The start of the header and payload of `text`, read at once while a big token decodes off the page (or what
   * the panes showed before, where that starts the same way): the panes show it, read-only, until the decode of
   * that text arrives (which removes it).
   */
  readonly preview?: { readonly text: string; readonly value: TokenPreview };
  /** Which token found in pasted text that is not one token is shown (the first until another is chosen). */
  readonly foundChoice?: number;
  readonly key: DocumentKey;
  /** What the key input holds, read for the key inputs in the stamp. */
  readonly keyReading?: { readonly stamp: KeyStamp; readonly reading: KeyReading };
  /** The last verdict, with the inputs it judged; shown only while they are still the inputs on screen. */
  readonly verdict?: { readonly stamp: VerifyStamp; readonly verdict: Verdict };
  readonly draft?: PaneDraft;
  readonly signing?: SigningState;
  /** The public half of the key in the key input (generated, or a pasted private key), for those key inputs. */
  readonly publicOutput?: { readonly stamp: KeyStamp; readonly output: PublicKeyOutput | undefined };
  /** A JWE's last decryption, with the inputs it read; shown only while they are still the inputs on screen. */
  readonly decryption?: { readonly stamp: DecryptStamp; readonly result: DecryptResult };
  /** The token (`tokenIdentity`) for which the user allowed a PBES2 count above the default limit, once. */
  readonly p2cRaisedFor?: string;
  /** For an inner layer: the document whose plaintext it is. */
  readonly parent?: DocumentId;
}

/** The documents, by id; `main` always exists. */
export interface DocumentsSlice {
  readonly documents: Readonly<Partial<Record<DocumentId, TokenDocument>> & { readonly main: TokenDocument }>;
  /** Replaces a document's token text (a paste, a fix, a URL fragment); decoding and verification follow. */
  setTokenText: (text: string, source?: TokenSource, id?: DocumentId) => void;
  setKeyText: (text: string, id?: DocumentId) => void;
  setSecretEncoding: (encoding: SecretEncoding, id?: DocumentId) => void;
  /** Shows another of the tokens found in the pasted text; the text itself is kept. */
  chooseFoundToken: (index: number, id?: DocumentId) => void;
  /** Opens the comparison: a second document (`compare`) to diff the main token with. */
  openCompare: () => void;
  /** Closes the comparison and forgets the compared token. */
  closeCompare: () => void;
}

/** Typing in the token editor. */
export interface TypingSlice {
  /**
   * The token editor's text after a keystroke. A short token is taken at once, as `setTokenText` does. In a big
   * one (`TYPED_LATER_MIN_CHARS`) the text is held as `typed` and taken after the next paint, so the keystroke is
   * shown in a frame of its own before the token is decoded and every part of the page follows it; keystrokes
   * typed before then are taken together.
   */
  typeTokenText: (text: string, id?: DocumentId) => void;
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
  /** The last reading of the wall clock, ticking even while `now` is pinned. */
  readonly ticked: number;
  /** What the user typed as "now" (`now-input`): empty means the ticking clock. */
  readonly nowInput: string;
  readonly nowInputError?: NowInputError | undefined;
  /** Clock-skew leeway in seconds (`leeway-input`), and what the user typed. */
  readonly leeway: number;
  readonly leewayInput: string;
  readonly leewayInputError?: LeewayInputError | undefined;
  /** Sets "now" from the user's text (ISO 8601 or NumericDate seconds); empty lets the clock tick again. */
  setNowInput: (text: string) => void;
  setLeewayInput: (text: string) => void;
}

/** The page's own address (for share links), set by the composition root: components never read `location`. */
export interface PageSlice {
  readonly pageUrl: string;
  setPageUrl: (url: string) => void;
}

/** Editing and signing: every edit re-encodes the token at once and re-signs it when the key can. */
export interface EditSlice {
  /** Whitespace in edited JSON kept byte for byte (true) or compacted (false, the default). */
  readonly keepWhitespace: boolean;
  /** A problem with the last key action (generate, thumbprint), in words. */
  readonly keyActionFailure?: SignFailure | undefined;
  /** The user's text in a pane: valid JSON re-encodes (and re-signs) the token; invalid JSON only marks the error. */
  editPart: (part: EditablePart, text: string, id?: DocumentId) => void;
  /** Sets the header's alg and re-signs when the key allows it. */
  setAlg: (alg: string, id?: DocumentId) => void;
  setKeepWhitespace: (keep: boolean) => void;
  /** Generates a key for the header's alg, puts it into the key input and re-signs with it. */
  generateKey: (options?: { readonly rsaBits?: 2048 | 3072 | 4096 }, id?: DocumentId) => void;
  /** Sets the header's kid to the RFC 7638 thumbprint of the key, and re-signs. */
  setKidThumbprint: (id?: DocumentId) => void;
  /** Claim helpers: iat now, exp and nbf now plus seconds, a random jti. */
  setClaim: (claim: 'iat' | 'exp' | 'nbf' | 'jti', secondsFromNow?: number, id?: DocumentId) => void;
  /** A fresh example token and key pair for an algorithm. */
  loadExample: (alg: string) => void;
  /** Empties the token, the key and everything made from them. */
  clearAll: () => void;
}

/** The exact inputs the at_hash / c_hash checks were computed for. */
export interface TokenHashStamp {
  readonly tokenText: string;
  readonly hashInput: string;
}

/** Validation as a careful server does it: what it expects, as typed (memory only), and the hash checks' answer. */
export interface ValidationSlice {
  /** The `expected-*` inputs and `at-hash-input`, as the user typed them; empty means not checked. */
  readonly expectations: Required<Expectations>;
  /** The at_hash and c_hash checks of the main token, for the inputs in the stamp. */
  readonly tokenHashChecks?:
    { readonly stamp: TokenHashStamp; readonly checks: readonly Check[] } | undefined;
  setExpectation: (field: keyof Expectations, text: string) => void;
}

/** What the findings need beyond the decoded token, each for the inputs it was computed for (main token). */
export interface FindingsSlice {
  /** The key facts the lint rules read, for the key inputs in the stamp. */
  readonly keyContext?: { readonly stamp: KeyStamp; readonly context: KeyContext | undefined } | undefined;
  /** The known-secret search of the token text it searched, and its finding once found. */
  readonly knownSecret?:
    | { readonly token: string; readonly state: KnownSecretSearchState; readonly finding?: Finding }
    | undefined;
  /** The header's x5c chain, read for the token text in `token` (shown only, never trusted). */
  readonly x5c?: { readonly token: string; readonly chain: X5cWords | undefined } | undefined;
  /**
   * Puts the main token's x5c leaf certificate into the key input as a PEM block, so it is verified with it like
   * any pasted key; the page then warns beside the verdict that this key came from the token itself.
   */
  verifyWithX5cLeaf: () => void;
}

/**
 * The main token's SD-JWT layer, each answer for the token in `token` (`tokenIdentity`): its disclosures matched
 * to the payload, and its key-binding JWT checked against `cnf.jwk`.
 */
export interface SdJwtSlice {
  readonly sdJwt?: { readonly token: string; readonly view: SdJwtView | undefined } | undefined;
  readonly keyBinding?: { readonly token: string; readonly result: KeyBindingResult } | undefined;
}

/** The whole app state: the user's inputs and everything derived from them. Nothing here is persisted. */
/** The size limits tokens are decoded under (core/limits.ts); the user may raise the token limit once. */
export interface LimitsSlice {
  readonly limits: Limits;
  /** Raises the token size limit to the most this page decodes, and decodes the token on screen again. */
  raiseTokenLimit: () => void;
  /**
   * Raises the key size limit to the most this page reads, and reads the key text each document had refused
   * (when it is within the raised limit).
   */
  raiseKeyLimit: () => void;
}

/**
 * The layers of a nested token (a JWE whose plaintext is a token): the main document is layer 0 and each inner
 * token a document of its own (`layer-1`, …), with its own key and verdict. One layer is shown at a time.
 */
export interface LayersSlice {
  /** The document whose header, payload, key and verdict are shown (`main` unless an inner layer is chosen). */
  readonly shownLayer: DocumentId;
  /** Shows a layer (ignored for a document that does not exist). */
  showLayer: (id: DocumentId) => void;
  /** Allows a PBES2 count up to the most this page derives, for the JWE on screen in that document, once. */
  raiseP2c: (id?: DocumentId) => void;
}

/** What the encoder wraps the token with: the recipient's key (memory only), the alg and the enc. */
export interface EncryptForm {
  readonly open: boolean;
  /** The recipient's public key, a shared key or a password; never persisted, logged or put in the URL. */
  readonly keyText: string;
  readonly alg: string;
  readonly enc: string;
}

/** The exact inputs a JWE was made from. */
export interface EncryptStamp {
  readonly tokenText: string;
  readonly keyText: string;
  readonly alg: string;
  readonly enc: string;
}

/** Encrypting the main token as a JWE (the encoder's last step): the form, the key's reading and the answer. */
export interface EncryptSlice {
  readonly encryptForm: EncryptForm;
  /** The recipient key as read, for the key text in the stamp (which algs fit it). */
  readonly encryptKey?: { readonly keyText: string; readonly reading: KeyReading } | undefined;
  /** The last JWE made (or why not), for the inputs in the stamp; `pending` while it is being made. */
  readonly encrypted?:
    | {
        readonly stamp: EncryptStamp;
        readonly pending: boolean;
        readonly result?: Result<string, EncryptFailure>;
      }
    | undefined;
  openEncrypt: () => void;
  closeEncrypt: () => void;
  setEncryptInput: (patch: Partial<Pick<EncryptForm, 'keyText' | 'alg' | 'enc'>>) => void;
  /** Wraps the main token as it is on screen in a JWE to the form's key, alg and enc. */
  encryptToken: () => void;
  /** Puts the JWE made into the token editor (and a shared key or password into the key input, to decrypt it). */
  openEncrypted: () => void;
}

export type AppState = DocumentsSlice &
  TypingSlice &
  EncryptSlice &
  LayersSlice &
  ClockSlice &
  PageSlice &
  EditSlice &
  ValidationSlice &
  FindingsSlice &
  LimitsSlice &
  SdJwtSlice;
