import Link from '@mui/material/Link';
import type { ReactNode } from 'react';
import type { FindingId } from '../../core/lint/finding';

/**
 * A link to a finding (CONTRACT.md `finding`), the one place a risk is explained: it scrolls the finding into
 * view and moves focus to it, without touching the address (the fragment carries tokens).
 */
export function FindingLink({ id, children }: { readonly id: FindingId; readonly children: ReactNode }) {
  const show = () => {
    const target =
      document.querySelector<HTMLElement>(`[data-finding="${id}"]`) ??
      document.getElementById('findings-heading');
    if (target === null) return;
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  };
  return (
    <Link component="button" type="button" variant="body2" onClick={show} sx={{ verticalAlign: 'baseline' }}>
      {children}
    </Link>
  );
}
