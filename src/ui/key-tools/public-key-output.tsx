import { afterFirstPaint } from '../common/lazy';

/** The public half of a private key, loaded after the first paint (shown only once a private key is in). */
export const PublicKeyOutput = afterFirstPaint(
  async () => (await import('./public-key-output-view')).PublicKeyOutput,
);
