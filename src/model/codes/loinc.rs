//! LOINC table: vital signs, screening tests recommended by ECDC for newly
//! arrived migrants, and common laboratory tests.
//!
//! Names are short clinical names, not the LOINC long common names; every code
//! carries a valid LOINC mod-10 check digit (verified by the tests).

use super::{CodeInfo, c};

pub(super) const HEIGHT: CodeInfo = c("8302-2", "Body height", "Taille", "طول الجسم");
pub(super) const WEIGHT: CodeInfo = c("29463-7", "Body weight", "Poids", "وزن الجسم");
pub(super) const BMI: CodeInfo = c(
    "39156-5",
    "Body mass index (BMI)",
    "Indice de masse corporelle (IMC)",
    "مؤشر كتلة الجسم",
);
pub(super) const SYSTOLIC: CodeInfo = c(
    "8480-6",
    "Systolic blood pressure",
    "Pression artérielle systolique",
    "ضغط الدم الانقباضي",
);
pub(super) const DIASTOLIC: CodeInfo = c(
    "8462-4",
    "Diastolic blood pressure",
    "Pression artérielle diastolique",
    "ضغط الدم الانبساطي",
);
pub(super) const HEART_RATE: CodeInfo = c(
    "8867-4",
    "Heart rate",
    "Fréquence cardiaque",
    "معدل نبض القلب",
);
pub(super) const RESPIRATORY_RATE: CodeInfo = c(
    "9279-1",
    "Respiratory rate",
    "Fréquence respiratoire",
    "معدل التنفس",
);
pub(super) const TEMPERATURE: CodeInfo = c(
    "8310-5",
    "Body temperature",
    "Température corporelle",
    "درجة حرارة الجسم",
);
pub(super) const OXYGEN_SATURATION: CodeInfo = c(
    "2708-6",
    "Oxygen saturation",
    "Saturation en oxygène",
    "تشبع الأكسجين",
);
pub(super) const HEAD_CIRCUMFERENCE: CodeInfo = c(
    "9843-4",
    "Head circumference",
    "Périmètre crânien",
    "محيط الرأس",
);
pub(super) const MUAC: CodeInfo = c(
    "56072-2",
    "Mid-upper arm circumference (MUAC)",
    "Périmètre brachial",
    "محيط منتصف العضد",
);

