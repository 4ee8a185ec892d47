import { afterFirstPaint } from '../common/lazy';

// Why a token cannot be decoded, and the clean-ups made to it, loaded after the first paint with MUI's Alert: a
// token that decodes (the sample, most pastes) shows neither, and the first load carries neither.

/** The decode error box (CONTRACT.md `decode-error`), with its one-click fixes. */
export const DecodeError = afterFirstPaint(async () => (await import('./decode-messages')).DecodeError);

/** The notes on the clean-ups made to the pasted text. */
export const CleanupNotes = afterFirstPaint(async () => (await import('./decode-messages')).CleanupNotes);
