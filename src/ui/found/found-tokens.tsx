import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useRef, type KeyboardEvent } from 'react';
import { selectFoundTokens } from '../../state/selectors/token';
import { useAppStoreLater } from '../common/use-app-store-later';
import { TEST_IDS } from '../test-ids';
import { MONO_FONT } from '../theme';
import { onListboxKey } from '../common/listbox-keys';

/**
 * The tokens found in pasted text that is not one token (CONTRACT.md `found-token`): one option per token, in
 * text order, with its kind and where it was found; the selected one is decoded. A listbox: arrows move the
 * selection, a click chooses.
 */
export function FoundTokens() {
  const found = useAppStoreLater(selectFoundTokens);
  const choose = useAppStoreLater((s) => s.chooseFoundToken);
  const list = useRef<HTMLDivElement>(null);
  if (found === undefined) return null;
  const count = found.tokens.length;
  const focusOption = (index: number): void => {
    list.current?.querySelectorAll<HTMLElement>('[role="option"]')[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number): void =>
    onListboxKey(event, index, count, choose, focusOption);
  return (
    <Box>
      <Typography variant="body2" color="text.secondary" id="found-tokens-label" sx={{ mb: 0.5 }}>
        {found.summary}
      </Typography>
      <Box
        ref={list}
        role="listbox"
        aria-labelledby="found-tokens-label"
        sx={{ display: 'flex', flexDirection: 'column', gap: 0.5 }}
      >
        {found.tokens.map((t) => (
          <Box
            key={t.index}
            role="option"
            aria-selected={t.selected}
            tabIndex={t.selected ? 0 : -1}
            data-testid={TEST_IDS.foundToken}
            data-kind={t.kind}
            onClick={() => choose(t.index)}
            onKeyDown={(event) => onKeyDown(event, t.index)}
            sx={{
              px: 1,
              py: 0.5,
              borderRadius: 1,
              border: 1,
              borderColor: t.selected ? 'primary.main' : 'divider',
              bgcolor: t.selected ? 'action.selected' : 'transparent',
              cursor: 'pointer',
              minWidth: 0,
              '&:hover': { bgcolor: 'action.hover' },
              '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main' },
            }}
          >
            <Typography variant="body2" component="div" sx={{ fontWeight: t.selected ? 600 : 400 }}>
              {t.index + 1}. {t.kindWords} · {t.whereWords}
            </Typography>
            <Typography
              variant="caption"
              component="div"
              color="text.secondary"
              sx={{ fontFamily: MONO_FONT, overflowWrap: 'anywhere' }}
            >
              {t.preview}
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
