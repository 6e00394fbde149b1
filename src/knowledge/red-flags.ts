// The eleven warning signs of the spec (three added by contract v2): what each may mean and what to do now.
// Facts from ../shared/reference/red-flags.md. The triage level of each sign lives in
// RED_FLAG_LEVEL (src/scoring/ids.ts) and is not repeated here. Links people follow are the
// primary NHS / CDC pages the reference names, not the copies it was read from.
import type { RedFlagId } from '../scoring';
import { PRIMARY_LINKS } from './sources';
import type { LearnMoreLink, SourceId, Sourced } from './sources';

/** One warning sign, in words people read. */
export interface RedFlag {
  readonly id: RedFlagId;
  /** The sign, as the person would recognise it. */
  readonly label: string;
  /** What it may mean, cautiously worded. */
  readonly mayMean: Sourced;
  /** What to do now. */
  readonly whatToDo: string;
  readonly learnMore: LearnMoreLink;
  /** Sources for the sign as a whole, including `whatToDo`. */
  readonly sourceIds: readonly SourceId[];
}

const redFlags = {
  'one-leg-swollen': {
    id: 'one-leg-swollen',
    label: 'One leg swollen, red or warm, with a tender calf',
    mayMean: {
      text: 'This could be a sign of a blood clot in a deep vein of the leg (deep vein thrombosis, DVT), which needs checking the same day.',
      sourceIds: ['S58', 'S59'],
    },
    whatToDo:
      'Get seen today: contact urgent care, an out-of-hours service or a same-day doctor. If breathlessness or chest pain starts, call your local emergency number.',
    learnMore: PRIMARY_LINKS.dvt,
    sourceIds: ['S58', 'S59', 'S60'],
  },
  'breathless-chest-pain': {
    id: 'breathless-chest-pain',
    label: 'Shortness of breath or chest pain',
    mayMean: {
      text: 'Together with leg pain or swelling, this could mean a clot has travelled to the lungs (pulmonary embolism), which is an emergency.',
      sourceIds: ['S59', 'S60'],
    },
    whatToDo:
      'Call your local emergency number now, or go to an emergency department. Do not drive yourself.',
    learnMore: PRIMARY_LINKS.pulmonaryEmbolism,
    sourceIds: ['S59', 'S60'],
  },
  'cold-pale-leg': {
    id: 'cold-pale-leg',
    label: 'Leg cold, pale or blue, and very painful',
    mayMean: {
      text: 'This could mean the blood supply to the leg has suddenly been blocked (acute limb ischaemia). Without treatment, tissue can start to die within hours.',
      sourceIds: ['S61', 'S62', 'S63'],
    },
    whatToDo:
      'Call your local emergency number now, or go to an emergency department. Do not drive yourself.',
    learnMore: PRIMARY_LINKS.peripheralArterialDisease,
    sourceIds: ['S61', 'S62', 'S63'],
  },
  'saddle-numbness': {
    id: 'saddle-numbness',
    label: 'Numbness between the legs, or new trouble controlling the bladder or bowels',
    mayMean: {
      text: 'This could mean the nerves at the bottom of the spine are being squeezed (cauda equina syndrome). It is rare, but it needs emergency treatment to protect those nerves.',
      sourceIds: ['S71', 'S72'],
    },
    whatToDo:
      'Go to an emergency department now, or call your local emergency number. Do not wait to see if it settles.',
    learnMore: PRIMARY_LINKS.caudaEquina,
    sourceIds: ['S71', 'S72'],
  },
  'dark-urine': {
    id: 'dark-urine',
    label: 'Dark, tea- or cola-coloured urine with muscle pain',
    mayMean: {
      text: 'This could be a sign of muscle breakdown (rhabdomyolysis), which can harm the kidneys. It can start days after hard exercise or heat.',
      sourceIds: ['S70'],
    },
    whatToDo:
      'Get emergency care now. Say you are worried about muscle breakdown: a blood test for creatine kinase (CK) can check for it.',
    learnMore: PRIMARY_LINKS.rhabdomyolysis,
    sourceIds: ['S70'],
  },
  'rapid-weakness': {
    id: 'rapid-weakness',
    label: 'Weakness that spreads or gets worse over hours to days',
    mayMean: {
      text: 'Weakness that worsens quickly needs urgent checks. It could come from pressure on the nerves in the spine or from muscle breakdown, among other causes.',
      sourceIds: ['S71', 'S70'],
    },
    whatToDo:
      'Call your local emergency number or go to an emergency department now. Do not drive yourself.',
    learnMore: PRIMARY_LINKS.caudaEquina,
    sourceIds: ['S71', 'S70'],
  },
  injury: {
    id: 'injury',
    label: 'Pain that began with a fall, an injury or a pop in the calf',
    mayMean: {
      text: 'Pain after an injury needs checking in person. Pain far worse than expected, a tight swollen muscle or pins and needles could mean pressure is building inside the muscle (compartment syndrome), which needs treatment within hours.',
      sourceIds: ['S68', 'S69'],
    },
    whatToDo:
      'Get seen today at urgent care or an injury unit. If the pain becomes severe, or the leg turns numb, cold or pale, go to an emergency department now.',
    learnMore: PRIMARY_LINKS.compartmentSyndrome,
    sourceIds: ['S68', 'S69'],
  },
  'fever-hot-skin': {
    id: 'fever-hot-skin',
    label: 'Fever with red, hot, swollen skin',
    mayMean: {
      text: 'This could be an infection of the skin and the tissue under it (cellulitis). A fever with a fast heartbeat, fast breathing or confusion could mean the infection is becoming serious.',
      sourceIds: ['S73', 'S74'],
    },
    whatToDo:
      'Get seen today by urgent care or an out-of-hours service. Call your local emergency number if there is confusion or very fast breathing or heartbeat.',
    learnMore: PRIMARY_LINKS.cellulitis,
    sourceIds: ['S73', 'S74'],
  },
  // Contract v2.
  'very-unwell': {
    id: 'very-unwell',
    label: 'Feeling very unwell: confused, very drowsy, fainting, or breathing or heart very fast',
    mayMean: {
      text: 'Confusion, fainting, or a very fast heartbeat or breathing could mean the whole body is under strain. One cause could be a serious infection. This needs emergency care.',
      sourceIds: ['S73', 'S74'],
    },
    whatToDo:
      'Call your local emergency number now, or go to an emergency department. Do not drive yourself.',
    learnMore: PRIMARY_LINKS.cellulitis,
    sourceIds: ['S73', 'S74'],
  },
  'rest-pain-ulcer': {
    id: 'rest-pain-ulcer',
    label:
      'Foot pain at rest or at night eased by hanging the leg down, or a sore or black patch on the foot that does not heal',
    mayMean: {
      text: 'This could mean the foot is not getting enough blood (a severe narrowing of the leg arteries), which needs a specialist soon. With a fever or a hot, red foot, an infected sore needs care the same day.',
      sourceIds: ['S64', 'S61', 'S65'],
    },
    whatToDo:
      'Get seen today by urgent care or an out-of-hours service. If there is a fever, or the foot is hot, red or swollen, go to an emergency department now.',
    learnMore: PRIMARY_LINKS.peripheralArterialDisease,
    sourceIds: ['S64', 'S61', 'S65'],
  },
  'long-cramp': {
    id: 'long-cramp',
    label: 'A cramp that lasts longer than 10 minutes despite stretching',
    mayMean: {
      text: 'Most cramps pass within minutes. One that lasts longer than 10 minutes needs checking the same day. After an injury, with a swollen leg or with severe pain, pressure could be building inside the muscle (compartment syndrome).',
      sourceIds: ['S79', 'S80', 'S68'],
    },
    whatToDo:
      'Get seen today by urgent care or an out-of-hours service. If it began with an injury, the leg is swollen or the pain is severe, go to an emergency department now.',
    learnMore: PRIMARY_LINKS.legCramps,
    sourceIds: ['S79', 'S80', 'S68'],
  },
} as const satisfies Record<RedFlagId, RedFlag>;

/** What each warning sign may mean and what to do now. */
export const RED_FLAGS: Readonly<Record<RedFlagId, RedFlag>> = redFlags;
