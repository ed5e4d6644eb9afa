from ..base import money, default_forms
from .. import ids
from ..infl import south_slavic_forms, HR_GEN

CODE, REGION, TRUNK, IBAN_CC = "hr", "HR", "0", "HR"
FIXED = ["1", "21", "51", "31", "23", "52", "42", "20", "47"]
MOBILE = ["91", "92", "95", "97", "98", "99"]
PHONE_STYLES = ["nat", "slash", "intl", "00", "plain", "dash"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "dash"]
GROUPS = ["34", "3", "none"]
EMAIL_DOMAINS = ["gmail.com", "net.hr", "t-com.hr", "hotmail.com", "yahoo.com", "inet.hr"]
TITLE = {"m": "g.", "f": "gđa"}
MONTHS_GEN = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza", "rujna", "listopada", "studenoga", "prosinca"]
TRAINS = ["Zagreb Glavni kolodvor", "Split", "Rijeka", "Osijek", "Vinkovci"]


def date(d):
    return f"{d.day}. {d.month}. {d.year}"


def date_long(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}."


def dob(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}."


def amount(rng, arg):
    return money(rng, ".", ",", [("€", "after"), ("EUR", "after"), ("eura", "after"), ("EUR", "before")])


nid = ids.hr_oib
nid2 = ids.hr_oib
hiid = ids.hr_mbo


