import { useCallback, useEffect, useRef, useState, type ClipboardEvent } from 'react';
import { insertedText, isTooLongToShow } from './long-text';

/** What a `beforeinput` inserts: typed or dropped text, a script's insertText, an IME's or spell checker's. */
const INSERTIONS = new Set(['insertText', 'insertReplacementText', 'insertFromDrop', 'insertFromPaste']);

/** A growing text box for a text that may be too long to lay out (a key, a JWKS), and what it shows. */
export interface TextAroundBox {
  /** Whether the text is too long to show, and the user has not asked to see it: the box is then empty. */
  readonly hidden: boolean;
  /** What the box holds: the text, or '' while it is hidden. */
  readonly shownValue: string;
  /** The box's ref (its `<textarea>`): text inserted that would make it too long goes around it. */
  readonly boxRef: (box: HTMLTextAreaElement | null) => void;
  /** The box's paste handler: a paste too long to show never reaches it. */
  readonly onPaste: (event: ClipboardEvent<HTMLTextAreaElement>) => void;
  /** Shows the long text in the box, as the user asked. */
  readonly showLong: () => void;
}

/**
 * Keeps a megabyte out of a text box: text put into it (typed, dropped, set by a script, pasted) that would make
 * it longer than `KEY_SHOWN_MAX_CHARS` goes to `setText` without reaching the box, which then says the text's
 * size instead (a text box lays out all it holds to size itself: 1.4 s for 800 KB). Once the user chose to see
 * a long text, editing it goes through the box as usual.
 */
export function useTextAroundBox(text: string, setText: (text: string) => void): TextAroundBox {
  const [showingLong, setShowingLong] = useState(false);
  const hidden = isTooLongToShow(text) && !showingLong;
  const around = useRef<(text: string) => void>(setText);
  useEffect(() => {
    around.current = (text) => {
      setShowingLong(false);
      setText(text);
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
  const onPaste = useCallback((event: ClipboardEvent<HTMLTextAreaElement>) => {
    const box = event.currentTarget;
    const pasted = event.clipboardData.getData('text/plain');
    const text = insertedText(box.value, box.selectionStart, box.selectionEnd, pasted);
    if (!isTooLongToShow(text) || isTooLongToShow(box.value)) return;
    event.preventDefault();
    around.current(text);
  }, []);
  const showLong = useCallback(() => setShowingLong(true), []);
  return { hidden, shownValue: hidden ? '' : text, boxRef, onPaste, showLong };
}
