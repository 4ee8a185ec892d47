import Typography from '@mui/material/Typography';
import type { SegmentContent } from '../../core/token/decode';
import { CodeBlock, JsonView } from './json-view';

interface DecodedContentProps {
  readonly content: SegmentContent | undefined;
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
