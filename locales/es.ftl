# ephr booklet and wallet card labels: Spanish.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (drafted by ephr's developers on 2026-12-03 from en.ftl; not yet
# reviewed by a native-speaking clinician). See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = Español

## Cover

title = Cartilla de salud personal
subtitle = Resumen de una valoración de salud. Guárdela bien y muéstrela en cada consulta.
card-title = Tarjeta de salud
demo-banner = DEMO — no es un documento de salud real
name = Nombre
name-latin = Nombre en letras latinas
birth-date = Fecha de nacimiento
estimated = estimada
sex = Sexo
nationality = Nacionalidad
languages = Idiomas
card-id = Tarjeta
record-id = Historia
issued-by = Expedido por
issued-on = Expedido el
no-name = sin nombre registrado
not-recorded = no registrado

## Entry

encounter = Valoración
encounter-date = Fecha
encounter-site = Lugar
encounter-kind = Tipo
encounter-role = Atendido por
mediator = Estuvo presente un mediador intercultural o un intérprete.
entry-heading = Registro { $n } de { $total }
entries = Registros
follows = Completa el registro
follows-entry = n.º { $n }: tarjeta { $card }, { $date }
follows-elsewhere = un registro anterior que no está en esta cartilla
part = Parte { $n } de { $total }
page-footer = Página { $n } de { $total }
continued = continuación

## Sections

sec-immunizations = Vacunaciones
sec-vaccinations-due = Vacunaciones pendientes
sec-problems = Problemas y diagnósticos
sec-medications = Medicamentos
sec-allergies = Alergias
sec-results = Cribado y resultados de pruebas
sec-mental-health = Cribado de salud mental
sec-vital-signs = Constantes vitales
sec-pregnancy = Embarazo
sec-referrals = Derivaciones
sec-alerts = Alertas
sec-signed = Registro firmado
none-recorded = Nada registrado
none-known = Nada conocido
no-vaccination-records = La persona no tiene registros de vacunación.

## Table columns

col-vaccine = Vacuna
col-date = Fecha
col-dose = Dosis
col-source = Fuente
col-diagnosis = Diagnóstico
col-status = Estado
col-medicine = Medicamento
col-dosage = Posología
col-substance = Sustancia
col-reaction = Reacción
col-test = Prueba
col-result = Resultado
col-to = Derivado a
col-due = Fecha prevista
col-alert = Alerta
col-details = Detalles
provisional = provisional
onset = desde { $date }
until = hasta { $date }
lot = lote { $lot }
date-unknown = fecha desconocida
reason = motivo: { $reason }
criticality = riesgo: { $level }

## Vital signs and pregnancy

vital-height = Talla
vital-weight = Peso
vital-bp = Presión arterial
vital-heart-rate = Frecuencia cardiaca
vital-respiratory-rate = Frecuencia respiratoria
vital-temperature = Temperatura
vital-spo2 = Saturación de oxígeno
vital-head = Perímetro cefálico
vital-muac = Perímetro braquial
pregnancy-status = Estado
expected-delivery = Fecha probable de parto
gestational-weeks = Semanas de gestación
gravida = Embarazos
para = Partos
mh-outcome = Resultado
mh-tool = Instrumento de cribado
mh-referred = Derivado para apoyo
yes = sí
no = no

## QR code

qr-caption = Escanear para comprobar: este registro está firmado por la autoridad sanitaria que lo expidió.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Para centros sanitarios: cómo comprobar esta cartilla
verify-steps =
    1. Escanear cada código QR con un verificador que lea códigos ephr.
    2. Si un código no se escanea, fotografiar la página y comprobar la foto: ephr verify photo.jpg. Si tampoco funciona, consultar al centro que expidió el registro.
    3. ephr comprueba la firma sin conexión con la lista de confianza de autoridades sanitarias.
    4. Solo un registro válido es fiable; las tablas impresas repiten lo que está firmado.
    5. Añadir lo que se haga como un nuevo registro firmado; no escribir en esta cartilla.
