// Safety notes the answers may call for (CautionId, contract v2), in words people read. The
// scoring decides when each applies (src/scoring/cautions.ts); this file says what it means and
// which advice it qualifies, so a page can show it next to that advice.
// Facts from ../shared/reference/nutrients.md (sections 1.4, 2.3, 2.7, 3.4, 4.4, 5.3, 6.4 and the
// section 12 leads, read as S82 onwards) and red-flags.md.
import type { CautionId, NutrientId } from '../scoring';
import type { SourceId } from './sources';

/** One caution: a short title, the note itself, and the advice it qualifies. */
export interface Caution {
  readonly title: string;
  readonly text: string;
  /**
   * The factors whose advice (foods, supplements, upper limits, fluids) this caution qualifies,
   * so it can be shown beside them; empty when it qualifies the advice as a whole.
   */
  readonly appliesTo: readonly NutrientId[];
  readonly sourceIds: readonly SourceId[];
  /**
   * Set when the caution is about one part of those factors' advice only: 'foods' (their food
   * lists), so a page shows it once, beside the foods, instead of in every factor it names and
   * under every upper limit. Without it, it qualifies all of a factor's advice.
   */
  readonly qualifies?: 'foods';
  /**
   * Advice held back from a person this caution applies to, because following it could harm
   * them: the food lists of these factors, and these everyday habits (ids in prevention.ts).
   */
  readonly withholds?: {
    readonly foodsFor?: readonly NutrientId[];
    readonly habits?: readonly string[];
  };
}

const cautions = {
  'kidney-disease-supplements': {
    title: 'Kidney disease: no supplements without your doctor',
    text: 'When the kidneys work poorly, they may not clear extra magnesium. Then magnesium supplements could raise the blood level too far, and so could antacids or laxatives that contain it. Do not take magnesium, or other supplements, without your doctor, whatever amounts this page shows.',
    appliesTo: ['magnesium'],
    sourceIds: ['S82', 'S3'],
  },
  'blood-thinner-vitamin-e': {
    title: 'Blood thinners: no vitamin E supplements without your doctor',
    text: 'High doses of vitamin E could add to the bleeding risk of blood thinners such as warfarin, aspirin or clopidogrel. Ask your doctor or pharmacist before taking a vitamin E supplement; vitamin E from food is fine.',
    appliesTo: ['vitamin-e'],
    sourceIds: ['S27', 'S6'],
  },
  'warfarin-vitamin-k': {
    title: 'If the blood thinner is warfarin: keep leafy greens steady',
    text: 'Leafy greens such as spinach and kale are rich in vitamin K, which works against warfarin. There is no need to avoid them. Eat about the same amount from week to week, and tell the anticoagulation clinic before you change your diet a lot.',
    appliesTo: ['magnesium', 'calcium', 'iron', 'vitamin-e'],
    sourceIds: ['S87'],
    // It is about the leafy greens in these factors' food lists, not their supplements.
    qualifies: 'foods',
  },
  'diuretic-calcium-vitamin-d': {
    title: 'Water pills: calcium and vitamin D supplements only with advice',
    text: 'Some water pills (thiazides such as bendroflumethiazide or indapamide) make the body keep more calcium. So calcium and vitamin D supplements could raise the blood calcium too far. Take them only on the advice of a doctor or pharmacist.',
    appliesTo: ['calcium', 'vitamin-d'],
    sourceIds: ['S25', 'S23'],
  },
  'iron-cause-check': {
    title: 'Low iron: a doctor should look for the cause',
    text: 'In men, and in women after the menopause, low iron often comes from slow blood loss, for example from the gut. Changing your diet would not show this. See a doctor before relying on food or iron tablets. The doctor may check a blood count and ferritin, and look for the cause.',
    appliesTo: ['iron'],
    sourceIds: ['S84', 'S20'],
  },
  'b12-absorption': {
    title: 'B12 absorption: food and tablets may not be enough',
    text: 'Coeliac disease, Crohn’s disease, other bowel problems and weight-loss surgery may stop the body taking in B12. Then food and low-dose tablets may not be enough, and injections may be needed. Taking a B12 supplement does not rule a shortfall out. Ask a doctor for a B12 test, and about MMA or homocysteine tests.',
    appliesTo: ['vitamin-b12'],
    sourceIds: ['S31', 'S24', 'S83'],
  },
  'b12-food-bound': {
    title: 'B12 in food may be poorly absorbed',
    text: 'Acid-reducing medicines taken for months, metformin and older age can make it harder to free B12 from food. The B12 in supplements and fortified foods is usually still absorbed. Ask a doctor about a B12 test.',
    appliesTo: ['vitamin-b12'],
    sourceIds: ['S24', 'S31', 'S2'],
  },
  'pregnancy-supplements': {
    title: 'Pregnancy: keep the supplements you were advised',
    text: 'Keep taking the supplements a midwife or doctor advised. In the UK that is folic acid (400 micrograms a day until 12 weeks) and 10 micrograms of vitamin D a day. Ask before adding any other supplement. Avoid liver and foods made from liver, such as pâté. Avoid cod liver oil and any supplement with vitamin A too, as too much vitamin A could harm the baby.',
    appliesTo: [],
    sourceIds: ['S85', 'S86'],
  },
  'fluid-restriction': {
    title: 'Told to limit fluids: follow that limit',
    text: 'If a doctor or nurse asked you to limit fluids, for example for heart failure or kidney disease, keep to that limit. Do not follow any advice here to drink more. Ask them before you change how much you drink.',
    appliesTo: ['hydration'],
    sourceIds: ['S88'],
    // No "drink more", no watery foods to eat for fluids, no habit of drinking through the day.
    withholds: { foodsFor: ['hydration'], habits: ['fluids-through-the-day'] },
  },
  'thyroid-medicine-spacing': {
    title: 'Thyroid tablets: keep supplements some hours apart',
    text: 'Calcium can stop levothyroxine being absorbed, so take the two at least 4 hours apart. Ask a pharmacist how far apart to take iron or magnesium supplements too.',
    appliesTo: ['calcium', 'iron', 'magnesium'],
    sourceIds: ['S25'],
  },
} as const satisfies Record<CautionId, Caution>;

/** Every caution the app may show, by id. */
export const CAUTIONS: Readonly<Record<CautionId, Caution>> = cautions;
