import { afterFirstPaint } from '../common/lazy';

/** The signing bar, loaded after the first paint (shown only while an edit is signed). */
export const SignNotice = afterFirstPaint(async () => (await import('./sign-notice-view')).SignNotice);
