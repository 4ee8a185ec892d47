import { compareSeverity, type Finding } from './finding';
import type { LintContext } from './lint-context';
import type { LintRule } from './rule';
import { checkAlgNone } from './rules/alg-none';
import { checkCritUnknown } from './rules/crit-unknown';
import { checkDuplicateMember } from './rules/duplicate-member';
import { checkEmbeddedKeyHeader } from './rules/embedded-key-header';
import { checkExpInMilliseconds } from './rules/exp-in-milliseconds';
import { checkIatInFuture } from './rules/iat-in-future';
import { checkInexactNumber } from './rules/inexact-number';
import { checkKeyConfusion } from './rules/key-confusion';
import { checkKeyUrlHeader } from './rules/key-url-header';
import { checkKidInjection } from './rules/kid-injection';
import { checkLongLifetime } from './rules/long-lifetime';
import { checkNoExp } from './rules/no-exp';
import { checkSensitiveData } from './rules/sensitive-data';
import { checkShortSecret } from './rules/short-secret';
import { checkTypMismatch } from './rules/typ-mismatch';

/** Every rule, in the order their findings are listed within a severity. `known-secret` runs apart (a worker). */
export const LINT_RULES: readonly LintRule[] = [
  checkAlgNone,
  checkKeyConfusion,
  checkShortSecret,
  checkDuplicateMember,
  checkKidInjection,
  checkSensitiveData,
  checkKeyUrlHeader,
  checkEmbeddedKeyHeader,
  checkCritUnknown,
  checkNoExp,
  checkExpInMilliseconds,
  checkIatInFuture,
  checkLongLifetime,
  checkTypMismatch,
  checkInexactNumber,
];

/**
 * Runs every rule on a decoded token and lists the findings, highest severity first. A rule that throws (it
 * should not) is skipped rather than hiding the others' findings.
 */
export function runLint(context: LintContext): readonly Finding[] {
  const findings: Finding[] = [];
  for (const rule of LINT_RULES) {
    try {
      // One at a time: spreading tens of thousands of findings as arguments would overflow the stack.
      for (const finding of rule(context)) findings.push(finding);
    } catch {
      // A bug in one rule never hides the findings of the others.
    }
  }
  return findings.sort(compareSeverity);
}
