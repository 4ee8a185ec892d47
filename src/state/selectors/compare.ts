import {
  describeChange,
  describeCutValue,
  describeMoreDifferences,
  describeNoDifferences,
  describeNotComparable,
  describeTimeShift,
  diffTokens,
  type DiffChange,
} from '../../core/diff/diff-tokens';
import type { DecodedToken } from '../../core/token/decode';
import type { AppState } from '../types';

/** One difference as the comparison shows it (CONTRACT.md `diff-row`). */
export interface ShownDiffRow {
  readonly path: string;
  readonly change: DiffChange;
  readonly changeWords: string;
  readonly before?: string;
  readonly after?: string;
  /** For a time claim: how far it moved ("+1 h"). */
  readonly shift?: string;
}

/** The comparison as shown: its rows (and a count of the rest), or why there is nothing to compare. */
export type ShownDiff =
  | {
      readonly kind: 'rows';
      readonly rows: readonly ShownDiffRow[];
      readonly more?: string;
      readonly none?: string;
    }
  | { readonly kind: 'message'; readonly message: string };

/** Whether the comparison is open. */
export function selectCompareOpen(state: AppState): boolean {
  return state.documents.compare !== undefined;
}

/** A row's value as shown: as written, or its start and its length when it was cut. */
function shownValue(text: string, chars: number | undefined): string {
  return chars === undefined ? text : describeCutValue(text, chars);
}

let last: { main: DecodedToken; compared: DecodedToken; shown: ShownDiff } | undefined;

/** The differences from the main token to the compared one, for the decodes on screen. */
export function selectDiff(state: AppState): ShownDiff | undefined {
  const compare = state.documents.compare;
  if (compare === undefined) return undefined;
  const main = state.documents.main.decoded.value;
  const compared = compare.decoded.value;
  if (last?.main === main && last.compared === compared) return last.shown;
  const diff = diffTokens(main, compared);
  const shown: ShownDiff =
    diff.kind === 'not-comparable'
      ? { kind: 'message', message: describeNotComparable(diff.which) }
      : {
          kind: 'rows',
          rows: diff.rows.map((r) => ({
            path: r.path,
            change: r.change,
            changeWords: describeChange(r.change),
            ...(r.before === undefined ? {} : { before: shownValue(r.before, r.beforeChars) }),
            ...(r.after === undefined ? {} : { after: shownValue(r.after, r.afterChars) }),
            ...(r.seconds === undefined ? {} : { shift: describeTimeShift(r.seconds) }),
          })),
          ...(diff.more > 0 ? { more: describeMoreDifferences(diff.more) } : {}),
          ...(diff.rows.length === 0 ? { none: describeNoDifferences() } : {}),
        };
  last = { main, compared, shown };
  return shown;
}