/// Screening, laboratory and vital-sign observations, sorted by code (as
/// strings, so `"10331-7"` sorts before `"1558-6"`).
#[rustfmt::skip]
pub(super) static LOINC: &[CodeInfo] = &[
    c("100129-6", "Schistosoma antibody titre, serum (haemagglutination)", "Anticorps anti-Schistosoma, titre sérique (hémagglutination)", "عيار أضداد البلهارسيا في المصل (بالتراص الدموي)"),
    c("10331-7", "Rh blood group", "Groupe rhésus (Rh)", "فصيلة الدم Rh (العامل الريصي)"),
    c("10704-5", "Stool ova and parasites (light microscopy)", "Examen parasitologique des selles (microscopie optique)", "فحص البراز للبيوض والطفيليات (بالمجهر الضوئي)"),
    c("11259-9", "Hepatitis C virus RNA (presence)", "ARN du virus de l'hépatite C (présence)", "الحمض النووي الريبي لفيروس التهاب الكبد C (الكشف)"),
    c("11545-1", "Acid-fast bacilli microscopy (e.g. sputum smear)", "Recherche de bacilles acido-alcoolo-résistants au microscope (ex. frottis d'expectoration)", "الفحص المجهري للعصيات الصامدة للحمض (مثل لطاخة القشع)"),
    c("13955-0", "Hepatitis C virus antibody (immunoassay)", "Anticorps anti-VHC (immunodosage)", "أضداد فيروس التهاب الكبد C (مقايسة مناعية)"),
    c("1558-6", "Fasting glucose, serum or plasma", "Glycémie à jeun (sérum ou plasma)", "غلوكوز الدم الصيامي (المصل أو البلازما)"),
    c("16128-1", "Hepatitis C virus antibody", "Anticorps anti-VHC", "أضداد فيروس التهاب الكبد C"),
    c("1648-5", "Tuberculin skin test (5 TU), reaction diameter at 3 days", "Intradermoréaction à la tuberculine (5 UT), diamètre à 3 jours", "اختبار التوبركولين الجلدي (5 وحدات)، قطر التفاعل بعد 3 أيام"),
    c("16933-4", "Hepatitis B core antibody, total (anti-HBc)", "Anticorps anti-HBc totaux", "أضداد المستضد اللبي لفيروس التهاب الكبد B (الكلية)"),
    c("16935-9", "Hepatitis B surface antibody (anti-HBs), quantitative", "Anticorps anti-HBs (dosage)", "أضداد المستضد السطحي لفيروس التهاب الكبد B (كمي)"),
    c("1742-6", "Alanine aminotransferase (ALT)", "Alanine aminotransférase (ALAT)", "ناقلة أمين الألانين (ALT)"),
    c("1751-7", "Albumin, serum or plasma", "Albumine (sérum ou plasma)", "الألبومين (المصل أو البلازما)"),
    c("18481-2", "Group A streptococcus antigen, throat", "Antigène streptococcique du groupe A (gorge)", "مستضد العقديات من الزمرة A (الحلق)"),
    c("19162-7", "Varicella zoster virus IgG antibody", "Anticorps IgG anti-virus varicelle-zona", "أضداد IgG لفيروس الحماق النطاقي"),
    c("1920-8", "Aspartate aminotransferase (AST)", "Aspartate aminotransférase (ASAT)", "ناقلة أمين الأسبارتات (AST)"),
    c("1975-2", "Total bilirubin", "Bilirubine totale", "البيليروبين الكلي"),
    c("1988-5", "C-reactive protein", "Protéine C réactive", "البروتين التفاعلي C"),
    c("20447-9", "HIV-1 RNA viral load", "Charge virale ARN du VIH-1", "الحمل الفيروسي لفيروس العوز المناعي البشري 1"),
    c("20479-2", "Measles virus IgG antibody", "Anticorps IgG anti-rougeole", "أضداد IgG لفيروس الحصبة"),
    c("20507-0", "Reagin antibody (RPR), non-treponemal syphilis test", "Anticorps réaginiques (RPR), test non tréponémique", "أضداد الريجين (RPR)، اختبار الزهري غير اللولبي"),
    c("2085-9", "HDL cholesterol", "Cholestérol HDL", "كوليسترول البروتين الشحمي عالي الكثافة"),
    c("2093-3", "Total cholesterol", "Cholestérol total", "الكوليسترول الكلي"),
    c("2106-3", "Pregnancy test (hCG), urine", "Test de grossesse urinaire (hCG)", "اختبار الحمل في البول (hCG)"),
    c("2160-0", "Creatinine, serum or plasma", "Créatinine (sérum ou plasma)", "الكرياتينين (المصل أو البلازما)"),
    c("22587-0", "Treponema pallidum antibody (treponemal syphilis test)", "Anticorps anti-Treponema pallidum (test tréponémique)", "أضداد اللولبية الشاحبة (اختبار الزهري اللولبي)"),
    c("2276-4", "Ferritin", "Ferritine", "الفيريتين"),
    c("2339-0", "Glucose, blood", "Glucose (sang)", "الغلوكوز في الدم"),
    c("2345-7", "Glucose, serum or plasma", "Glucose (sérum ou plasma)", "الغلوكوز (المصل أو البلازما)"),
    c("24357-6", "Urinalysis, dipstick panel", "Bandelette urinaire", "تحليل البول بالشريط الكاشف"),
    c("24627-2", "CT of chest", "Tomodensitométrie thoracique", "التصوير المقطعي المحوسب للصدر"),
    c("25514-1", "Rubella virus IgG antibody", "Anticorps IgG anti-rubéole", "أضداد IgG لفيروس الحصبة الألمانية"),
    c("2571-8", "Triglycerides", "Triglycérides", "الدهون الثلاثية"),
    OXYGEN_SATURATION,
    c("2823-3", "Potassium, serum or plasma", "Potassium (sérum ou plasma)", "البوتاسيوم (المصل أو البلازما)"),
    WEIGHT,
    c("2951-2", "Sodium, serum or plasma", "Sodium (sérum ou plasma)", "الصوديوم (المصل أو البلازما)"),
    c("29615-2", "Hepatitis B virus DNA viral load", "Charge virale ADN du VHB", "الحمل الفيروسي لفيروس التهاب الكبد B"),
    c("3016-3", "Thyroid-stimulating hormone (TSH)", "Thyréostimuline (TSH)", "الهرمون المنبه للدرقية (TSH)"),
    c("30341-2", "Erythrocyte sedimentation rate", "Vitesse de sédimentation", "سرعة تثفل الكريات الحمر"),
    c("3094-0", "Urea nitrogen, serum or plasma", "Azote uréique (sérum ou plasma)", "نيتروجين اليوريا (المصل أو البلازما)"),
    c("32018-4", "Hepatitis A virus IgG antibody", "Anticorps IgG anti-VHA", "أضداد IgG لفيروس التهاب الكبد A"),
    c("32700-7", "Malaria blood smear (light microscopy)", "Frottis sanguin et goutte épaisse pour le paludisme (microscopie)", "لطاخة الدم للملاريا (بالمجهر الضوئي)"),
    c("36643-5", "Chest X-ray, 2 views", "Radiographie thoracique, 2 incidences", "صورة الصدر الشعاعية، منظران"),
    c("38379-4", "Mycobacterium tuberculosis complex DNA (nucleic acid amplification test)", "ADN du complexe Mycobacterium tuberculosis (test d'amplification des acides nucléiques)", "الحمض النووي لمعقد المتفطرة السلية (اختبار تضخيم الحمض النووي)"),
    BMI,
    c("4544-3", "Haematocrit", "Hématocrite", "الهيماتوكريت"),
    c("4548-4", "Haemoglobin A1c (HbA1c)", "Hémoglobine glyquée (HbA1c)", "الهيموغلوبين السكري (HbA1c)"),
    c("5196-1", "Hepatitis B surface antigen (HBsAg)", "Antigène HBs (AgHBs)", "المستضد السطحي لفيروس التهاب الكبد B"),
    c("543-9", "Mycobacterial culture", "Culture de mycobactéries", "زرع المتفطرات"),
    MUAC,
    c("56888-1", "HIV-1/2 antibodies and HIV-1 p24 antigen (combined screening test)", "Anticorps anti-VIH-1/2 et antigène p24 du VIH-1 (test de dépistage combiné)", "أضداد فيروس العوز المناعي البشري 1 و2 ومستضد p24 (اختبار تحر مشترك)"),
    c("58410-2", "Complete blood count (CBC) panel", "Numération formule sanguine (NFS)", "تعداد الدم الكامل"),
    c("59408-5", "Oxygen saturation by pulse oximetry", "Saturation en oxygène par oxymétrie de pouls", "تشبع الأكسجين بمقياس التأكسج النبضي"),
    c("62238-1", "Estimated glomerular filtration rate (CKD-EPI)", "Débit de filtration glomérulaire estimé (CKD-EPI)", "معدل الترشيح الكبيبي المقدر (CKD-EPI)"),
    c("630-4", "Urine culture (bacteria)", "Culture d'urine (bactéries)", "زرع البول (الجراثيم)"),
    c("6690-2", "White blood cell count", "Numération des leucocytes", "تعداد الكريات البيض"),
    c("70569-9", "Malaria rapid diagnostic test (Plasmodium antigen)", "Test de diagnostic rapide du paludisme (antigène de Plasmodium)", "الاختبار التشخيصي السريع للملاريا (مستضد المتصورة)"),
    c("71773-6", "Interferon-gamma release assay (IGRA) for tuberculosis, interpretation", "Test de libération d'interféron gamma (IGRA) pour la tuberculose, interprétation", "اختبار إطلاق الإنترفيرون غاما للسل (IGRA)، التفسير"),
    c("718-7", "Haemoglobin", "Hémoglobine", "الهيموغلوبين"),
    c("777-3", "Platelet count", "Numération plaquettaire", "تعداد الصفيحات الدموية"),
    c("787-2", "Mean corpuscular volume (MCV)", "Volume globulaire moyen (VGM)", "متوسط حجم الكرية الحمراء (MCV)"),
    c("82810-3", "Pregnancy status", "Statut de grossesse", "حالة الحمل"),
    HEIGHT,
    TEMPERATURE,
    DIASTOLIC,
    SYSTOLIC,
    c("85353-1", "Vital signs panel", "Panel des signes vitaux", "مجموعة العلامات الحيوية"),
    c("85354-9", "Blood pressure panel", "Panel de pression artérielle", "مجموعة قياس ضغط الدم"),
    c("883-9", "ABO blood group", "Groupe sanguin ABO", "فصيلة الدم ABO"),
    HEART_RATE,
    RESPIRATORY_RATE,
    c("94500-6", "SARS-CoV-2 RNA (nucleic acid amplification test)", "ARN du SARS-CoV-2 (test d'amplification des acides nucléiques)", "الحمض النووي الريبي لفيروس سارس-كوف-2 (اختبار تضخيم الحمض النووي)"),
    c("94558-4", "SARS-CoV-2 antigen rapid test", "Test antigénique rapide du SARS-CoV-2", "الاختبار السريع لمستضد فيروس سارس-كوف-2"),
    HEAD_CIRCUMFERENCE,
];
