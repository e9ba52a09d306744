# ephr booklet and wallet card labels: Turkish.
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
language-name = Türkçe

## Cover

title = Kişisel Sağlık Kaydı
subtitle = Bir sağlık değerlendirmesinin özeti. Güvenli bir yerde saklayın ve her klinikte gösterin.
card-title = Sağlık kaydı kartı
demo-banner = DEMO — gerçek bir sağlık kaydı değildir
name = Ad soyad
name-latin = Latin harfleriyle ad soyad
birth-date = Doğum tarihi
estimated = tahmini
sex = Cinsiyet
nationality = Uyruk
languages = Diller
card-id = Kart
record-id = Dosya
issued-by = Düzenleyen
issued-on = Düzenlenme tarihi
no-name = ad kaydedilmemiş
not-recorded = kaydedilmemiş

## Entry

encounter = Muayene
encounter-date = Tarih
encounter-site = Yer
encounter-kind = Tür
encounter-role = Muayene eden
mediator = Bir kültürel aracı veya tercüman hazır bulundu.
entry-heading = Kayıt { $n } / { $total }
entries = Kayıtlar
follows = Tamamladığı kayıt
follows-entry = no. { $n }: kart { $card }, { $date }
follows-elsewhere = bu kitapçıkta bulunmayan önceki bir kayıt
part = Bölüm { $n } / { $total }
page-footer = Sayfa { $n } / { $total }
continued = devamı

## Sections

sec-immunizations = Aşılar
sec-vaccinations-due = Yapılacak aşılar
sec-problems = Sorunlar ve tanılar
sec-medications = İlaçlar
sec-allergies = Alerjiler
sec-results = Tarama ve test sonuçları
sec-mental-health = Ruh sağlığı taraması
sec-vital-signs = Vital bulgular
sec-pregnancy = Gebelik
sec-referrals = Sevkler
sec-alerts = Uyarılar
sec-signed = İmzalı kayıt
none-recorded = Kayıt yok
none-known = Bilinen yok
no-vaccination-records = Kişinin hiçbir aşı kaydı yok.

## Table columns

col-vaccine = Aşı
col-date = Tarih
col-dose = Doz
col-source = Kaynak
col-diagnosis = Tanı
col-status = Durum
col-medicine = İlaç
col-dosage = Kullanım dozu
col-substance = Madde
col-reaction = Reaksiyon
col-test = Test
col-result = Sonuç
col-to = Sevk edilen yer
col-due = Zamanı
col-alert = Uyarı
col-details = Ayrıntılar
provisional = ön tanı
onset = { $date } tarihinden beri
until = { $date } tarihine kadar
lot = lot { $lot }
date-unknown = tarih bilinmiyor
reason = neden: { $reason }
criticality = risk: { $level }

## Vital signs and pregnancy

vital-height = Boy
vital-weight = Kilo
vital-bp = Kan basıncı
vital-heart-rate = Nabız
vital-respiratory-rate = Solunum sayısı
vital-temperature = Vücut sıcaklığı
vital-spo2 = Oksijen satürasyonu
vital-head = Baş çevresi
vital-muac = Orta üst kol çevresi
pregnancy-status = Durum
expected-delivery = Tahmini doğum tarihi
gestational-weeks = Gebelik haftası
gravida = Gebelik sayısı
para = Doğum sayısı
mh-outcome = Sonuç
mh-tool = Tarama aracı
mh-referred = Destek için sevk
yes = evet
no = hayır

## QR code

qr-caption = Doğrulamak için okutun: bu kayıt, onu düzenleyen sağlık otoritesi tarafından imzalanmıştır.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Klinikler için: bu kayıt nasıl doğrulanır
verify-steps =
    1. Her QR kodunu ephr kodlarını okuyabilen bir doğrulayıcıyla okutun.
    2. Bir kod okunmazsa sayfanın fotoğrafını çekin ve fotoğrafı doğrulayın: ephr verify photo.jpg. Bu da olmazsa kaydı düzenleyen kliniğe sorun.
    3. ephr imzayı internet bağlantısı olmadan, sağlık otoritelerinin güven listesine göre doğrular.
    4. Yalnızca geçerli bir kayda güvenilebilir; basılı tablolar imzalı içeriği tekrarlar.
    5. Yaptığınız işlemi yeni bir imzalı kayıt olarak ekleyin; bu kitapçığın üzerine yazmayın.
