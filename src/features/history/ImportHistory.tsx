import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { ErrorMessage } from '../../components/ErrorMessage';
import { describeImportProblem, importHistoryFile } from './export-format';
import { useHistoryActions } from './store';

/** The file picker for a LegCheck history file, with a plain message for every outcome. */
export function ImportHistory() {
  const { entriesImported } = useHistoryActions();
  const [done, setDone] = useState('');
  const [error, setError] = useState('');
  const ids = useId();
  const inputId = `${ids}-file`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setDone('');
    setError('');
    const result = await importHistoryFile(file, entriesImported);
    // Clearing the picker lets the same file be chosen again after fixing it.
    input.value = '';
    if (!result.ok) {
      setError(describeImportProblem(result.problem));
      return;
    }
    const summary = `Imported ${result.added}, skipped ${result.skipped} already here.`;
    setDone(
      result.stored
        ? summary
        : `${summary} They are shown, but could not be stored on this device: download them to keep them.`,
    );
  }

  return (
    <div className="history-import">
      <label htmlFor={inputId}>Import results from a file</label>
      <p id={hintId} className="history-hint">
        Choose a .json file that this or an earlier version of LegCheck made with “Download”.
        Results already here are not added twice. Nothing changes unless the whole file can be read
        and checked.
      </p>
      <div role="alert">{error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}</div>
      <input
        id={inputId}
        type="file"
        accept="application/json,.json"
        aria-describedby={error ? `${hintId} ${errorId}` : hintId}
        aria-invalid={error ? true : undefined}
        onChange={(event) => void onChange(event)}
      />
      <p role="status" className="history-status">
        {done}
      </p>
    </div>
  );
}
