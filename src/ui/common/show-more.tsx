import Button from '@mui/material/Button';

/** The last item of a list shown a step at a time (`useSteppedList`): its "show more" button, while some are not. */
export function ShowMoreItem({
  more,
  onClick,
}: {
  readonly more: string | undefined;
  readonly onClick: () => void;
}) {
  if (more === undefined) return null;
  return (
    <li>
      <Button size="small" onClick={onClick}>
        {more}
      </Button>
    </li>
  );
}
