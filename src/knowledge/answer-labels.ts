// Words for every answer of the questionnaire (../shared/spec/questionnaire.md): the label a
// person picks, a short hint for any medical word, and a sentence about the person's own answer
// for reasons and summaries. Sentences say "you mentioned" or "you take", never "you have":
// LegCheck repeats what a person told it and diagnoses nothing.
import type {
  Answers,
  FoodGroup,
  QuestionGroup,
  QuestionId,
  Questions,
  QuestionValue,
  FREQUENCIES,
} from '../scoring';
import {
  fieldOf,
  isQuestionId,
  isRecord,
  isShown,
  knownAnswerOf,
  optionsOf,
  QUESTION_IDS,
  sectionOf,
} from '../scoring';
import type { SourceId } from './sources';

/** One answer option: what the person reads, a hint for a medical word, and what it says about them. */
export interface AnswerOption {
  readonly label: string;
  readonly hint?: string;
  /** A plain sentence about the person's own answer, e.g. 'You rarely eat dairy'. */
  readonly says: string;
}

/**
 * Why LegCheck asks a question: one plain sentence (may, could; never "you have") and at least
 * one source for it, so a reason without a source fails the build.
 */
export interface WhyWeAsk {
  readonly text: string;
  readonly sourceIds: readonly [SourceId, ...SourceId[]];
}

/** One question: its short name (summaries), the question itself (forms) and its options. */
export interface AnswerFieldLabels<V extends string> {
  readonly name: string;
  readonly question: string;
  readonly hint?: string;
  /** Why LegCheck asks this, shown under the question behind a "Why we ask" disclosure. */
  readonly why: WhyWeAsk;
  /** What a summary shows when a multiple-choice answer is empty. */
  readonly emptyAnswer?: string;
  readonly options: { readonly [K in V]: AnswerOption };
}

/** The dotted path of the warning-signs answer (not a scoring reason field, but summarised). */
export const RED_FLAGS_FIELD = 'redFlags';

/** The words of a choice that is not an answer (the stop option, "None of these"). */
export type ExtraOptionWords = Omit<AnswerOption, 'says'>;

/** The words of a question another answer already answers (`knownWhen`: a vegan's dairy). */
export interface KnownAnswerWords {
  /** What a summary shows instead of an answer the person did not give. */
  readonly answer: string;
  /** Its name in the step's list of what is not asked, e.g. 'dairy'. */
  readonly listName: string;
}

// A question with a stop option, an explicit "None of these" or an answer another answer tells
// (table: knownWhen) needs words for it.
type ExtraWords<Q> = (Q extends { stopOption: object }
  ? { readonly stopOption: ExtraOptionWords }
  : unknown) &
  (Q extends { noneOfThese: object } ? { readonly noneOfThese: ExtraOptionWords } : unknown) &
  (Q extends { knownWhen: object } ? { readonly known: KnownAnswerWords } : unknown);

/** Every question of the table (src/scoring/questions.ts), each with words for exactly its options. */
export type AnswerLabels = {
  readonly [Id in QuestionId]: AnswerFieldLabels<QuestionValue<Id>> & ExtraWords<Questions[Id]>;
};

/** The wizard's "Under 18" age choice: not an answer value, it stops the questionnaire. */
export const UNDER_18_OPTION: ExtraOptionWords = { label: 'Under 18' };

/** The exclusive "None of these" choice of the warning-signs step. */
export const NONE_OF_THESE_OPTION: ExtraOptionWords = { label: 'None of these' };

/** The shared question above each group of questions asked together. */
export const GROUP_QUESTIONS = {
  foods: 'How often do you eat these foods?',
} as const satisfies { readonly [G in QuestionGroup]: string };

/** The diet step's group question around the nine food groups. */
export const FOOD_GROUPS_QUESTION = GROUP_QUESTIONS.foods;

/**
 * What a group says, under its question, about the questions of it that another answer has
 * already answered (a vegan is not asked about meat, fish, dairy or eggs), given their list
 * names already joined as English ("dairy and eggs").
 */
export const GROUP_NOT_ASKED = {
  foods: (list: string) => `Not asked, as your way of eating leaves them out: ${list}.`,
} as const satisfies { readonly [G in QuestionGroup]: (list: string) => string };

