import { useId, useMemo, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { ConfirmButton } from '../../components/ConfirmButton';
import { Link } from '../../components/Link';
import { navigate } from '../../lib/router';
import { paths } from '../../lib/paths';
import { DownloadAllResultsButton } from './DownloadResultButton';
import { ImportHistory } from './ImportHistory';
import { HistoryLoadNotice } from './HistoryLoadNotice';
import { StorageProblemNotice, UndoBar } from './notices';
import type { Snapshot } from './schema';
import { useHistoryActions, useHistoryEntries } from './store';
import { buildTrend } from './trend';
import { TrendChart } from './TrendChart';
import {
  countResults,
  formatSavedAt,
  leadingFactors,
  scoredWithOlderRules,
  TRIAGE_LEVEL_WORDS,
} from './words';
import './history.css';

function HistoryItem({
  entry,
  chosen,
  onChoose,
  onDelete,
  canCompare,
}: {
  entry: Snapshot;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  onDelete: () => void;
  canCompare: boolean;
}) {
  const savedAt = formatSavedAt(entry.createdAt);
  const factors = leadingFactors(entry);
  const checkboxId = useId();
  return (
    <li className="history-item">
      <h3 className="history-item__title">
        <Link to={paths.history.result(entry.id)}>{`Result from ${savedAt}`}</Link>
      </h3>
      <p>
        Advice: <strong>{TRIAGE_LEVEL_WORDS[entry.assessment.triage.level]}</strong>
      </p>
      <p>
        {factors.length > 0
          ? `Leading factors: ${factors.join(', ')}`
          : 'No nutrient factor stood out.'}
      </p>
      {entry.note ? <p className="history-item__note">Your note: {entry.note}</p> : null}
      {scoredWithOlderRules(entry) ? (
        <p className="history-hint">Scored with earlier rules.</p>
      ) : null}
      <div className="history-buttons history-item__actions">
        {canCompare ? (
          <span className="history-item__choose">
            <input
              id={checkboxId}
              type="checkbox"
              checked={chosen}
              onChange={(event) => onChoose(event.currentTarget.checked)}
              // The visible label says "Compare"; the name also says which result.
              aria-label={`Compare the result from ${savedAt}`}
            />
            <label htmlFor={checkboxId}>Compare</label>
          </span>
        ) : null}
        <Link to={paths.history.print(entry.id)} aria-label={`Print the result from ${savedAt}`}>
          Print
        </Link>
        <button
          className="button button--secondary"
          type="button"
          onClick={onDelete}
          aria-label={`Delete the result from ${savedAt}`}
        >
          Delete
        </button>
      </div>
    </li>
  );
}

function ClearAll({ count, onCleared }: { count: number; onCleared: () => void }) {
  return (
    <ConfirmButton
      label="Delete all saved results…"
      question={`Delete all ${countResults(count)} from this device?`}
      questionLevel={3}
      confirmLabel="Yes, delete all"
      onConfirm={onCleared}
    >
      <p>Download them first if you may want them later.</p>
    </ConfirmButton>
  );
}

/** How each factor's score moved across the saved results, once there are two or more. */
function Trend({ entries }: { entries: readonly Snapshot[] }) {
  const headingId = useId();
  const trend = useMemo(() => buildTrend(entries), [entries]);
  return (
    <section aria-labelledby={headingId} className="history-trend">
      <h2 id={headingId}>How your scores changed</h2>
      {entries.length < 2 ? (
        <p>
          A chart of how each factor’s score changes over time appears here after your next result.
        </p>
      ) : (
        <TrendChart trend={trend} />
      )}
    </section>
  );
}

/** /history: every saved result, newest first, with compare, export, import and delete. */
export function HistoryPage() {
  const entries = useHistoryEntries();
  const { resultDeleted, historyCleared, undoOffered } = useHistoryActions();
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [compareError, setCompareError] = useState('');
  // Where Undo puts focus: the heading of the list it brought the results back to.
  const listHeading = useRef<HTMLHeadingElement>(null);
  const ids = useId();
  const compareErrorId = `${ids}-compare-error`;
  const present = chosen.filter((id) => entries.some((entry) => entry.id === id));

  function choose(id: string, on: boolean) {
    setCompareError('');
    setChosen((current) => (on ? [...current, id] : current.filter((other) => other !== id)));
  }

  function compare(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const [a, b] = present;
    if (present.length !== 2 || !a || !b) {
      setCompareError(`Tick “Compare” on exactly two results (ticked now: ${present.length}).`);
      return;
    }
    navigate(paths.history.compare(a, b));
  }

  function remove(entry: Snapshot) {
    const deleted = resultDeleted(entry.id);
    if (deleted) {
      undoOffered(`Deleted the result from ${formatSavedAt(entry.createdAt)}.`, [deleted], true);
    }
  }

  function clearAll() {
    const removed = historyCleared();
    undoOffered(`Deleted all ${countResults(removed.length)}.`, removed, true);
  }

  return (
    <div className="history">
      <h1 tabIndex={-1}>Your saved results</h1>
      <p>
        Results are saved in this browser on this device only. Nobody else can see them, and they
        are not backed up anywhere: download them to keep a copy or to move them to another device.
      </p>
      <HistoryLoadNotice />
      <StorageProblemNotice />
      <UndoBar returnFocusTo={listHeading} />

      {entries.length > 0 ? <Trend entries={entries} /> : null}

      {entries.length === 0 ? (
        <section aria-labelledby={`${ids}-empty`} className="history-empty">
          <h2 id={`${ids}-empty`}>No saved results yet</h2>
          <p>
            When you finish the questionnaire, your result is saved here so you can come back to it,
            compare it with later ones or print it for a doctor.
          </p>
          <p>
            <Link to={paths.step('about')}>Start the questionnaire</Link>
          </p>
        </section>
      ) : (
        <section aria-labelledby={`${ids}-list`}>
          <h2 id={`${ids}-list`} ref={listHeading} tabIndex={-1}>
            {countResults(entries.length)}, newest first
          </h2>
          <form onSubmit={compare} noValidate>
            <ol className="history-list" aria-labelledby={`${ids}-list`}>
              {entries.map((entry) => (
                <HistoryItem
                  key={entry.id}
                  entry={entry}
                  canCompare={entries.length > 1}
                  chosen={present.includes(entry.id)}
                  onChoose={(on) => choose(entry.id, on)}
                  onDelete={() => remove(entry)}
                />
              ))}
            </ol>
            {entries.length > 1 ? (
              <div className="history-compare-submit">
                <button
                  className="button button--secondary"
                  type="submit"
                  aria-describedby={compareError ? compareErrorId : undefined}
                >
                  Compare the two ticked results
                </button>
                <div role="alert">
                  {compareError ? (
                    <p id={compareErrorId} className="error-message">
                      {compareError}
                    </p>
                  ) : null}
                </div>
              </div>
            ) : null}
          </form>
        </section>
      )}

      <section aria-labelledby={`${ids}-files`}>
        <h2 id={`${ids}-files`}>Keep a copy, or move results to another device</h2>
        {entries.length > 0 ? (
          <p>
            <DownloadAllResultsButton entries={entries} variant="secondary" />
          </p>
        ) : null}
        <ImportHistory />
      </section>

      {entries.length > 0 ? (
        <section aria-labelledby={`${ids}-clear`}>
          <h2 id={`${ids}-clear`}>Delete everything</h2>
          <ClearAll count={entries.length} onCleared={clearAll} />
        </section>
      ) : null}
    </div>
  );
}
