import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Answers, Assessment, QuestionStep } from '../../scoring';
import { AnswersSummary } from './AnswersSummary';
import { FactorsSection } from './FactorsSection';
import {
  OtherCausesSection,
  PreventionSection,
  SourcesSection,
  TestsSection,
} from './FollowUpSections';
import { FoodsSection } from './FoodsSection';
import { buildResultsModel } from './results-model';
import { TriagePanel } from './TriagePanel';
import './results.css';

/** What the results page needs: the answers, what `assess` made of them, and optional controls. */
export interface ResultsViewProps {
  answers: Answers;
  assessment: Assessment;
  /** Takes over the "change" links (e.g. to navigate in place); without it they are plain links. */
  onChangeAnswer?: (step: QuestionStep) => void;
  /** Save, print or export controls, shown just below the triage panel. */
  actions?: ReactNode;
  /** The page heading; a saved result may want its own. */
  title?: string;
  /** False for a saved result: its answers are a record, so no links back into the wizard. */
  canChangeAnswers?: boolean;
}

/**
 * Renders an assessment. It decides nothing: triage, ranking, bands, tests and other causes come
 * from `assessment`; every sentence, food and figure comes from src/knowledge.
 */
export function ResultsView({
  answers,
  assessment,
  onChangeAnswer,
  actions,
  title = 'Your results',
  canChangeAnswers = true,
}: ResultsViewProps) {
  const model = useMemo(() => buildResultsModel(answers, assessment), [answers, assessment]);
  return (
    <div className="results">
      <h1 tabIndex={-1}>{title}</h1>
      <TriagePanel triage={model.triage} whenToSeeADoctor={model.whenToSeeADoctor} />
      {actions ? <div className="results-actions">{actions}</div> : null}
      <p className="results-intro">
        These results come only from your answers and may not tell the whole story. They stay on
        this device.{' '}
        <a href="#results-answers-heading">
          {canChangeAnswers ? 'See or change your answers' : 'See the answers'}
        </a>
        .
      </p>
      <FactorsSection factors={model.factors} />
      <FoodsSection groups={model.foods} shared={model.sharedFoods} />
      <TestsSection tests={model.tests} />
      <OtherCausesSection causes={model.otherCauses} />
      <PreventionSection habits={model.prevention} upperLimits={model.upperLimits} />
      <AnswersSummary
        answers={answers}
        onChangeAnswer={onChangeAnswer}
        canChangeAnswers={canChangeAnswers}
      />
      <SourcesSection disclaimer={model.disclaimer} sources={model.sources} />
    </div>
  );
}
