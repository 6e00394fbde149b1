import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useRef, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { z } from 'zod/mini';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Link } from '../../components/Link';
import { Notice } from '../../components/Notice';
import { navigate } from '../../lib/router';
import { paths } from '../../lib/paths';
import { assess } from '../../scoring';
import { DownloadResultButton } from './DownloadResultButton';
import { HistoryLoadNotice } from './HistoryLoadNotice';
import { describeStorageProblem } from './notices';
import type { Snapshot } from './schema';
import { NOTE_MAX_LENGTH, noteSchema } from './schema';
import { useHistoryActions } from './store';
import { formatSavedAt, scoredWithOlderRules } from './words';
import './history.css';

const noteFormSchema = z.object({ note: noteSchema });
type NoteForm = z.infer<typeof noteFormSchema>;

/** A saved result's own note: read it, add or change it (at most NOTE_MAX_LENGTH characters). */
export function NoteEditor({ snapshot }: { snapshot: Snapshot }) {
  const { noteChanged } = useHistoryActions();
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  // The note as it was when editing began: a different note in storage at save time was written
  // in another tab meanwhile, and is not overwritten unasked.
  const [basedOn, setBasedOn] = useState('');
  // The other tab's note, when saving met one; the person's own text stays in the field.
  const [theirs, setTheirs] = useState<string | null>(null);
  const editButton = useRef<HTMLButtonElement>(null);
  const ids = useId();
  const fieldId = `${ids}-note`;
  const hintId = `${ids}-hint`;
  const errorId = `${ids}-error`;
  const form = useForm<NoteForm>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { note: snapshot.note ?? '' },
  });
  const error = form.formState.errors.note?.message;
  const length = useWatch({ control: form.control, name: 'note' }).length;

  function startEditing() {
    form.reset({ note: snapshot.note ?? '' });
    setBasedOn(snapshot.note ?? '');
    setTheirs(null);
    setMessage('');
    setEditing(true);
  }

  function stopEditing(text: string) {
    setEditing(false);
    setTheirs(null);
    setMessage(text);
    // The form goes away; focus returns to the button that opened it.
    requestAnimationFrame(() => editButton.current?.focus());
  }

  function save({ note }: NoteForm) {
    const result = noteChanged(snapshot.id, note, theirs ?? basedOn);
    if (result.ok) stopEditing(note.trim() ? 'Note saved.' : 'Note removed.');
    else if (result.kind === 'invalid')
      form.setError('note', { message: 'This note cannot be saved' });
    else if (result.kind === 'conflict') {
      // Saving again ("Replace it") is then based on the note just seen, so it goes through
      // unless the note changes once more.
      setTheirs(result.theirs);
    } else
      stopEditing(`The note is shown but was not stored. ${describeStorageProblem(result.kind)}`);
  }

  return (
    <section className="snapshot-note" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Your note</h3>
      {editing ? (
        <form onSubmit={(event) => void form.handleSubmit(save)(event)} noValidate>
          <label htmlFor={fieldId}>Note for yourself or your doctor</label>
          <p id={hintId} className="history-hint">
            Up to {NOTE_MAX_LENGTH} characters ({length} used). It stays on this device and is
            printed with the summary.
          </p>
          {theirs !== null ? (
            <div role="alert">
              <Notice tone="warning" title="This note was changed elsewhere" titleLevel={3}>
                <p>
                  While you were writing, the note was changed in another tab or window, and that
                  version is kept for now:
                </p>
                <blockquote className="snapshot-note__text">{theirs || '(no note)'}</blockquote>
                <p>
                  Your text is still in the field below. Save it to replace the other version, or
                  cancel to keep the other version.
                </p>
              </Notice>
            </div>
          ) : null}
          {error ? <ErrorMessage id={errorId}>{error}</ErrorMessage> : null}
          <textarea
            id={fieldId}
            rows={4}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            {...form.register('note')}
          />
          <p className="history-buttons">
            <button className="button button--primary" type="submit">
              {theirs !== null ? 'Replace it with my note' : 'Save note'}
            </button>
            <button
              className="button button--secondary"
              type="button"
              onClick={() => stopEditing('')}
            >
              Cancel
            </button>
          </p>
        </form>
      ) : (
        <>
          {snapshot.note ? (
            <p className="snapshot-note__text">{snapshot.note}</p>
          ) : (
            <p>No note yet.</p>
          )}
          <p>
            <button
              className="button button--secondary"
              ref={editButton}
              type="button"
              onClick={startEditing}
            >
              {snapshot.note ? 'Edit note' : 'Add a note'}
            </button>
          </p>
        </>
      )}
      <p role="status" className="history-status">
        {message}
      </p>
    </section>
  );
}

/** Says when a result was scored with older rules, and re-runs it (a new entry; the old stays). */
export function RerunNotice({ snapshot }: { snapshot: Snapshot }) {
  const { resultSaved, resultsRestored } = useHistoryActions();
  const [problem, setProblem] = useState('');
  if (!scoredWithOlderRules(snapshot)) return null;

  function rerun() {
    // A re-run belongs to the saved result it re-scores: re-running it twice saves it once.
    const outcome = resultSaved(snapshot.answers, assess(snapshot.answers), snapshot.id);
    if (!outcome.ok) {
      setProblem('The new result could not be saved on this device, so it cannot be opened.');
      return;
    }
    // The person deleted this re-run before; pressing Re-run again asks for it back.
    if (outcome.deleted && !resultsRestored([outcome.snapshot]).ok) {
      setProblem('The new result could not be saved on this device, so it cannot be opened.');
      return;
    }
    navigate(paths.history.result(outcome.snapshot.id));
  }

  return (
    <Notice tone="info" title="The rules have changed since" titleLevel={3}>
      <p>
        LegCheck’s scoring rules have been updated since this result was saved. It is shown here
        exactly as it was then. You can score the same answers again with the current rules; that
        saves a new result and keeps this one.
      </p>
      <p>
        <button className="button button--primary" type="button" onClick={rerun}>
          Re-run with the current rules
        </button>
      </p>
      {problem ? <p role="alert">{problem}</p> : null}
    </Notice>
  );
}

/** The controls of one saved result: when, the note, print, export and delete. */
export function SnapshotToolbar({ snapshot }: { snapshot: Snapshot }) {
  const { resultDeleted, undoOffered } = useHistoryActions();
  const savedAt = formatSavedAt(snapshot.createdAt);
  const headingId = useId();

  function remove() {
    const deleted = resultDeleted(snapshot.id);
    if (deleted) undoOffered(`Deleted the result from ${savedAt}.`, [deleted], false);
    navigate(paths.history.list);
  }

  return (
    <section className="snapshot-toolbar" aria-labelledby={headingId}>
      <h2 id={headingId}>This saved result</h2>
      <HistoryLoadNotice />
      <p>
        Saved on <strong>{savedAt}</strong>, on this device only.
      </p>
      <RerunNotice snapshot={snapshot} />
      <ul className="history-buttons snapshot-toolbar__actions">
        <li>
          <Link to={paths.history.print(snapshot.id)}>Summary for your doctor (print or PDF)</Link>
        </li>
        <li>
          <DownloadResultButton snapshot={snapshot} />
        </li>
        <li>
          <button className="button button--secondary" type="button" onClick={remove}>
            Delete this result
          </button>
        </li>
        <li>
          <Link to={paths.history.list}>All saved results</Link>
        </li>
      </ul>
      <NoteEditor snapshot={snapshot} />
    </section>
  );
}
