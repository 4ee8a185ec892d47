import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { ALGORITHM_CHOICES } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';

interface ExamplesListProps {
  readonly id: string;
  readonly anchor: HTMLElement | null;
  readonly onClose: () => void;
}

/** The examples menu's list: one algorithm per item. */
export function ExamplesList({ id, anchor, onClose }: ExamplesListProps) {
  const loadExample = useAppStore((s) => s.loadExample);
  return (
    <Menu
      id={id}
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { maxHeight: 360 } } }}
    >
      {ALGORITHM_CHOICES.map((alg) => (
        <MenuItem
          key={alg}
          dense
          onClick={() => {
            onClose();
            loadExample(alg);
          }}
        >
          {alg}
        </MenuItem>
      ))}
    </Menu>
  );
}