// A food group a way of eating leaves out: the summary says so instead of "Rarely or never",
// which the person never chose.
function leftOutFood(group: FoodGroup) {
  return {
    ...frequencyField(group),
    known: {
      answer: 'Not asked: your way of eating leaves it out',
      listName: FOOD_GROUP_WORDS[group].noun,
    },
  };
}

const FOOD_GROUP_WORDS: Record<
  FoodGroup,
  { name: string; noun: string; hint?: string; why: WhyWeAsk }
> = {
  dairy: {
    name: 'Dairy (milk, cheese, yogurt)',
    noun: 'dairy',
    why: {
      text: 'Milk, cheese and yogurt are a main source of calcium, and they also give some vitamin B12.',
      sourceIds: ['S7', 'S2'],
    },
  },
  fattyFish: {
    name: 'Oily or fatty fish (salmon, sardines, mackerel)',
    noun: 'oily fish',
    why: {
      text: 'Oily fish such as salmon and trout is one of the few foods with a lot of vitamin D.',
      sourceIds: ['S1'],
    },
  },
  redMeat: {
    name: 'Red meat (beef, lamb, pork)',
    noun: 'red meat',
    why: {
      text: 'Red meat gives iron that the body takes in easily, and it gives vitamin B12 too.',
      sourceIds: ['S5', 'S2'],
    },
  },
  eggs: {
    name: 'Eggs',
    noun: 'eggs',
    why: {
      text: 'Eggs give some vitamin B12 and a little vitamin D, which can matter if you eat no meat or fish.',
      sourceIds: ['S2', 'S1'],
    },
  },
  leafyGreens: {
    name: 'Leafy greens (spinach, kale, cabbage)',
    noun: 'leafy greens',
    why: {
      text: 'Leafy greens such as spinach give magnesium and some iron.',
      sourceIds: ['S3', 'S8'],
    },
  },
  nutsSeeds: {
    name: 'Nuts and seeds',
    noun: 'nuts and seeds',
    why: {
      text: 'Nuts and seeds are some of the best foods for magnesium and vitamin E.',
      sourceIds: ['S3', 'S6'],
    },
  },
  wholeGrains: {
    name: 'Whole grains (oats, brown rice, wholemeal bread)',
    noun: 'whole grains',
    why: {
      text: 'Whole grains such as brown rice and wholewheat cereal give magnesium.',
      sourceIds: ['S3'],
    },
  },
  legumes: {
    name: 'Beans, lentils and chickpeas (legumes)',
    noun: 'beans and lentils',
    why: {
      text: 'Beans and lentils give iron and magnesium, which can matter more if you eat little or no meat.',
      sourceIds: ['S8', 'S3', 'S32'],
    },
  },
  fortifiedFoods: {
    name: 'Fortified foods (cereals, plant milks)',
    noun: 'fortified foods',
    hint: 'Fortified means vitamins or minerals were added, as the packet says.',
    why: {
      text: 'Foods with added vitamins, such as some cereals and plant milks, can be a reliable source of vitamin B12 and vitamin D.',
      sourceIds: ['S31', 'S1'],
    },
  },
};

function frequencyField(group: FoodGroup): AnswerFieldLabels<(typeof FREQUENCIES)[number]> {
  const { name, noun, hint, why } = FOOD_GROUP_WORDS[group];
  return {
    name,
    question: name,
    ...(hint ? { hint } : {}),
    why,
    options: {
      rarely: { label: 'Rarely or never', says: `You rarely eat ${noun}` },
      weekly: { label: 'Weekly', says: `You eat ${noun} about weekly` },
      'most-days': { label: 'Most days', says: `You eat ${noun} most days` },
    },
  };
}

