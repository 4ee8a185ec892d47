import type { Finding } from './finding';
import type { LintContext } from './lint-context';

/** A lint rule: what it finds in a token, nothing when it finds nothing. Pure, and never throws. */
export type LintRule = (context: LintContext) => readonly Finding[];
