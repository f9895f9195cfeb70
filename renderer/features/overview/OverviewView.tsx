import { scopePhrase } from '../../state/document-set';
import { useWorkspaceState } from '../../state/session-context';
import { useNavigation } from '../../state/navigation';
import { parentIds, useShownThemes } from '../themes/use-codebook';
import { CooccurrenceMatrix } from './CooccurrenceMatrix';
import { DocumentBars } from './DocumentBars';
import { DetailComparison } from './DetailComparison';
import { useOverview } from './overview-actions';
import { ThemeBars } from './ThemeBars';

function percent(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '0%';
}

/** Counts at a glance; every bar and cell leads back to the sentences behind it. */
export function OverviewView() {
  const navigation = useNavigation();
  const overview = useOverview();
  const stats = useWorkspaceState((s) => s.stats);
  const documents = useWorkspaceState((s) => s.documents);
  const themes = useShownThemes();
  const readOnly = useWorkspaceState((s) => s.notebook?.readOnly === true);
  const where = useWorkspaceState(scopePhrase);
  if (!stats) return <section className="page overview-page" aria-label="Overview" aria-busy="true" />;
  const empty = stats.tagCount === 0;
  const hasDetails = documents.some((d) => d.outlet !== null || d.attributes.length > 0);
  return (
    <section className="page overview-page" aria-label="Overview">
      <header className="page-header">
        <div>
          <h1 className="page-title">Overview</h1>
          <p className="page-subtitle">
            Counts in <strong data-testid="overview-scope">{where}</strong>. Click a bar or a cell to read the sentences behind it.
          </p>
        </div>
      </header>

      <dl className="figures">
        <div className="figure">
          <dt>Sentences</dt>
          <dd>{stats.sentenceCount.toLocaleString()}</dd>
        </div>
        <div className="figure">
          <dt>Tagged</dt>
          <dd>
            {stats.taggedSentenceCount.toLocaleString()} <span className="figure-note">{percent(stats.taggedSentenceCount, stats.sentenceCount)}</span>
          </dd>
        </div>
        <div className="figure">
          <dt>Tags</dt>
          <dd>{stats.tagCount.toLocaleString()}</dd>
        </div>
        <div className="figure">
          <dt>Notes</dt>
          <dd>{stats.noteCount.toLocaleString()}</dd>
        </div>
      </dl>

      {empty ? (
        <div className="empty-state compact">
          <p>
            {readOnly
              ? 'Nothing in this notebook is tagged, and it is read-only, so no tags can be added.'
              : 'Nothing is tagged yet. Tag sentences in the reader and their counts appear here.'}
          </p>
          <button type="button" className="button" onClick={() => navigation.setView('reader')}>
            Go to the reader
          </button>
        </div>
      ) : (
        <div className="chart-grid-layout">
          <section className="card" aria-labelledby="chart-themes">
            <h2 id="chart-themes" className="card-title">
              Sentences per theme
            </h2>
            <ThemeBars themes={themes} stats={stats} onPick={(ids) => void overview.readSentences(ids, 'any')} />
            {parentIds(themes).size > 0 ? (
              <p className="chart-note">A theme with sub-themes counts its sentences and theirs, each sentence once (“in all”).</p>
            ) : null}
          </section>
          <section className="card" aria-labelledby="chart-documents">
            <h2 id="chart-documents" className="card-title">
              Tags per document
            </h2>
            <DocumentBars themes={themes} stats={stats} onPick={(id, documentId) => void overview.readSentences([id], 'any', documentId)} />
          </section>
          <section className="card wide" aria-labelledby="chart-cooccurrence">
            <h2 id="chart-cooccurrence" className="card-title">
              Themes that occur together
            </h2>
            <CooccurrenceMatrix themes={themes} stats={stats} onPick={(ids) => void overview.readSentences(ids, ids.length > 1 ? 'all' : 'any')} />
          </section>
          {hasDetails ? (
            <section className="card wide" aria-labelledby="chart-details">
              <h2 id="chart-details" className="card-title">
                Tagged sentences per theme, by the documents’ details
              </h2>
              <DetailComparison
                themes={themes}
                stats={stats}
                documents={documents}
                onPick={(filter, themeId) => void overview.readGroup(filter, themeId)}
              />
            </section>
          ) : null}
        </div>
      )}
    </section>
  );
}
