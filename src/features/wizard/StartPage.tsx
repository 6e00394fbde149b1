import type { ReactNode } from 'react';
import { lazy, Suspense } from 'react';
import { Link } from '../../components/Link';
import { LoadErrorBoundary } from '../../components/LoadErrorBoundary';
import { Notice } from '../../components/Notice';
import { paths } from '../../lib/paths';
import { UnreadableDraftNotice } from './DraftNotices';
import { useHasDraft } from './draft-store';

const DraftActions = lazy(() =>
  import('./DraftActions').then((module) => ({ default: module.DraftActions })),
);

/**
 * The start page: what LegCheck does and does not do, privacy, the emergency line, and Start,
 * Resume or See your results depending on the draft. `history` is a slot the app fills with
 * the saved-history notice and link (the wizard knows nothing of history).
 */
export function StartPage({ history }: { history?: ReactNode }) {
  const hasDraft = useHasDraft();
  return (
    <div className="start">
      <h1>LegCheck: leg pain and nutrition check</h1>
      <p className="lead">
        Answer seven short sets of questions about leg aches, cramps, tingling, weakness or restless
        legs. LegCheck first checks for warning signs that need care today. Then it suggests which
        nutrient shortfalls could be involved, foods that fit the way you eat, and blood tests to
        ask a doctor about.
      </p>

      <Notice tone="danger" title="In an emergency">
        <p>
          In an emergency call your local emergency number (for example 999, 911 or 112). Do not
          wait for this questionnaire.
        </p>
      </Notice>

      <UnreadableDraftNotice />

      <div className="start-actions">
        {hasDraft ? (
          <LoadErrorBoundary
            fallback={
              // Without the resume buttons, step 1: it shows the answers kept so far.
              <Link className="button button--primary" to={paths.step('about')}>
                Continue with the questions
              </Link>
            }
          >
            <Suspense
              fallback={<p className="start-actions__wait">Checking your saved answers…</p>}
            >
              <DraftActions />
            </Suspense>
          </LoadErrorBoundary>
        ) : (
          <Link className="button button--primary" to={paths.step('about')}>
            Start the questions
          </Link>
        )}
      </div>

      {history}

      <h2>What LegCheck does</h2>
      <ul>
        <li>Puts any warning sign first and says what to do about it now.</li>
        <li>
          Suggests what to discuss with a doctor: nutrients that could be involved, how strong the
          evidence is, and which blood tests to ask about.
        </li>
        <li>Lists foods and everyday habits that fit your way of eating.</li>
      </ul>

      <h2>What it does not do</h2>
      <ul>
        <li>It does not diagnose anything and does not replace a doctor or pharmacist.</li>
        <li>It does not tell you to start, stop or change any medicine.</li>
      </ul>

      <h2>Your answers stay on this device</h2>
      <p>
        Everything runs in this browser. Your answers never leave your device: nothing is sent,
        tracked or shared. You can clear them at any time with Start over.
      </p>
    </div>
  );
}
