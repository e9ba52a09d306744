# ephr booklet and wallet card labels: French.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (drafted by ephr's developers from en.ftl, first in commit 27a1a4d of
# 2026-11-22, keys added up to 2026-12-03; nothing in the history records a review by a
# native-speaking clinician). See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = Français

## Cover

title = Carnet de santé personnel
subtitle = Résumé d'un bilan de santé. Gardez-le bien et montrez-le à chaque consultation.
card-title = Carte de santé
demo-banner = DEMO — pas un vrai dossier de santé
name = Nom
name-latin = Nom en lettres latines
birth-date = Date de naissance
estimated = estimée
sex = Sexe
nationality = Nationalité
languages = Langues
card-id = Carte
record-id = Dossier
issued-by = Délivré par
issued-on = Délivré le
no-name = aucun nom enregistré
not-recorded = non renseigné

## Entry

encounter = Bilan
encounter-date = Date
encounter-site = Lieu
encounter-kind = Type
encounter-role = Vu par
mediator = Un médiateur culturel ou un interprète était présent.
entry-heading = Fiche { $n } sur { $total }
entries = Fiches
follows = Complète la fiche
follows-entry = n° { $n } : carte { $card }, { $date }
follows-elsewhere = une fiche antérieure absente de ce carnet
part = Partie { $n } sur { $total }
page-footer = Page { $n } sur { $total }
continued = suite

## Sections

sec-immunizations = Vaccinations
sec-vaccinations-due = Vaccinations à faire
sec-problems = Problèmes et diagnostics
sec-medications = Médicaments
sec-allergies = Allergies
sec-results = Dépistages et examens
sec-mental-health = Dépistage en santé mentale
sec-vital-signs = Constantes
sec-pregnancy = Grossesse
sec-referrals = Orientations
sec-alerts = Alertes
sec-signed = Fiche signée
none-recorded = Aucune donnée
none-known = Rien de connu
no-vaccination-records = La personne n'a aucun document de vaccination.

## Table columns

col-vaccine = Vaccin
col-date = Date
col-dose = Dose
col-source = Source
col-diagnosis = Diagnostic
col-status = Statut
col-medicine = Médicament
col-dosage = Posologie
col-substance = Substance
col-reaction = Réaction
col-test = Examen
col-result = Résultat
col-to = Adressé à
col-due = Date prévue
col-alert = Alerte
col-details = Détails
provisional = provisoire
onset = depuis { $date }
until = jusqu'au { $date }
lot = lot { $lot }
date-unknown = date inconnue
reason = motif : { $reason }
criticality = risque : { $level }

## Vital signs and pregnancy

vital-height = Taille
vital-weight = Poids
vital-bp = Tension artérielle
vital-heart-rate = Fréquence cardiaque
vital-respiratory-rate = Fréquence respiratoire
vital-temperature = Température
vital-spo2 = Saturation en oxygène
vital-head = Périmètre crânien
vital-muac = Périmètre brachial
pregnancy-status = Statut
expected-delivery = Terme prévu
gestational-weeks = Semaines d'aménorrhée
gravida = Grossesses
para = Accouchements
mh-outcome = Résultat
mh-tool = Outil de dépistage
mh-referred = Orientation vers un soutien
yes = oui
no = non

## QR code

qr-caption = Scannez pour vérifier : cette fiche est signée par l'autorité sanitaire qui l'a délivrée.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Pour les soignants : comment vérifier ce carnet
verify-steps =
    1. Scannez chaque code QR avec un outil de vérification qui lit les codes ephr.
    2. Si un code ne se lit pas, photographiez la page et vérifiez la photo : ephr verify photo.jpg. En cas d'échec, contactez le centre qui a délivré la fiche.
    3. ephr vérifie la signature hors ligne à l'aide de la liste de confiance des autorités sanitaires.
    4. Seule une fiche valide est fiable ; les tableaux imprimés reprennent ce qui est signé.
    5. Ajoutez vos actes dans une nouvelle fiche signée ; n'écrivez pas dans ce carnet.
privacy-title = Vos informations de santé
privacy-text =
    Ce carnet est à vous. Il contient seulement des informations de santé : rien sur votre statut légal ni sur votre trajet.
    Vous décidez qui peut le voir. Personne n'a le droit de vous le prendre.
    Les soignants l'utilisent pour vous soigner et pour ne pas refaire des vaccins et des examens déjà faits.

