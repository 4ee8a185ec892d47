import { describeSealedPayload } from '../../core/token/describe';
import Typography from '@mui/material/Typography';
import { selectContentNotes, selectShownPayload } from '../../state/selectors/token';
import { selectEditable, selectShownDecoded } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import type { ReactNode } from 'react';
import { TEST_IDS } from '../test-ids';
import { CodeBlock } from '../common/code-block';
import { DecodedPartCard } from './decoded-part';
import { PartCard } from './part-card';

/**
 * The payload of the layer shown: its JSON editor; a JWE's plaintext once decrypted (read-only), or its sealed
 * payload until then. `tools` (the claim helpers) go under the editor of a token that can be edited.
 */
export function PayloadPane({ tools }: { readonly tools?: ReactNode }) {
  const payload = useAppStore(selectShownPayload);
  const present = useAppStore((s) => selectShownDecoded(s).payload !== undefined);
  const editable = useAppStore(selectEditable);
  const sealed = useAppStore((s) => {
    const decoded = selectShownDecoded(s);
    return decoded.kind === 'jwe' && decoded.payload === undefined ? decoded.ciphertext : undefined;
  });
  const decrypted = useAppStore((s) => selectShownDecoded(s).kind === 'jwe');
  const notes = useAppStore((s) => selectContentNotes(s).payload);
  if (sealed !== undefined) {
    const size = sealed.bytes?.length;
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
      subtitle={decrypted ? 'Decrypted plaintext' : 'Claims'}
      content={payload}
      present={present}
      notes={notes}
      testId={TEST_IDS.payloadJson}
      absent="No payload."
      tools={editable ? tools : undefined}
      readOnly={!editable}
    />
  );
}
