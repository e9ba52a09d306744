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
station-signin-passphrase = Su frase de contraseña
station-signin-wrong-operator = El nombre y la frase de contraseña no coinciden.
station-error = No se puede leer: { $reason }
station-too-large = El archivo es demasiado grande (más de { $mb } MB).
station-too-many = Esta persona ya tiene { $n } tarjetas aquí. Pulse «Siguiente persona» para empezar de nuevo.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Emitir: formularios y registro
station-issue-privacy = Los borradores se guardan en el registro de este centro mientras escribe, durante { $drafts } días, y solo los ve el operador que los empezó. Las entradas firmadas se guardan { $entries } días para reimprimirlas y luego se borran.
station-issue-operator = Su nombre (se registra con cada entrada que firme)
station-issue-follow-button = Añadir un seguimiento a esta historia
station-issue-title = Emitir
station-issue-new-heading = Nueva valoración
station-issue-new = Empezar una nueva valoración
station-issue-follow-hint = Para añadir un seguimiento, compruebe la tarjeta de la persona en la pantalla principal (cámara, lector o archivo) y pulse «{ $button }».
station-issue-drafts = Sus borradores
station-issue-no-drafts = No hay borradores. Cada cambio en un formulario se guarda aquí mientras escribe.
station-issue-no-name = (aún sin nombre)
station-issue-draft-follow-up = seguimiento: { $about }
station-issue-find-heading = Buscar una entrada emitida
station-issue-find-label = Identificador de tarjeta (tal como aparece en la cartilla) o nombre
station-issue-find = Buscar
station-issue-found-none = Nada en el registro coincide.
station-issue-col-issued = Emitida
station-issue-col-entry = Entrada
station-issue-col-names = Nombres
station-issue-col-operator = Operador
station-issue-reprint = Reimprimir
station-issue-nav = Borradores y registro
station-issue-follow-up = Entrada de seguimiento
station-issue-saved-hint = Se guarda en este puesto mientras escribe. Cada problema se muestra en su campo.
station-issue-needs-js = El formulario de valoración necesita JavaScript.
station-issue-preview = Vista previa de la cartilla (PDF marcado DEMO, sin firmar)
station-issue-sign = Firmar y mostrar para imprimir
station-issue-discard = Descartar este borrador
station-issue-discard-confirm = ¿Descartar este borrador? No se podrá recuperar.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = escritura propia
form-given = nombre
form-family = apellidos
form-systolic = sistólica
form-diastolic = diastólica
form-country = País
form-onset = Inicio
form-note = Nota
form-category = Categoría
form-criticality = Gravedad
form-until = Hasta
form-lot = Lote
form-value = Valor
form-unit = Unidad
form-urgency = Prioridad
form-not-given-here = no para dosis administradas aquí
form-if-not-visit = si no es la de la visita
form-consent = Consentimiento
form-consent-card = La persona acepta llevar una tarjeta confidencial (los resultados de VIH, hepatitis, salud mental y embarazo se imprimen aparte)
form-confidential = Confidencial
form-by-default = por defecto
form-code-placeholder = escriba palabras o un código
form-remove = Quitar
form-saving = Guardando…
form-signed-out = Sesión cerrada: vuelva a entrar; el borrador está guardado hasta el último cambio.
form-not-saved = No guardado: { $reason }
form-unreachable = No guardado: no se puede contactar con el puesto. Mantenga esta página abierta y vuelva a intentarlo.
form-problems = Guardado. { $n } problema(s) que corregir antes de firmar.
form-size = { $chars } caracteres, QR versión { $version } en el nivel Q
form-confidential-size = Tarjeta confidencial: { $chars } caracteres, versión { $version }.
form-withheld = { $n } elemento(s) confidencial(es) no va(n) en ninguna tarjeta (sin consentimiento para una tarjeta confidencial).
form-split = Guardado. Demasiado grande para un código: se dividirá en { $n } tarjetas firmadas ({ $sizes }).
form-fits = Guardado. Cabe en un código: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Está vacío; mejor omita el campo.
field-spaces = Tiene espacios al principio o al final.
field-too-long = Tiene { $n } caracteres; en la tarjeta caben como máximo { $max }.
field-control = Contiene caracteres de control (saltos de línea, tabuladores).
field-hidden = Contiene caracteres de formato invisibles (cambios de dirección, espacios de ancho cero); escriba el texto sin más.
field-date = «{ $value }» no es una fecha con la forma AAAA-MM-DD (años 1900-2100).
field-partial-date = «{ $value }» no es una fecha con la forma AAAA, AAAA-MM o AAAA-MM-DD.
field-icd10 = «{ $value }» no es un código CIE-10 válido (una letra, dos dígitos y, si acaso, un punto y uno o dos dígitos, p. ej. «E11.9»).
field-atc = «{ $value }» no es un código ATC de la OMS válido (p. ej. «A10BA02»).
field-vaccine = «{ $value }» no es un código ATC de vacuna de la OMS (J07…, p. ej. «J07BD52» para triple vírica).
field-country = «{ $value }» no es un código de país ISO 3166-1 alfa-2 (p. ej. «SY», «GR»).
field-language = «{ $value }» no es un código de idioma ISO 639 (p. ej. «ar», «fa», «prs»).
field-too-many = Tiene { $n } elementos; caben como máximo { $max }.
field-empty-list = La lista está vacía; escriba «none_known» si preguntó y no hay ninguno, u omita el campo.
field-empty-section = Está vacío; mejor omítalo.
field-name-empty = No tiene ni apellidos ni nombre; mejor omítalo.
field-name-latin-letters = Solo las letras A-Z (con espacios, guiones y apóstrofos), como en la zona de lectura mecánica del pasaporte.
field-name-latin-missing = Falta: el nombre no está en alfabeto latino; dé también una transliteración latina (el personal sanitario del trayecto debe poder leerlo).
field-estimated-no-date = Está marcado, pero no hay fecha de nacimiento.
field-range = { $value } está fuera del intervalo plausible { $min }-{ $max }.
field-tenths = { $value } tiene más de un decimal; la tarjeta guarda décimas.
field-diastolic = { $value } no es menor que la presión sistólica { $systolic }.
field-dose-number = { $value } no es un número de dosis del 1 al 10.
field-no-doses = No tiene dosis; ponga «no_records»: true si la persona no tiene ningún registro de vacunación.
field-dose-date-required = Es obligatoria para las dosis documentadas y las administradas aquí.
field-dose-given-here = Es { $value }, pero una dosis administrada aquí tiene la fecha de la visita { $date }; registre las dosis administradas en otro lugar como «documentadas».
field-loinc = «{ $value }» no es un código LOINC válido (dígitos, guion, dígito de control, p. ej. «71773-6»).
field-decimal = «{ $value }» no es un número decimal (como máximo 7 dígitos antes y 4 después del punto).
field-unit-without-value = Se da sin valor.
field-unit = «{ $value }» no es una unidad UCUM (p. ej. «g/dL», «mmol/L»).
field-value-not-done = Se da para una prueba que no se hizo.
field-pregnant-male = Es «embarazada», pero el sexo de la persona es «hombre».
field-weeks = { $value } supera las 45 semanas.
field-not-pregnant = Da una fecha de parto o una edad gestacional, pero el estado no es «embarazada».
field-implausible = { $value } no es plausible.
field-follow-up-before = { $value } es anterior a la visita de la entrada a la que sigue ({ $date }); un seguimiento va después.
field-reveals-referral = El motivo { $code } es un problema confidencial, así que esta derivación lo revelaría en la tarjeta principal; marque también la derivación como confidencial o quite su motivo.
field-reveals-alert = Una alerta de embarazo de alto riesgo en la tarjeta principal revela el embarazo confidencial; marque también la alerta como confidencial o el embarazo como no confidencial.
field-after-issue = La visita tiene fecha { $encounter }, posterior a la fecha de emisión de la tarjeta { $issued }; una tarjeta registra lo que ha pasado.
field-item-too-large = { $item } no cabe en un código QR ni en una tarjeta propia; acorte su texto o elija un nivel de corrección de errores más bajo.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Falta un campo obligatorio: { $field }
field-wrong-type = Tipo de valor incorrecto: { $found } (se esperaba: { $expected })
field-wrong-value = Valor incorrecto: { $found } (se esperaba: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
