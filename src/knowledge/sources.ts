// Every source a fact in src/knowledge cites, keyed by the id used in
// ../shared/reference/nutrients.md (S1-S53) and red-flags.md (S58-S81, less S78, a secondary
// summary that is not listed); S82 onwards were read for contract v2 (nutrients.md section 12).
// `url` is the page people are sent to, and it is always a primary page (the publisher of the
// fact: NIH ODS, NHS, NICE, CDC, a journal, a regulator's product information, a university or
// hospital): the first address the reference lists, or, where that address is a copy (a blog, a
// retailer, a site reprinting a fact sheet or a textbook), the primary page it copies, read with
// the search tool before it was put here (issue 11). `readFrom` keeps the copy that was actually
// read, so a reviewer can trace the figure, and `note` says which points the primary page was
// seen to state and which were read only in the copy; neither is ever shown. An http address is
// kept only where the reference gives no https one for that source.
// tests/knowledge/sources.test.ts holds the allow-list of primary hosts, with no exceptions.

/** One cited source: a title people can read and the address of the official page. */
export interface Source {
  readonly title: string;
  readonly url: string;
  /** The stored copy the reference was read from, when it is not the official page. */
  readonly readFrom?: string;
  /**
   * For reviewers, never shown: where the primary page's words were read and which points it
   * states; any point read only in the copy is named here.
   */
  readonly note?: string;
  /**
   * True when no primary page with the source's fact was found and only a secondary summary was
   * read; the pages' lists of sources then say so (citedTitle in citations.ts).
   */
  readonly secondary?: boolean;
}

