import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useId, useState } from 'react';
import { ALGORITHM_CHOICES } from '../../state/selectors/edit';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';

/** A fresh example token, with a key pair made on the spot, for any algorithm. */
export function ExamplesMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const loadExample = useAppStore((s) => s.loadExample);
  const menuId = useId();
  const open = anchor !== null;
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        data-testid={TEST_IDS.examplesButton}
        onClick={(e) => setAnchor(e.currentTarget)}
      >
        Examples
      </Button>
      <Menu
        id={menuId}
        anchorEl={anchor}
        open={open}
        onClose={() => setAnchor(null)}
        slotProps={{ paper: { sx: { maxHeight: 360 } } }}
      >
        {ALGORITHM_CHOICES.map((alg) => (
          <MenuItem
            key={alg}
            dense
            onClick={() => {
              setAnchor(null);
              loadExample(alg);
            }}
          >
            {alg}
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
