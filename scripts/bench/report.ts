// The one table `npm run bench` prints, and bench/results.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fmtBytes, fmtMs, fmtRatio, summarize, type Summary } from './stats';

/** How a row's numbers read: times, byte counts, ratios, or the longest main-thread task (0: none over 50 ms). */
export type Unit = 'ms' | 'bytes' | 'ratio' | 'task';

/** `-`: the row has no budget of its own (context for another row, or a budget without a number). */
export type Verdict = 'holds' | 'FAILS' | 'not measured' | '-';

export interface Row {
  /** Stable key in results.json. */
  readonly id: string;
  readonly measure: string;
  readonly unit: Unit;
  /** Median, min and max over the runs; absent when `text` says why there are no numbers. */
  readonly summary?: Summary;
  /** What stands in the figure columns instead of numbers: "timed out after 180 s", "not measured: …". */
  readonly text?: string;
  readonly budget: string;
  /** The budget in the row's unit, when it is a number the median is held against. */
  readonly limit?: number;
  readonly verdict: Verdict;
  /** A short note printed under the table. */
  readonly note?: string;
  /** Every sample the summary is of, for results.json. */
  readonly samples?: readonly number[];
}

/** A row whose verdict is its median held against `limit` (at most `limit` holds). */
export function measuredRow(
  fields: Omit<Row, 'summary' | 'verdict' | 'samples'>,
  samples: readonly number[],
): Row {
  const summary = summarize(samples);
  const verdict: Verdict =
    samples.length === 0
      ? 'not measured'
      : fields.limit === undefined
        ? '-'
        : summary.median <= fields.limit
          ? 'holds'
          : 'FAILS';
  return { ...fields, summary, verdict, samples };
}

export function formatValue(value: number, unit: Unit): string {
  switch (unit) {
    case 'ms':
      return fmtMs(value);
    case 'bytes':
      return fmtBytes(value);
    case 'ratio':
      return fmtRatio(value);
    case 'task':
      return value === 0 ? '< 50 ms' : fmtMs(value);
  }
}

/** The figure cells of a row: median, min, max, runs. */
function cells(row: Row): [string, string, string, string] {
  if (row.summary === undefined || row.summary.runs === 0) return [row.text ?? 'not measured', '', '', ''];
  const { median, min, max, runs } = row.summary;
  return [
    formatValue(median, row.unit),
    formatValue(min, row.unit),
    formatValue(max, row.unit),
    String(runs),
  ];
}

/** The table as aligned plain text, with the notes numbered under it. */
export function formatTable(rows: readonly Row[]): string {
  const notes: string[] = [];
  const lines: string[][] = [['measure', 'median', 'min', 'max', 'n', 'budget', 'verdict']];
  for (const row of rows) {
    let measure = row.measure;
    if (row.note !== undefined) {
      notes.push(row.note);
      measure += ` [${notes.length}]`;
    }
    lines.push([measure, ...cells(row), row.budget, row.verdict]);
  }
  const widths = lines[0]?.map((_, col) => Math.max(...lines.map((l) => (l[col] ?? '').length))) ?? [];
  // Numbers right-aligned, words left-aligned; a figure that is words ("timed out …") spans its row's number cells.
  const numeric = new Set([1, 2, 3, 4]);
  const text = lines.map((line, index) => {
    const spans = index > 0 && line[2] === '' && line[1] !== '';
    if (spans) {
      const span = (widths[1] ?? 0) + (widths[2] ?? 0) + (widths[3] ?? 0) + (widths[4] ?? 0) + 9;
      return [
        (line[0] ?? '').padEnd(widths[0] ?? 0),
        (line[1] ?? '').padEnd(span),
        (line[5] ?? '').padEnd(widths[5] ?? 0),
        line[6] ?? '',
      ].join('   ');
    }
    return line
      .map((cell, col) =>
        numeric.has(col) && index > 0 ? cell.padStart(widths[col] ?? 0) : cell.padEnd(widths[col] ?? 0),
      )
      .join('   ')
      .trimEnd();
  });
  const rule = '-'.repeat(Math.max(...text.map((t) => t.length)));
  return [text[0], rule, ...text.slice(1), '', ...notes.map((n, i) => `[${i + 1}] ${n}`)].join('\n');
}

export interface Meta {
  readonly date: string;
  readonly commit: string;
  /** Whether the working tree had changes besides the commit (the build includes them). */
  readonly dirty: boolean;
  readonly node: string;
  readonly chromium?: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memory: string;
  /** The 1, 5 and 15 minute load averages when the bench started: other work on the machine skews wall times. */
  readonly loadAverageAtStart: readonly number[];
  readonly loadAverageAtEnd?: readonly number[];
  readonly quick: boolean;
  readonly durationSeconds?: number;
  readonly notes: readonly string[];
}

export function writeResults(file: string, meta: Meta, rows: readonly Row[]): void {
  mkdirSync(dirname(file), { recursive: true });
  const data = {
    meta,
    rows: rows.map((row) => ({
      id: row.id,
      measure: row.measure,
      unit: row.unit,
      ...(row.summary === undefined ? {} : row.summary),
      ...(row.text === undefined ? {} : { text: row.text }),
      budget: row.budget,
      ...(row.limit === undefined ? {} : { limit: row.limit }),
      verdict: row.verdict,
      ...(row.note === undefined ? {} : { note: row.note }),
      ...(row.samples === undefined ? {} : { samples: row.samples.map((s) => Math.round(s * 1000) / 1000) }),
    })),
  };
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
}
