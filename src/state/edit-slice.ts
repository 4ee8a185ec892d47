import type { StateCreator } from 'zustand';
import { setMember, toJsonString } from '../core/json/edit';
import { parseLosslessJson, stringMember, type JsonSyntaxError } from '../core/json/lossless';
import type { DecodedPart } from '../core/token/decode';
import { encodeJsonSegment, signingInput } from '../core/token/encode';
import { describeKeyActionFailed } from '../core/jws/signing-words';
import { emptyDocument, updateDocument } from './documents-slice';
import { prettyOf } from './pretty';
import type {
  AppState,
  DocumentId,
  EditablePart,
  EditSlice,
  Engines,
  PaneDraft,
  TokenDocument,
} from './types';
import { decodeIsCurrent } from './selectors/document';

/** The header and payload a new token starts from when the pane has nothing to build on. */
const DEFAULT_TEXT: Readonly<Record<EditablePart, string>> = {
  header: '{\n  "alg": "HS256",\n  "typ": "JWT"\n}',
  payload: '{}',
};

function decodedPart(doc: TokenDocument, part: EditablePart): DecodedPart | undefined {
  if (!decodeIsCurrent(doc)) return undefined;
  const decoded = doc.decoded.value;
  return decoded.kind === 'jwe' ? (part === 'header' ? decoded.header : undefined) : decoded[part];
}

/** The user's draft, while it belongs to the token on screen. */
export function currentDraft(doc: TokenDocument): PaneDraft | undefined {
  return doc.draft?.token === doc.text ? doc.draft : undefined;
}

/** The pretty JSON of a decoded part, when it is JSON. */
function prettyText(doc: TokenDocument, part: EditablePart): string | undefined {
  const content = decodedPart(doc, part)?.content;
  if (content?.kind !== 'json') return undefined;
  return prettyOf(content).text;
}

/** The start of a part read at once while the token decodes off the page (`TokenDocument.preview`). */
export function previewText(doc: TokenDocument, part: EditablePart): string | undefined {
  if (decodeIsCurrent(doc) || doc.preview?.text !== doc.text) return undefined;
  return doc.preview.value[part];
}

/**
 * What an edit of a pane starts from: the user's draft, or the decoded part as pretty JSON (empty when there is
 * none). Never a preview: nothing is re-encoded from the start of a part.
 */
export function paneText(doc: TokenDocument, part: EditablePart): string {
  return currentDraft(doc)?.[part] ?? prettyText(doc, part) ?? '';
}

/** What a pane shows: `paneText`, or while a big token decodes off the page the start of it. */
export function shownPaneText(doc: TokenDocument, part: EditablePart): string {
  return currentDraft(doc)?.[part] ?? prettyText(doc, part) ?? previewText(doc, part) ?? '';
}

/** The segment a part has in the token on screen, as written (so an untouched part keeps every byte). */
function currentSegment(doc: TokenDocument, part: EditablePart): string | undefined {
  const p = decodedPart(doc, part);
  return p?.error === undefined ? p?.segment.text : undefined;
}

function currentSignature(doc: TokenDocument): string {
  if (!decodeIsCurrent(doc)) return '';
  const decoded = doc.decoded.value;
  return decoded.kind === 'jws' || decoded.kind === 'unsecured' ? decoded.signature.segment.text : '';
}

/**
 * Re-encodes a document from pane texts (the parts given replace the draft's): each valid part becomes its
 * segment, an untouched part keeps its segment as written, and the signature is asked for. Invalid JSON marks
 * the error and leaves the token as it was.
 */
function applyEdit(
  doc: TokenDocument,
  changes: Partial<Record<EditablePart, string>>,
  keepWhitespace: boolean,
): TokenDocument {
  const current = currentDraft(doc);
  // A token still decoding off the page has no parts to keep yet: an edit then would put defaults in their place.
  if (current === undefined && !decodeIsCurrent(doc)) return doc;
  const base: PaneDraft = current ?? { token: doc.text, errors: {} };
  const draft: PaneDraft = { ...base, ...changes, errors: { ...base.errors } };
  const mode = keepWhitespace ? 'exact' : 'compact';
  const segments: Partial<Record<EditablePart, string>> = {};
  const errors: Partial<Record<EditablePart, JsonSyntaxError>> = {};
  for (const part of ['header', 'payload'] as const) {
    const text = draft[part];
    if (text !== undefined) {
      const encoded = encodeJsonSegment(text, mode);
      if (encoded.ok) segments[part] = encoded.value;
      else errors[part] = encoded.error;
    }
  }
  const edited = Object.keys(changes) as EditablePart[];
  if (edited.some((part) => errors[part] !== undefined)) return { ...doc, draft: { ...draft, errors } };
  const segmentFor = (part: EditablePart): string | undefined =>
    segments[part] ?? currentSegment(doc, part) ?? encodeDefault(part, mode);
  const header = segmentFor('header');
  const payload = segmentFor('payload');
  if (header === undefined || payload === undefined) return { ...doc, draft: { ...draft, errors } };
  const headerText = draft.header ?? prettyText(doc, 'header') ?? DEFAULT_TEXT.header;
  const parsedHeader = parseLosslessJson(headerText);
  const headerObject =
    parsedHeader.ok && parsedHeader.value.kind === 'object' ? parsedHeader.value : undefined;
  const alg = stringMember(headerObject, 'alg') ?? '';
  const kid = stringMember(headerObject, 'kid');
  const input = signingInput(header, payload);
  // RFC 7515 section 4.1.1: only exactly "none" is unsecured; it is produced only when the header says so.
  const token = alg === 'none' ? `${input}.` : `${input}.${currentSignature(doc)}`;
  return {
    ...doc,
    text: token,
    source: 'edit',
    draft: { ...draft, token, errors },
    signing: {
      token,
      input,
      alg,
      ...(kid === undefined ? {} : { kid }),
      status: alg === 'none' ? 'unsigned' : 'signing',
    },
  };
}

