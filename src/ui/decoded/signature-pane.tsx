import { describeSegmentSize } from '../../core/token/describe';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { describePart } from '../../core/token/parts';
import { selectSignatureNotes, selectTrailingSegments } from '../../state/selectors/token';
import { selectShownDecoded } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import { TEST_IDS } from '../test-ids';
import type { ReactNode } from 'react';
import { ClippedCodeBlock } from '../common/code-block';
import { PartCard } from './part-card';
import { PartNotes } from './lazy-part-messages';

/**
 * The signature (or a JWE's encryption parts), with the verification controls the page puts in it. For a JWE,
 * `encryption` shows the segments explained (a lazily loaded part), given the plain list of sizes to show until
 * it is there.
 */
export function SignaturePane({
  children,
  encryption,
}: {
  readonly children?: ReactNode;
  readonly encryption?: (sizes: ReactNode) => ReactNode;
}) {
  const segments = useAppStore(selectTrailingSegments);
  const isJwe = useAppStore((s) => selectShownDecoded(s).kind === 'jwe');
  const notes = useAppStore(selectSignatureNotes);
  if (isJwe) {
    return (
      <PartCard
        title="Encryption"
        subtitle="Key, IV, ciphertext and tag"
        color="token.signature"
        headingId="signature-heading"
      >
        {(encryption ?? ((sizes: ReactNode) => sizes))(
          <Box
            component="dl"
            sx={{
              m: 0,
              display: 'grid',
              gridTemplateColumns: 'max-content 1fr',
              columnGap: 2,
              rowGap: 0.5,
            }}
          >
            {segments.map((s) => (
              <Box key={s.part} sx={{ display: 'contents' }}>
                <Typography component="dt" variant="body2" color="text.secondary">
                  {describePart(s.part)}
                </Typography>
                <Typography component="dd" variant="body2" sx={{ m: 0 }}>
                  {s.text === '' ? 'empty' : describeSegmentSize(s.byteLength)}
                </Typography>
              </Box>
            ))}
          </Box>,
        )}
        <Box sx={{ mt: 1 }}>{children}</Box>
      </PartCard>
    );
  }
  const signature = segments[0];
  const subtitle =
    signature === undefined
      ? 'No signature segment'
      : signature.text === ''
        ? 'Empty'
        : describeSegmentSize(signature.byteLength);
  return (
    <PartCard title="Signature" subtitle={subtitle} color="token.signature" headingId="signature-heading">
      <ClippedCodeBlock
        testId={TEST_IDS.signatureView}
        label="Signature (base64url)"
        maxHeight="7.5rem"
        color="token.signature"
        text={signature?.text ?? ''}
      />
      <PartNotes notes={notes} />
      <Box sx={{ mt: 2 }}>{children}</Box>
    </PartCard>
  );
}