/** Labels, hints and sentences for every option of every field, keyed by dotted answer path. */
export const ANSWER_LABELS = {
  'about.ageBand': {
    name: 'Age group',
    question: 'How old are you?',
    stopOption: UNDER_18_OPTION,
    why: {
      text: 'As people get older, the body may take in less vitamin B12 from food.',
      sourceIds: ['S31'],
    },
    options: {
      '18-30': { label: '18 to 30', says: 'You are 18 to 30 years old' },
      '31-50': { label: '31 to 50', says: 'You are 31 to 50 years old' },
      '51-70': { label: '51 to 70', says: 'You are 51 to 70 years old' },
      '71+': { label: '71 or over', says: 'You are 71 or over' },
    },
  },
  'about.sex': {
    name: 'Sex',
    question: 'Which fits your body best?',
    hint: 'Some nutrient needs differ by sex, for example iron.',
    why: {
      text: 'Some needs differ by sex: for example, women who have periods need more iron than men.',
      sourceIds: ['S5'],
    },
    options: {
      female: { label: 'Female', says: 'You are female' },
      male: { label: 'Male', says: 'You are male' },
      'intersex-or-other': {
        label: 'Intersex or other',
        says: 'You chose intersex or other',
      },
    },
  },
  'about.pregnant': {
    name: 'Pregnant',
    question: 'Are you pregnant?',
    why: {
      text: 'During pregnancy the body needs more iron, so your answer may change what LegCheck suggests.',
      sourceIds: ['S5'],
    },
    options: {
      true: { label: 'Yes, I am pregnant', says: 'You are pregnant' },
      false: { label: 'No', says: 'You are not pregnant' },
    },
  },
  'symptoms.kinds': {
    name: 'Symptoms',
    question: 'What do your legs feel like?',
    hint: 'Tick every one that fits.',
    why: {
      text: 'Each feeling may point to a different cause: pins and needles can be linked to low vitamin B12, and restless legs to low iron.',
      sourceIds: ['S34', 'S18'],
    },
    options: {
      aches: { label: 'Dull muscle aches', says: 'You mentioned dull muscle aches' },
      weakness: {
        label: 'Muscle weakness',
        hint: 'Your legs feel weak or give way.',
        says: 'You mentioned muscle weakness',
      },
      cramps: {
        label: 'Painful cramps',
        hint: 'A muscle suddenly tightens hard and hurts.',
        says: 'You mentioned painful cramps',
      },
      spasms: {
        label: 'Spasms, twitching or involuntary movements',
        hint: 'Involuntary means the muscle moves without you deciding to.',
        says: 'You mentioned spasms, twitching or involuntary movements',
      },
      'bone-pain': {
        label: 'Bone pain',
        hint: 'A deep ache that seems to be in the bone rather than the muscle.',
        says: 'You mentioned bone pain',
      },
      tingling: {
        label: 'Pins and needles (tingling)',
        says: 'You mentioned pins and needles (tingling)',
      },
      numbness: {
        label: 'Numbness',
        hint: 'Less feeling than usual, or none.',
        says: 'You mentioned numbness',
      },
      'shooting-pain': {
        label: 'Shooting or burning nerve pain',
        says: 'You mentioned shooting or burning nerve pain',
      },
      coordination: {
        label: 'Poor balance or coordination',
        hint: 'Coordination: moving your legs smoothly where you mean them to go.',
        says: 'You mentioned poor balance or coordination',
      },
      'restless-legs': {
        label: 'Restless legs: unpleasant feelings with an urge to move them',
        says: 'You mentioned restless legs: unpleasant feelings with an urge to move them',
      },
      fatigue: {
        label: 'Tiredness or heavy legs',
        says: 'You mentioned tiredness or heavy legs',
      },
    },
  },
  'symptoms.where': {
    name: 'Where it is felt',
    question: 'Where do you feel it?',
    hint: 'Tick all that apply. You can also tap the picture.',
    why: {
      text: 'Where it is felt helps tell apart nerve problems (often in both feet first), weak muscles near the hips and a low calcium or magnesium level.',
      sourceIds: ['S90', 'S34', 'S35'],
    },
    emptyAnswer: 'Not said',
    options: {
      feet: { label: 'Feet and toes', says: 'You feel it in your feet and toes' },
      calves: { label: 'Calves (back of the lower legs)', says: 'You feel it in your calves' },
      shins: { label: 'Shins (front of the lower legs)', says: 'You feel it in your shins' },
      'thighs-hips': {
        label: 'Thighs, hips or buttocks',
        hint: 'The upper legs.',
        says: 'You feel it in your thighs, hips or buttocks',
      },
      'hands-arms': {
        label: 'Hands or arms too',
        says: 'You feel it in your hands or arms too',
      },
      'around-mouth': {
        label: 'Tingling or numbness around the mouth',
        says: 'You mentioned tingling or numbness around the mouth',
      },
    },
  },
  'symptoms.legs': {
    name: 'One leg or both',
    question: 'Is it one leg or both?',
    why: {
      text: 'A missing nutrient usually affects both legs, while pain or swelling in only one leg could be a blood clot, which needs a doctor.',
      sourceIds: ['S34', 'S58'],
    },
    options: {
      one: { label: 'One leg', says: 'It affects one leg' },
      both: { label: 'Both legs', says: 'It affects both legs' },
    },
  },
  'symptoms.severity': {
    name: 'How bad',
    question: 'How bad is it at its worst?',
    why: {
      text: 'How much it gets in the way helps LegCheck judge how soon a doctor should take a look, for example when leg cramps spoil your sleep.',
      sourceIds: ['S79'],
    },
    options: {
      mild: { label: 'Mild: I notice it but carry on as usual', says: 'You rated it mild' },
      moderate: {
        label: 'Moderate: it gets in the way of some things',
        says: 'You rated it moderate',
      },
      severe: {
        label: 'Severe: it stops me doing things or is hard to bear',
        says: 'You rated it severe',
      },
    },
  },
  'timing.when': {
    name: 'When it happens',
    question: 'When does it happen?',
    hint: 'Tick every one that fits.',
    why: {
      text: 'Restless legs tend to come on when you sit or lie still, while calf pain that comes with walking and eases with rest could mean poor blood flow.',
      sourceIds: ['S19', 'S65'],
    },
    options: {
      night: { label: 'Wakes me at night or during sleep', says: 'It wakes you at night' },
      'evening-rest': {
        label: 'Evenings, or when sitting or lying still',
        says: 'It comes on in the evening or when you sit or lie still',
      },
      'during-exercise': { label: 'During exercise', says: 'It comes on during exercise' },
      'after-exercise': { label: 'After exercise', says: 'It comes on after exercise' },
      'walking-eases-rest': {
        label: 'Comes on when walking, eases within minutes of rest',
        says: 'It comes on when you walk and eases within minutes of rest',
      },
      constant: { label: 'Constant: there most of the time', says: 'It is there most of the time' },
    },
  },
  'timing.duration': {
    name: 'How long',
    question: 'How long has it been going on?',
    why: {
      text: 'Some shortfalls, such as low vitamin B12, build up slowly over months or years, so how long it has gone on may help tell causes apart.',
      sourceIds: ['S31'],
    },
    options: {
      days: { label: 'A few days (under 1 week)', says: 'It started less than a week ago' },
      weeks: { label: '1 to 4 weeks', says: 'It has gone on for 1 to 4 weeks' },
      months: { label: '1 to 3 months', says: 'It has gone on for 1 to 3 months' },
      'over-3-months': { label: 'Over 3 months', says: 'It has gone on for over 3 months' },
    },
  },
  'timing.onset': {
    name: 'How it started',
    question: 'How did it start?',
    why: {
      text: 'Leg pain that starts suddenly could mean a blocked blood vessel, which needs care quickly.',
      sourceIds: ['S62'],
    },
    options: {
      sudden: {
        label: 'Sudden: within minutes or hours',
        says: 'It started suddenly',
      },
      gradual: {
        label: 'Gradual: built up over days or weeks',
        says: 'It started gradually',
      },
    },
  },
  'diet.pattern': {
    name: 'Way of eating',
    question: 'Which way of eating is closest to yours?',
    why: {
      text: 'B12 comes naturally only from animal foods, so people who eat few of them may need foods with B12 added or a supplement.',
      sourceIds: ['S31'],
    },
    options: {
      omnivore: {
        label: 'Omnivore: I eat meat, fish and plant foods',
        says: 'You eat meat, fish and plant foods',
      },
      pescatarian: {
        label: 'Pescatarian: fish but no meat',
        says: 'You eat fish but no meat (pescatarian)',
      },
      vegetarian: {
        label: 'Vegetarian: no meat or fish',
        says: 'You eat no meat or fish (vegetarian)',
      },
      vegan: {
        label: 'Vegan: no animal foods at all',
        says: 'You eat no animal foods (vegan)',
      },
    },
  },
  'diet.dairy': leftOutFood('dairy'),
  'diet.fattyFish': leftOutFood('fattyFish'),
  'diet.redMeat': leftOutFood('redMeat'),
  'diet.eggs': leftOutFood('eggs'),
  'diet.leafyGreens': frequencyField('leafyGreens'),
  'diet.nutsSeeds': frequencyField('nutsSeeds'),
  'diet.wholeGrains': frequencyField('wholeGrains'),
  'diet.legumes': frequencyField('legumes'),
  'diet.fortifiedFoods': frequencyField('fortifiedFoods'),
  'diet.water': {
    name: 'Drinks a day',
    question: 'How much do you drink a day, in glasses of water or other drinks?',
    hint: 'A glass is about 250 ml. Count water, tea, milk and other drinks.',
    why: {
      text: 'Drinking too little could leave the body short of water, which may make your legs feel weak or tired.',
      sourceIds: ['S47'],
    },
    options: {
      'under-4-glasses': {
        label: 'Under 4 glasses',
        says: 'You drink under 4 glasses a day',
      },
      '4-7-glasses': { label: '4 to 7 glasses', says: 'You drink 4 to 7 glasses a day' },
      '8-plus-glasses': {
        label: '8 glasses or more',
        says: 'You drink 8 glasses or more a day',
      },
    },
  },
  'diet.alcohol': {
    name: 'Alcohol',
    question: 'How much alcohol do you drink?',
    why: {
      text: 'Drinking a lot of alcohol can make the body lose magnesium and take in less of it.',
      sourceIds: ['S3'],
    },
    options: {
      none: { label: 'None', says: 'You drink no alcohol' },
      moderate: {
        label: 'Moderate: a few drinks a week',
        says: 'You drink a moderate amount of alcohol',
      },
      heavy: {
        label: 'Heavy: most days, or many drinks at a time',
        says: 'You drink alcohol heavily',
      },
    },
  },
  'lifestyle.sun': {
    name: 'Time outdoors',
    question: 'How often are you outdoors with some skin uncovered (face, arms or legs)?',
    why: {
      text: 'Your skin makes vitamin D in sunlight, so people who are rarely outdoors may make too little.',
      sourceIds: ['S1'],
    },
    options: {
      rarely: {
        label: 'Rarely: mostly indoors or covered up',
        says: 'You are rarely outdoors with skin uncovered',
      },
      some: {
        label: 'Some: a few times a week',
        says: 'You are outdoors with some skin uncovered a few times a week',
      },
      daily: {
        label: 'Daily: outdoors most days',
        says: 'You are outdoors with some skin uncovered daily',
      },
    },
  },
  'lifestyle.sweating': {
    name: 'Sweating',
    question: 'How much do you sweat from hard exercise, heat or physical work?',
    why: {
      text: 'Sweating a lot from heat, work or exercise loses water, which could leave the body short of it.',
      sourceIds: ['S47'],
    },
    options: {
      low: { label: 'Low: rarely sweat much', says: 'You sweat little' },
      moderate: {
        label: 'Moderate: a few times a week',
        says: 'You sweat a moderate amount',
      },
      heavy: {
        label: 'Heavy: hard exercise, heat or physical work most days',
        says: 'You sweat heavily from exercise, heat or physical work',
      },
    },
  },
  'lifestyle.supplements': {
    name: 'Supplements taken',
    question: 'Which supplements do you already take regularly?',
    hint: 'Tick any that apply. Leave all unticked if none.',
    emptyAnswer: 'None',
    why: {
      text: 'A supplement you take may already give you enough of a nutrient, so LegCheck takes it into account.',
      sourceIds: ['S1', 'S2'],
    },
    options: {
      'vitamin-d': { label: 'Vitamin D', says: 'You already take vitamin D' },
      'vitamin-b12': { label: 'Vitamin B12', says: 'You already take vitamin B12' },
      magnesium: { label: 'Magnesium', says: 'You already take magnesium' },
      calcium: { label: 'Calcium', says: 'You already take calcium' },
      iron: { label: 'Iron', says: 'You already take iron' },
      'vitamin-e': { label: 'Vitamin E', says: 'You already take vitamin E' },
      multivitamin: {
        label: 'A multivitamin',
        hint: 'One tablet with many vitamins and minerals.',
        says: 'You already take a multivitamin',
      },
      'b12-injections': {
        label: 'Vitamin B12 injections from a doctor or nurse',
        hint: 'For example hydroxocobalamin injections every few weeks or months.',
        says: 'You get vitamin B12 injections from a doctor or nurse',
      },
    },
  },
  'health.conditions': {
    name: 'Health conditions',
    question: 'Does any of these apply to you?',
    hint: 'Tick any that apply. Leave all unticked if none.',
    emptyAnswer: 'None of these',
    why: {
      text: 'Heavy periods may lower iron, and a gut problem or weight-loss surgery may lower B12 and iron.',
      sourceIds: ['S31', 'S32'],
    },
    options: {
      malabsorption: {
        label:
          "A gut condition that affects absorption: coeliac disease, Crohn's, chronic pancreatitis or cystic fibrosis",
        hint: 'Absorption: how the gut takes nutrients from food into the body.',
        says: 'You mentioned a gut condition that affects absorption',
      },
      'bariatric-surgery': {
        label: 'Weight-loss surgery (bariatric surgery)',
        hint: 'For example a gastric bypass or gastric sleeve.',
        says: 'You mentioned weight-loss surgery (bariatric surgery)',
      },
      'kidney-disease': { label: 'Kidney disease', says: 'You mentioned kidney disease' },
      'heavy-periods': { label: 'Heavy periods', says: 'You mentioned heavy periods' },
      'frequent-blood-donation': {
        label: 'Frequent blood donation',
        says: 'You give blood often',
      },
      diabetes: { label: 'Diabetes', says: 'You mentioned diabetes' },
      'darker-skin': {
        label: 'Darker skin (more melanin)',
        hint: 'Melanin is the skin’s colour; more of it means more sun is needed to make vitamin D.',
        says: 'You mentioned darker skin, which needs more sun to make vitamin D',
      },
      'pernicious-anaemia': {
        label: 'Pernicious anaemia, or another known B12 absorption problem',
        hint: 'The body cannot take in vitamin B12 from food; often treated with injections.',
        says: 'You mentioned pernicious anaemia or another B12 absorption problem',
      },
      'stomach-bowel-surgery': {
        label: 'Part of the stomach or bowel removed (surgery, not weight-loss surgery)',
        says: 'You mentioned surgery that removed part of the stomach or bowel',
      },
      'recent-diarrhoea-vomiting': {
        label: 'Diarrhoea or vomiting in the last two weeks',
        says: 'You mentioned diarrhoea or vomiting in the last two weeks',
      },
      'underactive-thyroid': {
        label: 'Underactive thyroid (hypothyroidism), treated or not',
        hint: 'For example taking levothyroxine.',
        says: 'You mentioned an underactive thyroid (hypothyroidism)',
      },
      'liver-disease': {
        label: 'Long-term liver disease, such as cirrhosis',
        says: 'You mentioned long-term liver disease',
      },
      'fluid-restriction': {
        label: 'Told by a doctor to limit fluids (fluid restriction)',
        hint: 'For example with heart failure or dialysis.',
        says: 'You were told by a doctor to limit fluids',
      },
    },
  },
  'health.medications': {
    name: 'Medicines',
    question: 'Do you take any of these medicines?',
    hint: 'Tick any that apply. Leave all unticked if none.',
    emptyAnswer: 'None of these',
    why: {
      text: 'Some medicines may lower vitamin B12 (acid reducers, metformin) or magnesium (some acid reducers, water pills).',
      sourceIds: ['S31', 'S15', 'S22'],
    },
    options: {
      'acid-reducer': {
        label: 'Stomach acid reducer for months (proton pump inhibitor or H2 blocker)',
        hint: 'For heartburn or reflux, for example omeprazole, lansoprazole or famotidine.',
        says: 'You take a stomach acid reducer (proton pump inhibitor or H2 blocker)',
      },
      metformin: {
        label: 'Metformin',
        hint: 'A common diabetes medicine.',
        says: 'You take metformin',
      },
      diuretic: {
        label: 'A water pill (diuretic): loop or thiazide',
        hint: 'For example furosemide, bendroflumethiazide or indapamide. Spironolactone or amiloride on their own do not count here.',
        says: 'You take a water pill (diuretic)',
      },
      statin: {
        label: 'A statin',
        hint: 'A cholesterol medicine, for example atorvastatin or simvastatin.',
        says: 'You take a statin',
      },
      anticonvulsant: {
        label: 'An anticonvulsant (seizure medicine)',
        hint: 'For epilepsy or seizures, for example phenytoin or carbamazepine.',
        says: 'You take an anticonvulsant (seizure medicine)',
      },
      corticosteroid: {
        label: 'Steroid tablets for months (corticosteroids)',
        hint: 'For example prednisolone.',
        says: 'You take steroid tablets (corticosteroids)',
      },
      'blood-thinner': {
        label: 'A blood thinner (warfarin, apixaban, rivaroxaban, clopidogrel or daily aspirin)',
        says: 'You take a blood thinner',
      },
      'nitrous-oxide': {
        label: 'Nitrous oxide (laughing gas, used for fun)',
        hint: 'Also called whippets, nos or balloons. We ask because it can use up vitamin B12.',
        says: 'You mentioned using nitrous oxide (laughing gas)',
      },
    },
  },
  redFlags: {
    name: 'Warning signs',
    question: 'Do you notice any of these warning signs?',
    hint: 'Tick every one that fits, or tick "None of these".',
    emptyAnswer: 'None of these',
    noneOfThese: NONE_OF_THESE_OPTION,
    why: {
      text: 'Some of these signs can mean a condition that needs care today, such as a blood clot, rather than a missing nutrient.',
      sourceIds: ['S58', 'S72'],
    },
    options: {
      'one-leg-swollen': {
        label: 'One leg swollen, red or warm, with a tender calf',
        says: 'You ticked: one leg swollen, red or warm, with a tender calf',
      },
      'breathless-chest-pain': {
        label: 'Shortness of breath or chest pain',
        says: 'You ticked: shortness of breath or chest pain',
      },
      'cold-pale-leg': {
        label: 'A leg that is cold, pale or blue, and very painful',
        says: 'You ticked: a leg that is cold, pale or blue, and very painful',
      },
      'saddle-numbness': {
        label: 'Numbness between the legs, or new trouble controlling bladder or bowels',
        hint: 'The area you would sit on in a saddle.',
        says: 'You ticked: numbness between the legs, or new trouble controlling bladder or bowels',
      },
      'dark-urine': {
        label: 'Dark, cola-coloured urine with muscle pain',
        says: 'You ticked: dark, cola-coloured urine with muscle pain',
      },
      'rapid-weakness': {
        label: 'Weakness spreading or getting worse over hours to days',
        says: 'You ticked: weakness spreading or getting worse over hours to days',
      },
      injury: {
        label: 'The pain began with a fall, an injury or a pop in the calf',
        says: 'You ticked: the pain began with a fall, an injury or a pop in the calf',
      },
      'fever-hot-skin': {
        label: 'Fever with red, hot, swollen skin',
        says: 'You ticked: fever with red, hot, swollen skin',
      },
      'very-unwell': {
        label:
          'Feeling very unwell: confused, very drowsy, fainting, or breathing or heart very fast',
        says: 'You ticked: feeling very unwell (confused, very drowsy, fainting, or breathing or heart very fast)',
      },
      'rest-pain-ulcer': {
        label:
          'Foot pain at rest or at night that eases when you hang the leg down, or a sore or black patch on the foot that does not heal',
        says: 'You ticked: foot pain at rest, or a sore or black patch on the foot that does not heal',
      },
      'long-cramp': {
        label: 'A cramp that lasts longer than 10 minutes despite stretching',
        says: 'You ticked: a cramp that lasts longer than 10 minutes despite stretching',
      },
    },
  },
} satisfies AnswerLabels;