/** All sources, by reference id. */
export const SOURCES = {
  S1: {
    title: 'NIH Office of Dietary Supplements: Vitamin D fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
  },
  S2: {
    title: 'NIH Office of Dietary Supplements: Vitamin B12 fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
    readFrom:
      'https://nursing-notebook.com/en-us/simplepage.cfm?ID=x20131115194501216972&linkID=76560',
  },
  S3: {
    title: 'NIH Office of Dietary Supplements: Magnesium fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
  },
  S4: {
    title: 'NIH Office of Dietary Supplements: Calcium fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/',
    readFrom: 'https://milk.procon.org/comparison-of-calcium-content-in-select-foods/',
  },
  S5: {
    title: 'NIH Office of Dietary Supplements: Iron fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/Iron-HealthProfessional/',
  },
  S6: {
    title: 'NIH Office of Dietary Supplements: Vitamin E fact sheet for health professionals',
    url: 'https://ods.od.nih.gov/factsheets/VitaminE-HealthProfessional/',
  },
  S7: {
    title: 'Dietary Guidelines for Americans: Food sources of calcium',
    url: 'https://www.dietaryguidelines.gov/food-sources-calcium',
  },
  S8: {
    title: 'Dietary Guidelines for Americans: Food sources of iron',
    url: 'https://www.dietaryguidelines.gov/resources/2020-2025-dietary-guidelines-online-materials/food-sources-select-nutrients/food-sources-iron',
  },
  S9: {
    title: 'Institute of Medicine (2011): Dietary Reference Intakes for calcium and vitamin D',
    url: 'http://books.nap.edu/openbook.php?record_id=13050&page=443',
  },
  S10: {
    title:
      'Institute of Medicine (2004): Dietary Reference Intakes for water, potassium and sodium',
    url: 'http://books.nap.edu/openbook.php?record_id=10925&page=5',
  },
  S11: {
    title: 'EFSA (2010): Scientific opinion on dietary reference values for water',
    url: 'http://onlinelibrary.wiley.com/doi/10.2903/j.efsa.2010.1459/abstract',
  },
  S12: {
    title: 'ESPEN guideline on clinical nutrition and hydration in geriatrics',
    url: 'https://www.clinicalnutritionjournal.com/article/S0261-5614(18)30210-3/fulltext',
  },
  S13: {
    title:
      'Institute of Medicine (2000): Dietary Reference Intakes for vitamin C, vitamin E, selenium',
    url: 'http://books.nap.edu/openbook.php?record_id=9810&page=202',
  },
  S14: {
    title: 'Institute of Medicine ranges for blood vitamin D, in a USPSTF evidence review (NCBI)',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK525404/table/app_1/',
  },
  S15: {
    title: 'FDA drug safety communication: low magnesium with long-term proton pump inhibitors',
    url: 'https://www.fda.gov/drugs/drug-safety-and-availability/fda-drug-safety-communication-low-magnesium-levels-can-be-associated-long-term-use-proton-pump',
  },
  S16: {
    title: 'Cochrane review (2020): Magnesium for skeletal muscle cramps',
    url: 'https://doi.org/10.1002/14651858.CD009402.pub3',
  },
  S17: {
    title: 'Cochrane review: Interventions for leg cramps in pregnancy',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8094374/table/CD010655-tbl-0001',
  },
  S18: {
    title: 'Cochrane review (2019): Iron for the treatment of restless legs syndrome',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6353229/table/CD007834-tbl-0001',
  },
  S19: {
    title:
      'American Academy of Sleep Medicine (2024): guideline on treating restless legs syndrome',
    url: 'https://pubmed.ncbi.nlm.nih.gov/39324694/',
  },
  S20: {
    title: 'American Gastroenterological Association (2020): evaluation of iron deficiency anaemia',
    url: 'https://gastro.org/clinical-guidance/gastrointestinal-evaluation-of-iron-deficiency-anemia',
  },
  S21: {
    title: 'World Health Organization (2020): using ferritin to assess iron status',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK569873/',
  },
  S22: {
    title: 'Magnesium and medicines: UK product information (SmPC)',
    url: 'https://medicines.org.uk/emc/product/2678/smpc',
  },
  S23: {
    title: 'Mayo Clinic: Vitamin D, interactions with medicines',
    url: 'https://www.mayoclinic.org/drugs-supplements-vitamin-d/art-20363792',
    readFrom: 'https://www.mymlc.com/health-information/articles/v/vitamin-d?section=Interactions',
  },
  S24: {
    title:
      'NIH Office of Dietary Supplements: Vitamin B12 fact sheet for health professionals (medicines)',
    url: 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
    readFrom: 'http://wowlpaper.blogspot.com/2010/05/interactions-with-medications.html',
  },
  S25: {
    title: 'Calcium and medicines: UK product information for calcium with vitamin D3 (SmPC)',
    url: 'http://www.medicines.org.uk/emc/product/4481/smpc',
  },
  S26: {
    title: 'Iron and medicines: UK product information for ferrous sulfate (SmPC)',
    url: 'https://medicines.org.uk/emc/product/3130',
  },
  S27: {
    title: 'Vitamin E and medicines: UK product information (SmPC)',
    url: 'https://medicines.org.uk/emc/product/14884/smpc',
  },
  S28: {
    title:
      'NIH Office of Dietary Supplements: Vitamin D fact sheet for health professionals (groups at risk)',
    url: 'https://ods.od.nih.gov/factsheets/VitaminD-HealthProfessional/',
    readFrom: 'http://www.utimes.pitt.edu/?p=16159',
  },
  S29: {
    title:
      'NIH Office of Dietary Supplements: Magnesium fact sheet for health professionals (groups at risk)',
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
    readFrom: 'https://www.invitehealth.com/background-information-on%20-magnesium/radio/2013/11/',
  },
  S30: {
    title:
      'Institute of Medicine (1997): Dietary Reference Intakes for calcium, phosphorus, magnesium, vitamin D and fluoride',
    url: 'http://books.nap.edu/openbook.php?record_id=5776&page=80',
    note: 'Calcium groups at risk are on page 80 (the link). Page 203 (http://books.nap.edu/openbook.php?record_id=5776&page=203, read with the search tool) gives the usual serum magnesium range, 0.75 to 0.95 mmol/L (Elin 1987), and hypomagnesaemia as below 0.75 mmol/L.',
  },
  S31: {
    title: 'CDC: Vitamin B12 deficiency, risk factors and prevention',
    url: 'http://www.cdc.gov/ncbddd/b12/prevention.html',
  },
  S32: {
    title: 'Medical Journal of Australia (2013): Iron and vegetarian diets',
    url: 'https://www.mja.com.au/journal/2013/199/4/iron-and-vegetarian-diets',
  },
  S33: {
    title:
      'Archives of Clinical Neurology: Vitamin E deficiency, clinical characteristics, diagnosis and management',
    url: 'https://jneurology.gr/ojs/index.php/aocn/article/view/271',
    readFrom: 'https://clinicalgate.com/vitamin-e-deficiency',
  },
  S34: {
    title: 'Merck Manual: Subacute combined degeneration (vitamin B12 and the nerves)',
    url: 'https://merckmanuals.com/en-pr/professional/neurologic-disorders/spinal-cord-disorders/subacute-combined-degeneration',
  },
  S35: {
    title: 'StatPearls: Osteomalacia',
    url: 'https://statpearls.com/sp/al/9/26396/',
  },
  S36: {
    title:
      'Society for Endocrinology emergency guidance: acute hypocalcaemia (low blood calcium) in adults, Endocrine Connections 2016',
    url: 'https://ec.bioscientifica.com/view/journals/ec/5/5/G7.xml',
    readFrom:
      'https://download.skyscape.com/download/ota/lonestar/76CD77F7-898A-4928-AE45-A3D54D0FF0F0/harrisons.ed19/content/HTML/q/tu43.htm',
    note: "The reference read these symptoms in a licensed app copy of Harrison's, 19th edition (readFrom). The guidance, read on the journal page: acute hypocalcaemia can be life threatening; symptoms and signs are peri-oral and digital paraesthesiae, tetany and carpopedal spasm, laryngospasm, arrhythmia and seizure; magnesium deficiency (consider a PPI) is a cause. 'Muscle cramps' by name, and low magnesium and alkalosis lowering the threshold for tetany, were read only in the Harrison's copy.",
  },
  S37: {
    title: 'Medscape: Calcium correction for low albumin',
    url: 'https://reference.medscape.com/calculator/267/calcium-correction-for-hypoalbuminemia',
  },
  S38: {
    title:
      'Rosanoff et al. (2022), European Journal of Nutrition: the blood magnesium ranges labs use, and a proposed reference range',
    url: 'https://pubmed.ncbi.nlm.nih.gov/35689124/',
    note: 'Abstract: of 43 lab ranges gathered, only 2 used 0.85 mmol/L as the low cut-off; the rest were lower. Table 2 (https://pmc.ncbi.nlm.nih.gov/articles/PMC9186275/table/Tab2) lists them, e.g. UK NHS hospitals 0.70-1.00 mmol/L and a German laboratory 0.75-1.0 mmol/L.',
  },
  S39: {
    title:
      'Mayo Clinic Laboratories: Vitamin B12 assay, serum (reference values and follow-up tests)',
    url: 'https://www.mayomedicallaboratories.com/test-catalog/Specimen/9154',
    readFrom:
      'https://stonemanbrint1954.blogspot.com/2021/11/what-should-your-vit-b12-level-be.html',
  },
  S40: {
    title: 'Institute of Medicine (2000): blood vitamin E and adequacy',
    url: 'http://books.nap.edu/openbook.php?record_id=9810&page=234',
  },
  S41: {
    title:
      'Dawson-Hughes et al. (2015), Journal of the Academy of Nutrition and Dietetics: dietary fat increases vitamin D3 absorption',
    url: 'https://doi.org/10.1016/j.jand.2014.09.014',
    readFrom: 'https://www.consultant360.com/story/dietary-fat-increases-vitamin-d-3-absorption',
  },
  S42: {
    title: 'Stoffel et al. (2020): iron supplements on alternate days',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC7193469',
  },
  S43: {
    title:
      'Beck et al. (2014), Nutrients: what in a meal helps or hinders the absorption of iron (review)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4179187',
    readFrom: 'https://cf.examinecdn.com/faq/which-foods-or-supplements-enhance-iron-absorption',
    note: 'Abstract: ascorbic acid (vitamin C) and a factor in meat, fish and poultry enhance iron absorption; phytic acid, soy protein, calcium and polyphenols inhibit it. That tea, coffee and cocoa are the polyphenol drinks that do so was read in the abstract of Hurrell et al. 1999 (Br J Nutr), not listed. The two meta-analyses of vitamin C added to iron tablets were read only on the Examine page (readFrom) and are not shown.',
  },
  S44: {
    title: 'University of Alabama at Birmingham: Calcium supplement tips',
    url: 'https://uab.edu/shp/toneyourbones/step-4-nutrition-and-supplements/why-calcium-is-important/calcium-supplement-tips',
  },
  S45: {
    title: 'Scientifica (2017): how well different magnesium salts are absorbed',
    url: 'https://www.hindawi.com/journals/scientifica/2017/4179326/tab6',
  },
  S46: {
    title: 'Miller (2021): Exercise-associated muscle cramps, a review',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC8775277',
  },
  S47: {
    title: 'NHS: Dehydration',
    url: 'https://www.nhs.uk/conditions/dehydration/',
    readFrom:
      'https://www.aarp.org/health/conditions-treatments/info-2021/dehydration-in-older-people.html',
    note: 'The NHS text was read through copies: https://drpharmacy.uk/health-detail/?topic=dehydration (feeling dizzy or lightheaded, feeling tired; more likely with diabetes, vomiting or diarrhoea, too long in the sun, alcohol, sweating a lot after exercise, a high temperature, or medicines that make you pee more) https://rmi.edu.pk/disease/test-disease (an older version: loss of strength and stamina; older people may be less aware that they are becoming dehydrated) and https://zana.com/a/dehydration-symptoms-dehydration.1454?lang=en (severe: unusually tired or confused, dizziness on standing that does not pass). Thirst fading after 80, drinking less to avoid accidents and forgetting to drink were read in the AARP article (readFrom), where the reference also cites S12; falls after dizziness were read only in the AARP article.',
  },
  S48: {
    title:
      'American Academy of Pediatrics: calcium table (how well calcium from spinach is absorbed)',
    url: 'https://pediatrics.aappublications.org/highwire/markup/61199/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
  },
  // S49-S52 were read from copies of the Dietary Reference Intakes tables; each ODS fact sheet
  // prints the same intakes and upper limit, so it is the page shown.
  S49: {
    title:
      'NIH Office of Dietary Supplements: Magnesium intakes and upper limit (Dietary Reference Intakes)',
    url: 'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
    readFrom:
      'https://www.nutri-facts.org/en_US/nutrients/items/minerals/magnesium/intake-recommendations.html',
  },
  S50: {
    title:
      'NIH Office of Dietary Supplements: Iron intakes and upper limit (Dietary Reference Intakes)',
    url: 'https://ods.od.nih.gov/factsheets/Iron-HealthProfessional/',
    readFrom:
      'https://download.skyscape.com/download/ota/lonestar/CCC81318-F184-4350-B0C3-DA2CB43F4E2F/fmherbal.ed1/content/HTML/m/tl0.htm',
  },
  S51: {
    title:
      'NIH Office of Dietary Supplements: Calcium intakes and upper limit (Dietary Reference Intakes)',
    url: 'https://ods.od.nih.gov/factsheets/Calcium-HealthProfessional/',
    readFrom: 'https://www.healthcastle.com/calcium/',
  },
  S52: {
    title:
      'NIH Office of Dietary Supplements: Vitamin E intakes, upper limit and unit conversion (Dietary Reference Intakes)',
    url: 'https://ods.od.nih.gov/factsheets/VitaminE-HealthProfessional/',
    readFrom: 'http://current-trends-now.com/2012/05/public-health-recommendations-vitamin-e/',
  },
  S53: {
    title: 'NIH Office of Dietary Supplements: Vitamin B12 fact sheet for consumers',
    url: 'https://ods.od.nih.gov/factsheets/VitaminB12-Consumer/',
    readFrom: 'https://docslib.org/doc/12390484/vitamin-b12-fact-sheet-for-consumers',
  },
  S58: {
    title: 'NHS: Deep vein thrombosis (DVT)',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    readFrom:
      'https://britbrief.co.uk/health/nhs/nhs-call-111-if-you-spot-this-symptom-in-one-leg.html',
  },
  S59: {
    title: 'NHS: Deep vein thrombosis (DVT), when to get help',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
    readFrom: 'https://clincalcpro.com/explainers/what-is-a-dvt/',
  },
  S60: {
    title: 'NHS: Pulmonary embolism',
    url: 'https://www.nhs.uk/conditions/pulmonary-embolism/',
    readFrom:
      'https://severuss.online/2025/01/30/nhs-warns-of-two-signs-of-a-blood-clot-that-mean-you-need-to-call-999-now',
  },
  S61: {
    title: 'NHS Highland: Vascular guidelines',
    url: 'https://rightdecisions.scot.nhs.uk/tam-treatments-and-medicines-nhs-highland/therapeutic-guidelines/vascular/vascular-guidelines/',
  },
  S62: {
    title: 'NHS Devon: Referral guidance for acute limb ischaemia',
    url: 'https://northeast.devonformularyguidance.nhs.uk/referral-guidance/northern-locality/vascular/acute-limb-ischaemia',
  },
  S63: {
    title:
      'European Society for Vascular Surgery (2020): clinical practice guidelines on acute limb ischaemia',
    url: 'https://doi.org/10.1016/j.ejvs.2019.09.006',
    readFrom: 'https://www.medvellum.com/topics/acute-limb-ischaemia-adult',
    note: "The guideline's words were read through a news report of its publication (https://evtoday.com/news/esvs-publishes-2020-clinical-practice-guidelines-on-the-management-of-acute-limb-ischemia?c4src=topic:limb-salvage): the six Ps (painful, pale, pulseless, numb, paralysed, perishingly cold); with numbness or paralysis the limb may be impossible to save if not treated within around 6 hours. The Medvellum summary (readFrom) gave 4-6 hours.",
  },
  S64: {
    title: 'NHS Scotland: Intermittent claudication national pathway',
    url: 'https://rightdecisions.scot.nhs.uk/shared-content/cfsd-modernising-patient-pathways/vascular/intermittent-claudication-national-pathway',
  },
  S65: {
    title: 'NHS Devon: Referral guidance for intermittent claudication (western locality)',
    url: 'https://southwest.devonformularyguidance.nhs.uk/referral-guidance/western-locality/vascular/intermittent-claudication',
  },
  S66: {
    title: 'NHS Devon: Referral guidance for intermittent claudication (northern locality)',
    url: 'https://northeast.devonformularyguidance.nhs.uk/referral-guidance/northern-locality/vascular/intermittent-claudication',
  },
  S67: {
    title: 'NHS Lothian: Intermittent claudication guideline',
    url: 'https://apps.nhslothian.scot/refhelp/guidelines/vascularsurgery/intermittentclaudication/',
  },
  S68: {
    title:
      'Donaldson et al. (2014), The Open Orthopaedics Journal: acute compartment syndrome, diagnosis and management',
    url: 'https://openorthopaedicsjournal.com/VOLUME/8/PAGE/185/',
    readFrom: 'https://www.medvellum.com/topics/compartment-syndrome-adult',
    note: "Abstract, on the journal page: a surgical emergency; the damage may be irreversible within six hours; the classic complaint is 'pain out of proportion to the injury'; treatment is timely surgical decompression. Pain on passive stretch, a tense swollen compartment and pins and needles (with paralysis and loss of pulse late) were read in the Medvellum summary (readFrom) and a page of clinical notes (https://pharmacy-notebook.com/en-gb/simplepage.cfm?ID=-40239089&linkID=35714), not in the passage read from the journal.",
  },
  S69: {
    title: 'Themis clinical risk alert: considering compartment syndrome',
    url: 'https://www.themisclinicaldefence.com/clinical-risk-alerts/2020-08-10-the-importance-of-considering-compartment-syndrome-as-a-possibility-in-patients',
  },
  S70: {
    title: 'CDC NIOSH: Rhabdomyolysis symptoms',
    url: 'https://www.cdc.gov/niosh/topics/rhabdo/symptoms.html',
  },
  S71: {
    title: 'Chesterfield Royal Hospital NHS Trust: Cauda equina syndrome',
    url: 'https://chesterfieldroyal.nhs.uk/all-services-and-wards/physiotherapy-services/musculoskeletal-and-rheumatology-services/cauda-equina',
  },
  S72: {
    title: 'Royal Free London NHS Trust: Cauda equina syndrome leaflet',
    url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
  },
  S73: {
    title: 'NHS: Cellulitis',
    url: 'https://www.nhs.uk/conditions/cellulitis/',
    readFrom: 'http://www.stowsurgery.co.uk/Library/Conditions/Articles/cellulitis/symptoms',
  },
  S74: {
    title: 'NHS: Cellulitis, when to get urgent help',
    url: 'https://www.nhs.uk/conditions/cellulitis/',
    readFrom: 'https://em-doctors.com/conditions/cellulitis',
  },
  S75: {
    title: 'Mayo Clinic: statins and severe muscle pain (rhabdomyolysis)',
    url: 'https://www.mayoclinic.org/diseases-conditions/high-blood-cholesterol/expert-answers/rhabdomyolysis/faq-20057817',
    readFrom: 'https://app.askshilpa.com/medical-conditions/cholesterol/cholesterol-references',
    note: 'Read on the Mayo Clinic page: mild muscle pain is a common side effect of statins; severe pain may be rhabdomyolysis, whose symptoms are serious muscle pain, muscle weakness and dark or cola-coloured urine; a creatine kinase blood test checks for it; with those symptoms, seek care right away. A fever as a reason to get care at once was read only in the patient reference list (readFrom).',
  },
  S76: {
    title: 'European Heart Journal: statin-associated muscle symptoms, creatine kinase levels',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4416140/table/EHV043TB1',
  },
  S77: {
    title: 'BMJ: statins and creatine kinase (BNF advice), rapid response',
    url: 'https://www.bmj.com/content/354/bmj.i4963/rr',
  },
  S79: {
    title: 'NHS: Leg cramps',
    url: 'https://www.nhs.uk/conditions/leg-cramps/',
    readFrom:
      'https://www.doctoori.net/health-information/health-resources-a-z/conditions/?condition=leg-cramps',
  },
  S80: {
    title: 'nidirect (Northern Ireland): Leg cramps',
    url: 'https://nidirect.gov.uk/node/10453',
  },
  S81: {
    title: 'NICE Clinical Knowledge Summaries: Leg cramps',
    url: 'https://cks.nice.org.uk/topics/leg-cramps/',
    readFrom: 'http://cks.nice.org.uk/leg-cramps',
  },
  // S82 onwards: contract v2 (reference section 12 leads), each read with the search tool.
  S82: {
    title:
      'Van Laecke S. An update on hypomagnesemia and hypermagnesemia. Kidney and Dialysis 2023 (severe high magnesium with kidney failure and supplements)',
    url: 'https://doi.org/10.3390/kidneydial4010001',
    readFrom: 'https://ouci.dntb.gov.ua/en/works/4bgL2mZl',
  },
  S83: {
    title:
      'Practical Neurology (BMJ): nitrous oxide-induced subacute combined degeneration, biochemical tests (B12, MMA, homocysteine)',
    url: 'https://pn.bmj.com/highwire/markup/150600/expansion?width=1000&height=500&iframe=true&postprocessors=highwire_tables%2Chighwire_reclass%2Chighwire_figures%2Chighwire_math%2Chighwire_inline_linked_media%2Chighwire_embed',
  },
  S84: {
    title:
      'British Society of Gastroenterology: guidelines for the management of iron deficiency anaemia (Gut 2011; updated 2021)',
    url: 'https://gut.bmj.com/content/60/10/1309',
  },
  S85: {
    title: 'Royal Devon University Healthcare NHS Trust maternity: vitamins and supplements',
    url: 'https://www.royaldevon.nhs.uk/services/maternity-and-obstetrics-birth-and-babies/vitamins-and-supplements/',
  },
  S86: {
    title:
      'NHS (Amazing Breastmilk, antenatal): vitamins and minerals in pregnancy, liver to avoid',
    url: 'https://www.amazingbreastmilk.nhs.uk/home-2/thefacts/antenatal/diet-vitamins/vitamins/',
    readFrom:
      'http://www.amazingbreastmilk.nhs.uk/home-2/thefacts/antenatal/diet-vitamins/vitamins/',
  },
  S87: {
    title: 'Cambridge University Hospitals NHS: dietary advice for patients taking warfarin',
    url: 'https://www.cuh.nhs.uk/patient-information/dietary-advice-for-patients-taking-warfarin',
  },
  S88: {
    title: 'Bradford Teaching Hospitals NHS: heart failure, fluid management',
    url: 'https://bradfordhospitals.nhs.uk/heart-failure/pathway-2',
  },
  S89: {
    title: 'nidirect (Northern Ireland health pages): Peripheral neuropathy',
    url: 'https://nidirect.gov.uk/conditions/peripheral-neuropathy',
  },
  S90: {
    title: 'NHS: Peripheral neuropathy, causes',
    url: 'https://www.nhs.uk/conditions/peripheral-neuropathy/causes/',
    readFrom: 'https://zana.com/a/peripheral-neuropathy-causes.3415',
  },
  S91: {
    title: 'NHS: Underactive thyroid (hypothyroidism)',
    url: 'https://www.nhs.uk/conditions/underactive-thyroid-hypothyroidism/',
    readFrom: 'https://www.bishopgate.nhs.uk/health-services/thyroid/',
  },
  // S92 onwards: read for issue 11's published-case review (decision 001, "Version 3").
  S92: {
    title:
      'Society for Endocrinology emergency guidance: acute hypocalcaemia in adults (Endocrine Connections 2016): peri-oral and finger tingling, tetany; calcium, magnesium, kidney function and vitamin D tests',
    url: 'https://doi.org/10.1530/EC-16-0056',
    readFrom: 'https://ec.bioscientifica.com/view/journals/ec/5/5/G7.xml',
  },
  S93: {
    title:
      'Ataxia UK guidelines on the diagnosis and management of the progressive ataxias (Orphanet Journal of Rare Diseases 2019): vitamin E among the first tests',
    url: 'https://doi.org/10.1186/s13023-019-1013-9',
    readFrom:
      'https://ataxia.org.uk/healthcare-professionals/resources-for-healthcare-professionals/medical-guidelines/diagnosis/investigations',
  },
  S94: {
    title:
      'StatPearls (NCBI Bookshelf): subacute combined degeneration of the spinal cord, the myelopathy of low vitamin B12; blood count and B12 tests',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK559316/',
  },
} as const satisfies Record<string, Source>;

