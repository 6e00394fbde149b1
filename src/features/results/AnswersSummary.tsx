import { ANSWER_LABELS, formatAnswers } from '../../knowledge/answer-labels';
import type { AnswerSummaryLine } from '../../knowledge/answer-labels';
import type { Answers } from '../../scoring';
import { ChangeLink } from './ChangeLink';
import { stepOfField } from './results-model';

/** The wizard's steps as the summary groups them (the shared route convention /step/1../step/7). */
const STEPS = [
  { step: 1, title: 'About you', changeWords: 'Change my answers about me' },
  { step: 2, title: 'Symptoms', changeWords: 'Change my symptoms' },
  { step: 3, title: 'Timing', changeWords: 'Change when it happens' },
  { step: 4, title: 'Diet', changeWords: 'Change my diet answers' },
  { step: 5, title: 'Lifestyle', changeWords: 'Change my lifestyle answers' },
  { step: 6, title: 'Health and medicines', changeWords: 'Change my health answers' },
  { step: 7, title: 'Warning signs', changeWords: 'Change my warning signs' },
] as const;

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
