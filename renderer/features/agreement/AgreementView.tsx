import { CONSENSUS_CODER, FIGURE_NAMES, readFigure, type AgreementFigure, type AgreementReport } from '../../../electron/contract';
import { useNavigation } from '../../state/navigation';
import { useWorkspaceState } from '../../state/session-context';
import type { AgreementGap } from '../../state/workspace-state';
import { Icon } from '../../ui/Icon';
import { SegmentedControl } from '../../ui/SegmentedControl';
import { useImports } from '../import/import-actions';
import { useAgreement } from './agreement-actions';
import { nameList } from './agreement-table';
import { AgreementTable } from './AgreementTable';
import { DisagreementsPage } from './DisagreementsPage';
import { FigureCell } from './FigureCell';

/** How far the coders agree, theme by theme, over sentences; and, for a chosen theme, where they do not. */
export function AgreementView() {
  const themeId = useWorkspaceState((s) => s.agreement.themeId);
  const report = useWorkspaceState((s) => s.agreement.report);
  if (themeId !== null && report) return <DisagreementsPage themeId={themeId} report={report} />;
  return <AgreementOverview />;
}

function AgreementOverview() {
  const agreement = useAgreement();
  const state = useWorkspaceState((s) => s.agreement);
  const { report, gap, coders } = state;
  const loading = coders === null;
  return (
    <section className="page agreement-page" aria-label="Agreement" aria-busy={loading}>
      <header className="page-header">
        <div>
          <h1 className="page-title">Agreement</h1>
          <p className="page-subtitle">{subtitle(report, state.all)}</p>
        </div>
      </header>

      {loading ? null : (
        <>
          <ComparedControls />
          {gap ? (
            <AgreementGapState gap={gap} onCompareAll={() => void agreement.compareAll(true)} />
          ) : report ? (
            <>
              <OverallFigures report={report} />
              <section className="card agreement-card" aria-labelledby="agreement-table-title">
                <div className="card-heading">
                  <h2 id="agreement-table-title" className="card-title">
                    Agreement per theme
                  </h2>
                  <p className="card-hint">Choose a theme to see the sentences where the coders differ. Click a heading to sort.</p>
                </div>
                <AgreementTable report={report} />
              </section>
              <Readings report={report} />
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function subtitle(report: AgreementReport | null, all: boolean): string {
  if (!report) return 'How far coders agree, theme by theme, judging each sentence: is the theme on it or not?';
  const sentences = `${report.sentences.toLocaleString()} ${report.sentences === 1 ? 'sentence' : 'sentences'}`;
  const documents = `${report.documents.toLocaleString()} ${report.documents === 1 ? 'document' : 'documents'}`;
  const where = all ? `of ${documents} (every document, coded or not)` : `of the ${documents} ${report.coders.length === 2 ? 'both' : 'all'} marked as coded`;
  return `${nameList(report.coders)}, judging each of the ${sentences} ${where}: is the theme on it or not?`;
}

/** Who is compared, over which documents. */
function ComparedControls() {
  const agreement = useAgreement();
  const coders = useWorkspaceState((s) => s.agreement.coders) ?? [];
  const all = useWorkspaceState((s) => s.agreement.all);
  useWorkspaceState((s) => s.agreement.chosen);
  const compared = new Set(agreement.compared());
  // The consensus is offered too, once settled, to compare a coder with it; it is never compared by default.
  const others = coders;
  return (
    <div className="agreement-controls">
      <fieldset className="agreement-field">
        <legend>Coders compared</legend>
        {others.length === 0 ? (
          <p className="muted">No coder has tagged in this notebook yet.</p>
        ) : (
          <div className="coder-toggles" role="group" aria-label="Coders compared">
            {others.map((coder) => (
              <button
                key={coder.name}
                type="button"
                className={coder.name === CONSENSUS_CODER ? 'coder-toggle consensus' : 'coder-toggle'}
                aria-pressed={compared.has(coder.name)}
                title={
                  coder.name === CONSENSUS_CODER
                    ? 'The answers settled from the disagreements: compare a coder with it'
                    : `${coder.tags.toLocaleString()} tags; ${coder.codedDocuments.toLocaleString()} ${coder.codedDocuments === 1 ? 'document' : 'documents'} marked as coded`
                }
                onClick={() => void agreement.toggleCoder(coder.name)}
              >
                <span className="coder-toggle-check" aria-hidden="true">
                  {compared.has(coder.name) ? <Icon name="check" size={12} /> : null}
                </span>
                <span className="coder-toggle-name">{coder.name}</span>
                <span className="coder-toggle-detail">
                  {coder.name === CONSENSUS_CODER ? `${coder.tags.toLocaleString()} settled tags` : `${coder.codedDocuments.toLocaleString()} coded`}
                </span>
              </button>
            ))}
          </div>
        )}
      </fieldset>
      <fieldset className="agreement-field">
        <legend>Documents</legend>
        <SegmentedControl<'coded' | 'all'>
          name="agreement-documents"
          value={all ? 'all' : 'coded'}
          options={[
            { value: 'coded', label: 'Only those every coder marked as coded' },
            { value: 'all', label: 'All documents' },
          ]}
          onChange={(value) => void agreement.compareAll(value === 'all')}
        />
      </fieldset>
    </div>
  );
}

const FIGURES: AgreementFigure[] = ['percentAgreement', 'cohensKappa', 'krippendorffsAlpha'];

/** The overall figures over every theme at once (pooled), each with its reading. */
function OverallFigures({ report }: { report: AgreementReport }) {
  const context = { coders: report.coders.length, units: report.overall.units };
  const shown = report.coders.length === 2 ? FIGURES : FIGURES.filter((f) => f !== 'cohensKappa');
  return (
    <dl className="figures agreement-figures" aria-label="Overall agreement, pooled over every theme">
      <div className="figure">
        <dt>Sentences</dt>
        <dd>
          <span className="figure-reading large">
            <span className="figure-value">{report.sentences.toLocaleString()}</span>
            <span className="figure-label">
              in {report.documents.toLocaleString()} {report.documents === 1 ? 'document' : 'documents'}, × {report.themes.length} {report.themes.length === 1 ? 'theme' : 'themes'}
            </span>
          </span>
        </dd>
      </div>
      {shown.map((figure) => (
        <div className="figure" key={figure}>
          <dt>{FIGURE_NAMES[figure]}</dt>
          <dd>
            <FigureCell figure={figure} value={report.overall[figure]} context={context} large />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** What each overall figure means, in words: the readings the table's cells show on hover and focus. */
function Readings({ report }: { report: AgreementReport }) {
  const context = { coders: report.coders.length, units: report.overall.units };
  return (
    <section className="agreement-readings" aria-labelledby="agreement-readings-title">
      <h2 id="agreement-readings-title" className="readings-title">
        <Icon name="info" size={14} /> Reading the figures
      </h2>
      <ul>
        {FIGURES.map((figure) => (
          <li key={figure}>
            <strong>{FIGURE_NAMES[figure]}</strong> {readFigure(figure, report.overall[figure], context).text}
          </li>
        ))}
        <li>
          <strong>Units</strong> are sentences: each theme is judged on every compared sentence, present or absent, by each coder. The overall row pools every
          theme’s judgements; the mean averages each theme’s figure where it is defined.
        </li>
      </ul>
    </section>
  );
}

function AgreementGapState({ gap, onCompareAll }: { gap: AgreementGap; onCompareAll: () => void }) {
  const navigation = useNavigation();
  const imports = useImports();
  switch (gap.kind) {
    case 'coders':
      return (
        <div className="empty-state compact agreement-empty">
          <Icon name="agreement" size={22} />
          <h2>Agreement needs a second coder</h2>
          <p>{gap.message}</p>
          <p>
            Merge another coder’s work into this notebook (their notebook or REFI-QDA project, or <code>themata merge OTHER.themata</code>), and have
            each coder mark the documents they finished as coded in the reader. Their agreement shows here, theme by theme.
          </p>
          <button type="button" className="button" onClick={() => void imports.chooseWorkToMerge()}>
            <Icon name="merge" /> Merge another coder’s work…
          </button>
        </div>
      );
    case 'coded':
      return (
        <div className="empty-state compact agreement-empty">
          <Icon name="agreement" size={22} />
          <h2>No document is coded by every coder yet</h2>
          <p>{gap.message}</p>
          <p>Agreement counts only finished work: a document comes in once every compared coder has marked it as coded in the reader.</p>
          <button type="button" className="button" onClick={onCompareAll}>
            Compare all documents
          </button>
        </div>
      );
    case 'themes':
      return (
        <div className="empty-state compact agreement-empty">
          <Icon name="codebook" size={22} />
          <h2>The codebook is empty</h2>
          <p>Agreement is measured theme by theme; add themes and tag sentences with them first.</p>
          <button type="button" className="button" onClick={() => navigation.setView('codebook')}>
            Go to the codebook
          </button>
        </div>
      );
    case 'choose':
    case 'other':
      return (
        <div className="empty-state compact agreement-empty">
          <Icon name="agreement" size={22} />
          <p>{gap.message}</p>
        </div>
      );
  }
}
