// Blood tests worth asking a doctor about: what each measures and the usual cut-offs.
// Figures from ../shared/reference/nutrients.md sections 1.6, 2.6, 3.6, 4.6, 5.6 and 6.6;
// [mem] figures (ionised calcium, sodium) are left out. The usual serum magnesium range (reference
// [mem]) is now read first-hand: the Institute of Medicine's 1997 report (S30, page 203) gives
// 0.75-0.95 mmol/L as the normal range and below 0.75 mmol/L as low, and Rosanoff 2022 (S38,
// abstract and Table 2) shows labs' lower limits differ widely (UK NHS hospitals 0.70 mmol/L),
// mostly below 0.85 mmol/L. The B12 range that brings an MMA test (reference [2nd]: 180-350 pg/mL)
// is taken instead from the primary Mayo Clinic Laboratories B12 test page (S39): 150-400 ng/L.
// Osmolality (section 7.6) is its own test, not part of 'electrolytes' (U&E), so it is not listed
// under it.
import type { LabTestId } from '../scoring';
import type { SourceId, Sourced } from './sources';

/** One blood test and how to read it. */
export interface LabTest {
  readonly id: LabTestId;
  readonly name: string;
  /** What the test measures, in plain words. */
  readonly measures: string;
  /** Usual cut-offs; labs set their own ranges. */
  readonly thresholds: readonly Sourced[];
  readonly notes?: readonly Sourced[];
  /** Sources for `measures` and the test as a whole. */
  readonly sourceIds: readonly SourceId[];
}

