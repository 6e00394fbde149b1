// Non-nutritional explanations the answers may point to (OtherCauseId in src/scoring/ids.ts).
// Facts from ../shared/reference/red-flags.md (statins S75-S77, claudication S64-S67,
// nerve compression S71/S81) and nutrients.md (exercise cramps S46).
import type { OtherCauseId } from '../scoring';
import { PRIMARY_LINKS } from './sources';
import type { LearnMoreLink, SourceId, Sourced } from './sources';

/** One other possible cause, in words people read. */
export interface OtherCause {
  readonly id: OtherCauseId;
  readonly title: string;
  readonly why: Sourced;
  readonly whatToDo: string;
  readonly learnMore?: LearnMoreLink;
  /** Sources for the entry as a whole, including `whatToDo`. */
  readonly sourceIds: readonly SourceId[];
}

const otherCauses = {
  'statin-muscle-symptoms': {
    id: 'statin-muscle-symptoms',
    title: 'Muscle symptoms from a statin',
    why: {
      text: 'Statins can cause muscle pain or weakness. Rarely they damage the muscle, which shows up as a high creatine kinase (CK) level in a blood test.',
      sourceIds: ['S75', 'S76'],
    },
    whatToDo:
      'Tell the doctor who prescribes the statin about the muscle symptoms. Get care at once if the urine turns dark or a fever starts.',
    sourceIds: ['S75', 'S76', 'S77'],
  },
  'circulation-claudication': {
    id: 'circulation-claudication',
    title: 'Narrowed leg arteries (claudication)',
    why: {
      text: 'Pain in the calf, thigh or buttock that comes on with walking and fades within a few minutes of rest can come from narrowed arteries. Most people with it do not get worse over five years.',
      sourceIds: ['S65', 'S66', 'S67'],
    },
    whatToDo:
      'Book a GP appointment; a doctor can check the pulses in the feet. Foot pain at rest that eases when the leg hangs down, or a sore that will not heal, needs an urgent appointment.',
    learnMore: PRIMARY_LINKS.peripheralArterialDisease,
    sourceIds: ['S65', 'S66', 'S67', 'S64', 'S81'],
  },
  'nerve-compression': {
    id: 'nerve-compression',
    title: 'A pressed or irritated nerve (for example sciatica)',
    why: {
      text: 'Shooting pain, numbness or tingling down a leg may come from a nerve being pressed in the lower back rather than from a nutrient. Only an examination can tell.',
      sourceIds: ['S81', 'S71'],
    },
    whatToDo:
      'Mention it to a doctor. Numbness between the legs or new bladder or bowel trouble needs emergency care.',
    sourceIds: ['S81', 'S71', 'S72'],
  },
  overuse: {
    id: 'overuse',
    title: 'Overuse and exercise cramps',
    why: {
      text: 'Cramps during or after hard exercise seem to be linked more to tired muscles and personal risk factors than to fluid or salt loss.',
      sourceIds: ['S46'],
    },
    whatToDo:
      'Build up effort gradually and allow rest between hard sessions. Drinking large amounts to prevent cramps is not advised: too much fluid can lower blood salt dangerously.',
    learnMore: PRIMARY_LINKS.legCramps,
    sourceIds: ['S46'],
  },
  // Contract v2.
  thyroid: {
    id: 'thyroid',
    title: 'An underactive thyroid',
    why: {
      text: 'An underactive thyroid may cause muscle aches, cramps, weakness and tiredness, and it often comes on slowly. A thyroid blood test can tell.',
      sourceIds: ['S91', 'S81'],
    },
    whatToDo:
      'Ask a GP about a thyroid blood test, especially if tiredness, feeling cold or weight gain come with the leg symptoms.',
    sourceIds: ['S91', 'S81'],
  },
  'diabetic-neuropathy': {
    id: 'diabetic-neuropathy',
    title: 'Nerve damage from diabetes',
    why: {
      text: 'Diabetes is one of the most common causes of numbness, tingling or burning pain in both feet, from high blood sugar harming the small nerves. Low vitamin B12, which metformin can cause, may add to it.',
      sourceIds: ['S89', 'S90', 'S24'],
    },
    whatToDo:
      'Tell the diabetes team or GP: they can check the feet, blood sugar (HbA1c) and vitamin B12. A cut or sore on the foot that is not healing needs to be seen soon.',
    sourceIds: ['S89', 'S90'],
  },
} as const satisfies Record<OtherCauseId, OtherCause>;

/** Non-nutritional explanations, by id. */
export const OTHER_CAUSES: Readonly<Record<OtherCauseId, OtherCause>> = otherCauses;
