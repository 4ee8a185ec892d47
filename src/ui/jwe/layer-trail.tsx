import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { Fragment, useRef, type KeyboardEvent } from 'react';
import { selectLayers } from '../../state/selectors/layers';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';
import { onListboxKey } from '../common/listbox-keys';

/**
 * The layers of a nested token (CONTRACT.md `layer`), outermost first, as a trail the user steps through: the
 * chosen layer's header, payload, key and verdict are shown. A listbox: arrows move, a click chooses.
 */
export function LayerTrail() {
  const layers = useAppStore(selectLayers);
  const show = useAppStore((s) => s.showLayer);
  const list = useRef<HTMLDivElement>(null);
  if (layers.length === 0) return null;
  const chooseAt = (index: number): void => {
    const layer = layers[index];
    if (layer !== undefined) show(layer.id);
  };
  const focusAt = (index: number): void => {
    list.current?.querySelectorAll<HTMLElement>('[role="option"]')[index]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number): void =>
    onListboxKey(event, index, layers.length, chooseAt, focusAt);
  return (
    <Box component="nav" aria-labelledby="layers-label">
      <Typography variant="body2" color="text.secondary" id="layers-label" sx={{ mb: 0.5 }}>
        Nested token: {layers.length} layers. Choose one to see its header, payload and key.
      </Typography>
      <Box
        ref={list}
        role="listbox"
        aria-orientation="horizontal"
        aria-labelledby="layers-label"
        sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}
      >
        {layers.map((layer) => (
          <Fragment key={layer.id}>
            {layer.index > 0 && (
              <Typography component="span" aria-hidden="true" color="text.secondary">
                ›
              </Typography>
            )}
            <Box
              role="option"
              aria-selected={layer.selected}
              tabIndex={layer.selected ? 0 : -1}
              data-testid={TEST_IDS.layer}
              data-layer={layer.index}
              data-kind={layer.kind}
              onClick={() => show(layer.id)}
              onKeyDown={(event) => onKeyDown(event, layer.index)}
              sx={{
                px: 1,
                py: 0.25,
                borderRadius: 1,
                border: 1,
                borderColor: layer.selected ? 'primary.main' : 'divider',
                bgcolor: layer.selected ? 'action.selected' : 'transparent',
                cursor: 'pointer',
                '&:hover': { bgcolor: 'action.hover' },
                '&:focus-visible': { outline: 2, outlineStyle: 'solid', outlineColor: 'primary.main' },
              }}
            >
              <Typography variant="body2" component="span" sx={{ fontWeight: layer.selected ? 600 : 400 }}>
                {layer.index}. {layer.label}
              </Typography>
            </Box>
          </Fragment>
        ))}
      </Box>
    </Box>
  );
}