insert-title = Résultats confidentiels
insert-text = Ce feuillet contient des résultats de santé que vous avez choisi de garder privés. Gardez-le à part de votre carnet et montrez-le seulement à un soignant de votre choix. Votre carnet est complet sans lui et ne montre pas que ce feuillet existe.
insert-holds = Il contient
insert-footer = CONFIDENTIEL

## Values

sex-female = féminin
sex-male = masculin
sex-other = autre
sex-unknown = inconnu
kind-initial_assessment = bilan initial
kind-follow_up = suivi
kind-vaccination = vaccination
kind-emergency = urgence
role-physician = médecin
role-nurse = infirmier(ère)
role-midwife = sage-femme
role-psychologist = psychologue
role-paramedic = secouriste
role-other = autre soignant
problem-active = actif
problem-inactive = inactif
problem-resolved = résolu
allergy-medication = médicament
allergy-food = aliment
allergy-environment = environnement
allergy-biologic = biologique
criticality-low = faible
criticality-high = élevé
criticality-unable_to_assess = inconnu
medication-active = en cours
medication-completed = terminé
medication-stopped = arrêté
medication-intended = prévu
source-documented = documenté
source-reported = déclaré
source-given_here = administré ici
result-positive = positif
result-negative = négatif
result-indeterminate = indéterminé
result-not_done = non réalisé
result-normal = normal
result-abnormal = anormal
pregnancy-pregnant = enceinte
pregnancy-not_pregnant = non enceinte
pregnancy-unknown = inconnu
mh-no_concerns = rien à signaler
mh-concerns = préoccupant
mh-declined = refusé
mh-not_done = non réalisé
urgency-routine = de routine
urgency-soon = semi-urgent
urgency-urgent = urgent
referral-planned = prévu
referral-done = réalisé
referral-cancelled = annulé
alert-severe_allergy = allergie grave
alert-infectious = risque infectieux
alert-critical_medication = médicament vital
alert-high_risk_pregnancy = grossesse à haut risque
alert-urgent_follow_up = suivi urgent
alert-other = alerte

## Text report (ephr verify, ephr decode)

