import Typography from '@mui/material/Typography';
import { selectContentNotes, toDisplayText } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CopyButton } from '../common/copy-button';
import { TEST_IDS } from '../test-ids';
import { CodeBlock } from './json-view';
import { DecodedContent } from './decoded-part';
import { PartCard } from './part-card';
import { PartNotes } from './part-notes';

export function PayloadPane() {
  const payload = useAppStore((s) => s.decoded.payload);
  const ciphertext = useAppStore((s) => s.decoded.jwe?.[2]);
  const notes = useAppStore((s) => selectContentNotes(s).payload);
  if (ciphertext !== undefined) {
    const size = ciphertext.bytes?.length;
    return (
      <PartCard title="Payload" subtitle="Encrypted" color="token.payload" headingId="payload-heading">
        <CodeBlock testId={TEST_IDS.payloadJson} label="Encrypted payload">
          <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
            {`The payload is encrypted${size === undefined ? '' : ` (${size.toLocaleString('en-US')} bytes of ciphertext)`}: it cannot be read without the decryption key.`}
          </Typography>
        </CodeBlock>
      </PartCard>
    );
  }
  const missing = payload === undefined ? 'No payload.' : 'The payload segment could not be decoded.';
  return (
    <PartCard
      title="Payload"
      subtitle="Claims"
      color="token.payload"
      headingId="payload-heading"
      actions={
        <CopyButton
          what="payload"
          text={toDisplayText(payload?.content)}
          disabled={payload?.content === undefined}
        />
      }
    >
      <DecodedContent
        content={payload?.content}
        testId={TEST_IDS.payloadJson}
        label="Decoded payload"
        missing={missing}
      />
      <PartNotes notes={notes} />
    </PartCard>
  );
}
