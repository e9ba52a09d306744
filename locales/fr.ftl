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
station-error = Illisible : { $reason }
station-too-large = Le fichier est trop volumineux (plus de { $mb } Mo).
station-too-many = Cette personne a déjà { $n } cartes ici. Appuyez sur « Personne suivante » pour recommencer.
