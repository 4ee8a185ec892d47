import { afterFirstPaint } from '../common/lazy';

/** The carried-key warning beside the verdict, loaded after the first paint (with the findings rules). */
export const CarriedKeyWarning = afterFirstPaint(
  async () => (await import('./carried-key-warning-view')).CarriedKeyWarning,
);
