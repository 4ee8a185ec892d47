import { describeSealedPayload } from '../../core/token/describe';
import Typography from '@mui/material/Typography';
import { selectContentNotes, selectShownPayload } from '../../state/selectors/token';
import { selectDecoded } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import type { ReactNode } from 'react';
import { TEST_IDS } from '../test-ids';
import { CodeBlock } from './json-view';
import { DecodedPartCard } from './decoded-part';
import { PartCard } from './part-card';

/** The payload: its JSON editor, or a JWE's sealed payload; `tools` (the claim helpers) go under the editor. */
export function PayloadPane({ tools }: { readonly tools?: ReactNode }) {
  const payload = useAppStore(selectShownPayload);
  const present = useAppStore((s) => selectDecoded(s).payload !== undefined);
  const ciphertext = useAppStore((s) => {
    const decoded = selectDecoded(s);
    return decoded.kind === 'jwe' ? decoded.ciphertext : undefined;
  });
  const notes = useAppStore((s) => selectContentNotes(s).payload);
  if (ciphertext !== undefined) {
    const size = ciphertext.bytes?.length;
    return (
      <PartCard title="Payload" subtitle="Encrypted" color="token.payload" headingId="payload-heading">
        <CodeBlock testId={TEST_IDS.payloadJson} label="Encrypted payload">
          <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
            {describeSealedPayload(size)}
          </Typography>
        </CodeBlock>
      </PartCard>
    );
  }
  return (
    <DecodedPartCard
      part="payload"
      title="Payload"
      subtitle="Claims"
      content={payload}
      present={present}
      notes={notes}
      testId={TEST_IDS.payloadJson}
      absent="No payload."
      tools={tools}
    />
  );
}
