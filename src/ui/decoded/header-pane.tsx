import { selectContentNotes, selectShownHeader } from '../../state/selectors/token';
import { selectEditable, selectShownDecoded } from '../../state/selectors/document';
import { useAppStore } from '../../state/store';
import type { ReactNode } from 'react';
import { TEST_IDS } from '../test-ids';
import { DecodedPartCard } from './decoded-part';

/** The header of the layer shown: its JSON editor (read-only for a JWE or an inner layer); `tools` go under it. */
export function HeaderPane({ tools }: { readonly tools?: ReactNode }) {
  const header = useAppStore(selectShownHeader);
  const present = useAppStore((s) => selectShownDecoded(s).header !== undefined);
  const isJwe = useAppStore((s) => selectShownDecoded(s).kind === 'jwe');
  const editable = useAppStore(selectEditable);
  const notes = useAppStore((s) => selectContentNotes(s).header);
  return (
    <DecodedPartCard
      part="header"
      title={isJwe ? 'Protected header' : 'Header'}
      subtitle={isJwe ? 'Key management and content encryption' : 'Algorithm and token type'}
      content={header}
      present={present}
      notes={notes}
      testId={TEST_IDS.headerJson}
      absent="No token yet."
      tools={editable ? tools : undefined}
      readOnly={!editable}
    />
  );
}
