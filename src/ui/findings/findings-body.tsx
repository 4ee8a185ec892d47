import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import type { Severity } from '../../core/lint/finding';
import {
  selectFindingViews,
  selectIssuerKeys,
  selectKnownSecretSearch,
  selectNoFindingsText,
  selectX5c,
} from '../../state/selectors/findings';
import { useAppStoreLater } from '../common/use-app-store-later';
import { TEST_IDS } from '../test-ids';

const ALERT: Record<Severity, 'error' | 'warning' | 'info'> = {
  high: 'error',
  medium: 'warning',
  low: 'info',
  info: 'info',
};

const LABEL: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

function FindingList() {
  const findings = useAppStoreLater(selectFindingViews);
  const none = useAppStoreLater(selectNoFindingsText);
  if (findings.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {none}
      </Typography>
    );
  }
  return (
    <Stack component="ul" spacing={0.75} sx={{ listStyle: 'none', m: 0, p: 0 }}>
      {findings.map((f) => (
        <Alert
          key={f.key}
          component="li"
          role="listitem"
          severity={ALERT[f.severity]}
          variant="outlined"
          data-testid={TEST_IDS.finding}
          data-finding={f.id}
          data-severity={f.severity}
          sx={{ py: 0, px: 1, '& .MuiAlert-message': { minWidth: 0, overflowWrap: 'anywhere' } }}
        >
          <Typography variant="body2">
            <strong>{LABEL[f.severity]}:</strong> {f.text}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {f.id} · {f.reference}{' '}
            <a href={f.referenceUrl} target="_blank" rel="noreferrer">
              (open)
            </a>
          </Typography>
        </Alert>
      ))}
    </Stack>
  );
}

function SearchProgress() {
  const search = useAppStoreLater(selectKnownSecretSearch);
  if (search === undefined) return null;
  const running = search.state.status === 'loading' || search.state.status === 'searching';
  return (
    <div data-testid={TEST_IDS.knownSecretSearch} data-status={search.state.status} role="status">
      <Typography variant="caption" color="text.secondary">
        {search.text}
      </Typography>
      {running && (
        <LinearProgress
          aria-label="Known-secret search"
          variant={search.total === undefined ? 'indeterminate' : 'determinate'}
          value={
            search.total === undefined || search.total === 0 ? 0 : (100 * (search.tried ?? 0)) / search.total
          }
        />
      )}
    </div>
  );
}

function X5cChain() {
  const chain = useAppStoreLater(selectX5c);
  const verifyWithLeaf = useAppStoreLater((s) => s.verifyWithX5cLeaf);
  if (chain === undefined) return null;
  return (
    <section aria-labelledby="x5c-heading" data-testid={TEST_IDS.x5cChain}>
      <Typography variant="subtitle2" component="h3" id="x5c-heading">
        Certificates in the header (x5c)
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {chain.warning} {chain.linking}
      </Typography>
      <Stack component="ol" spacing={0.5} sx={{ m: 0, pl: 2.5 }}>
        {chain.entries.map((entry) => (
          <li key={entry.index} data-testid={TEST_IDS.x5cCertificate}>
            <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
              <strong>{entry.label}</strong>
              {entry.problem !== undefined ? (
                <div>{entry.problem}</div>
              ) : (
                <dl style={{ margin: 0 }}>
                  <Row term="Subject" value={entry.subject} />
                  <Row term="Issuer" value={entry.issuer} />
                  <Row term="Valid" value={entry.validity} />
                  <Row term="Key" value={entry.key} />
                </dl>
              )}
            </Typography>
          </li>
        ))}
      </Stack>
      {chain.leafFits && (
        <Button
          size="small"
          variant="outlined"
          sx={{ mt: 1 }}
          onClick={verifyWithLeaf}
          data-testid={TEST_IDS.x5cUseLeaf}
        >
          Use the leaf certificate&apos;s key to verify
        </Button>
      )}
    </section>
  );
}

function Row({ term, value }: { term: string; value: string | undefined }) {
  if (value === undefined) return null;
  return (
    <div style={{ display: 'flex', gap: '0.5em' }}>
      <dt style={{ fontWeight: 600, flexShrink: 0 }}>{term}</dt>
      <dd style={{ margin: 0 }}>{value}</dd>
    </div>
  );
}

function IssuerKeys() {
  const keys = useAppStoreLater(selectIssuerKeys);
  if (keys === null) return null;
  return (
    <section aria-labelledby="issuer-keys-heading" data-testid={TEST_IDS.issuerKeys}>
      <Typography variant="subtitle2" component="h3" id="issuer-keys-heading">
        Where the keys live ({keys.issuer})
      </Typography>
      <Typography variant="body2" component="div" sx={{ overflowWrap: 'anywhere' }}>
        <dl style={{ margin: 0 }}>
          <Row term="JWKS" value={keys.jwks} />
          <Row term="Discovery" value={keys.discovery} />
        </dl>
      </Typography>
      <Typography variant="caption" color="text.secondary">
        Addresses as text: this page never fetches them. Copy the key set from there into the key input.
      </Typography>
    </section>
  );
}

/** The findings card's content: the findings, the known-secret search, x5c certificates and issuer keys. */
export function FindingsBody() {
  return (
    <Stack spacing={1}>
      <FindingList />
      <SearchProgress />
      <X5cChain />
      <IssuerKeys />
    </Stack>
  );
}
