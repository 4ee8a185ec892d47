import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { selectCompareOpen, selectDiff, type ShownDiffRow } from '../../state/selectors/compare';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';
import type { ReactNode } from 'react';

const COMPARE_LABEL = 'Token to compare with';

const CHANGE_COLOR = { added: 'success.main', removed: 'error.main', changed: 'warning.main' } as const;
const CHANGE_MARK = { added: '+', removed: '−', changed: '~' } as const;

/**
 * One difference, in plain elements styled by the list's classes (`DIFF_LIST_SX`): up to 500 rows, each of MUI
 * components with their own styles, took 80 ms to render.
 */
function DiffRow({ row }: { readonly row: ShownDiffRow }) {
  return (
    <li data-testid={TEST_IDS.diffRow} data-path={row.path} data-change={row.change}>
      <div>
        <span aria-hidden className={`diff-mark diff-${row.change}`}>
          {CHANGE_MARK[row.change]}
        </span>
        <strong>{row.path}</strong>{' '}
        <span className="diff-quiet">
          ({row.changeWords}
          {row.shift === undefined ? '' : `, ${row.shift}`})
        </span>
      </div>
      {row.before !== undefined && (
        <div className="diff-value">
          <span className="diff-quiet">main: </span>
          {row.before}
        </div>
      )}
      {row.after !== undefined && (
        <div className="diff-value">
          <span className="diff-quiet">compared: </span>
          {row.after}
        </div>
      )}
    </li>
  );
}

/** The rows' look, once for the whole list. */
const DIFF_LIST_SX = {
  m: 0,
  p: 0,
  '& > li': {
    py: 0.5,
    borderBottom: 1,
    borderColor: 'divider',
    listStyle: 'none',
    minWidth: 0,
    typography: 'body2',
    fontFamily: MONO_FONT,
    overflowWrap: 'anywhere',
  },
  '& .diff-value': { pl: 3 },
  '& .diff-quiet': { color: 'text.secondary' },
  '& .diff-mark': { fontWeight: 700, mr: 1 },
  '& .diff-added': { color: CHANGE_COLOR.added },
  '& .diff-removed': { color: CHANGE_COLOR.removed },
  '& .diff-changed': { color: CHANGE_COLOR.changed },
  '& > li.diff-note': { fontFamily: 'inherit', color: 'text.secondary', borderBottom: 0 },
} as const;

interface CompareCardProps {
  /**
   * The editor of the token to compare with, given its accessible name: a token editor as the main one (app.tsx
   * puts it here), coloured, and a megabyte folded rather than laid out whole.
   */
  readonly editor: (label: string) => ReactNode;
}

/**
 * Compare two tokens (CONTRACT.md `compare-button`, `compare-input`, `diff-row`): a second token box and the
 * differences of header and payload, member by member, from the main token to this one.
 */
export function CompareCard({ editor }: CompareCardProps) {
  const open = useAppStore(selectCompareOpen);
  const diff = useAppStore(selectDiff);
  const openCompare = useAppStore((s) => s.openCompare);
  const closeCompare = useAppStore((s) => s.closeCompare);
  return (
    <Paper
      component="section"
      variant="outlined"
      aria-labelledby="compare-heading"
      sx={{ p: 1.5, minWidth: 0 }}
    >
      <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
        <Typography variant="h2" id="compare-heading" sx={{ flex: '1 1 auto' }}>
          Compare
        </Typography>
        {open ? (
          <Button size="small" onClick={closeCompare}>
            Close
          </Button>
        ) : (
          <Button size="small" variant="outlined" onClick={openCompare} data-testid={TEST_IDS.compareButton}>
            Compare with another token
          </Button>
        )}
      </Stack>
      {!open && (
        <Typography variant="body2" color="text.secondary">
          See what differs between this token and another: before and after a refresh, or across environments.
        </Typography>
      )}
      {open && (
        <Stack spacing={1} sx={{ mt: 1 }}>
          <Typography variant="body2" color="text.secondary" aria-hidden>
            {COMPARE_LABEL}
          </Typography>
          {editor(COMPARE_LABEL)}
          {diff?.kind === 'message' && (
            <Typography variant="body2" color="text.secondary" role="status">
              {diff.message}
            </Typography>
          )}
          {diff?.kind === 'rows' && (
            <Box component="ul" aria-label="Differences" sx={DIFF_LIST_SX}>
              {diff.rows.map((row) => (
                <DiffRow key={row.path} row={row} />
              ))}
              {diff.none !== undefined && <li className="diff-note">{diff.none}</li>}
              {diff.more !== undefined && <li className="diff-note">{diff.more}</li>}
            </Box>
          )}
        </Stack>
      )}
    </Paper>
  );
}
