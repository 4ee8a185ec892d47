import { selectContentNotes, selectShownHeader } from '../../state/selectors/token';
import { selectDecoded } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import type { ReactNode } from 'react';
import { TEST_IDS } from '../test-ids';
import { DecodedPartCard } from './decoded-part';

/** The header: its JSON editor; `tools` (the alg picker) go under it. */
export function HeaderPane({ tools }: { readonly tools?: ReactNode }) {
  const header = useAppStore(selectShownHeader);
  const present = useAppStore((s) => selectDecoded(s).header !== undefined);
  const isJwe = useAppStore((s) => selectDecoded(s).kind === 'jwe');
  const notes = useAppStore((s) => selectContentNotes(s).header);
  return (
    <DecodedPartCard
      part="header"
      title={isJwe ? 'Protected header' : 'Header'}
      subtitle="Algorithm and token type"
      content={header}
      present={present}
      notes={notes}
      testId={TEST_IDS.headerJson}
      absent="No token yet."
      tools={tools}
    />
  );
}