function findOption(field: string, value: string): AnswerOption | undefined {
  if (!isQuestionId(field)) return undefined;
  const options: Readonly<Record<string, AnswerOption>> = ANSWER_LABELS[field].options;
  return Object.hasOwn(options, value) ? options[value] : undefined;
}

/** The words of a question's stop option or its "None of these", when the table gives it one. */
export function extraOptionWords(
  field: QuestionId,
  extra: 'stopOption' | 'noneOfThese',
): ExtraOptionWords | undefined {
  const labels = ANSWER_LABELS[field];
  if (extra === 'stopOption') return 'stopOption' in labels ? labels.stopOption : undefined;
  return 'noneOfThese' in labels ? labels.noneOfThese : undefined;
}

/** The words of a question that another answer can answer (table: knownWhen), else undefined. */
export function knownAnswerWords(field: QuestionId): KnownAnswerWords | undefined {
  const labels = ANSWER_LABELS[field];
  return 'known' in labels ? labels.known : undefined;
}

/** The label of one option, or the raw value when the field or value is unknown. */
export function labelFor(field: string, value: string): string {
  return findOption(field, value)?.label ?? value;
}

/**
 * A plain sentence about the person's own answer, e.g. ('diet.dairy', 'rarely') ->
 * 'You rarely eat dairy'. Unknown pairs still read as a sentence rather than an id.
 */
