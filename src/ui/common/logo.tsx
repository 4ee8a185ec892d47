import SvgIcon from '@mui/material/SvgIcon';

/**
 * The app's mark, drawn inline (the same picture as public/favicon.svg): no image request, so it shows in the
 * one-file edition, whose policy allows no image files.
 */
export function Logo() {
  return (
    <SvgIcon viewBox="0 0 64 64" aria-hidden sx={{ width: 28, height: 28 }}>
      <rect width="64" height="64" rx="12" fill="#1e1e2e" />
      <circle cx="16" cy="32" r="7" fill="#e07a68" />
      <circle cx="32" cy="32" r="7" fill="#7eafe5" />
      <circle cx="48" cy="32" r="7" fill="#fbe742" />
    </SvgIcon>
  );
}
