import type { StateCreator } from 'zustand';
import { jweKeyFamily } from '../core/jwe/view';
import { createLazyEncryptEngine } from '../engine/encrypt-engine';
import type { KeyReading } from '../engine/verify-engine';
import type { AppState, EncryptForm, EncryptSlice, EncryptStamp, Engines } from './types';
import { decodeIsCurrent } from './selectors/document';

/** The algs tried first when a recipient key fits several: the strongest common choice of each family. */
const PREFERRED_ALGS = [
  'RSA-OAEP-256',
  'ECDH-ES+A256KW',
  'ECDH-ES',
  'A256KW',
  'A256GCMKW',
  'dir',
  'PBES2-HS512+A256KW',
];
const PREFERRED_ENC = 'A256GCM';

const CLOSED: EncryptForm = { open: false, keyText: '', alg: 'RSA-OAEP-256', enc: PREFERRED_ENC };

function stampOf(state: AppState): EncryptStamp {
  const { keyText, alg, enc } = state.encryptForm;
  return { tokenText: state.documents.main.text, keyText, alg, enc };
}

function sameStamp(a: EncryptStamp, b: EncryptStamp): boolean {
  return a.tokenText === b.tokenText && a.keyText === b.keyText && a.alg === b.alg && a.enc === b.enc;
}

const loadChoices = () => import('../core/jwe/encrypt-choices');

/** The alg and enc to use with a key that was just read: the current ones when they fit, else a preferred fit. */
function fittingChoice(
  choices: Awaited<ReturnType<typeof loadChoices>>,
  reading: KeyReading,
  keyText: string,
  form: EncryptForm,
): Pick<EncryptForm, 'alg' | 'enc'> {
  const algs = choices.jweAlgsForKey(reading, keyText);
  if (algs.length === 0) return form;
  const alg = algs.includes(form.alg)
    ? form.alg
    : (PREFERRED_ALGS.find((a) => algs.includes(a)) ?? algs[0] ?? form.alg);
  const encs = choices.jweEncsForKey(alg, reading, keyText);
  const enc = encs.includes(form.enc)
    ? form.enc
    : encs.includes(PREFERRED_ENC)
      ? PREFERRED_ENC
      : (encs[0] ?? form.enc);
  return { alg, enc };
}

/**
 * The encoder's last step: wrap the main token, as it is on screen, in a JWE to a recipient's key. The key is read
 * as it is typed (to offer the algs that fit it); the JWE is made on request, stamped with the token and form it
 * read, and an answer for inputs that have changed since is dropped.
 */
export function createEncryptSlice(engines: Engines): StateCreator<AppState, [], [], EncryptSlice> {
  const engine = engines.encrypt ?? createLazyEncryptEngine();
  return (set, get) => {
    // The key text for which the user picked the alg or enc: the answer of its reading then never overrides the
    // choice (it only marks which algs fit); a new key text may be given a fitting alg again.
    let chosenFor: string | undefined;
    const readKey = (keyText: string): void => {
      if (keyText.trim() === '') {
        set({ encryptKey: undefined });
        return;
      }
      void engines.verify
        .readKey(keyText, 'utf8')
        .then(async (reading) => {
          const choices = await loadChoices();
          set((state) => {
            if (state.encryptForm.keyText !== keyText) return {};
            const choice =
              chosenFor === keyText ? {} : fittingChoice(choices, reading, keyText, state.encryptForm);
            return { encryptKey: { keyText, reading }, encryptForm: { ...state.encryptForm, ...choice } };
          });
        })
        .catch(() => undefined);
    };
    return {
      encryptForm: CLOSED,
      openEncrypt: () => set((state) => ({ encryptForm: { ...state.encryptForm, open: true } })),
      closeEncrypt: () => {
        chosenFor = undefined;
        set({ encryptForm: CLOSED, encryptKey: undefined, encrypted: undefined });
      },
      setEncryptInput: (patch) => {
        const before = get().encryptForm;
        const keyText = patch.keyText ?? before.keyText;
        if (patch.alg !== undefined || patch.enc !== undefined) chosenFor = keyText;
        else if (keyText !== before.keyText) chosenFor = undefined;
        set({ encryptForm: { ...before, ...patch } });
        if (patch.keyText !== undefined && patch.keyText !== before.keyText) readKey(patch.keyText);
      },
      encryptToken: () => {
        const state = get();
        const stamp = stampOf(state);
        const main = state.documents.main;
        const plaintext = decodeIsCurrent(main) ? main.decoded.value.cleaned.token : main.text.trim();
        set({ encrypted: { stamp, pending: true } });
        void (async () => {
          const read = await engines.verify.readKey(stamp.keyText, 'utf8');
          const result = await engine.encrypt(
            plaintext,
            { alg: stamp.alg, enc: stamp.enc },
            read,
            stamp.keyText,
          );
          if (!sameStamp(stampOf(get()), stamp)) return;
          set({ encrypted: { stamp, pending: false, result } });
        })().catch(() => {
          if (sameStamp(stampOf(get()), stamp)) set({ encrypted: undefined });
        });
      },
      openEncrypted: () => {
        const state = get();
        const made = state.encrypted;
        if (made?.result?.ok !== true || !sameStamp(made.stamp, stampOf(state))) return;
        const jwe = made.result.value;
        const { keyText, alg } = made.stamp;
        // A shared key or password decrypts what it encrypted: it goes into the key input with the JWE.
        const family = jweKeyFamily(alg);
        const shared = family === 'symmetric' || family === 'password';
        state.setTokenText(jwe, 'edit');
        state.setKeyText(shared ? keyText : '');
      },
    };
  };
}

/** Whether the JWE on show was made from exactly the token and form on screen. */
export function isCurrentEncryption(state: AppState): boolean {
  const made = state.encrypted;
  return made !== undefined && sameStamp(made.stamp, stampOf(state));
}