/** A source key such as 'S16'; a typo fails the build. */
export type SourceId = keyof typeof SOURCES;

/** One sentence people read, with the sources behind it. */
export interface Sourced {
  readonly text: string;
  readonly sourceIds: readonly SourceId[];
  /** True when a figure in the text comes only from a secondary copy ([2nd] in the reference). */
  readonly secondary?: boolean;
}

/** A link people can follow to read more. */
export interface LearnMoreLink {
  readonly title: string;
  readonly url: string;
}

/**
 * The primary pages red-flags.md ("Links to show people") asks the app to link instead of the
 * copies it was read from. Every learn-more link shown to people is one of these or a SOURCES url.
 */
export const PRIMARY_LINKS = {
  dvt: {
    title: 'Deep vein thrombosis (DVT), NHS',
    url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
  },
  pulmonaryEmbolism: {
    title: 'Pulmonary embolism, NHS',
    url: 'https://www.nhs.uk/conditions/pulmonary-embolism/',
  },
  caudaEquina: {
    title: 'Cauda equina syndrome, NHS',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  cellulitis: { title: 'Cellulitis, NHS', url: 'https://www.nhs.uk/conditions/cellulitis/' },
  // The NHS condition page (read through copies quoting it): acute compartment syndrome is an
  // emergency. The facts behind it are S68 (a journal review) and S69.
  compartmentSyndrome: {
    title: 'Compartment syndrome, NHS',
    url: 'https://www.nhs.uk/conditions/compartment-syndrome/',
  },
  legCramps: { title: 'Leg cramps, NHS', url: 'https://www.nhs.uk/conditions/leg-cramps/' },
  peripheralArterialDisease: {
    title: 'Peripheral arterial disease (PAD), NHS',
    url: 'https://www.nhs.uk/conditions/peripheral-arterial-disease-pad/',
  },
  niceLegCramps: {
    title: 'Leg cramps, NICE Clinical Knowledge Summaries',
    url: 'https://cks.nice.org.uk/topics/leg-cramps/',
  },
  rhabdomyolysis: {
    title: 'Rhabdomyolysis symptoms, CDC NIOSH',
    url: 'https://www.cdc.gov/niosh/topics/rhabdo/symptoms.html',
  },
} as const satisfies Record<string, LearnMoreLink>;

/** Every source id, in key order. */
export const SOURCE_IDS = Object.keys(SOURCES).filter(isSourceId);

/** True when the string is a known source id (for ids read from outside the code). */
export function isSourceId(value: string): value is SourceId {
  return Object.hasOwn(SOURCES, value);
}

/** The source with this id, for rendering a citation. */
export function sourceFor(id: SourceId): Source {
  return SOURCES[id];
}