privacy-title = Su información de salud
privacy-text =
    Esta cartilla es suya. Solo contiene información de salud: ni situación legal ni ruta de viaje.
    Usted decide quién la ve. Nadie puede quitársela.
    El personal sanitario la usa para atenderle y no repetir vacunas ni pruebas.

insert-title = Resultados confidenciales
insert-text = Este anexo contiene resultados de salud que usted decidió mantener en privado. Guárdelo aparte de la cartilla y muéstrelo solo a un profesional sanitario que usted elija. La cartilla está completa sin él y no muestra que este anexo existe.
insert-holds = Contiene
insert-footer = CONFIDENCIAL

## Values

sex-female = mujer
sex-male = hombre
sex-other = otro
sex-unknown = desconocido
kind-initial_assessment = valoración inicial
kind-follow_up = seguimiento
kind-vaccination = vacunación
kind-emergency = urgencia
role-physician = médico/a
role-nurse = enfermero/a
role-midwife = matrona
role-psychologist = psicólogo/a
role-paramedic = técnico/a de emergencias
role-other = otro profesional sanitario
problem-active = activo
problem-inactive = inactivo
problem-resolved = resuelto
allergy-medication = medicamento
allergy-food = alimento
allergy-environment = ambiental
allergy-biologic = biológico
criticality-low = bajo
criticality-high = alto
criticality-unable_to_assess = desconocido
medication-active = en curso
medication-completed = completado
medication-stopped = suspendido
medication-intended = previsto
source-documented = documentado
source-reported = referido
source-given_here = administrado aquí
result-positive = positivo
result-negative = negativo
result-indeterminate = indeterminado
result-not_done = no realizado
result-normal = normal
result-abnormal = alterado
pregnancy-pregnant = embarazada
pregnancy-not_pregnant = no embarazada
pregnancy-unknown = desconocido
mh-no_concerns = sin problemas
mh-concerns = con problemas
mh-declined = rechazado
mh-not_done = no realizado
urgency-routine = ordinaria
urgency-soon = preferente
urgency-urgent = urgente
referral-planned = prevista
referral-done = realizada
referral-cancelled = anulada
alert-severe_allergy = alergia grave
alert-infectious = riesgo infeccioso
alert-critical_medication = medicamento imprescindible
alert-high_risk_pregnancy = embarazo de alto riesgo
alert-urgent_follow_up = seguimiento urgente
alert-other = alerta

## Text report (ephr verify, ephr decode)

