import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import Typography from '@mui/material/Typography';
import type { SecretEncoding } from '../../core/keys/secret';
import { selectShownId, selectShownKey } from '../../state/selectors/document';
import { selectKeyControls, selectKeyKind, selectRaiseKeyLimit } from '../../state/selectors/key';
import { useAppStore } from '../../state/store';
import { memo, useCallback, useEffect, useMemo, useRef, useState, type ClipboardEvent } from 'react';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';
import { describeHiddenKey, insertedText, isTooLongToShow } from './hidden-key';

/** What a `beforeinput` inserts: typed or dropped text, a script's insertText, an IME's or spell checker's. */
const INSERTIONS = new Set(['insertText', 'insertReplacementText', 'insertFromDrop', 'insertFromPaste']);

const ENCODINGS: ReadonlyArray<{ value: SecretEncoding; label: string; testId: string }> = [
  { value: 'utf8', label: 'UTF-8', testId: TEST_IDS.secretEncodingUtf8 },
  { value: 'base64url', label: 'base64url', testId: TEST_IDS.secretEncodingBase64url },
  { value: 'base64', label: 'base64', testId: TEST_IDS.secretEncodingBase64 },
  { value: 'hex', label: 'hex', testId: TEST_IDS.secretEncodingHex },
];

interface KeyTextBoxProps {
  /** Whether the key is one to decrypt with (a JWE) rather than to verify and sign with. */
  readonly decrypt: boolean;
  readonly value: string;
  readonly onText: (text: string) => void;
  readonly boxRef: (box: HTMLTextAreaElement | null) => void;
  readonly onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
}

/**
 * The key's text box. It renders again only when what it shows changes: a growing text box measures itself (a
 * forced layout of the whole page) each time it renders, which must not happen on every change of the token.
 */
const KeyTextBox = memo(function KeyTextBox({ decrypt, value, onText, boxRef, onPaste }: KeyTextBoxProps) {
  const htmlInput = useMemo(
    () => ({
      'data-testid': TEST_IDS.keyInput,
      ref: boxRef,
      onPaste,
      spellCheck: false,
      autoCapitalize: 'off',
      autoCorrect: 'off',
      style: { fontFamily: MONO_FONT, fontSize: '0.85rem' },
    }),
    [boxRef, onPaste],
  );
  return (
    <TextInput
      label={decrypt ? 'Key or password to decrypt with' : 'Secret or key to verify and sign with'}
      placeholder={
        decrypt
          ? 'Private key (PEM or JWK), shared key (JWK, base64url or hex) or password'
          : 'HMAC secret, PEM public key or certificate, private key, JWK or JWKS'
      }
      multiline
      minRows={2}
      maxRows={10}
      value={value}
      onChange={(e) => onText(e.target.value)}
      autoComplete="off"
      htmlInput={htmlInput}
      size="small"
      fullWidth
    />
  );
});

/** Where the user pastes the secret or key; it stays in memory only. */
export function KeyInput() {
  const keyText = useAppStore((s) => selectShownKey(s).text);
  const encoding = useAppStore((s) => selectShownKey(s).encoding);
  // The key belongs to the layer shown: a nested token's inner layer has its own.
  const shownId = useAppStore(selectShownId);
  const setKey = useAppStore((s) => s.setKeyText);
  const setEncodingOf = useAppStore((s) => s.setSecretEncoding);
  const setKeyText = useCallback((text: string): void => setKey(text, shownId), [setKey, shownId]);
  const setEncoding = (value: SecretEncoding): void => setEncodingOf(value, shownId);
  const kind = useAppStore(selectKeyKind);
  const controls = useAppStore(selectKeyControls);
  const raise = useAppStore(selectRaiseKeyLimit);
  const raiseKeyLimit = useAppStore((s) => s.raiseKeyLimit);
  // Whether the user asked to see a long key text whole (a text box lays out all it holds).
  const [showLong, setShowLong] = useState(false);
  const hidden = isTooLongToShow(keyText) && !showLong;
  const shownValue = hidden ? '' : keyText;
  // Text put into the box that would make it too long to show goes around it: the box never lays it out. Once
  // the user chose to see a long text, editing it goes through the box as usual.
  const around = useRef<(text: string) => void>(setKeyText);
  useEffect(() => {
    around.current = (text) => {
      setShowLong(false);
      setKeyText(text);
    };
  });
  const detach = useRef<(() => void) | undefined>(undefined);
  const boxRef = useCallback((box: HTMLTextAreaElement | null) => {
    detach.current?.();
    detach.current = undefined;
    if (box === null) return;
    const onBeforeInput = (event: InputEvent): void => {
      if (!INSERTIONS.has(event.inputType) || event.data === null) return;
      const text = insertedText(box.value, box.selectionStart, box.selectionEnd, event.data);
      if (!isTooLongToShow(text) || isTooLongToShow(box.value)) return;
      event.preventDefault();
      around.current(text);
    };
    box.addEventListener('beforeinput', onBeforeInput);
    detach.current = () => box.removeEventListener('beforeinput', onBeforeInput);
  }, []);
  // A paste too long to show never reaches the text box (megabytes it would lay out): the store keeps it, or
  // refuses it with its size when it is over the limit.
  const onPaste = useCallback((event: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const pasted = event.clipboardData.getData('text/plain');
    const text = insertedText(box.value, box.selectionStart, box.selectionEnd, pasted);
    if (!isTooLongToShow(text) || isTooLongToShow(box.value)) return;
    event.preventDefault();
    around.current(text);
  }, []);
  if (!controls.keyInput) return null;
  const sampleSecret = controls.sampleSecret;
  return (
    <Stack spacing={1}>
      <KeyTextBox
        decrypt={controls.decrypt}
        value={shownValue}
        onText={setKeyText}
        boxRef={boxRef}
        onPaste={onPaste}
      />
      {hidden && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            {describeHiddenKey(keyText.length)}
          </Typography>
          <Button size="small" variant="outlined" onClick={() => setShowLong(true)}>
            Show the key text
          </Button>
        </Stack>
      )}
      {sampleSecret !== undefined && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary">
            The sample token is signed with a known secret.
          </Typography>
          <Button size="small" variant="outlined" onClick={() => setKeyText(sampleSecret)}>
            Use the sample secret
          </Button>
        </Stack>
      )}
      {controls.secretEncoding && (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography variant="body2" color="text.secondary" id="secret-encoding-label">
            Read a secret as
          </Typography>
          <ToggleButtonGroup
            size="small"
            exclusive
            value={encoding}
            onChange={(_, value: SecretEncoding | null) => {
              if (value !== null) setEncoding(value);
            }}
            aria-labelledby="secret-encoding-label"
          >
            {ENCODINGS.map((e) => (
              <ToggleButton key={e.value} value={e.value} data-testid={e.testId} sx={{ py: 0.25, px: 1 }}>
                {e.label}
              </ToggleButton>
            ))}
          </ToggleButtonGroup>
        </Stack>
      )}
      {(keyText.trim() !== '' || kind?.ok === false) && (
        <Typography
          variant="body2"
          data-testid={TEST_IDS.keyKind}
          color={kind === undefined || kind.ok ? 'text.secondary' : 'error'}
        >
          {kind?.text ?? 'Reading the key…'}
        </Typography>
      )}
      {raise !== undefined && (
        <Button
          size="small"
          variant="outlined"
          onClick={raiseKeyLimit}
          data-testid={TEST_IDS.raiseKeyLimit}
          sx={{ alignSelf: 'flex-start' }}
        >
          {raise}
        </Button>
      )}
    </Stack>
  );
}
