import { ANSWER_LABELS, formatAnswers } from '../../knowledge/answer-labels';
import type { AnswerSummaryLine } from '../../knowledge/answer-labels';
import type { Answers } from '../../scoring';
import { ChangeLink } from './ChangeLink';
import { stepOfField } from './results-model';
import type { StepKey } from '../wizard/steps';
import { STEP_KEYS, STEP_TITLES, stepNumberOf } from '../wizard/steps';

/** The words of each step's "change" link. */
const CHANGE_WORDS: Record<StepKey, string> = {
  about: 'Change my answers about me',
  symptoms: 'Change my symptoms',
  timing: 'Change when it happens',
  diet: 'Change my diet answers',
  lifestyle: 'Change my lifestyle answers',
  health: 'Change my health answers',
  warningSigns: 'Change my warning signs',
};

/** The wizard's steps as the summary groups them, in the wizard's order and with its titles. */
const STEPS = STEP_KEYS.map((key) => ({
  step: stepNumberOf(key),
  title: STEP_TITLES[key],
  changeWords: CHANGE_WORDS[key],
}));

// formatAnswers names each line by its question, so find the field (and so the step) by that name.
const FIELD_OF_QUESTION = new Map(
  Object.entries(ANSWER_LABELS).map(([field, labels]) => [labels.name, field]),
);

function stepOfLine(line: AnswerSummaryLine): number {
  const field = FIELD_OF_QUESTION.get(line.question);
  return field === undefined ? 1 : stepOfField(field);
}

/** The person's answers in plain words, step by step, each step with a link to change it. */
export function AnswersSummary({
  answers,
  onChangeAnswer,
  canChangeAnswers = true,
}: {
  answers: Answers;
  onChangeAnswer?: ((step: number) => void) | undefined;
  canChangeAnswers?: boolean;
}) {
  const lines = formatAnswers(answers);
  return (
    <section className="results-section results-answers" aria-labelledby="results-answers-heading">
      <h2 id="results-answers-heading">Your answers</h2>
      {canChangeAnswers ? (
        <p className="results-intro">Change an answer and come back to see your results update.</p>
      ) : null}
      {STEPS.map(({ step, title, changeWords }) => {
        const stepLines = lines.filter((line) => stepOfLine(line) === step);
        return (
          <div className="results-answers__step" key={step}>
            <h3>{title}</h3>{' '}
            {canChangeAnswers ? (
              <ChangeLink step={step} onChangeAnswer={onChangeAnswer}>
                {changeWords}
              </ChangeLink>
            ) : null}
            <dl>
              {stepLines.map((line) => (
                <div key={line.question}>
                  <dt>{line.question}</dt>
                  <dd>{line.answer}</dd>
                </div>
              ))}
            </dl>
          </div>
        );
      })}
    </section>
  );
}