export function describeReason(field: string, value: string): string {
  const option = findOption(field, value);
  if (option) return option.says;
  return `You answered "${value}" to ${describeAnswerField(field).toLowerCase()}`;
}

/** The short name of a question, e.g. 'diet.dairy' -> 'Dairy (milk, cheese, yogurt)'. */
export function describeAnswerField(field: string): string {
  return isQuestionId(field) ? ANSWER_LABELS[field].name : 'a question';
}

/** One line of an answers summary. */
export interface AnswerSummaryLine {
  question: string;
  answer: string;
}

function line(field: QuestionId, values: readonly string[]): AnswerSummaryLine {
  const labels: AnswerFieldLabels<string> = ANSWER_LABELS[field];
  const answer =
    values.length === 0
      ? (labels.emptyAnswer ?? 'None')
      : values.map((value) => labelFor(field, value)).join('; ');
  return { question: labels.name, answer };
}

function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item) => typeof item === 'string');
  if (typeof value === 'boolean' || typeof value === 'string') return [String(value)];
  return [];
}

/** One line of an answers summary, with the id of the question it answers. */
export interface AnswerSummaryEntry extends AnswerSummaryLine {
  field: QuestionId;
}

/**
 * Every answer as question and answer in plain words, in questionnaire order, each with its
 * question's id. A question that was not asked (pregnancy when sex is male) is left out, as the
 * wizard leaves it out; one whose answer followed from another (a vegan's dairy) says "Not asked"
 * and why, rather than showing an answer the person never chose. Answers saved before the wizard
 * skipped it may hold the person's own different answer: that one is shown as given.
 */