function encodeDefault(part: EditablePart, mode: 'compact' | 'exact'): string | undefined {
  const encoded = encodeJsonSegment(DEFAULT_TEXT[part], mode);
  return encoded.ok ? encoded.value : undefined;
}

/**
 * Editing and signing. An edit (of a pane, the alg, the kid, a claim helper, a generated key) re-encodes the
 * token at once and asks for a signature; changing the key alone never does (`reactions.ts` starts the signing
 * job only for a new signing request, never for a new key).
 */
export function createEditSlice(engines: Engines): StateCreator<AppState, [], [], EditSlice> {
  return (set, get) => {
    const doc = (id: DocumentId): TokenDocument | undefined => get().documents[id];
    const edit = (id: DocumentId, changes: Partial<Record<EditablePart, string>>): void =>
      set((state) => updateDocument(state, id, (d) => applyEdit(d, changes, state.keepWhitespace)));
    const editMember = (id: DocumentId, part: EditablePart, name: string, raw: string): void => {
      const d = doc(id);
      if (d === undefined) return;
      const base = paneText(d, part) || DEFAULT_TEXT[part];
      const changed = setMember(base, name, raw);
      if (changed.ok) edit(id, { [part]: changed.value });
    };
    // An engine that rejects (a fault of ours, not the key's) is said, never silent.
    const failed = (): void =>
      set({ keyActionFailure: { code: 'INTERNAL', words: describeKeyActionFailed() } });
    return {
      keepWhitespace: false,
      editPart: (part, text, id = 'main') => edit(id, { [part]: text }),
      setAlg: (alg, id = 'main') => editMember(id, 'header', 'alg', toJsonString(alg)),
      setKeepWhitespace: (keep) => set({ keepWhitespace: keep }),
      generateKey: (options, id = 'main') => {
        const d = doc(id);
        const alg = d === undefined ? undefined : (selectAlgOf(d) ?? 'HS256');
        if (d === undefined || alg === undefined || alg === 'none') return;
        void engines.sign.generate(alg, options).then((answer) => {
          if (!answer.ok) {
            set({ keyActionFailure: answer.failure });
            return;
          }
          const { keyText, encoding } = answer.key;
          set((state) => ({
            keyActionFailure: undefined,
            ...updateDocument(state, id, (current) => ({ ...current, key: { text: keyText, encoding } })),
          }));
          // Re-signing is the point of generating: the same header and payload, signed with the new key.
          const current = doc(id);
          if (current !== undefined) edit(id, { header: paneText(current, 'header') || DEFAULT_TEXT.header });
        }, failed);
      },
      setKidThumbprint: (id = 'main') => {
        const d = doc(id);
        if (d === undefined || d.key.text.trim() === '') return;
        void engines.verify
          .readKey(d.key.text, d.key.encoding, get().limits.keyChars)
          .then((read) => engines.sign.thumbprint(read))
          .then((answer) => {
            if (!answer.ok) set({ keyActionFailure: answer.failure });
            else {
              set({ keyActionFailure: undefined });
              editMember(id, 'header', 'kid', toJsonString(answer.thumbprint));
            }
          }, failed);
      },
      setClaim: (claim, secondsFromNow, id = 'main') => {
        const now = Math.floor(get().now / 1000);
        const raw =
          claim === 'jti'
            ? toJsonString(engines.sign.randomId())
            : String(now + (claim === 'iat' ? 0 : (secondsFromNow ?? (claim === 'exp' ? 3600 : 0))));
        editMember(id, 'payload', claim, raw);
      },
      loadExample: (alg) => {
        void engines.sign.generate(alg).then((answer) => {
          if (!answer.ok) {
            set({ keyActionFailure: answer.failure });
            return;
          }
          const now = Math.floor(get().now / 1000);
          const { keyText, encoding } = answer.key;
          set((state) => ({
            keyActionFailure: undefined,
            ...updateDocument(state, 'main', () => ({
              ...emptyDocument('main'),
              key: { text: keyText, encoding },
            })),
          }));
          edit('main', {
            header: `{\n  "alg": ${toJsonString(alg)},\n  "typ": "JWT"\n}`,
            payload: `{\n  "sub": "1234567890",\n  "name": "Jane Doe",\n  "iat": ${now}\n}`,
          });
        }, failed);
      },
      clearAll: () =>
        set((state) => ({
          keyActionFailure: undefined,
          ...updateDocument(state, 'main', () => emptyDocument('main')),
        })),
    };
  };
}

/** The alg the header in the pane (or the token) names. */
function selectAlgOf(doc: TokenDocument): string | undefined {
  const parsed = parseLosslessJson(paneText(doc, 'header'));
  return parsed.ok && parsed.value.kind === 'object' ? stringMember(parsed.value, 'alg') : undefined;
}
