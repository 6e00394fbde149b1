// Everyday habits, when to see a doctor, and the disclaimer shown with every result.
// Facts from ../shared/reference/nutrients.md and red-flags.md (NHS leg cramps S79, nidirect S80,
// NICE CKS S81).
import type { SourceId, Sourced } from './sources';

/** One everyday habit that may help. */
export interface PreventionHabit {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
}

const habits = [
  {
    id: 'balanced-diet',
    title: 'Eat a varied diet',
    text: 'Fish, eggs, dairy or fortified plant foods, nuts, seeds, beans, whole grains and leafy greens together cover most of these nutrients.',
    sourceIds: ['S1', 'S2', 'S3', 'S5', 'S6', 'S7'],
  },
  {
    id: 'plant-based-b12',
    title: 'Plan a B12 source on a plant-based diet',
    text: 'On a vegan diet, rely on foods with B12 added (such as fortified plant milks, cereals or nutritional yeast) or a B12 supplement. B12 comes naturally only from animal foods. Tempeh and algae are not reliable sources.',
    sourceIds: ['S31', 'S2'],
  },
  {
    id: 'supplements-with-advice',
    title: 'Take supplements only with advice',
    text: 'Ask a doctor or pharmacist before starting a supplement and stay within the safe upper limits. More is not better, and some supplements interact with medicines.',
    sourceIds: ['S9', 'S49', 'S50', 'S51', 'S52', 'S22', 'S26'],
  },
  {
    id: 'safe-sun',
    title: 'Get some sun safely',
    text: 'Short spells outdoors with some skin uncovered help the body make vitamin D. Avoid getting sunburnt.',
    sourceIds: ['S28', 'S1'],
  },
  {
    id: 'fluids-through-the-day',
    title: 'Spread drinks through the day',
    text: 'Drink regularly through the day, and more in heat or with exercise. There is no need to force large amounts: too much at once can be harmful.',
    sourceIds: ['S12', 'S10', 'S46'],
  },
  {
    id: 'space-minerals',
    title: 'Space out minerals and medicines',
    text: 'Calcium, iron and magnesium can block each other and some medicines, such as thyroid tablets. Taking them at different times, as the leaflet or pharmacist advises, may help.',
    sourceIds: ['S44', 'S22', 'S25', 'S26'],
  },
] as const satisfies readonly PreventionHabit[];

/** Everyday habits that may help, in the order shown. */
export const PREVENTION_HABITS: readonly PreventionHabit[] = habits;

/** When to see a doctor: always on screen with the results. */
export const WHEN_TO_SEE_A_DOCTOR: Sourced = {
  text: 'See a doctor if leg symptoms last more than a few weeks, keep coming back, disturb sleep or get worse, or if numbness, weakness or swelling appears. Get help at once for any warning sign.',
  sourceIds: ['S79', 'S80', 'S81'],
};

/** Shown with every result: what the tool is and is not. */
export const DISCLAIMER =
  'LegCheck gives general facts, not a diagnosis. It cannot examine anyone or test their blood. Talk to a doctor or pharmacist before changing medicines or starting supplements. In an emergency, call your local emergency number.';
