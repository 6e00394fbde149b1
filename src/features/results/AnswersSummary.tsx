import { summarizeAnswers } from '../../knowledge/answer-labels';
import type { Answers, QuestionStep } from '../../scoring';
import { questionOf, QUESTION_STEPS } from '../../scoring';
import { STEP_WORDS } from '../../knowledge/step-words';
import { ChangeLink } from './ChangeLink';

// The wizard's steps in the table's order; each links to its step's address by key.
const STEPS = QUESTION_STEPS.map((key) => ({ key, ...STEP_WORDS[key] }));

/** The person's answers in plain words, step by step, each step with a link to change it. */
export function AnswersSummary({
  answers,
  onChangeAnswer,
  canChangeAnswers = true,
}: {
  answers: Answers;
  onChangeAnswer?: ((step: QuestionStep) => void) | undefined;
  canChangeAnswers?: boolean;
}) {
  const lines = summarizeAnswers(answers);
  return (
    <section className="results-section results-answers" aria-labelledby="results-answers-heading">
      <h2 id="results-answers-heading">Your answers</h2>
      {canChangeAnswers ? (
        <p className="results-intro">Change an answer and come back to see your results update.</p>
      ) : null}
      {STEPS.map(({ key, title, changeWords }) => {
        const stepLines = lines.filter((line) => questionOf(line.field).step === key);
        return (
          <div className="results-answers__step" key={key}>
            <h3>{title}</h3>{' '}
            {canChangeAnswers ? (
              <ChangeLink step={key} onChangeAnswer={onChangeAnswer}>
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