export function summarizeAnswers(answers: Answers): AnswerSummaryEntry[] {
  const sections: Readonly<Record<string, unknown>> = answers;
  const entries: AnswerSummaryEntry[] = [];
  for (const field of QUESTION_IDS) {
    const section = sectionOf(field);
    const holder = section === undefined ? sections : sections[section];
    if (!isRecord(holder)) continue;
    const value = holder[fieldOf(field)];
    const known = knownAnswerOf(field, holder);
    const words = knownAnswerWords(field);
    if (known !== undefined && value === known && words) {
      entries.push({ question: ANSWER_LABELS[field].name, answer: words.answer, field });
      continue;
    }
    if (known === undefined && !isShown(field, holder)) continue;
    entries.push({ ...line(field, listOf(value)), field });
  }
  return entries;
}

/** Every answer as question and answer in plain words, in questionnaire order, for summaries. */
export function formatAnswers(answers: Answers): AnswerSummaryLine[] {
  return summarizeAnswers(answers).map(({ question, answer }) => ({ question, answer }));
}

function fieldValues(): { readonly [Id in QuestionId]: readonly QuestionValue<Id>[] } {
  const values: Partial<Record<QuestionId, readonly string[]>> = {};
  for (const id of QUESTION_IDS) values[id] = optionsOf(id);
  // optionsOf(id) is exactly the option list of id, for every id of the table.
  return values as { readonly [Id in QuestionId]: readonly QuestionValue<Id>[] };
}

/** The option ids of each field in the spec's order, so forms and tests list them the same way. */
export const FIELD_VALUES = fieldValues();

/** A labelled option list for one field, in the spec's order, ready for a radio or checkbox group. */
export function optionsFor<F extends QuestionId>(
  field: F,
): Array<{ value: QuestionValue<F>; label: string; hint?: string }> {
  const values: readonly QuestionValue<F>[] = FIELD_VALUES[field];
  const options: Readonly<Record<string, AnswerOption>> = ANSWER_LABELS[field].options;
  return values.map((value) => {
    const option = options[value];
    return {
      value,
      label: option?.label ?? value,
      ...(option?.hint ? { hint: option.hint } : {}),
    };
  });
}
