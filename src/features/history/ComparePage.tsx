import { useMemo } from 'react';
import { Link } from '../../components/Link';
import { BAND_WORDS } from '../../knowledge/band-words';
import { createCitations } from '../../knowledge/citations';
import { DISCLAIMER } from '../../knowledge/prevention';
import { paths } from '../../lib/paths';
import { CautionList } from '../results/Cautions';
import { SourcesSection } from '../results/FollowUpSections';
import { buildResultsModel } from '../results/results-model';
import type { CautionView } from '../results/results-model';
import { changedAnswers, describeScoreChange, factorMoves } from './compare';
import { everyCaution } from './layout';
import type { Snapshot } from './schema';
import { byNewest } from './schema';
import { useHistoryEntries } from './store';
import { formatSavedAt, TRIAGE_LEVEL_WORDS } from './words';
import { HistoryLoadNotice } from './HistoryLoadNotice';
import './history.css';

function MissingResults() {
  return (
    <div className="history">
      <h1 tabIndex={-1}>Compare two results</h1>
      <p>
        These results cannot be compared: one or both are not saved on this device (they may have
        been deleted), or the same result was chosen twice. Choose two results on your history page.
      </p>
      <HistoryLoadNotice />
      <p>
        <Link to={paths.history.list}>Back to your saved results</Link>
      </p>
    </div>
  );
}

function CautionsOfOne({
  id,
  when,
  cautions,
}: {
  id: string;
  when: string;
  cautions: readonly CautionView[];
}) {
  return (
    <>
      <h3 id={id}>{when}</h3>
      {cautions.length === 0 ? (
        <p>None from these answers.</p>
      ) : (
        <CautionList cautions={cautions} labelledBy={id} />
      )}
    </>
  );
}

function Comparison({ earlier, later }: { earlier: Snapshot; later: Snapshot }) {
  const cautions = useMemo(() => {
    const before = everyCaution(buildResultsModel(earlier.answers, earlier.assessment));
    const after = everyCaution(buildResultsModel(later.answers, later.assessment));
    // The [S..] links of the cautions lead to this page's list of sources.
    const { cite, list } = createCitations();
    for (const caution of [...before, ...after]) cite(caution.sourceIds);
    return { before, after, sources: list() };
  }, [earlier, later]);
  const answers = changedAnswers(earlier.answers, later.answers);
  const factors = factorMoves(earlier.assessment, later.assessment);
  const earlierDate = formatSavedAt(earlier.createdAt);
  const laterDate = formatSavedAt(later.createdAt);
  const levelBefore = TRIAGE_LEVEL_WORDS[earlier.assessment.triage.level];
  const levelAfter = TRIAGE_LEVEL_WORDS[later.assessment.triage.level];
  return (
    <div className="history history-compare">
      <h1 tabIndex={-1}>Compare two results</h1>
      <p>
        Your result from <strong>{earlierDate}</strong> (earlier) next to your result from{' '}
        <strong>{laterDate}</strong> (later).
      </p>
      <HistoryLoadNotice />
      {earlier.scoringVersion !== later.scoringVersion ? (
        <p className="history-hint">
          These two results were scored with different versions of LegCheck’s rules, so part of any
          change may come from the rules rather than from your answers.
        </p>
      ) : null}

      <section aria-labelledby="compare-advice">
        <h2 id="compare-advice">Advice</h2>
        <p>
          {levelBefore === levelAfter
            ? `The same both times: ${levelAfter}.`
            : `Changed from “${levelBefore}” to “${levelAfter}”.`}
        </p>
      </section>

      <section aria-labelledby="compare-cautions">
        <h2 id="compare-cautions">Cautions from the answers</h2>
        <p className="history-hint">
          What to take care over before changing what you eat or take, as each result said.
        </p>
        <CautionsOfOne
          id="compare-cautions-earlier"
          when={`Earlier (${earlierDate})`}
          cautions={cautions.before}
        />
        <CautionsOfOne
          id="compare-cautions-later"
          when={`Later (${laterDate})`}
          cautions={cautions.after}
        />
      </section>

      <section aria-labelledby="compare-answers">
        <h2 id="compare-answers">Answers that changed</h2>
        {answers.length === 0 ? (
          <p>You gave the same answers both times.</p>
        ) : (
          <div className="history-table-wrap">
            <table>
              <caption className="visually-hidden">
                Answers that changed between the two results
              </caption>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col">Earlier</th>
                  <th scope="col">Later</th>
                </tr>
              </thead>
              <tbody>
                {answers.map((change) => (
                  <tr key={change.question}>
                    <th scope="row">{change.question}</th>
                    <td>{change.before}</td>
                    <td>{change.after}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="compare-factors">
        <h2 id="compare-factors">How each factor’s score moved</h2>
        <p className="history-hint">Scores run from 0 to 100; higher means more worth checking.</p>
        <div className="history-table-wrap">
          <table>
            <caption className="visually-hidden">
              Each factor’s score in the earlier and the later result
            </caption>
            <thead>
              <tr>
                <th scope="col">Factor</th>
                <th scope="col">Earlier</th>
                <th scope="col">Later</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {factors.map((factor) => (
                <tr key={factor.nutrient}>
                  <th scope="row">{factor.name}</th>
                  <td>
                    {factor.before
                      ? `${factor.before.score} (${BAND_WORDS[factor.before.band].inline})`
                      : 'Not scored'}
                  </td>
                  <td>
                    {factor.after
                      ? `${factor.after.score} (${BAND_WORDS[factor.after.band].inline})`
                      : 'Not scored'}
                  </td>
                  <td>{describeScoreChange(factor.change)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      {cautions.sources.length > 0 ? (
        <SourcesSection disclaimer={DISCLAIMER} sources={cautions.sources} />
      ) : null}

      <p className="history-buttons">
        <Link to={paths.history.result(earlier.id)}>Open the earlier result</Link>
        <Link to={paths.history.result(later.id)}>Open the later result</Link>
        <Link to={paths.history.list}>Back to your saved results</Link>
      </p>
    </div>
  );
}

/** /history/compare?a=&b=: two saved results side by side, earlier first. */
export function ComparePage({ a, b }: { a: string | null; b: string | null }) {
  const entries = useHistoryEntries();
  const first = entries.find((entry) => entry.id === a);
  const second = entries.find((entry) => entry.id === b);
  if (!first || !second || first.id === second.id) return <MissingResults />;
  const [later, earlier] = [first, second].sort(byNewest);
  if (!later || !earlier) return <MissingResults />;
  return <Comparison earlier={earlier} later={later} />;
}
