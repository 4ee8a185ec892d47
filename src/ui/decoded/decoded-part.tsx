import { describeUndecodedPart } from '../../core/token/describe';
import Typography from '@mui/material/Typography';
import { toDisplayText, type ShownContent, type ShownNote } from '../../state/selectors/token';
import { CopyButton } from '../common/copy-button';
import { CodeBlock, JsonView } from './json-view';
import { PartCard } from './part-card';
import { PartNotes } from './part-notes';

interface DecodedContentProps {
  readonly content: ShownContent | undefined;
  readonly testId: string;
  readonly label: string;
  /** Why there is no content (the segment did not decode, the token has no such part). */
  readonly missing: string;
}

/** A part's decoded content as text: JSON with colours, plain text, hex bytes, or why there is none. */
export function DecodedContent({ content, testId, label, missing }: DecodedContentProps) {
  if (content === undefined) {
    return (
      <CodeBlock testId={testId} label={label}>
        <Typography component="span" variant="body2" color="text.secondary" sx={{ fontStyle: 'italic' }}>
          {missing}
        </Typography>
      </CodeBlock>
    );
  }
  switch (content.kind) {
    case 'json':
      return <JsonView pretty={content.pretty} testId={testId} label={label} />;
    case 'text':
      return (
        <CodeBlock testId={testId} label={label}>
          {content.text}
        </CodeBlock>
      );
    case 'binary':
      return (
        <CodeBlock testId={testId} label={label}>
          {content.hex}
        </CodeBlock>
      );
    case 'empty':
      return (
        <CodeBlock testId={testId} label={label}>
          {''}
        </CodeBlock>
      );
  }
}

interface DecodedPartCardProps {
  readonly part: 'header' | 'payload';
  readonly title: string;
  readonly subtitle: string;
  readonly content: ShownContent | undefined;
  /** Whether the token has such a segment at all (it may still fail to decode). */
  readonly present: boolean;
  readonly notes: readonly ShownNote[] | undefined;
  readonly testId: string;
  /** What to say when the token has no such segment at all. */
  readonly absent: string;
}

/** The card for a header or payload: its decoded content, a copy button, and the notes about it. */
export function DecodedPartCard({
  part,
  title,
  subtitle,
  content,
  present,
  notes,
  testId,
  absent,
}: DecodedPartCardProps) {
  return (
    <PartCard
      title={title}
      subtitle={subtitle}
      color={`token.${part}`}
      headingId={`${part}-heading`}
      actions={<CopyButton what={part} text={toDisplayText(content)} disabled={content === undefined} />}
    >
      <DecodedContent
        content={content}
        testId={testId}
        label={`Decoded ${part}`}
        missing={present ? describeUndecodedPart(part) : absent}
      />
      <PartNotes notes={notes} />
    </PartCard>
  );
}
