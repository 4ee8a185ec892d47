import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import {
  selectCompareOpen,
  selectCompareText,
  selectDiff,
  type ShownDiffRow,
} from '../../state/selectors/compare';
import { useAppStore } from '../../state/store';
import { TextInput } from '../common/text-input';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';

const CHANGE_COLOR = { added: 'success.main', removed: 'error.main', changed: 'warning.main' } as const;
const CHANGE_MARK = { added: '+', removed: '−', changed: '~' } as const;

function DiffRow({ row }: { readonly row: ShownDiffRow }) {
  return (
    <Box
      component="li"
      data-testid={TEST_IDS.diffRow}
      data-path={row.path}
      data-change={row.change}
      sx={{ py: 0.5, borderBottom: 1, borderColor: 'divider', listStyle: 'none', minWidth: 0 }}
    >
      <Typography variant="body2" component="div" sx={{ fontFamily: MONO_FONT, overflowWrap: 'anywhere' }}>
        <Box component="span" aria-hidden sx={{ color: CHANGE_COLOR[row.change], fontWeight: 700, mr: 1 }}>
          {CHANGE_MARK[row.change]}
        </Box>
        <strong>{row.path}</strong>{' '}
        <Box component="span" sx={{ color: 'text.secondary', fontFamily: 'inherit' }}>
          ({row.changeWords}
          {row.shift === undefined ? '' : `, ${row.shift}`})
        </Box>
      </Typography>
      {row.before !== undefined && (
        <Typography variant="body2" sx={{ fontFamily: MONO_FONT, overflowWrap: 'anywhere', pl: 3 }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            main:{' '}
          </Box>
          {row.before}
        </Typography>
      )}
      {row.after !== undefined && (
        <Typography variant="body2" sx={{ fontFamily: MONO_FONT, overflowWrap: 'anywhere', pl: 3 }}>
          <Box component="span" sx={{ color: 'text.secondary' }}>
            compared:{' '}
          </Box>
          {row.after}
        </Typography>
      )}
    </Box>
  );
}

/**
 * Compare two tokens (CONTRACT.md `compare-button`, `compare-input`, `diff-row`): a second token box and the
 * differences of header and payload, member by member, from the main token to this one.
 */
export function CompareCard() {
  const open = useAppStore(selectCompareOpen);
  const text = useAppStore(selectCompareText);
  const diff = useAppStore(selectDiff);
  const openCompare = useAppStore((s) => s.openCompare);
  const closeCompare = useAppStore((s) => s.closeCompare);
  const setTokenText = useAppStore((s) => s.setTokenText);
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
          <TextInput
            label="Token to compare with"
            placeholder="Paste a second JWT"
            multiline
            minRows={2}
            maxRows={6}
            value={text}
            onChange={(e) => setTokenText(e.target.value, 'user', 'compare')}
            autoComplete="off"
            fullWidth
            size="small"
            htmlInput={{
              'data-testid': TEST_IDS.compareInput,
              spellCheck: false,
              autoCapitalize: 'off',
              autoCorrect: 'off',
              style: { fontFamily: MONO_FONT, fontSize: '0.85rem' },
            }}
          />
          {diff?.kind === 'message' && (
            <Typography variant="body2" color="text.secondary" role="status">
              {diff.message}
            </Typography>
          )}
          {diff?.kind === 'rows' && (
            <Box component="ul" aria-label="Differences" sx={{ m: 0, p: 0 }}>
              {diff.rows.map((row) => (
                <DiffRow key={row.path} row={row} />
              ))}
              {diff.none !== undefined && (
                <Typography component="li" variant="body2" color="text.secondary" sx={{ listStyle: 'none' }}>
                  {diff.none}
                </Typography>
              )}
              {diff.more !== undefined && (
                <Typography component="li" variant="body2" color="text.secondary" sx={{ listStyle: 'none' }}>
                  {diff.more}
                </Typography>
              )}
            </Box>
          )}
        </Stack>
      )}
    </Paper>
  );
}
