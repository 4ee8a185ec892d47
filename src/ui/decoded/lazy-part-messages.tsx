import { afterFirstPaint } from '../common/lazy';

// A part's error and notes, loaded after the first paint with MUI's Alert: a token that decodes cleanly (the
// sample, most pastes) shows neither, and the first load carries neither.

/** Why a part's JSON cannot be read. */
export const PartError = afterFirstPaint(async () => (await import('./part-error')).PartError);

/** Notes about one part's content. */
export const PartNotes = afterFirstPaint(async () => (await import('./part-notes')).PartNotes);