report-patient = Paciente
report-born = nac. { $date }
report-nationality = nacionalidad { $country }
report-speaks = habla { $languages }
report-encounter = Consulta
report-mediator = mediador/intérprete presente
report-problems = Problemas
report-past-problems = Probl. previos
report-medications = Medicación
report-vaccines = Vacunas
report-due = Pendiente
report-results = Resultados
report-mental-health = Salud mental
report-no-known-allergies = sin alergias conocidas
report-no-known-problems = sin problemas conocidos
report-no-known-medications = sin medicación conocida
report-no-vaccination-records = SIN REGISTROS DE VACUNACIÓN
report-code-unknown = { $code } (código ausente de las tablas de ephr)
report-dose-number = dosis { $n }
report-due-from = desde { $date }
report-height = talla { $value } cm
report-weight = peso { $value } kg
report-bmi = IMC { $value }
report-bp = PA { $systolic }/{ $diastolic } mmHg
report-heart-rate = FC { $value }/min
report-respiratory-rate = FR { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = PC { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } sem.
report-delivery = FPP { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = derivado
report-by = antes del { $date }
report-valid = VÁLIDO
report-not-valid = NO VÁLIDO
report-revoked = REVOCADO
report-unverified = NO VERIFICADO
report-unreadable = ILEGIBLE
report-unverified-note = contenido mostrado SIN comprobar la firma
report-card = tarjeta { $id }
report-issued = { $authority }, { $time }
report-signed-with = Firmado con
report-key = clave { $kid }
report-expires = Caduca
report-record-id = ID historia
report-follows = Completa
report-entry = registro { $id }
report-part = Parte
report-confidential = confidencial
report-confidential-note = Registro confidencial: mostrado por decisión de la persona. No copie sus datos donde otros puedan verlos.
report-n-of = { $n } de { $total }
report-key-id = ID de clave
report-card-id = ID de tarjeta
report-issuer-says = Emisor declarado
report-content = Contenido
report-undecodable = no se puede decodificar: { $error }
report-facts-below = (sus datos están en la historia { $record } más abajo)
report-history-one = Historia { $record }: 1 registro válido, del { $first } al { $last }
report-history = Historia { $record }: { $n } registros válidos, del { $first } al { $last }
report-not-used = no utilizado
report-doses-one = 1 dosis registrada
report-doses = { $n } dosis registradas
report-problem = PROBLEMA
report-warning = ADVERTENCIA
report-note = NOTA
report-checked = Comprobado el { $time } con la lista de confianza versión { $version } (firmada por el ancla { $anchor }, emitida el { $issued }, próxima actualización { $next })
report-findings = Hallazgos sobre estos registros
report-cards-valid = { $valid } de { $total } tarjetas válidas

## Station (`ephr station`: the clinic's page in a browser)

station-title = Puesto ephr del centro sanitario
# Shown on every screen: what the station keeps.
station-privacy = Nada de lo que compruebe aquí se guarda: ni en este ordenador ni en ningún historial. «Siguiente persona» lo borra todo, y también { $minutes } minutos sin uso.
station-language = Idioma
station-add-heading = Añadir una tarjeta
station-scanner-label = Lector o texto
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Un lector de códigos de barras escribe aquí por sí solo. También puede pegar el texto de una tarjeta (PHR1:…).
station-check = Comprobar
station-upload-label = Foto, captura de pantalla, PDF de la cartilla o archivo .phr
station-upload = Comprobar el archivo
station-camera = Cámara
station-camera-start = Encender la cámara
station-camera-stop = Apagar la cámara
station-camera-looking = Mantenga el código plano frente a la cámara.
station-camera-found = Código encontrado.
station-camera-none = En este navegador no se puede usar ninguna cámara. Use un lector o suba una foto.
station-next-person = Siguiente persona
station-cleared = Borrado: no queda nada de la persona anterior.
station-empty = Aún no hay ninguna tarjeta. Muestre un código a la cámara, escanéelo o suba un archivo.
# The verdict for everything shown, in large type.
station-all-valid = VÁLIDO
station-some-invalid = NO VÁLIDO
station-check-warnings = VÁLIDO, CON ADVERTENCIAS
station-valid-count = { $valid } de { $total } tarjetas válidas
station-added = Tarjetas añadidas: { $n }
station-duplicate = Tarjeta ya comprobada.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Mostrar a la persona en { $language }
station-clinic-language = Volver a { $language }
station-downloads = Imprimir y exportar
station-booklet = Cartilla (PDF)
station-a4 = Hojas A4 (PDF)
station-wallet = Tarjeta de bolsillo (PDF)
station-insert = Anexo confidencial (PDF)
station-fhir = Documento FHIR para el sistema del centro (JSON)
station-bundle = Todos los registros (archivo .phr)
station-cannot-print = No se puede imprimir nada: { $reason }
station-trust = Lista de confianza
station-trust-status = Versión { $version }, firmada el { $issued }, próxima actualización { $next }
station-trust-stale = CADUCADA: pida a su autoridad sanitaria la nueva lista de confianza e instálela abajo.
station-trust-demo = Ancla DEMO: una tarjeta válida no prueba nada.
station-trust-install = Instalar una actualización desde un archivo
station-trust-installed = Lista de confianza versión { $version } instalada.
station-trust-unchanged = Esta lista de confianza ya está instalada.
station-trust-fixed = Este puesto se inició con una lista de confianza fija (--trust); reinícielo para usar otra.
station-trust-refused = No instalada: { $reason }
station-signin = Iniciar sesión
station-signin-code = Código de acceso (mostrado donde se inició el puesto)
station-signin-wrong = Ese código de acceso no es correcto.
station-error = No se puede leer: { $reason }
station-too-large = El archivo es demasiado grande (más de { $mb } MB).
station-too-many = Esta persona ya tiene { $n } tarjetas aquí. Pulse «Siguiente persona» para empezar de nuevo.
