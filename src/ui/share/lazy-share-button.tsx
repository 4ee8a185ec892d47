import ShareIcon from '@mui/icons-material/ShareOutlined';
import { afterFirstPaint } from '../common/lazy';
import { TopBarButton } from '../common/top-bar-button';

const nothing = (): void => undefined;

/**
 * The Share button, loaded after the first paint with what decides whether a token may be shared. Until then a
 * disabled button of the same look stands in (no test id: it is not the button), so the top bar does not move.
 */
export const ShareButton = afterFirstPaint(
  async () => (await import('./share-button')).ShareButton,
  <TopBarButton label="Share" icon={<ShareIcon />} variant="outlined" onClick={nothing} disabled />,
);
