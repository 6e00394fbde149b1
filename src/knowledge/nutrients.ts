// The seven factors: what each does for muscles and nerves, the leg symptoms linked to a
// shortfall, who is at risk, medicines, blood tests, tips, intakes and the strength of the
// evidence. Facts and figures come from ../shared/reference/nutrients.md; sentences are ours.
// Figures marked [mem] in the reference are left out; [2nd] ones are avoided.
import type { LabTestId, NutrientId } from '../scoring';
import type { SourceId, Sourced } from './sources';

/** How strong the evidence is that the nutrient helps the leg symptom it is best known for. */
export const EVIDENCE_LEVELS = [
  'moderate',
  'low',
  'very-low',
  'no-benefit-shown',
  'no-trials-found',
] as const;
/** One of EVIDENCE_LEVELS. */
export type EvidenceLevel = (typeof EVIDENCE_LEVELS)[number];

/** Plain words for each evidence level, shown beside every factor. */
export const EVIDENCE_LABELS = {
  moderate: 'Moderate evidence: trials show a benefit',
  low: 'Low evidence: based on weaker studies',
  'very-low': 'Very low evidence: very uncertain',
  'no-benefit-shown': 'Trials show no meaningful benefit',
  // Reference section 9 says trials were "not found": that is what we searched, not proof that
  // nobody ever tested it, so the words must not claim more than the search found.
  'no-trials-found': 'No trials found',
} as const satisfies Record<EvidenceLevel, string>;

/** The evidence behind a factor, for the leg symptom it is best known for. */
export interface Evidence {
  readonly level: EvidenceLevel;
  /** Plain words for the level (EVIDENCE_LABELS[level]). */
  readonly label: string;
  /** What was tested, e.g. 'Magnesium for ordinary night cramps'. */
  readonly question: string;
  /** One sentence on why the evidence has this strength. */
  readonly why: string;
  readonly sourceIds: readonly SourceId[];
}

/** Everything the app says about one factor. */
export interface Nutrient {
  readonly id: NutrientId;
  /** Display name, e.g. 'Vitamin D'. */
  readonly name: string;
  /** What it does for muscles and nerves. */
  readonly role: Sourced;
  readonly legSymptoms: readonly Sourced[];
  readonly riskGroups: readonly Sourced[];
  /** Medicines that lower the level or its uptake. */
  readonly medicines: readonly Sourced[];
  /** Medicine interactions and other cautions (not lowering the level). */
  readonly cautions: readonly Sourced[];
  readonly labTests: readonly LabTestId[];
  readonly absorptionTips: readonly Sourced[];
  /** Recommended daily intake for adults (RDA or adequate intake). */
  readonly intake: Sourced;
  /** Safe upper limit for adults. */
  readonly upperLimit: Sourced;
  readonly evidence: Evidence;
}

