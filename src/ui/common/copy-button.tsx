import CheckIcon from '@mui/icons-material/Check';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import IconButton from '@mui/material/IconButton';
import { useEffect, useState } from 'react';

interface CopyButtonProps {
  /** What is copied, for the accessible name: "Copy token". */
  readonly what: string;
  /**
   * The text, or what makes it when it is copied (a hex dump of a megabyte, made only on a click; the token once
   * its decode on the way has arrived).
   */
  readonly text: string | (() => string | Promise<string>);
  readonly disabled?: boolean;
}

export function CopyButton({ what, text, disabled = false }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return undefined;
    const timer = window.setTimeout(() => setState('idle'), 1500);
    return () => window.clearTimeout(timer);
  }, [state]);
  const copy = (): void => {
    Promise.resolve(typeof text === 'string' ? text : text())
      .then((copied) => navigator.clipboard.writeText(copied))
      .then(
        () => setState('copied'),
        () => setState('failed'),
      );
  };
  const title = state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : `Copy ${what}`;
  return (
    // A native title for the hint (no tooltip library on the first load); the name stays aria-label.
    <span title={title}>
      <IconButton size="small" aria-label={`Copy ${what}`} onClick={copy} disabled={disabled}>
        {state === 'copied' ? (
          <CheckIcon fontSize="small" color="success" />
        ) : (
          <ContentCopyIcon fontSize="small" />
        )}
      </IconButton>
    </span>
  );
}
