import { selectContentNotes, toDisplayText } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import { CopyButton } from '../common/copy-button';
import { TEST_IDS } from '../test-ids';
import { DecodedContent } from './decoded-part';
import { PartCard } from './part-card';
import { PartNotes } from './part-notes';

export function HeaderPane() {
  const header = useAppStore((s) => s.decoded.header);
  const isJwe = useAppStore((s) => s.decoded.kind === 'jwe');
  const notes = useAppStore((s) => selectContentNotes(s).header);
  const missing = header === undefined ? 'No token yet.' : 'The header segment could not be decoded.';
  return (
    <PartCard
      title={isJwe ? 'Protected header' : 'Header'}
      subtitle="Algorithm and token type"
      color="token.header"
      headingId="header-heading"
      actions={
        <CopyButton
          what="header"
          text={toDisplayText(header?.content)}
          disabled={header?.content === undefined}
        />
      }
    >
      <DecodedContent
        content={header?.content}
        testId={TEST_IDS.headerJson}
        label="Decoded header"
        missing={missing}
      />
      <PartNotes notes={notes} />
    </PartCard>
  );
}
