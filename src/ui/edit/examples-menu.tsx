import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown';
import Button from '@mui/material/Button';
import { Suspense, useId, useState } from 'react';
import { lazyPart } from '../common/lazy';
import { TEST_IDS } from '../test-ids';

const ExamplesList = lazyPart(async () => (await import('./examples-list')).ExamplesList);

/** A fresh example token, with a key pair made on the spot, for any algorithm (the menu loads on first open). */
export function ExamplesMenu() {
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const [used, setUsed] = useState(false);
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
        onClick={(e) => {
          setUsed(true);
          setAnchor(e.currentTarget);
        }}
      >
        Examples
      </Button>
      {used && (
        <Suspense fallback={null}>
          <ExamplesList id={menuId} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      )}
    </>
  );
}
