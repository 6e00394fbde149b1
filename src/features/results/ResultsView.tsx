import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Answers, Assessment, QuestionStep } from '../../scoring';
import { AnswersSummary } from './AnswersSummary';
import { GeneralCautions } from './Cautions';
import { FactorsSection } from './FactorsSection';
import { FirstScreen } from './FirstScreen';
import {
  OtherCausesSection,
  PreventionSection,
  SourcesSection,
  TestsSection,
} from './FollowUpSections';
import { FoodsSection } from './FoodsSection';
import { buildResultsModel } from './results-model';
import { TriagePanel, TriageReasons, WhenToSeeADoctor } from './TriagePanel';
import './results.css';

/** What the results page needs: the answers, what `assess` made of them, and optional controls. */
export interface ResultsViewProps {
  answers: Answers;
  assessment: Assessment;
  /** Takes over the "change" links (e.g. to navigate in place); without it they are plain links. */
  onChangeAnswer?: (step: QuestionStep) => void;
  /** Save, print or export controls, shown just below the first screen's summary. */
  actions?: ReactNode;
  /** The page heading; a saved result may want its own. */
  title?: string;
  /** False for a saved result: its answers are a record, so no links back into the wizard. */
  canChangeAnswers?: boolean;
}

/**
 * Renders an assessment. It decides nothing: triage, ranking, bands, tests, other causes and
 * cautions come from `assessment`; every sentence, food and figure comes from src/knowledge.
 * The first screen answers the question (what to do, what could be involved, the tests, a few
 * foods, links to the rest); every detail follows in sections a screen reader can jump between.
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
      <TriagePanel triage={model.triage} />
      <FirstScreen view={model.firstScreen} hasOtherCauses={model.otherCauses.length > 0} />
      <WhenToSeeADoctor advice={model.whenToSeeADoctor} />
      {actions ? <div className="results-actions">{actions}</div> : null}
      <p className="results-intro">
        These results come only from your answers and may not tell the whole story. They stay on
        this device.{' '}
        <a href="#results-answers-heading">
          {canChangeAnswers ? 'See or change your answers' : 'See the answers'}
        </a>
        .
      </p>
      <TriageReasons triage={model.triage} />
      <GeneralCautions cautions={model.generalCautions} />
      <FactorsSection factors={model.factors} />
      <FoodsSection groups={model.foods} shared={model.sharedFoods} cautions={model.foodCautions} />
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
