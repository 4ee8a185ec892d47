import { afterFirstPaint } from '../common/lazy';

/** The token's validity in time beside the verdict, loaded after the first paint (with the claims catalogue). */
export const TimeStatus = afterFirstPaint(async () => (await import('./time-status-view')).TimeStatus);
