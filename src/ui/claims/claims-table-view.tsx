import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Chip from '@mui/material/Chip';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import {
  selectClaimRows,
  selectTimeClaimWords,
  type ClaimChip,
  type ClaimDescription,
  type ClaimRow,
  type ClaimTime,
  type NestedClaimRow,
} from '../../state/selectors/claims';
import { useAppStoreLater } from '../common/use-app-store-later';
import { useSteppedList } from '../common/use-stepped-list';
import { TEST_IDS } from '../test-ids';

const MONO = { fontFamily: 'monospace', fontSize: '0.8125rem', overflowWrap: 'anywhere' } as const;

function Chips({
  chips,
  more,
}: {
  readonly chips: readonly ClaimChip[];
  readonly more?: string | undefined;
}) {
  return (
    <Stack component="ul" direction="row" sx={{ gap: 0.5, flexWrap: 'wrap', m: 0, p: 0, listStyle: 'none' }}>
      {chips.map((chip, i) => (
        <li key={`${chip.value}#${String(i)}`}>
          <Chip
            size="small"
            variant="outlined"
            label={chip.value}
            title={chip.meaning}
            data-testid={TEST_IDS.claimChip}
            sx={{ ...MONO, maxWidth: '100%' }}
          />
        </li>
      ))}
      {more !== undefined && (
        <Typography component="li" variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
          {more}
        </Typography>
      )}
    </Stack>
  );
}

function Source({ description }: { readonly description: ClaimDescription }) {
  const label =
    description.section === undefined ? description.source : `${description.source} §${description.section}`;
  return (
    <Typography
      component="span"
      variant="caption"
      color={description.vendor ? 'secondary' : 'primary'}
      sx={{ whiteSpace: 'nowrap', fontWeight: 600 }}
    >
      {label}
    </Typography>
  );
}

/** The relative words of a time claim, re-read every time the store's clock ticks. */
function TimeWords({ time }: { readonly time: ClaimTime }) {
  const words = useAppStoreLater(selectTimeClaimWords(time.name, time.at));
  return (
    <Typography component="span" variant="body2" sx={{ fontWeight: 600 }}>
      {words}
    </Typography>
  );
}

function TimeValue({ time }: { readonly time: ClaimTime }) {
  return (
    <Box data-testid={TEST_IDS.claimTime} sx={{ mt: 0.25 }}>
      <Box component="span" sx={MONO}>
        {time.iso}
      </Box>{' '}
      <TimeWords time={time} />
      <Typography variant="caption" component="div" color="text.secondary">
        Local: {time.local}
      </Typography>
      {time.ifMilliseconds !== undefined && (
        <Typography variant="caption" component="div" color="warning.main">
          Read as milliseconds: {time.ifMilliseconds.iso} ({time.ifMilliseconds.local})
        </Typography>
      )}
    </Box>
  );
}

function Nested({ rows }: { readonly rows: readonly NestedClaimRow[] }) {
  return (
    <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2 }}>
      {rows.map((row) => (
        <Box component="li" key={row.key} sx={{ mb: 0.5 }}>
          <Stack direction="row" sx={{ gap: 1, alignItems: 'baseline', flexWrap: 'wrap' }}>
            <Box component="span" sx={{ ...MONO, fontWeight: 600 }}>
              {row.label}
            </Box>
            {row.value !== undefined && (
              <Box component="span" sx={MONO}>
                {row.value}
              </Box>
            )}
          </Stack>
          {row.chips !== undefined && <Chips chips={row.chips} more={row.moreChips} />}
          {row.description !== undefined && (
            <Typography variant="caption" component="div" color="text.secondary">
              {row.description.sentence}
            </Typography>
          )}
          {row.children !== undefined && <Nested rows={row.children} />}
        </Box>
      ))}
    </Box>
  );
}

function Row({ row }: { readonly row: ClaimRow }) {
  return (
    <TableRow data-testid={TEST_IDS.claimRow} data-part={row.part} data-claim={row.name}>
      <TableCell
        component="th"
        scope="row"
        sx={{ verticalAlign: 'top', width: '28%', ...MONO, fontWeight: 600 }}
      >
        {row.label}
        {row.duplicate && (
          <Chip size="small" color="warning" variant="outlined" label="repeated" sx={{ ml: 0.5 }} />
        )}
      </TableCell>
      <TableCell sx={{ verticalAlign: 'top' }}>
        {row.value !== undefined && (
          <Box sx={{ ...MONO, maxHeight: '6rem', overflow: 'auto' }}>{row.value}</Box>
        )}
        {row.chips !== undefined && <Chips chips={row.chips} more={row.moreChips} />}
        {row.time !== undefined && <TimeValue time={row.time} />}
        {row.description !== undefined && (
          <Box sx={{ mt: 0.5 }}>
            <Typography
              variant="body2"
              component="span"
              color="text.secondary"
              data-testid={TEST_IDS.claimDescription}
              data-source={row.description.source}
            >
              {row.description.sentence}
            </Typography>{' '}
            <Source description={row.description} />
          </Box>
        )}
        {row.children !== undefined && <Nested rows={row.children} />}
      </TableCell>
    </TableRow>
  );
}

function Group({ title, rows }: { readonly title: string; readonly rows: readonly ClaimRow[] }) {
  // A long list of members is listed a step at a time, on request.
  const { shown, more, showMore } = useSteppedList(rows);
  if (rows.length === 0) return null;
  return (
    <TableBody>
      <TableRow>
        <TableCell component="th" scope="colgroup" colSpan={2} sx={{ py: 0.5, bgcolor: 'action.hover' }}>
          <Typography variant="subtitle2" component="span">
            {title}
          </Typography>
        </TableCell>
      </TableRow>
      {shown.map((row) => (
        <Row key={row.key} row={row} />
      ))}
      {more !== undefined && (
        <TableRow>
          <TableCell colSpan={2}>
            <Button size="small" onClick={showMore}>
              {more}
            </Button>
          </TableCell>
        </TableRow>
      )}
    </TableBody>
  );
}

/** Every member of the header and payload, with what it means and where that is defined (CONTRACT.md `claims-table`). */
export function ClaimsTable() {
  const rows = useAppStoreLater(selectClaimRows);
  const empty = rows.header.length === 0 && rows.payload.length === 0;
  return (
    <Paper
      component="section"
      aria-labelledby="claims-heading"
      variant="outlined"
      sx={{ p: 1.5, minWidth: 0 }}
    >
      <Typography variant="h2" id="claims-heading" sx={{ mb: 1 }}>
        Claims
      </Typography>
      {empty ? (
        <Typography variant="body2" color="text.secondary">
          No header or payload members to explain.
        </Typography>
      ) : (
        <Table
          size="small"
          data-testid={TEST_IDS.claimsTable}
          aria-labelledby="claims-heading"
          sx={{ tableLayout: 'fixed' }}
        >
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: '28%' }}>Name</TableCell>
              <TableCell>Value and meaning</TableCell>
            </TableRow>
          </TableHead>
          <Group title="Header" rows={rows.header} />
          <Group title="Payload" rows={rows.payload} />
        </Table>
      )}
    </Paper>
  );
}
