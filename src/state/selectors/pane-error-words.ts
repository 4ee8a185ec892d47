import { describeError } from '../../core/token/errors';
import type { PaneError } from './edit';

/**
 * The sentence of a pane's syntax error. Apart from the selector (`selectPaneError`), so the words of every error
 * (core/token/errors.ts) load with the error box after the first paint, not with the first screen.
 */
export function describePaneError(error: PaneError): string {
  return describeError(error.error);
}