report-patient = Patient
report-born = naissance : { $date }
report-nationality = nationalité : { $country }
report-speaks = langues : { $languages }
report-encounter = Consultation
report-mediator = médiateur/interprète présent
report-problems = Problèmes
report-past-problems = Antécédents
report-medications = Médicaments
report-vaccines = Vaccins
report-due = À faire
report-results = Résultats
report-mental-health = Santé mentale
report-no-known-allergies = aucune allergie connue
report-no-known-problems = aucun problème connu
report-no-known-medications = aucun médicament connu
report-no-vaccination-records = AUCUN DOCUMENT DE VACCINATION
report-code-unknown = { $code } (code absent des tables d'ephr)
report-dose-number = dose { $n }
report-due-from = à partir du { $date }
report-height = taille { $value } cm
report-weight = poids { $value } kg
report-bmi = IMC { $value }
report-bp = TA { $systolic }/{ $diastolic } mmHg
report-heart-rate = FC { $value }/min
report-respiratory-rate = FR { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = PC { $value } cm
report-muac = PB { $value } cm
report-weeks = { $n } semaines
report-delivery = terme prévu { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = orientation faite
report-by = avant le { $date }
report-valid = VALIDE
report-not-valid = NON VALIDE
report-revoked = RÉVOQUÉE
report-unverified = NON VÉRIFIÉE
report-unreadable = ILLISIBLE
report-unverified-note = contenu affiché SANS vérifier la signature
report-card = carte { $id }
report-issued = { $authority } le { $time }
report-signed-with = Signée avec
report-key = clé { $kid }
report-expires = Expire le
report-record-id = N° de dossier
report-follows = Complète
report-entry = fiche { $id }
report-part = Partie
report-confidential = confidentiel
report-confidential-note = Entrée confidentielle : montrée par choix de la personne. Ne recopiez pas ses données là où d'autres peuvent les voir.
report-n-of = { $n } sur { $total }
report-key-id = ID de clé
report-card-id = N° de carte
report-issuer-says = Émetteur déclaré
report-content = Contenu
report-undecodable = impossible à décoder : { $error }
report-facts-below = (ses données sont dans l'historique du dossier { $record } ci-dessous)
report-history-one = Historique du dossier { $record } : 1 fiche valide, du { $first } au { $last }
report-history = Historique du dossier { $record } : { $n } fiches valides, du { $first } au { $last }
report-not-used = non utilisée
report-doses-one = 1 dose enregistrée
report-doses = { $n } doses enregistrées
report-problem = PROBLÈME
report-warning = AVERTISSEMENT
report-note = REMARQUE
report-checked = Vérifié le { $time } avec la liste de confiance version { $version } (signée par l'ancre { $anchor }, émise le { $issued }, prochaine mise à jour { $next })
report-findings = Constats sur ces fiches
report-cards-valid = { $valid } cartes valides sur { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Poste ephr du centre de soins
# Shown on every screen: what the station keeps.
station-privacy = Rien de ce que vous vérifiez ici n'est enregistré : ni sur cet ordinateur, ni dans aucun journal. « Personne suivante » efface tout, tout comme { $minutes } minutes sans utilisation.
station-language = Langue
station-add-heading = Ajouter une carte
station-scanner-label = Lecteur ou texte
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Un lecteur de codes-barres écrit ici tout seul. Vous pouvez aussi coller le texte d'une carte (PHR1:…).
station-check = Vérifier
station-upload-label = Photo, capture d'écran, PDF du carnet ou fichier .phr
station-upload = Vérifier le fichier
station-camera = Caméra
station-camera-start = Démarrer la caméra
station-camera-stop = Arrêter la caméra
station-camera-looking = Tenez le code à plat devant la caméra.
station-camera-found = Code trouvé.
station-camera-none = Aucune caméra n'est utilisable dans ce navigateur. Utilisez un lecteur ou importez une photo.
station-next-person = Personne suivante
station-cleared = Effacé : il ne reste rien de la personne précédente.
station-empty = Aucune carte pour l'instant. Montrez un code à la caméra, scannez-le ou importez un fichier.
# The verdict for everything shown, in large type.
station-all-valid = VALIDE
station-some-invalid = NON VALIDE
station-check-warnings = VALIDE, AVEC AVERTISSEMENTS
station-valid-count = { $valid } cartes valides sur { $total }
station-added = Cartes ajoutées : { $n }
station-duplicate = Carte déjà vérifiée.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Montrer à la personne en { $language }
station-clinic-language = Revenir en { $language }
station-downloads = Imprimer et exporter
station-booklet = Carnet (PDF)
station-a4 = Feuilles A4 (PDF)
station-wallet = Carte de poche (PDF)
station-insert = Feuillet confidentiel (PDF)
station-fhir = Document FHIR pour le système du centre (JSON)
station-bundle = Toutes les fiches (fichier .phr)
station-cannot-print = Impression impossible : { $reason }
station-trust = Liste de confiance
station-trust-status = Version { $version }, signée le { $issued }, prochaine mise à jour { $next }
station-trust-stale = PÉRIMÉE : demandez la nouvelle liste de confiance à votre autorité sanitaire et installez-la ci-dessous.
station-trust-demo = Ancre DEMO : une carte valide ne prouve rien.
station-trust-install = Installer une mise à jour depuis un fichier
station-trust-installed = Liste de confiance version { $version } installée.
station-trust-unchanged = Cette liste de confiance est déjà installée.
station-trust-fixed = Ce poste a été lancé avec une liste de confiance fixe (--trust) ; redémarrez-le pour en utiliser une autre.
station-trust-refused = Non installée : { $reason }
station-signin = Se connecter
station-signin-code = Code d'accès (affiché là où le poste a été lancé)
station-signin-wrong = Ce code d'accès n'est pas correct.
station-signin-passphrase = Votre phrase secrète
station-signin-wrong-operator = Ce nom et cette phrase secrète ne correspondent pas.
station-error = Illisible : { $reason }
station-too-large = Le fichier est trop volumineux (plus de { $mb } Mo).
station-too-many = Cette personne a déjà { $n } cartes ici. Appuyez sur « Personne suivante » pour recommencer.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Émettre : formulaires et registre
station-issue-privacy = Les brouillons sont enregistrés dans le registre de ce site au fil de la saisie, pendant { $drafts } jours, et seul l'opérateur qui les a commencés les voit. Les entrées signées sont gardées { $entries } jours pour les réimprimer, puis supprimées.
station-issue-operator = Votre nom (enregistré avec chaque entrée que vous signez)
station-issue-follow-button = Ajouter un suivi à ce dossier
station-issue-title = Émettre
station-issue-new-heading = Nouvelle évaluation
station-issue-new = Commencer une nouvelle évaluation
station-issue-follow-hint = Pour ajouter un suivi, vérifiez la carte de la personne sur l'écran principal (caméra, lecteur ou fichier), puis appuyez sur « { $button } ».
station-issue-drafts = Vos brouillons
station-issue-no-drafts = Aucun brouillon. Chaque modification d'un formulaire est enregistrée ici au fil de la saisie.
station-issue-no-name = (pas encore de nom)
station-issue-draft-follow-up = suivi : { $about }
station-issue-find-heading = Retrouver une entrée émise
station-issue-find-label = Identifiant de carte (tel qu'imprimé sur le carnet) ou nom
station-issue-find = Rechercher
station-issue-found-none = Rien dans le registre ne correspond.
station-issue-col-issued = Émise
station-issue-col-entry = Entrée
station-issue-col-names = Noms
station-issue-col-operator = Opérateur
station-issue-reprint = Réimprimer
station-issue-nav = Brouillons et registre
station-issue-follow-up = Entrée de suivi
station-issue-saved-hint = Enregistré sur ce poste au fil de la saisie. Chaque problème est affiché à son champ.
station-issue-needs-js = Le formulaire d'évaluation a besoin de JavaScript.
station-issue-preview = Aperçu du carnet (PDF marqué DEMO, non signé)
station-issue-sign = Signer et afficher pour l'impression
station-issue-discard = Abandonner ce brouillon
station-issue-discard-confirm = Abandonner ce brouillon ? Il ne pourra pas être récupéré.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = écriture d'origine
form-given = prénom
form-family = nom de famille
form-systolic = systolique
form-diastolic = diastolique
form-country = Pays
form-onset = Début
form-note = Note
form-category = Catégorie
form-criticality = Gravité
form-until = Jusqu'au
form-lot = Lot
form-value = Valeur
form-unit = Unité
form-urgency = Urgence
form-not-given-here = pas pour les doses données ici
form-if-not-visit = si ce n'est pas celle de la visite
form-consent = Consentement
form-consent-card = La personne accepte de porter une carte confidentielle (les résultats VIH, hépatite, santé mentale, grossesse sont imprimés à part)
form-confidential = Confidentiel
form-by-default = par défaut
form-code-placeholder = tapez des mots ou un code
form-remove = Retirer
form-saving = Enregistrement…
form-signed-out = Session fermée : reconnectez-vous ; le brouillon est enregistré jusqu'à la dernière modification.
form-not-saved = Non enregistré : { $reason }
form-unreachable = Non enregistré : le poste est injoignable. Gardez cette page ouverte et réessayez.
form-problems = Enregistré. { $n } problème(s) à corriger avant de signer.
form-size = { $chars } caractères, QR version { $version } au niveau Q
form-confidential-size = Carte confidentielle : { $chars } caractères, version { $version }.
form-withheld = { $n } élément(s) confidentiel(s) ne vont sur aucune carte (pas de consentement à une carte confidentielle).
form-split = Enregistré. Trop grand pour un seul code : il sera réparti sur { $n } cartes signées ({ $sizes }).
form-fits = Enregistré. Tient dans un seul code : { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Le champ est vide : omettez-le plutôt.
field-spaces = Le texte commence ou finit par des espaces.
field-too-long = { $n } caractères : { $max } au plus tiennent sur la carte.
field-control = Le texte contient des caractères de contrôle (sauts de ligne, tabulations).
field-hidden = Le texte contient des caractères de mise en forme invisibles (changements de sens, espaces sans largeur) : tapez le texte simplement.
field-date = « { $value } » n'est pas une date de la forme AAAA-MM-JJ (années 1900-2100).
field-partial-date = « { $value } » n'est pas une date de la forme AAAA, AAAA-MM ou AAAA-MM-JJ.
field-icd10 = « { $value } » n'est pas un code CIM-10 valide (une lettre, deux chiffres, puis éventuellement un point et un ou deux chiffres, p. ex. « E11.9 »).
field-atc = « { $value } » n'est pas un code ATC de l'OMS valide (p. ex. « A10BA02 »).
field-vaccine = « { $value } » n'est pas un code ATC de vaccin de l'OMS (J07…, p. ex. « J07BD52 » pour le ROR).
field-country = « { $value } » n'est pas un code pays ISO 3166-1 alpha-2 (p. ex. « SY », « GR »).
field-language = « { $value } » n'est pas un code de langue ISO 639 (p. ex. « ar », « fa », « prs »).
field-too-many = { $n } éléments : { $max } au plus tiennent.
field-empty-list = La liste est vide : écrivez « none_known » si vous avez demandé et qu'il n'y en a pas, ou omettez le champ.
field-empty-section = La section est vide : omettez-la plutôt.
field-name-empty = Ni nom de famille ni prénom : omettez-le plutôt.
field-name-latin-letters = Seules les lettres A-Z sont admises (avec espaces, traits d'union et apostrophes), comme dans la zone de lecture automatique d'un passeport.
field-name-latin-missing = Manquant : le nom n'est pas en écriture latine, donnez aussi une translittération latine (les soignants le long du parcours doivent pouvoir le lire).
field-estimated-no-date = Coché, mais il n'y a pas de date de naissance.
field-range = { $value } est hors de la plage plausible { $min }-{ $max }.
field-tenths = { $value } a plus d'une décimale : la carte garde les dixièmes.
field-diastolic = { $value } n'est pas inférieure à la pression systolique { $systolic }.
field-dose-number = { $value } n'est pas un numéro de dose de 1 à 10.
field-no-doses = Aucune dose : indiquez « no_records »: true si la personne n'a aucun document de vaccination.
field-dose-date-required = Obligatoire pour les doses documentées et les doses données ici.
field-dose-given-here = La date est { $value }, mais une dose donnée ici a la date de la visite { $date } : enregistrez les doses données ailleurs comme « documentées ».
field-loinc = « { $value } » n'est pas un code LOINC valide (chiffres, trait d'union, chiffre de contrôle, p. ex. « 71773-6 »).
field-decimal = « { $value } » n'est pas un nombre décimal (au plus 7 chiffres avant la virgule et 4 après).
field-unit-without-value = Une unité est donnée sans valeur.
field-unit = « { $value } » n'est pas une unité UCUM (p. ex. « g/dL », « mmol/L »).
field-value-not-done = Une valeur est donnée pour un test qui n'a pas été fait.
field-pregnant-male = « enceinte » alors que le sexe de la personne est « masculin ».
field-weeks = { $value } dépasse 45 semaines.
field-not-pregnant = Une date d'accouchement ou un âge gestationnel est donné, mais le statut n'est pas « enceinte ».
field-implausible = { $value } n'est pas plausible.
field-follow-up-before = { $value } est avant la visite de l'entrée suivie ({ $date }) : un suivi vient après.
field-reveals-referral = Le motif { $code } est un problème gardé confidentiel : cette orientation le révélerait sur la carte principale. Marquez aussi l'orientation comme confidentielle, ou retirez son motif.
field-reveals-alert = Une alerte de grossesse à haut risque sur la carte principale révèle la grossesse gardée confidentielle : marquez aussi l'alerte comme confidentielle, ou la grossesse comme non confidentielle.
field-after-issue = La visite est datée du { $encounter }, après la date d'émission de la carte { $issued } : une carte enregistre ce qui a eu lieu.
field-item-too-large = { $item } ne tient pas dans un code QR, même seul sur une carte : raccourcissez son texte ou choisissez un niveau de correction d'erreurs plus bas.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Champ obligatoire manquant : { $field }
field-wrong-type = Type de valeur incorrect : { $found } (attendu : { $expected })
field-wrong-value = Valeur incorrecte : { $found } (attendu : { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