const labTests = {
  '25-hydroxy-vitamin-d': {
    id: '25-hydroxy-vitamin-d',
    name: 'Vitamin D blood test (25-hydroxy vitamin D)',
    measures:
      "The main form of vitamin D in the blood, which reflects the body's supply from sun, food and supplements.",
    thresholds: [
      {
        text: 'Below 30 nmol/L (12 ng/mL): at risk of a shortfall that can affect the bones.',
        sourceIds: ['S14'],
      },
      {
        text: '30 to 50 nmol/L (12 to 20 ng/mL): enough for some people but not for all.',
        sourceIds: ['S14'],
      },
      {
        text: '50 nmol/L (20 ng/mL) or more: enough for bone health in nearly everyone.',
        sourceIds: ['S14'],
      },
      {
        text: 'Above 125 nmol/L (50 ng/mL): no added benefit, and possible harm.',
        sourceIds: ['S14'],
      },
    ],
    notes: [
      {
        text: 'Test methods differ between labs, so compare results from the same lab.',
        sourceIds: ['S14'],
      },
      {
        text: 'When soft bones are suspected, doctors also check calcium, phosphate, alkaline phosphatase and parathyroid hormone.',
        sourceIds: ['S35'],
      },
    ],
    sourceIds: ['S14', 'S35'],
  },
  'vitamin-b12': {
    id: 'vitamin-b12',
    name: 'Vitamin B12 blood test',
    measures: 'The amount of vitamin B12 in the blood.',
    thresholds: [
      {
        text: "One lab's normal range is 180-914 ng/L (the same as pg/mL); below 180 suggests a shortfall.",
        sourceIds: ['S39'],
      },
      {
        text: 'Another lab reads below 145 ng/L as low and 145-180 ng/L as borderline.',
        sourceIds: ['S39'],
      },
      {
        text: 'A result in the low-normal range may still hide a shortfall: Mayo Clinic Laboratories add a methylmalonic acid (MMA) test when B12 is 150-400 ng/L, since a raised MMA could show it.',
        sourceIds: ['S39'],
      },
    ],
    notes: [
      {
        text: 'A raised methylmalonic acid (MMA) level can point to a B12 shortfall; one cut-off used is 0.376 µmol/L. MMA can read falsely high with kidney failure.',
        sourceIds: ['S39'],
      },
      {
        text: 'Homocysteine, normally about 2.2-13.2 µmol/L, also rises with low folate or vitamin B6 and with kidney disease.',
        sourceIds: ['S39'],
      },
      {
        text: 'Nerve signs can appear with a normal blood count, so a normal full blood count does not rule out a shortfall.',
        sourceIds: ['S34', 'S39'],
      },
      {
        text: 'Low B12 can damage the spinal cord, with weak legs and unsteady walking; a blood count and a B12 test look for this treatable cause.',
        sourceIds: ['S94', 'S34'],
      },
    ],
    sourceIds: ['S39', 'S34'],
  },
  ferritin: {
    id: 'ferritin',
    name: 'Ferritin (iron stores)',
    measures: 'A protein that stores iron; a low level means the iron stores are low.',
    thresholds: [
      {
        text: 'Below 15 µg/L in healthy adults means iron deficiency (World Health Organization).',
        sourceIds: ['S21'],
      },
      {
        text: 'Below 45 ng/mL in a person with anaemia points to iron deficiency.',
        sourceIds: ['S20'],
      },
      {
        text: 'For restless legs, sleep specialists advise iron when ferritin is 75 ng/mL or lower, or transferrin saturation is below 20%; this cut-off comes from expert agreement.',
        sourceIds: ['S19'],
      },
    ],
    notes: [
      {
        text: 'Infection or inflammation raises ferritin, so doctors may add tests such as CRP or transferrin saturation.',
        sourceIds: ['S20'],
      },
      {
        text: 'For restless legs, blood is best taken in the morning, after at least 24 hours without iron supplements or iron-rich food.',
        sourceIds: ['S19'],
      },
    ],
    sourceIds: ['S21', 'S20', 'S19'],
  },
  'full-blood-count': {
    id: 'full-blood-count',
    name: 'Full blood count (FBC, also called CBC)',
    measures: 'Haemoglobin and the number and size of red and white blood cells; it shows anaemia.',
    thresholds: [
      {
        text: 'Anaemia: haemoglobin below 13 g/dL in men, or below 12 g/dL in women who are not pregnant.',
        sourceIds: ['S20'],
      },
      {
        text: 'Large red cells support a B12 shortfall, but normal-sized cells do not rule it out.',
        sourceIds: ['S39', 'S2'],
      },
    ],
    notes: [
      {
        text: 'Low iron stores can cause restless legs before anaemia shows, so ferritin is checked too.',
        sourceIds: ['S19'],
      },
    ],
    sourceIds: ['S20', 'S39'],
  },
  magnesium: {
    id: 'magnesium',
    name: 'Magnesium blood test',
    measures: "The magnesium in the blood, which is only a small part of the body's total.",
    thresholds: [
      {
        text: 'A common adult range is about 0.75-0.95 mmol/L (about 1.8-2.3 mg/dL), and a result below about 0.70-0.75 mmol/L is usually counted as low. Each lab sets its own limits, and they differ widely.',
        sourceIds: ['S30', 'S38'],
      },
      {
        text: 'Experts have proposed 0.85 mmol/L (2.07 mg/dL) as the lowest healthy value, because lower levels are linked to long-term disease.',
        sourceIds: ['S38'],
      },
    ],
    notes: [
      {
        text: 'Less than 1% of body magnesium is in the blood, so a normal result does not rule out low stores.',
        sourceIds: ['S38'],
      },
      {
        text: 'It is usually checked together with calcium, salts (electrolytes) and kidney function.',
        sourceIds: ['S81'],
      },
    ],
    sourceIds: ['S30', 'S38', 'S81'],
  },
  calcium: {
    id: 'calcium',
    name: 'Calcium blood test',
    measures: 'The calcium in the blood, often corrected for the blood protein albumin.',
    thresholds: [
      {
        text: 'A typical adult range is 8.5-10.5 mg/dL (2.12-2.62 mmol/L); each lab sets its own.',
        sourceIds: ['S37'],
      },
      {
        text: 'With low albumin the result is corrected: 0.8 mg/dL is added for every 1 g/dL of albumin below 4.0.',
        sourceIds: ['S37'],
      },
    ],
    notes: [
      {
        text: 'The bones keep blood calcium steady, so the test does not show whether the diet has enough calcium.',
        sourceIds: ['S37'],
      },
      {
        text: 'Low calcium is usually checked together with magnesium, vitamin D, parathyroid hormone, phosphate and kidney function.',
        sourceIds: ['S37', 'S92'],
      },
      {
        text: 'Tingling around the mouth or in the fingers, cramps and spasms are the usual signs of a low blood calcium.',
        sourceIds: ['S92', 'S36'],
      },
    ],
    sourceIds: ['S37'],
  },
  electrolytes: {
    id: 'electrolytes',
    name: 'Electrolytes and kidney function (U&E)',
    measures:
      'Sodium, potassium, urea and creatinine in the blood, which reflect fluid balance and how the kidneys work.',
    thresholds: [
      {
        text: 'Each lab gives its own normal range for each of these; the doctor reads the results together.',
        sourceIds: ['S81'],
      },
    ],
    notes: [
      {
        text: 'A dry mouth, skin tightness or urine colour are not reliable signs of dehydration in older adults; a doctor may ask for a separate blood test (osmolality) instead.',
        sourceIds: ['S12'],
      },
      {
        text: 'For cramps, NICE suggests these tests only when a cause is suspected, alongside calcium, magnesium, thyroid, glucose, liver tests and creatine kinase.',
        sourceIds: ['S81'],
      },
    ],
    sourceIds: ['S81', 'S12'],
  },
  'vitamin-e': {
    id: 'vitamin-e',
    name: 'Vitamin E blood test (alpha-tocopherol)',
    measures: 'The main form of vitamin E in the blood.',
    thresholds: [
      {
        text: '12 µmol/L (about 5.2 mg/L) or more is adequate; below that is too low.',
        sourceIds: ['S40', 'S13'],
      },
      {
        text: 'When blood fats are very high or low, the result is compared with total blood fats: below 0.8 mg per gram suggests a shortfall.',
        sourceIds: ['S40'],
      },
    ],
    notes: [
      {
        text: 'For balance or coordination that slowly gets worse, ataxia specialists include vitamin E among the first blood tests, since a shortfall is a treatable cause.',
        sourceIds: ['S93'],
      },
    ],
    sourceIds: ['S40', 'S13'],
  },
  // Contract v2: the work-up a symptom pattern calls for. Cut-offs only where a read source
  // gives them; labs set their own ranges.
  'methylmalonic-acid': {
    id: 'methylmalonic-acid',
    name: 'Methylmalonic acid (MMA)',
    measures:
      'A substance that builds up in the blood when the body is short of working vitamin B12, even when the B12 level itself looks normal.',
    thresholds: [
      {
        text: 'One reference range is below 0.28 µmol/L; above 0.75 µmol/L strongly suggests a B12 problem.',
        sourceIds: ['S83'],
      },
      {
        text: 'One cut-off used for a B12 shortfall is 0.376 µmol/L.',
        sourceIds: ['S39'],
      },
    ],
    notes: [
      {
        text: 'After nitrous oxide, the B12 level is often normal while MMA is raised, so MMA finds many cases the B12 test misses.',
        sourceIds: ['S83'],
      },
      {
        text: 'Kidney disease can raise MMA on its own, so doctors read it alongside kidney function.',
        sourceIds: ['S39', 'S83'],
      },
    ],
    sourceIds: ['S83', 'S39'],
  },
  'transferrin-saturation': {
    id: 'transferrin-saturation',
    name: 'Transferrin saturation (TSAT)',
    measures:
      'How much of the iron-carrying protein in the blood is loaded with iron; it helps when ferritin is raised by inflammation.',
    thresholds: [
      {
        text: 'For restless legs, sleep specialists advise iron when transferrin saturation is below 20% (or ferritin is 75 ng/mL or lower).',
        sourceIds: ['S19'],
      },
    ],
    notes: [
      {
        text: 'Infection or inflammation can make ferritin look normal, so a low transferrin saturation can point to low iron when ferritin does not.',
        sourceIds: ['S20'],
      },
    ],
    sourceIds: ['S19', 'S20'],
  },
  'kidney-function': {
    id: 'kidney-function',
    name: 'Kidney function (creatinine and eGFR)',
    measures: 'How well the kidneys filter the blood, worked out from the creatinine level.',
    thresholds: [],
    notes: [
      {
        text: 'The kidneys remove extra magnesium; when they work poorly, magnesium supplements or antacids may raise the blood level too far, so kidney function is worth knowing before taking magnesium.',
        sourceIds: ['S82', 'S3'],
      },
      {
        text: 'Kidney disease can also raise the MMA and homocysteine results used to check B12.',
        sourceIds: ['S39'],
      },
    ],
    sourceIds: ['S82', 'S81'],
  },
  'thyroid-function': {
    id: 'thyroid-function',
    name: 'Thyroid function test (TSH and T4)',
    measures: 'Hormones that show whether the thyroid gland is making too little or too much.',
    thresholds: [],
    notes: [
      {
        text: 'An underactive thyroid may cause muscle aches, cramps and tiredness; a blood test is the only reliable way to tell.',
        sourceIds: ['S91'],
      },
      {
        text: 'For cramps with a suspected cause, NICE lists thyroid tests among the blood tests to consider.',
        sourceIds: ['S81'],
      },
    ],
    sourceIds: ['S91', 'S81'],
  },
  'creatine-kinase': {
    id: 'creatine-kinase',
    name: 'Creatine kinase (CK)',
    measures: 'A muscle enzyme that leaks into the blood when muscle is damaged.',
    thresholds: [
      {
        text: 'With a statin, a CK more than 10 times the upper limit of normal, with muscle symptoms, counts as muscle damage (myopathy).',
        sourceIds: ['S76'],
      },
      {
        text: 'UK prescribing advice is to stop the statin if CK is more than 5 times the upper limit of normal.',
        sourceIds: ['S77'],
      },
    ],
    notes: [
      {
        text: 'Dark, cola-coloured urine with muscle pain may mean muscle breakdown (rhabdomyolysis), which needs care at once; CK is the test for it.',
        sourceIds: ['S70'],
      },
    ],
    sourceIds: ['S76', 'S77', 'S70'],
  },
  hba1c: {
    id: 'hba1c',
    name: 'HbA1c (long-term blood sugar)',
    measures:
      'The share of haemoglobin carrying sugar, which reflects blood sugar over the past few months.',
    thresholds: [],
    notes: [
      {
        text: 'Diabetes is one of the most common causes of nerve damage in the feet and legs, so a blood sugar test may be part of the check for numbness or tingling.',
        sourceIds: ['S89', 'S90'],
      },
      {
        text: 'For cramps with a suspected cause, NICE lists a blood sugar test among the tests to consider.',
        sourceIds: ['S81'],
      },
    ],
    sourceIds: ['S89', 'S90', 'S81'],
  },
  homocysteine: {
    id: 'homocysteine',
    name: 'Homocysteine',
    measures:
      'A substance that builds up in the blood when working vitamin B12 (or folate) runs short.',
    thresholds: [
      {
        text: 'One lab reads about 2.2-13.2 µmol/L as normal; another uses below 15 µmol/L.',
        sourceIds: ['S39', 'S83'],
      },
    ],
    notes: [
      {
        text: 'Low folate or vitamin B6 and kidney disease raise it too, so doctors read it with a folate result.',
        sourceIds: ['S39', 'S83'],
      },
      {
        text: 'After nitrous oxide it is raised in most cases, even when the B12 level is normal.',
        sourceIds: ['S83'],
      },
    ],
    sourceIds: ['S39', 'S83'],
  },
} as const satisfies Record<LabTestId, LabTest>;

/** Every blood test the app may suggest, by id. */
export const LAB_TESTS: Readonly<Record<LabTestId, LabTest>> = labTests;
