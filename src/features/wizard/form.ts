// Glue between a step's form and the draft: one resolver from the scoring schema, defaults from
// the draft, and every change written back so nothing typed is lost.
import { zodResolver } from '@hookform/resolvers/zod';
import type { BaseSyntheticEvent } from 'react';
import { useEffect, useState } from 'react';
import type { DefaultValues, FieldValues, Resolver, UseFormReturn } from 'react-hook-form';
import { useForm } from 'react-hook-form';
import type { z } from 'zod/mini';
import { paths } from '../../lib/paths';
import { navigate } from '../../lib/router';
import type { StepDraft } from './draft-store';
import { firstIncompleteStep } from './draft-progress';
import { draftActions, getDraftSteps } from './draft-store';
import type { StepValues } from './step-schemas';
import type { StepKey } from './steps';
import { earlierGap, STEP_KEYS, stepKey } from './steps';

/**
 * zodResolver for a step schema, typed for the form's in-progress values (fields may be
 * missing, age may be "under 18") while still handing the schema's valid output to submit.
 */
function stepResolver<TDraft extends FieldValues, TOut extends FieldValues>(
  schema: z.ZodMiniType<TOut, TDraft>,
): Resolver<TDraft, unknown, TOut> {
  return zodResolver(schema);
}

/**
 * Where Next leads from a step: the next step, or after the last one the results (or a gap). The
 * warning signs open before the steps ahead of them are answered, so from there Next goes back to
 * the first unanswered earlier step, as its button says.
 */
export function nextPath(key: StepKey): string {
  const index = STEP_KEYS.indexOf(key);
  const gap = firstIncompleteStep(getDraftSteps());
  const earlier = earlierGap(key, gap);
  if (earlier !== null) return paths.step(stepKey(earlier));
  const next = STEP_KEYS[index + 1];
  if (next !== undefined) return paths.step(next);
  return gap === null ? paths.results : paths.step(stepKey(gap));
}

/**
 * A step's starting values: its empty values overlaid with the draft, read once on mount
 * (from then on the form owns the values and writes every change back).
 */
export function useInitialValues<K extends StepKey>(key: K, empty: StepDraft<K>): StepDraft<K> {
  const [initial] = useState(() => ({ ...empty, ...getDraftSteps()[key] }));
  return initial;
}

/** A step's form and its submit handler. */
export interface StepForm<K extends StepKey> {
  form: UseFormReturn<StepDraft<K>, unknown, StepValues[K]>;
  onSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
}

/**
 * One react-hook-form form per step, validated by the scoring module's step schema (passed in,
 * never copied). Defaults come from the draft; each change is kept as a draft; a valid Next
 * keeps the step's values and moves on.
 */
export function useStepForm<K extends StepKey>(
  key: K,
  schema: z.ZodMiniType<StepValues[K], StepDraft<K>>,
  defaultValues: DefaultValues<StepDraft<K>>,
): StepForm<K> {
  const form = useForm<StepDraft<K>, unknown, StepValues[K]>({
    resolver: stepResolver(schema),
    defaultValues,
    shouldFocusError: true,
  });
  const { subscribe, handleSubmit } = form;

  useEffect(
    () =>
      subscribe({
        formState: { values: true },
        // A copy: the form keeps changing its own values object in place.
        callback: ({ values }) => draftActions.draftChanged(key, structuredClone(values)),
      }),
    [subscribe, key],
  );

  const onSubmit = handleSubmit((values) => {
    draftActions.stepCompleted(key, values);
    navigate(nextPath(key));
  });
  return { form, onSubmit };
}
