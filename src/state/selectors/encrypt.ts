import {
  describeEncryptFailure,
  JWE_ENCRYPT_ALGS,
  JWE_ENCRYPT_ENCS,
  jweAlgsForKey,
  jweEncsForKey,
} from '../../core/jwe/encrypt-choices';
import {
  describeEncryptIdle,
  describeEncryptNothing,
  describeEncrypted,
  describeJweCut,
  JWE_OUTPUT_SHOWN_CHARS,
} from '../../core/jwe/view';
import { isCurrentEncryption } from '../encrypt-slice';
import type { AppState } from '../types';

/** One choice of a select: its name, and whether it fits the recipient key given. */
export interface EncryptChoice {
  readonly name: string;
  readonly fits: boolean;
}

/** The encrypt card as shown: the form, the choices that fit the key, and the JWE made (or why not). */
export interface EncryptView {
  readonly open: boolean;
  readonly keyText: string;
  readonly alg: string;
  readonly enc: string;
  readonly algs: readonly EncryptChoice[];
  readonly encs: readonly EncryptChoice[];
  /** Why the Encrypt button cannot run yet, in words (no token, no key). */
  readonly blocked?: string;
  readonly pending: boolean;
  /** The JWE made for the inputs on screen. */
  readonly output?: string;
  /** What of it the card shows: all of it, or its start when it is too long to lay out. */
  readonly shownOutput?: string;
  /** When only its start is shown: words that say so. */
  readonly outputCut?: string;
  /** Words beside the result: what was made, or why it was not. */
  readonly words: string;
  readonly failed: boolean;
}

/** A JWE made, as the card shows it: whole, or its start and words saying so. */
function shownJwe(output: string): Pick<EncryptView, 'output' | 'shownOutput' | 'outputCut'> {
  return output.length > JWE_OUTPUT_SHOWN_CHARS
    ? {
        output,
        shownOutput: output.slice(0, JWE_OUTPUT_SHOWN_CHARS),
        outputCut: describeJweCut(output.length),
      }
    : { output, shownOutput: output };
}

let last: { key: unknown[]; view: EncryptView } | undefined;

/** The encrypt card's view (the same object while its inputs are the same). */
export function selectEncryptView(state: AppState): EncryptView {
  const { encryptForm: form, encryptKey, encrypted } = state;
  const main = state.documents.main;
  const key = [form, encryptKey, encrypted, main.text];
  if (last !== undefined && last.key.every((k, i) => k === key[i])) return last.view;
  const reading = encryptKey?.keyText === form.keyText ? encryptKey.reading : undefined;
  const algFits = reading === undefined ? JWE_ENCRYPT_ALGS : jweAlgsForKey(reading, form.keyText);
  const encFits = reading === undefined ? JWE_ENCRYPT_ENCS : jweEncsForKey(form.alg, reading, form.keyText);
  const current = isCurrentEncryption(state) ? encrypted : undefined;
  const blocked =
    main.text.trim() === ''
      ? describeEncryptNothing()
      : form.keyText.trim() === ''
        ? describeEncryptIdle()
        : undefined;
  const result = current?.result;
  const view: EncryptView = {
    open: form.open,
    keyText: form.keyText,
    alg: form.alg,
    enc: form.enc,
    algs: JWE_ENCRYPT_ALGS.map((name) => ({ name, fits: algFits.includes(name) })),
    encs: JWE_ENCRYPT_ENCS.map((name) => ({ name, fits: encFits.includes(name) })),
    ...(blocked === undefined ? {} : { blocked }),
    pending: current?.pending === true,
    ...(result?.ok === true ? shownJwe(result.value) : {}),
    words:
      result === undefined
        ? (blocked ?? '')
        : result.ok
          ? describeEncrypted(form.alg, form.enc, result.value.length)
          : describeEncryptFailure(result.error),
    failed: result?.ok === false,
  };
  last = { key, view };
  return view;
}
