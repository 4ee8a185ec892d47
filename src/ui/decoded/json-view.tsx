import { describeInexactNumber } from '../../core/token/describe';
import Box from '@mui/material/Box';
import { memo, type ReactNode } from 'react';
import type { JsonRun, PrettyJson } from '../../core/json/pretty';
import { MONO_FONT } from '../theme';

/** Above this many coloured runs the text is shown uncoloured: colouring would cost more than a frame. */
const MAX_COLOURED_RUNS = 20_000;

const runColor: Record<JsonRun['style'], string> = {
  key: 'code.key',
  string: 'code.string',
  number: 'code.number',
  literal: 'code.literal',
  punctuation: 'code.punctuation',
};

// Right-to-left text inside a string must not reorder the quotes and punctuation around it.
function isolated(run: JsonRun): 'isolate' | 'normal' {
  return run.style === 'string' || run.style === 'key' ? 'isolate' : 'normal';
}

function runTitle(run: JsonRun): string | undefined {
  if (run.duplicate === true) return 'This member name appears more than once in its object';
  if (run.inexact === true) return describeInexactNumber(run.jsText);
  return undefined;
}

function renderRuns(pretty: PrettyJson): ReactNode[] {
  const nodes: ReactNode[] = [];
  let pos = 0;
  pretty.runs.forEach((run, i) => {
    if (run.from > pos) nodes.push(pretty.text.slice(pos, run.from));
    const text = pretty.text.slice(run.from, run.to);
    const flagged = run.duplicate === true || run.inexact === true;
    nodes.push(
      flagged ? (
        <Box
          component="mark"
          key={i}
          title={runTitle(run)}
          data-flag={run.duplicate === true ? 'duplicate' : 'inexact'}
          sx={{
            color: runColor[run.style],
            unicodeBidi: isolated(run),
            bgcolor: run.duplicate === true ? 'token.errorBackground' : 'transparent',
            textDecoration: 'underline wavy',
            textDecorationColor: (t) =>
              run.duplicate === true ? t.vars?.palette.token.error : t.vars?.palette.warning.main,
          }}
        >
          {text}
        </Box>
      ) : (
        <Box component="span" key={i} sx={{ color: runColor[run.style], unicodeBidi: isolated(run) }}>
          {text}
        </Box>
      ),
    );
    pos = run.to;
  });
  if (pos < pretty.text.length) nodes.push(pretty.text.slice(pos));
  return nodes;
}

interface JsonViewProps {
  readonly pretty: PrettyJson;
  readonly testId: string;
  readonly label: string;
}

/** Pretty JSON exactly as the token has it, with syntax colours; text only, never HTML. */
export const JsonView = memo(function JsonView({ pretty, testId, label }: JsonViewProps) {
  const coloured = pretty.runs.length <= MAX_COLOURED_RUNS;
  return (
    <CodeBlock testId={testId} label={label}>
      {coloured ? renderRuns(pretty) : pretty.text}
    </CodeBlock>
  );
});

interface CodeBlockProps {
  readonly testId: string;
  readonly label: string;
  readonly children: ReactNode;
  /** A cap on the height, past which the block scrolls; none by default (the block grows with its text). */
  readonly maxHeight?: string;
}

/** A focusable block of monospace text. */
export function CodeBlock({ testId, label, children, maxHeight }: CodeBlockProps) {
  return (
    <Box
      component="pre"
      data-testid={testId}
      role="group"
      aria-label={label}
      // Focusable so keyboard users can scroll long content.
      tabIndex={0}
      sx={{
        m: 0,
        p: 1.5,
        fontFamily: MONO_FONT,
        fontSize: '0.875rem',
        lineHeight: 1.55,
        whiteSpace: 'pre-wrap',
        overflowWrap: 'anywhere',
        maxHeight,
        overflow: 'auto',
        bgcolor: 'action.hover',
        borderRadius: 1,
        direction: 'ltr',
        '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineStyle: 'solid' },
      }}
    >
      {children}
    </Box>
  );
}
