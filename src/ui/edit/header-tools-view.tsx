import Stack from '@mui/material/Stack';
import { selectDecoded } from '../../state/selectors/document';
import { useAppStoreLater } from '../common/use-app-store-later';
import { AlgSelect } from './alg-select';
import { KeepWhitespaceSwitch } from './keep-whitespace-switch';

/** Under the header: the alg picker and the whitespace switch; none for a JWE, which is not signed here. */
export function HeaderTools() {
  const encrypted = useAppStoreLater((s) => selectDecoded(s).kind === 'jwe');
  if (encrypted) return null;
  return (
    <Stack direction="row" sx={{ gap: 2, flexWrap: 'wrap', alignItems: 'center', mt: 1.5 }}>
      <AlgSelect />
      <KeepWhitespaceSwitch />
    </Stack>
  );
}
