import { ALGORITHMS } from '../../core/jws/algorithms';
import { memberValue } from '../../core/json/lossless';
import { toIsoSeconds } from '../../core/claims/instant';
import type { CoreError } from '../../core/token/errors';
import type { PublicKeyOutput } from '../../engine/sign-engine';
import { currentDraft, previewText, shownPaneText } from '../edit-slice';
import type { AppState, EditablePart } from '../types';
import { selectDecoded, selectShownDocument } from './document';

/** Every algorithm the alg picker offers: the table's, then "none" (an unsecured token, only when chosen). */
export const ALGORITHM_CHOICES: readonly string[] = [...Object.keys(ALGORITHMS), 'none'];

const paneTextCache = new Map<EditablePart, { doc: unknown; text: string }>();

/** What a pane shows: the user's draft while it belongs to the token, else the decoded part as pretty JSON. */
export function selectPaneText(part: EditablePart): (state: AppState) => string {
  return (state) => {
    const doc = selectShownDocument(state);
    const hit = paneTextCache.get(part);
    if (hit?.doc === doc) return hit.text;
    const text = shownPaneText(doc, part);
    paneTextCache.set(part, { doc, text });
    return text;
  };
}

/**
 * Whether a pane shows the start of a big token read at once, while the whole token decodes off the page: it is
 * then shown read-only and not copied (it is not the whole part).
 */
export function selectPanePreviewing(part: EditablePart): (state: AppState) => boolean {
  return (state) => {
    const doc = selectShownDocument(state);
    return currentDraft(doc)?.[part] === undefined && previewText(doc, part) !== undefined;
  };
}

/**
 * A syntax error in a pane's text, with where it is (offsets into the pane text). Its sentence is made by
 * `describePaneError` (`pane-error-words.ts`), loaded with the error box, not on the first screen.
 */
export interface PaneError {
  /** The error as the core says it, for its words. */
  readonly error: CoreError;
  readonly from: number;
  readonly to: number;
  readonly line: number;
  readonly column: number;
}

const errorCache = new WeakMap<object, PaneError>();

/** The syntax error in a pane's text, while the pane holds the user's invalid JSON. */
export function selectPaneError(part: EditablePart): (state: AppState) => PaneError | undefined {
  return (state) => {
    const doc = selectShownDocument(state);
    const error = currentDraft(doc)?.errors[part];
    if (error === undefined) return undefined;
    const cached = errorCache.get(error);
    if (cached !== undefined) return cached;
    const text = shownPaneText(doc, part);
    const shown: PaneError = {
      error: { code: error.code, part, line: error.line, column: error.column, detail: error.detail },
      from: Math.min(error.offset, text.length),
      to: Math.min(error.offset + 1, text.length),
      line: error.line,
      column: error.column,
    };
    errorCache.set(error, shown);
    return shown;
  };
}

/** The alg the token's header names. */
export function selectHeaderAlg(state: AppState): string | undefined {
  return selectDecoded(state).alg;
}

/** The state of the edited token's signature, as the page shows it. */
export interface SignState {
  readonly status: 'idle' | 'signing' | 'signed' | 'unsigned' | 'kept-signature';
  /** Why the old signature stays (a private key is needed, the key does not fit the alg, …). */
  readonly text?: string;
}

const IDLE: SignState = { status: 'idle' };
const signStateCache = new WeakMap<object, SignState>();

/** The signature state of the token on screen, when an edit produced it. */
export function selectSignState(state: AppState): SignState {
  const doc = state.documents.main;
  const signing = doc.signing;
  if (signing?.token !== doc.text) return IDLE;
  const cached = signStateCache.get(signing);
  if (cached !== undefined) return cached;
  const shown: SignState =
    signing.status === 'kept'
      ? {
          status: 'kept-signature',
          ...(signing.failure === undefined ? {} : { text: signing.failure.words }),
        }
      : { status: signing.status };
  signStateCache.set(signing, shown);
  return shown;
}

/** The public half of the key in the key input (a generated key, or a pasted private key), for these key inputs. */
export function selectPublicKeyOutput(state: AppState): PublicKeyOutput | undefined {
  const doc = selectShownDocument(state);
  const out = doc.publicOutput;
  if (out === undefined || out.stamp.keyText !== doc.key.text || out.stamp.encoding !== doc.key.encoding) {
    return undefined;
  }
  return out.output;
}

/** True while the token being produced is unsecured (alg "none"). */
export function selectUnsigned(state: AppState): boolean {
  return selectDecoded(state).alg === 'none';
}

/** Whether edited JSON keeps its whitespace byte for byte. */
export function selectKeepWhitespace(state: AppState): boolean {
  return state.keepWhitespace;
}

/** What went wrong with the last key action (generating a key, a thumbprint), in words. */
export function selectKeyActionFailure(state: AppState): string | undefined {
  return state.keyActionFailure?.words;
}

const claimDatesCache = new WeakMap<object, Partial<Record<'iat' | 'exp' | 'nbf', string>>>();

/** The instant each time claim of the payload means, as an ISO 8601 UTC date (RFC 7519 section 2: NumericDate). */
export function selectClaimDates(state: AppState): Partial<Record<'iat' | 'exp' | 'nbf', string>> {
  const decoded = selectDecoded(state);
  const cached = claimDatesCache.get(decoded);
  if (cached !== undefined) return cached;
  const content = decoded.kind === 'jwe' ? undefined : decoded.payload?.content;
  const object = content?.kind === 'json' && content.json.kind === 'object' ? content.json : undefined;
  const dates: Partial<Record<'iat' | 'exp' | 'nbf', string>> = {};
  for (const claim of ['iat', 'exp', 'nbf'] as const) {
    const value = memberValue(object, claim);
    if (value?.kind !== 'number') continue;
    const ms = value.value * 1000;
    if (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) dates[claim] = toIsoSeconds(ms);
  }
  claimDatesCache.set(decoded, dates);
  return dates;
}