privacy-title = Sağlık bilgileriniz
privacy-text =
    Bu kitapçık sizindir. Yalnızca sağlık bilgisi içerir: yasal durumunuz ve yolculuk güzergâhınız yer almaz.
    Kimin göreceğine siz karar verirsiniz. Kimse onu sizden alamaz.
    Sağlık çalışanları onu size bakım vermek ve aşıları ve testleri tekrarlamamak için kullanır.

insert-title = Gizli sonuçlar
insert-text = Bu ek sayfa, gizli tutmayı seçtiğiniz sağlık sonuçlarını içerir. Onu kitapçığınızdan ayrı saklayın ve yalnızca seçtiğiniz bir sağlık çalışanına gösterin. Kitapçığınız onsuz da eksiksizdir ve bu ek sayfanın var olduğunu göstermez.
insert-holds = İçerdikleri
insert-footer = GİZLİ

## Values

sex-female = kadın
sex-male = erkek
sex-other = diğer
sex-unknown = bilinmiyor
kind-initial_assessment = ilk değerlendirme
kind-follow_up = kontrol
kind-vaccination = aşılama
kind-emergency = acil
role-physician = hekim
role-nurse = hemşire
role-midwife = ebe
role-psychologist = psikolog
role-paramedic = paramedik
role-other = diğer sağlık çalışanı
problem-active = aktif
problem-inactive = aktif değil
problem-resolved = iyileşti
allergy-medication = ilaç
allergy-food = besin
allergy-environment = çevresel
allergy-biologic = biyolojik
criticality-low = düşük
criticality-high = yüksek
criticality-unable_to_assess = bilinmiyor
medication-active = kullanıyor
medication-completed = tamamlandı
medication-stopped = kesildi
medication-intended = planlandı
source-documented = belgeli
source-reported = beyana dayalı
source-given_here = burada yapıldı
result-positive = pozitif
result-negative = negatif
result-indeterminate = belirsiz
result-not_done = yapılmadı
result-normal = normal
result-abnormal = anormal
pregnancy-pregnant = gebe
pregnancy-not_pregnant = gebe değil
pregnancy-unknown = bilinmiyor
mh-no_concerns = sorun saptanmadı
mh-concerns = dikkat gerektiriyor
mh-declined = reddetti
mh-not_done = yapılmadı
urgency-routine = rutin
urgency-soon = yakın zamanda
urgency-urgent = acil
referral-planned = planlandı
referral-done = yapıldı
referral-cancelled = iptal edildi
alert-severe_allergy = ciddi alerji
alert-infectious = enfeksiyon riski
alert-critical_medication = kritik ilaç
alert-high_risk_pregnancy = riskli gebelik
alert-urgent_follow_up = acil kontrol
alert-other = uyarı

## Text report (ephr verify, ephr decode)