const nutrients = {
  'vitamin-d': {
    id: 'vitamin-d',
    name: 'Vitamin D',
    role: {
      text: 'Vitamin D helps the body take up calcium and keeps bones and muscles strong. A long shortfall could soften the bones (osteomalacia).',
      sourceIds: ['S30', 'S35'],
    },
    legSymptoms: [
      {
        text: 'A dull, aching pain in the hips, pelvis or leg bones, often worse when standing or walking.',
        sourceIds: ['S35'],
      },
      {
        text: 'Weak thigh and hip muscles, for example trouble getting up from a chair or climbing stairs.',
        sourceIds: ['S35'],
      },
      {
        text: 'A slower, waddling walk and more falls.',
        sourceIds: ['S35'],
      },
      {
        text: 'Cramps or tingling, but only when the shortfall is severe enough to lower blood calcium.',
        sourceIds: ['S35', 'S36'],
      },
      {
        text: 'A mild shortfall often causes no symptoms at all.',
        sourceIds: ['S35'],
      },
    ],
    riskGroups: [
      {
        text: 'Older adults: the skin makes less vitamin D with age, and more time is spent indoors.',
        sourceIds: ['S28'],
      },
      {
        text: 'People who get little sun: housebound people, night or indoor workers, people far from the equator or who cover most of their skin.',
        sourceIds: ['S28'],
      },
      {
        text: 'People with darker skin, which makes less vitamin D from the same amount of sun.',
        sourceIds: ['S28'],
      },
      {
        text: "Conditions that reduce fat absorption, such as Crohn's disease, coeliac disease, cystic fibrosis or chronic pancreatitis.",
        sourceIds: ['S28'],
      },
      {
        text: 'Obesity (a BMI of 30 or more), which goes with lower blood levels for the same intake.',
        sourceIds: ['S28'],
      },
      {
        text: 'Weight-loss (bariatric) surgery, which bypasses part of the gut that absorbs it.',
        sourceIds: ['S28'],
      },
    ],
    medicines: [
      {
        text: 'Some epilepsy medicines (phenytoin, phenobarbital) speed up the breakdown of vitamin D.',
        sourceIds: ['S23'],
      },
      {
        text: 'Steroid tablets such as prednisone upset vitamin D handling and calcium uptake.',
        sourceIds: ['S23'],
      },
      {
        text: 'Orlistat, the cholesterol binders cholestyramine and colestipol, and mineral-oil laxatives reduce how much vitamin D is absorbed.',
        sourceIds: ['S23'],
      },
    ],
    cautions: [
      {
        text: 'With thiazide water pills, extra vitamin D and calcium could push blood calcium too high.',
        sourceIds: ['S23', 'S25'],
      },
      {
        text: 'High doses with digoxin or diltiazem could raise blood calcium and upset the heart rhythm.',
        sourceIds: ['S23'],
      },
    ],
    labTests: ['25-hydroxy-vitamin-d', 'calcium'],
    absorptionTips: [
      {
        text: 'Take vitamin D supplements with a meal that contains some fat: in one study, blood levels rose about a third higher than with a fat-free meal.',
        sourceIds: ['S41'],
      },
      {
        text: 'Plant-based options are UV-exposed mushrooms, fortified plant milks and cereals (check the label for a vegan form of vitamin D), or a D2 or lichen-based D3 supplement.',
        sourceIds: ['S1'],
      },
      {
        text: 'Keep vitamin D apart from orlistat, cholesterol binders and mineral oil.',
        sourceIds: ['S23'],
      },
    ],
    intake: {
      text: 'Adults up to 70: 15 mcg (600 IU) a day, also in pregnancy and breastfeeding. Over 70: 20 mcg (800 IU). These amounts assume little sun.',
      sourceIds: ['S1'],
    },
    upperLimit: {
      text: 'No more than 100 mcg (4,000 IU) a day for adults, including in pregnancy, counting food and supplements together. Too much could raise blood calcium.',
      sourceIds: ['S9'],
    },
    evidence: {
      level: 'no-trials-found',
      label: EVIDENCE_LABELS['no-trials-found'],
      question: 'Vitamin D for ordinary leg cramps',
      why: 'No trials of vitamin D for ordinary cramps were found; the link rests on what a real shortfall does to bones and muscles.',
      sourceIds: ['S35'],
    },
  },
  'vitamin-b12': {
    id: 'vitamin-b12',
    name: 'Vitamin B12',
    role: {
      text: 'Vitamin B12 keeps the nerves, including the spinal cord, healthy and is needed to make red blood cells.',
      sourceIds: ['S34'],
    },
    legSymptoms: [
      {
        text: 'Numbness, tingling or burning in the toes and feet, often the first nerve sign.',
        sourceIds: ['S34'],
      },
      {
        text: 'Poor balance that is worse in the dark or with the eyes closed.',
        sourceIds: ['S34'],
      },
      {
        text: 'Leg weakness or stiffness, later on if not treated.',
        sourceIds: ['S34'],
      },
      {
        text: 'Tiredness and weakness from anaemia. Nerve signs can appear even when the blood count is normal.',
        sourceIds: ['S34'],
      },
    ],
    riskGroups: [
      {
        text: 'Adults over 50: many absorb the B12 in food less well.',
        sourceIds: ['S31'],
      },
      {
        text: 'Vegans and strict vegetarians: B12 is found naturally only in animal foods. Body stores last years, so a shortfall shows late.',
        sourceIds: ['S31'],
      },
      {
        text: 'Pernicious anaemia, an autoimmune condition that stops B12 being absorbed.',
        sourceIds: ['S31'],
      },
      {
        text: 'Stomach or bowel surgery, including weight-loss surgery.',
        sourceIds: ['S31'],
      },
      {
        text: "Crohn's disease, coeliac disease and other conditions that reduce absorption.",
        sourceIds: ['S31'],
      },
      {
        text: 'Heavy alcohol use.',
        sourceIds: ['S24'],
      },
      {
        text: "Exposure to nitrous oxide ('laughing gas'), which inactivates B12.",
        sourceIds: ['S31'],
      },
    ],
    medicines: [
      {
        text: 'Metformin can lower B12 absorption over time; regular checks are advised on long-term use.',
        sourceIds: ['S24'],
      },
      {
        text: 'Acid reducers (proton pump inhibitors such as omeprazole, H2 blockers such as famotidine) can make it harder to free B12 from food.',
        sourceIds: ['S24'],
      },
      {
        text: 'Colchicine can reduce absorption.',
        sourceIds: ['S24'],
      },
    ],
    cautions: [
      {
        text: 'High-dose folic acid can hide a B12 shortfall in blood tests while nerve damage goes on.',
        sourceIds: ['S24'],
      },
    ],
    labTests: ['vitamin-b12', 'full-blood-count'],
    absorptionTips: [
      {
        text: 'On a vegan diet, the reliable sources are foods with B12 added (such as fortified nutritional yeast, plant milks or cereals) and a B12 supplement. Algae and tempeh are not reliable sources.',
        sourceIds: ['S31', 'S2'],
      },
      {
        text: 'Over 50, or on metformin or acid reducers: the B12 in supplements and fortified foods is still absorbed.',
        sourceIds: ['S31', 'S24'],
      },
      {
        text: 'Pernicious anaemia or bowel surgery usually needs high-dose tablets or injections under medical care.',
        sourceIds: ['S31'],
      },
    ],
    intake: {
      text: 'Adults: 2.4 mcg a day; 2.6 mcg in pregnancy and 2.8 mcg when breastfeeding. Over 50, most of it should come from fortified foods or supplements.',
      sourceIds: ['S53', 'S31'],
    },
    upperLimit: {
      text: 'No upper limit has been set, as no harm has been found from B12 in food or supplements in healthy people.',
      sourceIds: ['S53', 'S2'],
    },
    evidence: {
      level: 'no-trials-found',
      label: EVIDENCE_LABELS['no-trials-found'],
      question: 'Vitamin B12 for ordinary leg cramps',
      why: 'No trials of vitamin B12 for ordinary cramps were found. A review of cramps in pregnancy held only small trials of B vitamins. The link rests on what a real shortfall does to the nerves.',
      sourceIds: ['S34', 'S17'],
    },
  },
  magnesium: {
    id: 'magnesium',
    name: 'Magnesium',
    role: {
      text: 'Magnesium keeps nerves and muscles from firing too easily. It works closely with calcium and potassium.',
      sourceIds: ['S15', 'S22'],
    },
    legSymptoms: [
      {
        text: 'Cramps, spasms, twitching or trembling muscles.',
        sourceIds: ['S15', 'S22'],
      },
      {
        text: 'Numbness or tingling when the shortfall is moderate or severe.',
        sourceIds: ['S22'],
      },
      {
        text: 'Weakness and tiredness, an early but vague sign.',
        sourceIds: ['S22'],
      },
      {
        text: 'A severe shortfall can cause fits or an irregular heartbeat, which needs urgent care.',
        sourceIds: ['S15', 'S22'],
      },
    ],
    riskGroups: [
      {
        text: "Gut conditions such as Crohn's disease, coeliac disease, long-lasting diarrhoea or bowel surgery.",
        sourceIds: ['S29'],
      },
      {
        text: 'Type 2 diabetes, which raises the amount lost in urine.',
        sourceIds: ['S29'],
      },
      {
        text: 'Heavy alcohol use.',
        sourceIds: ['S29'],
      },
      {
        text: 'Older adults, who tend to eat and absorb less and lose more.',
        sourceIds: ['S29'],
      },
      {
        text: 'Long-term use of acid reducers or water pills.',
        sourceIds: ['S29', 'S15'],
      },
    ],
    medicines: [
      {
        text: 'Proton pump inhibitors (acid reducers) taken for a long time, usually more than a year.',
        sourceIds: ['S15'],
      },
      {
        text: 'Loop and thiazide water pills such as furosemide, bumetanide or hydrochlorothiazide.',
        sourceIds: ['S22'],
      },
      {
        text: 'Some antibiotics, antifungals, cancer and transplant medicines (for example amphotericin B, cisplatin, ciclosporin).',
        sourceIds: ['S22'],
      },
    ],
    cautions: [
      {
        text: 'Magnesium and some antibiotics (tetracyclines, quinolones), bone medicines (bisphosphonates) and iron block each other in the gut. Take them 2 to 4 hours apart.',
        sourceIds: ['S22'],
      },
    ],
    labTests: ['magnesium', 'calcium', 'electrolytes'],
    absorptionTips: [
      {
        text: 'Citrate, lactate, chloride and aspartate forms are absorbed better than magnesium oxide.',
        sourceIds: ['S45'],
      },
      {
        text: 'Diarrhoea is the usual sign of too much; stay under 350 mg a day from supplements unless a doctor prescribes more.',
        sourceIds: ['S49', 'S22'],
      },
      {
        text: 'Keep magnesium a few hours apart from antibiotics, bone medicines and iron.',
        sourceIds: ['S22'],
      },
    ],
    intake: {
      text: 'Men: 400 mg a day at 19-30 and 420 mg from 31. Women: 310 mg at 19-30 and 320 mg from 31; 350-360 mg in pregnancy.',
      sourceIds: ['S49'],
    },
    upperLimit: {
      text: 'No more than 350 mg a day from supplements and medicines only: magnesium in food and water does not count. Too much could cause diarrhoea.',
      sourceIds: ['S49'],
    },
    evidence: {
      level: 'no-benefit-shown',
      label: EVIDENCE_LABELS['no-benefit-shown'],
      question: 'Magnesium for ordinary night cramps',
      why: 'A review of trials found that magnesium is unlikely to ease ordinary night cramps in a way that matters. Most people in these trials were older adults. Trials in pregnancy gave mixed results, so the evidence there is uncertain.',
      sourceIds: ['S16', 'S17'],
    },
  },
  calcium: {
    id: 'calcium',
    name: 'Calcium',
    role: {
      text: 'Calcium lets muscles contract and nerves pass signals. The bones hold a large store that keeps the blood level steady.',
      sourceIds: ['S36', 'S37'],
    },
    legSymptoms: [
      {
        text: 'Tingling or numbness in the toes, feet, fingers or around the mouth, often the first sign of low blood calcium.',
        sourceIds: ['S36'],
      },
      {
        text: 'Cramps, spasms or stiffness in the legs and feet.',
        sourceIds: ['S36'],
      },
      {
        text: 'Very low blood calcium can cause fits or trouble breathing, which is an emergency.',
        sourceIds: ['S36'],
      },
      {
        text: 'A long-term low intake gives no early symptoms but weakens the bones over time.',
        sourceIds: ['S30', 'S36'],
      },
    ],
    riskGroups: [
      {
        text: 'Women after the menopause.',
        sourceIds: ['S30'],
      },
      {
        text: 'Women whose periods have stopped because of low weight or heavy training, including anorexia.',
        sourceIds: ['S30'],
      },
      {
        text: 'People who avoid dairy because of lactose intolerance or a milk allergy.',
        sourceIds: ['S30'],
      },
      {
        text: 'Vegans and some vegetarians.',
        sourceIds: ['S30'],
      },
      {
        text: 'People low in vitamin D, since calcium uptake depends on it.',
        sourceIds: ['S30'],
      },
      {
        text: 'Kidney disease, underactive parathyroid glands or very low magnesium, which can lower blood calcium.',
        sourceIds: ['S30'],
      },
    ],
    medicines: [
      {
        text: 'Steroid tablets (glucocorticoids) reduce calcium uptake.',
        sourceIds: ['S25'],
      },
      {
        text: 'Phenytoin, phenobarbital and similar medicines speed up vitamin D breakdown, so less calcium is absorbed.',
        sourceIds: ['S25'],
      },
    ],
    cautions: [
      {
        text: 'In the gut, calcium blocks thyroid tablets (levothyroxine), some antibiotics, bone medicines (bisphosphonates) and iron. Take them apart as the leaflet says.',
        sourceIds: ['S25'],
      },
      {
        text: 'With thiazide water pills, calcium and vitamin D supplements could push blood calcium too high.',
        sourceIds: ['S25'],
      },
    ],
    labTests: ['calcium', '25-hydroxy-vitamin-d', 'magnesium'],
    absorptionTips: [
      {
        text: 'Take no more than 500 mg of calcium at a time; split larger amounts through the day.',
        sourceIds: ['S44'],
      },
      {
        text: 'Calcium carbonate works best with meals; calcium citrate can be taken at any time and suits people on acid reducers.',
        sourceIds: ['S44'],
      },
      {
        text: 'Take calcium and iron supplements at different times of day.',
        sourceIds: ['S44'],
      },
      {
        text: 'Good plant sources are calcium-set tofu, fortified plant milks, kale, bok choy and collard greens. The calcium in spinach is poorly absorbed.',
        sourceIds: ['S44', 'S48'],
      },
    ],
    intake: {
      text: 'Adults up to 50: 1,000 mg a day, also in pregnancy. Women from 51 and men from 71: 1,200 mg.',
      sourceIds: ['S51'],
    },
    upperLimit: {
      text: 'No more than 2,500 mg a day up to age 50, and 2,000 mg from 51, counting food and supplements together.',
      sourceIds: ['S51', 'S9'],
    },
    evidence: {
      level: 'no-trials-found',
      label: EVIDENCE_LABELS['no-trials-found'],
      question: 'Calcium for ordinary leg cramps',
      why: 'No trials of calcium for ordinary cramps were found. A review of cramps in pregnancy held only a few small calcium trials. The link rests on the cramps and tingling that low blood calcium can cause.',
      sourceIds: ['S36', 'S17'],
    },
  },
  iron: {
    id: 'iron',
    name: 'Iron',
    role: {
      text: 'Iron is needed to make the red blood cells that carry oxygen to the muscles. Low iron in the brain is linked to restless legs.',
      sourceIds: ['S32', 'S19'],
    },
    legSymptoms: [
      {
        text: 'Restless legs: an urge to move the legs that is worse in the evening or at rest and eases with moving.',
        sourceIds: ['S18', 'S19'],
      },
      {
        text: 'Tired, heavy or weak legs and getting out of breath more easily, from anaemia.',
        sourceIds: ['S32'],
      },
      {
        text: 'Feeling cold or noticing a racing heartbeat.',
        sourceIds: ['S32'],
      },
      {
        text: 'Craving ice or things that are not food.',
        sourceIds: ['S32'],
      },
    ],
    riskGroups: [
      {
        text: 'Heavy periods.',
        sourceIds: ['S32'],
      },
      {
        text: 'Pregnancy, when the need for iron rises.',
        sourceIds: ['S32', 'S50'],
      },
      {
        text: 'Frequent blood donors.',
        sourceIds: ['S32'],
      },
      {
        text: "Coeliac disease, Crohn's disease, weight-loss surgery or stomach problems that reduce absorption.",
        sourceIds: ['S32', 'S20'],
      },
      {
        text: 'Older adults with hidden bleeding from the gut, which needs a doctor to find the cause.',
        sourceIds: ['S20'],
      },
      {
        text: 'Kidney disease and dialysis.',
        sourceIds: ['S32'],
      },
      {
        text: 'Vegetarians and vegans: iron from plants is absorbed less well.',
        sourceIds: ['S32'],
      },
      {
        text: 'Strict weight-loss diets.',
        sourceIds: ['S32'],
      },
    ],
    medicines: [
      {
        text: 'Acid reducers and antacids lower the uptake of iron from plant foods.',
        sourceIds: ['S26'],
      },
      {
        text: 'Regular aspirin or anti-inflammatory painkillers can cause slow blood loss from the gut.',
        sourceIds: ['S26'],
      },
    ],
    cautions: [
      {
        text: 'Iron and calcium, magnesium or zinc block each other: take them at least 2 hours apart.',
        sourceIds: ['S26'],
      },
      {
        text: 'In the gut, iron blocks thyroid tablets, some antibiotics and levodopa. Take them apart as the leaflet says.',
        sourceIds: ['S26'],
      },
    ],
    labTests: ['ferritin', 'full-blood-count'],
    absorptionTips: [
      {
        text: 'Eat vitamin C-rich foods with plant sources of iron; meat or fish in the same meal also helps.',
        sourceIds: ['S43'],
      },
      {
        text: 'Keep tea, coffee, cocoa and calcium away from iron-rich meals and iron tablets.',
        sourceIds: ['S43'],
      },
      {
        text: 'If a doctor prescribes iron tablets, taking them every other day may be absorbed better than every day.',
        sourceIds: ['S42'],
      },
    ],
    intake: {
      text: 'Men, and women over 50: 8 mg a day. Women 19-50: 18 mg; 27 mg in pregnancy and 9 mg when breastfeeding. Vegetarians may need about 1.8 times as much.',
      sourceIds: ['S50', 'S32'],
    },
    upperLimit: {
      text: 'No more than 45 mg a day for adults, counting food and supplements together, unless a doctor prescribes more.',
      sourceIds: ['S50'],
    },
    evidence: {
      level: 'moderate',
      label: EVIDENCE_LABELS.moderate,
      question: 'Iron for restless legs',
      why: 'In trials, iron eased restless legs more than a dummy treatment (moderate certainty). The advice to take iron when ferritin is 75 ng/mL or lower comes from expert agreement, not from trials of that cut-off.',
      sourceIds: ['S18', 'S19'],
    },
  },
  'vitamin-e': {
    id: 'vitamin-e',
    name: 'Vitamin E',
    role: {
      text: 'Vitamin E is an antioxidant that protects nerve fibres. A real shortfall, which is rare, could harm the nerves and balance.',
      sourceIds: ['S13', 'S33'],
    },
    legSymptoms: [
      {
        text: 'Numbness and a reduced sense of vibration and leg position.',
        sourceIds: ['S13', 'S33'],
      },
      {
        text: 'Lost knee and ankle reflexes, often the first sign a doctor finds.',
        sourceIds: ['S33'],
      },
      {
        text: 'An unsteady walk and poor coordination that get worse if not treated.',
        sourceIds: ['S33'],
      },
      {
        text: 'Muscle weakness.',
        sourceIds: ['S33'],
      },
      {
        text: 'Treated early, the nerve damage can be reversed.',
        sourceIds: ['S13'],
      },
    ],
    riskGroups: [
      {
        text: 'A shortfall from diet alone is almost never seen in healthy people.',
        sourceIds: ['S13'],
      },
      {
        text: "Conditions that reduce fat absorption: liver disease with poor bile flow, cystic fibrosis, Crohn's disease, coeliac disease, short bowel or chronic pancreatitis.",
        sourceIds: ['S13', 'S33'],
      },
      {
        text: 'Rare inherited conditions, such as ataxia with vitamin E deficiency (AVED).',
        sourceIds: ['S33'],
      },
      {
        text: 'Severe undernutrition.',
        sourceIds: ['S13'],
      },
    ],
    medicines: [
      {
        text: 'Cholestyramine, colestipol, orlistat and mineral oil reduce absorption.',
        sourceIds: ['S27'],
      },
      {
        text: 'Epilepsy medicines such as phenobarbital, phenytoin and carbamazepine may lower blood levels.',
        sourceIds: ['S27'],
      },
    ],
    cautions: [
      {
        text: 'High-dose vitamin E adds to the bleeding risk of blood thinners such as warfarin, aspirin or clopidogrel.',
        sourceIds: ['S27'],
      },
    ],
    labTests: ['vitamin-e'],
    absorptionTips: [
      {
        text: 'Eat vitamin E foods with some fat; nuts, seeds and oils bring their own.',
        sourceIds: ['S13'],
      },
      {
        text: 'Natural vitamin E (d-alpha) does more per IU than the synthetic form (dl-alpha).',
        sourceIds: ['S52'],
      },
      {
        text: 'High-dose supplements have shown no benefit in healthy people and raise bleeding risk with blood thinners.',
        sourceIds: ['S27'],
      },
    ],
    intake: {
      text: 'Adults: 15 mg a day; 19 mg when breastfeeding.',
      sourceIds: ['S52', 'S13'],
    },
    upperLimit: {
      text: 'No more than 1,000 mg a day from supplements only (about 1,500 IU natural or 1,100 IU synthetic): vitamin E in food does not count. Too much could raise the risk of bleeding.',
      sourceIds: ['S52', 'S13'],
    },
    evidence: {
      level: 'no-trials-found',
      label: EVIDENCE_LABELS['no-trials-found'],
      question: 'Vitamin E for ordinary leg cramps',
      why: 'No trials of vitamin E for ordinary cramps were found; the link rests on what a real shortfall does to nerves and muscles.',
      sourceIds: ['S13', 'S33'],
    },
  },
  hydration: {
    id: 'hydration',
    name: 'Fluids (hydration)',
    role: {
      text: 'Enough body water keeps blood volume and blood pressure up; losing too much could leave muscles tired and weak.',
      sourceIds: ['S47'],
    },
    legSymptoms: [
      {
        text: 'Muscle weakness and tiredness.',
        sourceIds: ['S47'],
      },
      {
        text: 'Dizziness on standing up, and falls.',
        sourceIds: ['S47'],
      },
      {
        text: 'Cramps are often blamed on too little fluid, but studies do not show it is the main cause of exercise cramps.',
        sourceIds: ['S46'],
      },
      {
        text: 'Confusion when dehydration is severe, especially in older adults.',
        sourceIds: ['S47'],
      },
    ],
    riskGroups: [
      {
        text: 'Older adults, especially over 80 or in care homes, who feel less thirsty.',
        sourceIds: ['S47', 'S12'],
      },
      {
        text: 'People with memory problems, who may forget to drink.',
        sourceIds: ['S47', 'S12'],
      },
      {
        text: 'People who drink less to avoid trips to the toilet.',
        sourceIds: ['S47', 'S12'],
      },
      {
        text: 'People taking water pills (diuretics).',
        sourceIds: ['S47'],
      },
      {
        text: 'Poorly controlled diabetes.',
        sourceIds: ['S47'],
      },
      {
        text: 'Heat, heavy sweating, athletes and outdoor workers.',
        sourceIds: ['S47'],
      },
      {
        text: 'Vomiting, diarrhoea or fever.',
        sourceIds: ['S47'],
      },
      {
        text: 'Pregnancy and breastfeeding, when more water is needed.',
        sourceIds: ['S10', 'S11'],
      },
    ],
    medicines: [
      {
        text: 'Water pills (diuretics) increase the water and salt the body loses.',
        sourceIds: ['S47'],
      },
    ],
    cautions: [
      {
        text: 'Drinking very large amounts can lower blood salt to a dangerous level. This can happen when people drink to stop cramps during long exercise.',
        sourceIds: ['S46'],
      },
    ],
    labTests: ['electrolytes'],
    absorptionTips: [
      {
        text: 'Spread drinks through the day and keep one within easy reach.',
        sourceIds: ['S12'],
      },
      {
        text: 'Thirst is a poor guide in very old age.',
        sourceIds: ['S47'],
      },
      {
        text: 'All drinks count, including milk, tea, coffee and juice, and so do watery foods such as soup, fruit and vegetables.',
        sourceIds: ['S10'],
      },
      {
        text: 'Do not force large amounts of water to prevent cramps: over-drinking can dangerously lower blood salt.',
        sourceIds: ['S46'],
      },
    ],
    intake: {
      text: 'About 2.7 litres of water a day for women and 3.7 litres for men, from food and drinks together (US advice), of which about 2.2 and 3.0 litres come from drinks. European advice is 2.0 and 2.5 litres in total. More is needed in heat, with exercise or with a fever.',
      sourceIds: ['S10', 'S11'],
    },
    upperLimit: {
      text: 'No upper limit is set. But drinking very large amounts in a short time, such as during long exercise, can lower blood salt to a dangerous level.',
      sourceIds: ['S10', 'S46'],
    },
    evidence: {
      level: 'low',
      label: EVIDENCE_LABELS.low,
      question: 'More fluid for exercise cramps',
      why: 'The idea that losing fluid or salt causes cramps in exercise rests on case series (reports on groups of patients) and one small case-control study. Four studies that followed athletes over time do not support it.',
      sourceIds: ['S46'],
    },
  },
} as const satisfies Record<NutrientId, Nutrient>;

/** Everything the app says about each of the seven factors. */
export const NUTRIENTS: Readonly<Record<NutrientId, Nutrient>> = nutrients;