def mrn(rng):
    return rng.choice(["%d/%d" % (rng.randint(1, 49999), rng.randint(2019, 2024)), "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["HR01 %d-%d" % (rng.randint(1000, 99999), rng.randint(2022, 2025)), "R-%05d/%d" % (rng.randint(1, 99999), rng.randint(22, 25)),
                       "%d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025)), "NAR-%05d" % rng.randint(1, 99999)])


STREETS = ["Ilica", "Ulica kralja Zvonimira", "Vukovarska", "Trg bana Jelačića", "Savska cesta", "Ulica Ivana Gundulića", "Put Firula",
           "Frankopanska", "Ulica Matije Gupca", "Radnička cesta", "Korzo", "Strossmayerova"]
TOWNS = ["10000 Zagreb", "21000 Split", "51000 Rijeka", "31000 Osijek", "23000 Zadar", "52100 Pula", "35000 Slavonski Brod",
         "47000 Karlovac", "42000 Varaždin", "22000 Šibenik", "20000 Dubrovnik", "44000 Sisak"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 250), "%d%s" % (rng.randint(1, 90), rng.choice("abc")), "%d/%d" % (rng.randint(1, 120), rng.randint(1, 9)),
                     "%d/%s" % (rng.randint(1, 60), rng.choice(["I", "II", "III"]))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Pula", "Slavonski Brod", "Karlovac", "Varaždin", "Šibenik", "Dubrovnik", "Sisak"]
INST = {
    "h": ["KBC Zagreb", "KB Dubrava", "KBC Split", "KBC Sestre milosrdnice", "Klinika za infektivne bolesti „Dr. Fran Mihaljević”",
          "OB Pula", "KB Merkur", "KBC Osijek"],
    "ins": ["HZZO", "Croatia osiguranje"],
    "f": ["Zagrebačka banka", "Privredna banka Zagreb", "Erste banka", "OTP banka", "Addiko Bank", "Raiffeisenbank Austria"],
    "c": ["DHMZ", "Državni hidrometeorološki zavod", "Institut Ruđer Bošković", "Geofizički odsjek PMF-a"],
}
COMPANIES = ["Podravka", "Pliva", "Kraš", "Končar", "Franck", "Ledo", "Rimac", "Atlantic Grupa", "Jadran", "Belupo", "Dukat"]
EPO = [("Crohnova bolest", "K50.9"), ("Parkinsonova bolest", "G20"), ("Alzheimerova bolest", "G30.9"), ("Hodgkinov limfom", "C81.9"),
       ("Addisonova bolest", "E27.1"), ("Hashimotov tireoiditis", "E06.3"), ("Basedowljeva bolest", "E05.0")]
DRUGS = ["Lupocet", "Neofen", "Andol", "Normabel", "Martefarin", "Xarelto", "Eliquis", "Euthyrox", "Controloc", "Humira", "Ozempic", "Plivadon"]
STATIONS = ["Zavižan", "Sljeme", "Puntijarka", "Zagreb-Grič", "Lastovo", "Gospić", "Hvar", "Parg"]
DX = [("upala pluća", "J18.9"), ("akutni infarkt miokarda", "I21.9"), ("šećerna bolest tipa 2", "E11.9"), ("arterijska hipertenzija", "I10"),
      ("fibrilacija atrija", "I48.0"), ("KOPB", "J44.9"), ("prijelom vrata bedrene kosti", "S72.0"), ("infekcija mokraćnog sustava", "N39.0"),
      ("zatajenje srca", "I50.9"), ("toplinski udar", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-15, 40))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 180))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 190)} km/h",
        "snow": lambda: f"{rng.randint(5, 300)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))} %",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/L",
    }[kind or "temp"]()


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    infl = south_slavic_forms(first, last, g, HR_GEN, "hr")
    if infl:
        fm.update(infl)
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} god.) {P1?primljen|primljena} je {DATE} preko hitnog prijma zbog zaduhe. U anamnezi {EPO:code}; radna dijagnoza: {DX}.",
                   "{P1} {P1?javio|javila} se {DATE:long} u dijabetološku ambulantu. HbA1c {MEAS:pct}, uveden je {DRUG}."],
        "finance": ["{P1} {P1?zatražio|zatražila} je {DATE} nenamjenski kredit u iznosu od {AMT} (banka: {INST:f}). Dokumentacija je potpuna.",
                    "{P1} osporava plaćanje karticom u iznosu od {AMT} u korist tvrtke {COMPANY} od {DATE}."],
        "climate": ["{P1} od {DATE} brine o održavanju postaje {STATION}. Srednja temperatura iznosila je {MEAS:temp}.",
                    "{P1} {P1?prijavio|prijavila} je poplave (mjesto: {PLACE}) nakon {MEAS:prec} oborine u 24 sata."],
    },
    "object": {
        "health": ["Pregledali smo {P1:acc} u ambulanti {DATE} nakon hospitalizacije (dijagnoza: {DX}). Nastaviti {DRUG} 20 mg dnevno.",
                   "Molimo naručite {P1:acc} na kontrolu {DATE}."],
        "finance": ["Molimo kontaktirajte {P1:acc} u vezi s neplaćenim računom {REF} ({AMT}).",
                    "Poslovnica je {DATE} obavijestila {P1:acc} o privremenoj blokadi kartice."],
        "climate": ["Tim mreže osposobit će {P1:acc} {DATE} za održavanje kišomjera na postaji {STATION}.",
                    "Procjenu posljedica suše (mjesto: {PLACE}) {P1?preuzeo|preuzela} je {P1} ({INST:c})."],
    },
    "preposition": {
        "health": ["Na preporuku {P1:gen} nastavlja se liječenje lijekom {DRUG} od {DATE}.",
                   "Ultrazvučni pregled {P1?obavio|obavila} je {P1}; nalaz odgovara poznatoj dijagnozi: {EPO:code}."],
        "finance": ["Prijenos od {AMT} tvrtki {COMPANY} {P1?odobrio|odobrila} je {P1}.",
                    "Na zahtjev {P1:gen} otplata se odgađa do {DATE}."],
        "climate": ["Piranometar na postaji {STATION} ponovno je {P1?umjerio|umjerila} {P1} ({INST:c}).",
                    "Izvješće o nevremenu (mjesto: {PLACE}) pripremio je tim {P1:gen}."],
    },
    "pair": {
        "health": ["Vizita: dr. {P1} i dr. {P2}; dijagnoza {DX}, stanje stabilno.",
                   "Obitelj, {P1} i {P2}, obaviještena je o dijagnozi: {EPO}."],
        "finance": ["Zajednički račun {P1:gen} i {P2:gen} ima saldo od {AMT}.",
                    "Ugovor o stambenom kreditu potpisan je {DATE}; ugovorne strane: {P1} i {P2}."],
        "climate": ["Visina snježnog pokrivača na postaji {STATION}: {MEAS:snow}; očitanje: {P1} i {P2}."],
    },
    "possessive": {
        "health": ["Nalazi {P1:gen} od {DATE} pokazuju kreatinin {MEAS:lab}; doza lijeka {DRUG} je smanjena.",
                   "U sestrinskoj dokumentaciji {P1:gen} {DATE} je zabilježen krvni tlak {MEAS:bp}."],
        "finance": ["Portfelj {P1:gen} sadrži dionice tvrtke {COMPANY} u vrijednosti od {AMT}.",
                    "Na izvodu kartice {P1:gen} nalazi se terećenje od {AMT} od {DATE}."],
        "climate": ["U dnevniku motrenja {P1:gen} za postaju {STATION} nedostaju podaci za {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Bolesnik|Bolesnica}, {P1}, {P1?rođen|rođena} {DOB}, s adresom {ADDR}, {P1?primljen|primljena} s dijagnozom {DX}, {P1?dobio|dobila} je {DRUG}.",
                   "{P1?Naš bolesnik|Naša bolesnica} – {P1}, {P1:age} god. – prati se u ambulanti. Poznata dijagnoza: {EPO:code}."],
        "finance": ["{P1?Podnositelj|Podnositeljica} zahtjeva, {P1}, OIB {NID}, ostvaruje neto plaću od {AMT} u tvrtki {COMPANY}."],
        "climate": ["{P1?Naš dobrovoljni motritelj|Naša dobrovoljna motriteljica}, {P1}, {P1?izmjerio|izmjerila} je noćas {MEAS:prec} oborine (mjesto: {PLACE})."],
    },
    "title": {
        "health": ["{P1?Poštovani|Poštovana} dr. {P1:last},\nupućujemo Vam {P2?g.|gđu} {P2:acc}, {P2?hospitaliziranog|hospitaliziranu} od {DATE} do {DATE:next}.",
                   "Prof. dr. sc. {P1} ({INST:h}) preporučuje kontrolu za tri mjeseca ({EPO})."],
        "finance": ["{P1?Poštovani g.|Poštovana gđo} {P1:last},\nVaš zahtjev od {DATE} za odgodu rate od {AMT} je razmotren."],
        "climate": ["Dr. sc. {P1} ({INST:c}) {P1?predstavio|predstavila} je rezultate o toplinskom stresu (mjesto: {PLACE})."],
    },
    "form_label": {
        "health": ["Ime i prezime: {P1}\nDatum rođenja: {DOB}\nOIB: {NID}\nMBO: {HIID}\nDijagnoza: {DX}",
                   "Bolesnik: {P1}\nBroj povijesti bolesti: {MRN}\nPrijam: {DATE}\nUputni liječnik: dr. {P2}"],
        "finance": ["Vlasnik računa: {P1}\nIBAN: {IBAN}\nBIC: [[ZABAHR2X|CODE]]\nOpis plaćanja: {REF}"],
        "climate": ["Motritelj: {P1}\nPostaja: {STATION}\nDatum: {DATE}\nTel.: {PHONE}\nDnevna količina oborine: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Zahvaljujemo na uputnici. @@\n\nS poštovanjem,\n\ndr. {P1}\nKlinika za kardiologiju, {INST:h}",
                   "@@Za dodatne informacije stojimo Vam na raspolaganju.\n\nLijep pozdrav,\n{P1}\n{INST:h}"],
        "finance": ["Vaš kredit br. {REF} otplaćen je {DATE}. @@\n\nS poštovanjem,\n{P1}\n{INST:f}"],
        "climate": ["U privitku su mjesečne vrijednosti za postaju {STATION}. @@\n\nPozdrav,\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Prisutni na onkološkom konziliju {DATE}: {P1}, {P2}, {P3} i {P4}. Preporuka kod [[Hodgkinova limfoma|DISEASE]] ([[C81.9|CODE]]): kemoterapija ABVD."],
        "finance": ["Osobe ovlaštene za zastupanje društva {COMPANY} d.o.o. su {P1}, {P2} i {P3}."],
        "climate": ["U mjernoj kampanji na postaji {STATION} sudjelovali su {P1}, {P2}, {P3} i {P4}.",
                    "Popis primatelja: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Bolesnik: {P1:SF}, {P1?rođen|rođena} {DOB}, soba 12, {INST:h}. Dijagnoza: {DX}."],
        "finance": ["Platitelj: {P1:sfc} – Primatelj: {COMPANY} – Iznos: {AMT}."],
        "climate": ["Dnevnik postaje {STATION}, {DATE}: {P1:sfc} (održavanje), {P2:sfc} (očitanja)."],
    },
    "identifiers_only": {
        "health": ["Br. povijesti bolesti {MRN}, OIB {NID}. Prijam {DATE} ({INST:h}), dijagnoza {DX}.",
                   "Obitelj na tel. {MOBILE}; nalaz {REF} potvrđuje: {EPO:code}."],
        "finance": ["Plaćanje karticom {CARD} dana {DATE} ({COMPANY}, {AMT}) označeno je kao sumnjivo; prijava s IP adrese {IP}."],
        "climate": ["Zapisivač {PROD} na postaji {STATION} šalje podatke s adrese {IP6} od {DATE}. Zadnja vrijednost: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Za informacije nazovite tajništvo: {PHONE}.", "Terapija pri otpustu: {DRUG} 5 mg dva puta dnevno.",
               "Adresa: {ADDR}, primljen s dijagnozom {DX}.", "MBO: {HIID}.",
               "Kontrola {DATE}, nalaz br. {REF}.", "Br. povijesti bolesti {MRN}; kći – tel. {MOBILE}.",
               "Datum rođenja: {DOB}", "Kućni tel. {PHONE}."],
    "finance": ["Mjesečna rata od {AMT} tereti račun {IBAN}.", "Plaćanje karticom {CARD} dana {DATE}.",
                "Prijava u internetsko bankarstvo s IP adrese {IP} dana {DATE}.", "OIB: {NID}.",
                "Molimo nazovite {MOBILE} ili pišite na {EMAIL}.", "Adresa prebivališta: {ADDR:full}.",
                "Datum rođenja prema osobnoj iskaznici: {DOB}", "Račun {REF} u iznosu od {AMT} je plaćen."],
    "climate": ["Tjedna količina oborine bila je {MEAS:prec}, a najjači udar vjetra {MEAS:wind}.", "Zahtjevi za podatke: {EMAIL}, tel. {PHONE}.",
                "Prosječna koncentracija CO2 bila je {MEAS:co2}.", "Šteta (mjesto: {PLACE}) procjenjuje se na {AMT}.",
                "Rezervni dijelovi naručeni su od tvrtke {COMPANY} (narudžba {REF}).", "Kišomjer se nalazi u vrtu motritelja, {ADDR:full}.",
                "Zbog toplinskog vala promet kroz kolodvor {TRAIN} bio je obustavljen."],
}