report-patient = Hasta
report-born = doğum { $date }
report-nationality = uyruk { $country }
report-speaks = diller: { $languages }
report-encounter = Muayene
report-mediator = aracı/tercüman vardı
report-problems = Sorunlar
report-past-problems = Geçmiş sorun.
report-medications = İlaçlar
report-vaccines = Aşılar
report-due = Yapılacak
report-results = Sonuçlar
report-mental-health = Ruh sağlığı
report-no-known-allergies = bilinen alerji yok
report-no-known-problems = bilinen sorun yok
report-no-known-medications = bilinen ilaç yok
report-no-vaccination-records = AŞI KAYDI YOK
report-code-unknown = { $code } (kod ephr tablolarında yok)
report-dose-number = doz { $n }
report-due-from = { $date } tarihinden itibaren
report-height = boy { $value } cm
report-weight = kilo { $value } kg
report-bmi = VKİ { $value }
report-bp = TA { $systolic }/{ $diastolic } mmHg
report-heart-rate = nabız { $value }/dk
report-respiratory-rate = SS { $value }/dk
report-temperature = ateş { $value } °C
report-spo2 = SpO2 %{ $value }
report-head = baş çevresi { $value } cm
report-muac = kol çevresi { $value } cm
report-weeks = { $n } hafta
report-delivery = TDT { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = sevk edildi
report-by = { $date } tarihine kadar
report-valid = GEÇERLİ
report-not-valid = GEÇERSİZ
report-revoked = İPTAL EDİLDİ
report-unverified = DOĞRULANMADI
report-unreadable = OKUNAMIYOR
report-unverified-note = içerik, imza DOĞRULANMADAN gösteriliyor
report-card = kart { $id }
report-issued = { $authority }, { $time }
report-signed-with = İmzalayan
report-key = anahtar { $kid }
report-expires = Geçerlilik sonu
report-record-id = Dosya no
report-follows = Tamamladığı
report-entry = kayıt { $id }
report-part = Bölüm
report-confidential = gizli
report-confidential-note = Gizli kayıt: kişinin kendi tercihiyle gösterildi. Bilgilerini başkalarının görebileceği bir yere aktarmayın.
report-n-of = { $n } / { $total }
report-key-id = Anahtar no
report-card-id = Kart no
report-issuer-says = Beyan edilen düzenleyen
report-content = İçerik
report-undecodable = çözülemiyor: { $error }
report-facts-below = (bilgileri aşağıda, { $record } numaralı dosyanın geçmişinde)
report-history-one = Dosya { $record } geçmişi: 1 geçerli kayıt, { $first } ile { $last } arası
report-history = Dosya { $record } geçmişi: { $n } geçerli kayıt, { $first } ile { $last } arası
report-not-used = kullanılmadı
report-doses-one = 1 doz kayıtlı
report-doses = { $n } doz kayıtlı
report-problem = SORUN
report-warning = UYARI
report-note = NOT
report-checked = Doğrulama zamanı { $time }, güven listesi sürüm { $version } (imzalayan çapa { $anchor }, yayım { $issued }, sonraki güncelleme { $next })
report-findings = Bu kayıtlarla ilgili bulgular
report-cards-valid = Geçerli kart: { $valid } / { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr klinik istasyonu
# Shown on every screen: what the station keeps.
station-privacy = Burada kontrol ettiğiniz hiçbir şey saklanmaz: ne bu bilgisayarda ne de herhangi bir günlükte. “Sonraki kişi” her şeyi siler; { $minutes } dakika kullanılmadığında da her şey silinir.
station-language = Dil
station-add-heading = Kart ekle
station-scanner-label = Barkod okuyucu veya metin
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Barkod okuyucu buraya kendiliğinden yazar. Bir kartın metnini de yapıştırabilirsiniz (PHR1:…).
station-check = Kontrol et
station-upload-label = Fotoğraf, ekran görüntüsü, kitapçık PDF’i veya .phr dosyası
station-upload = Dosyayı kontrol et
station-camera = Kamera
station-camera-start = Kamerayı aç
station-camera-stop = Kamerayı kapat
station-camera-looking = Kodu kameranın önünde düz tutun.
station-camera-found = Kod bulundu.
station-camera-none = Bu tarayıcıda hiçbir kamera kullanılamıyor. Barkod okuyucu kullanın veya bir fotoğraf yükleyin.
station-next-person = Sonraki kişi
station-cleared = Temizlendi: önceki kişiden hiçbir şey kalmadı.
station-empty = Henüz kart yok. Kameraya bir kod gösterin, okutun veya bir dosya yükleyin.
# The verdict for everything shown, in large type.
station-all-valid = GEÇERLİ
station-some-invalid = GEÇERSİZ
station-check-warnings = GEÇERLİ, UYARILARLA
station-valid-count = Geçerli kart: { $valid } / { $total }
station-added = Eklendi: { $n }
station-duplicate = Zaten kontrol edildi.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Kişiye göster: { $language }
station-clinic-language = Geri dön: { $language }
station-downloads = Yazdır ve dışa aktar
station-booklet = Kitapçık (PDF)
station-a4 = A4 sayfalar (PDF)
station-wallet = Cüzdan kartı (PDF)
station-insert = Gizli ek sayfa (PDF)
station-fhir = Kliniğin sistemi için FHIR belgesi (JSON)
station-bundle = Tüm kayıtlar (.phr dosyası)
station-cannot-print = Hiçbir şey yazdırılamıyor: { $reason }
station-trust = Güven listesi
station-trust-status = Sürüm { $version }, imza tarihi { $issued }, sonraki güncelleme { $next }
station-trust-stale = GÜNCEL DEĞİL: sağlık otoritenizden yeni güven listesini isteyin ve aşağıdan yükleyin.
station-trust-demo = DEMO çapa: geçerli bir kart hiçbir şey kanıtlamaz.
station-trust-install = Dosyadan güncelleme yükle
station-trust-installed = Güven listesi sürüm { $version } yüklendi.
station-trust-unchanged = Bu güven listesi zaten yüklü.
station-trust-fixed = Bu istasyon sabit bir güven listesiyle (--trust) başlatıldı; başka bir liste kullanmak için yeniden başlatın.
station-trust-refused = Yüklenmedi: { $reason }
station-signin = Giriş
station-signin-code = Erişim kodu (istasyonun başlatıldığı yerde yazılı)
station-signin-wrong = Erişim kodu yanlış.
station-signin-passphrase = Parolanız
station-signin-wrong-operator = Bu ad ve parola eşleşmiyor.
station-error = Okunamıyor: { $reason }
station-too-large = Dosya çok büyük ({ $mb } MB’tan fazla).
station-too-many = Bu kişinin burada zaten { $n } kartı var. Yeniden başlamak için “Sonraki kişi” düğmesine basın.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Düzenleme: formlar ve kayıt defteri
station-issue-privacy = Taslaklar siz yazarken bu merkezin kayıt defterine { $drafts } gün süreyle kaydedilir ve yalnızca onları başlatan görevli görür. İmzalı kayıtlar yeniden basım için { $entries } gün saklanır, sonra silinir.
station-issue-operator = Adınız (imzaladığınız her kayıtla birlikte kaydedilir)
station-issue-follow-button = Bu dosyaya kontrol kaydı ekleyin
station-issue-title = Düzenleme
station-issue-new-heading = Yeni muayene
station-issue-new = Yeni muayene başlatın
station-issue-follow-hint = Kontrol kaydı eklemek için kişinin kartını ana ekranda kontrol edin (kamera, tarayıcı veya dosya), sonra “{ $button }” düğmesine basın.
station-issue-drafts = Taslaklarınız
station-issue-no-drafts = Taslak yok. Formdaki her değişiklik siz yazarken burada kaydedilir.
station-issue-no-name = (henüz ad yok)
station-issue-draft-follow-up = kontrol: { $about }
station-issue-find-heading = Düzenlenmiş bir kaydı bulun
station-issue-find-label = Kart kimliği (kitapçıkta basıldığı gibi) veya ad
station-issue-find = Bul
station-issue-found-none = Kayıt defterinde eşleşen bir şey yok.
station-issue-col-issued = Düzenlenme
station-issue-col-entry = Kayıt
station-issue-col-names = Adlar
station-issue-col-operator = Görevli
station-issue-reprint = Yeniden bas
station-issue-nav = Taslaklar ve kayıt defteri
station-issue-follow-up = Kontrol kaydı
station-issue-saved-hint = Siz yazarken bu istasyona kaydedilir. Her sorun kendi alanında gösterilir.
station-issue-needs-js = Muayene formu JavaScript gerektirir.
station-issue-preview = Kitapçık önizlemesi (DEMO işaretli PDF, imzasız)
station-issue-sign = İmzala ve basım için göster
station-issue-discard = Bu taslağı at
station-issue-discard-confirm = Bu taslak atılsın mı? Geri getirilemez.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = kendi yazısıyla
form-given = ad
form-family = soyadı
form-systolic = sistolik
form-diastolic = diyastolik
form-country = Ülke
form-onset = Başlangıç
form-note = Not
form-category = Kategori
form-criticality = Risk düzeyi
form-until = Bitiş
form-lot = Lot
form-value = Değer
form-unit = Birim
form-urgency = Aciliyet
form-not-given-here = burada yapılan dozlar için değil
form-if-not-visit = ziyaret tarihi değilse
form-consent = Onam
form-consent-card = Kişi gizli bir kart taşımayı kabul etti (HIV, hepatit, ruh sağlığı ve gebelik sonuçları ayrı basılır)
form-confidential = Gizli
form-by-default = varsayılan
form-code-placeholder = sözcük veya kod yazın
form-remove = Kaldır
form-saving = Kaydediliyor…
form-signed-out = Oturum kapandı: yeniden giriş yapın; taslak son değişikliğe kadar kayıtlı.
form-not-saved = Kaydedilmedi: { $reason }
form-unreachable = Kaydedilmedi: istasyona ulaşılamıyor. Bu sayfayı açık tutun ve yeniden deneyin.
form-problems = Kaydedildi. İmzadan önce düzeltilecek sorun: { $n }.
form-size = { $chars } karakter, QR sürüm { $version }, Q düzeyinde
form-confidential-size = Gizli kart: { $chars } karakter, sürüm { $version }.
form-withheld = Hiçbir karta girmeyen gizli öğe (gizli kart onamı yok): { $n }.
form-split = Kaydedildi. Tek kod için çok büyük: { $n } imzalı karta bölünecek ({ $sizes }).
form-fits = Kaydedildi. Tek koda sığıyor: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Boş; bunun yerine alanı çıkarın.
field-spaces = Başında veya sonunda boşluk var.
field-too-long = { $n } karakter uzunluğunda; karta en çok { $max } sığar.
field-control = Denetim karakterleri içeriyor (satır sonları, sekmeler).
field-hidden = Görünmez biçim karakterleri içeriyor (yön değişiklikleri, sıfır genişlikli boşluklar); metni düz yazın.
field-date = “{ $value }” YYYY-AA-GG biçiminde bir tarih değil (yıllar 1900-2100).
field-partial-date = “{ $value }” YYYY, YYYY-AA veya YYYY-AA-GG biçiminde bir tarih değil.
field-icd10 = “{ $value }” geçerli bir ICD-10 kodu değil (bir harf, iki rakam, sonra isteğe bağlı bir nokta ve bir veya iki rakam, ör. “E11.9”).
field-atc = “{ $value }” geçerli bir DSÖ ATC kodu değil (ör. “A10BA02”).
field-vaccine = “{ $value }” bir DSÖ ATC aşı kodu değil (J07…, ör. KKK için “J07BD52”).
field-country = “{ $value }” bir ISO 3166-1 alpha-2 ülke kodu değil (ör. “SY”, “GR”).
field-language = “{ $value }” bir ISO 639 dil kodu değil (ör. “ar”, “fa”, “prs”).
field-too-many = { $n } öğe var; en çok { $max } sığar.
field-empty-list = Liste boş; sorduysanız ve yoksa “none_known” yazın ya da alanı çıkarın.
field-empty-section = Boş; bunun yerine çıkarın.
field-name-empty = Ne soyadı ne ad var; bunun yerine çıkarın.
field-name-latin-letters = Yalnızca A-Z harfleri (boşluk, tire ve kesme işaretiyle), pasaportun makinece okunabilir alanındaki gibi.
field-name-latin-missing = Eksik: ad Latin harfleriyle değil, bu yüzden Latin harfli yazımını da verin (yol boyunca sağlık çalışanları okuyabilmeli).
field-estimated-no-date = İşaretli, ama doğum tarihi yok.
field-range = { $value }, makul aralık { $min }-{ $max } dışında.
field-tenths = { $value } birden fazla ondalık basamak içeriyor; kart onda birleri saklar.
field-diastolic = { $value }, sistolik basınç { $systolic } değerinin altında değil.
field-dose-number = { $value }, 1 ile 10 arasında bir doz numarası değil.
field-no-doses = Doz yok; kişinin hiç aşı kaydı yoksa “no_records”: true yazın.
field-dose-date-required = Belgeli dozlar ve burada yapılan dozlar için zorunlu.
field-dose-given-here = Tarih { $value }, ama burada yapılan bir doz ziyaret tarihi { $date } taşır; başka yerde yapılan dozları “belgeli” olarak kaydedin.
field-loinc = “{ $value }” geçerli bir LOINC kodu değil (rakamlar, tire, kontrol rakamı, ör. “71773-6”).
field-decimal = “{ $value }” ondalık bir sayı değil (noktadan önce en çok 7, sonra 4 rakam).
field-unit-without-value = Değer olmadan verilmiş.
field-unit = “{ $value }” bir UCUM birimi değil (ör. “g/dL”, “mmol/L”).
field-value-not-done = Yapılmamış bir test için verilmiş.
field-pregnant-male = “gebe” ama kişinin cinsiyeti “erkek”.
field-weeks = { $value }, 45 haftadan fazla.
field-not-pregnant = Doğum tarihi veya gebelik haftası verilmiş ama durum “gebe” değil.
field-implausible = { $value } makul değil.
field-follow-up-before = { $value }, izlenen kaydın ziyaretinden ({ $date }) önce; kontrol sonra gelir.
field-reveals-referral = { $code } nedeni gizli tutulan bir sorun, bu sevk onu ana kartta açığa çıkarır; sevki de gizli işaretleyin ya da nedenini çıkarın.
field-reveals-alert = Ana karttaki yüksek riskli gebelik uyarısı gizli tutulan gebeliği açığa çıkarır; uyarıyı da gizli işaretleyin ya da gebeliği gizli değil.
field-after-issue = Ziyaret { $encounter } tarihli, kartın düzenlenme tarihi { $issued } sonrası; kart olanı kaydeder.
field-item-too-large = { $item } kendi kartında bile tek bir QR koduna sığmıyor; metnini kısaltın ya da daha düşük bir hata düzeltme düzeyi seçin.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Zorunlu alan eksik: { $field }
field-wrong-type = Yanlış değer türü: { $found } (beklenen: { $expected })
field-wrong-value = Yanlış değer: { $found } (beklenen: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
