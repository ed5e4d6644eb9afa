from ..base import dmy, money, default_forms
from .. import ids
from ..infl import pl_forms

CODE, REGION, TRUNK, IBAN_CC = "pl", "PL", "", "PL"
FIXED = ["22", "12", "61", "71", "58", "42", "81", "32", "91", "85"]
MOBILE = ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"]
PHONE_STYLES = ["nat", "intl", "paren_nt", "00", "plain", "nat"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "intl_sp"]
GROUPS = ["3", "34", "none"]
EMAIL_DOMAINS = ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl", "poczta.fm"]
TITLE = {"m": "Pan", "f": "Pani"}
MONTHS_GEN = ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"]
TRAINS = ["Warszawa Centralna", "Kraków Główny", "Wrocław Główny", "Poznań Główny", "Gdańsk Główny", "Łódź Fabryczna"]


def date(d):
    return dmy(d, ".")


def date_long(d):
    return f"{d.day} {MONTHS_GEN[d.month - 1]} {d.year} r."


def amount(rng, arg):
    if arg == "EUR":
        return money(rng, " ", ",", [("EUR", "after"), ("€", "after")])
    return money(rng, " ", ",", [("zł", "after"), ("PLN", "after"), ("PLN", "before"), ("zł", "after")])


nid = ids.pl_pesel
nid2 = ids.pl_pesel


def hiid(rng, p):
    return ids.ehic(rng, "pl")


def mrn(rng):
    return rng.choice(["%d/%d" % (rng.randint(1, 99999), rng.randint(2019, 2024)), "%d/%05d" % (rng.randint(2019, 2024), rng.randint(1, 99999)),
                       "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["FV/%d/%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "%d/%02d/%d" % (rng.randint(1, 999), rng.randint(1, 12), rng.randint(2022, 2025)),
                       "ZL-%05d" % rng.randint(1, 99999), "WN-%06d" % rng.randint(1, 999999)])


STREETS = ["ul. Długa", "ul. Marszałkowska", "al. Jerozolimskie", "ul. Piotrkowska", "os. Piastów", "pl. Grunwaldzki", "ul. Polna",
           "ul. Kwiatowa", "ul. Mickiewicza", "ul. Słowackiego", "ul. Ogrodowa", "al. Niepodległości", "ul. Lipowa", "ul. Sienkiewicza"]
TOWNS = ["00-950 Warszawa", "31-042 Kraków", "90-001 Łódź", "50-001 Wrocław", "61-001 Poznań", "80-001 Gdańsk", "70-001 Szczecin",
         "20-001 Lublin", "40-001 Katowice", "15-001 Białystok", "34-500 Zakopane", "87-100 Toruń"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 200), "%d%s" % (rng.randint(1, 90), rng.choice("abc")), "%d/%d" % (rng.randint(1, 120), rng.randint(1, 80)),
                     "%d%s m. %d" % (rng.randint(1, 60), rng.choice(["", "a", "b"]), rng.randint(1, 90)), "%d lok. %d" % (rng.randint(1, 90), rng.randint(1, 40))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk", "Szczecin", "Lublin", "Katowice", "Białystok", "Zakopane",
          "Toruń", "Nowy Sącz", "Jelenia Góra"]
INST = {
    "h": ["Szpital Kliniczny im. Karola Jonschera", "Uniwersytecki Szpital Kliniczny we Wrocławiu",
          "Narodowy Instytut Onkologii im. Marii Skłodowskiej-Curie", "Szpital Bielański", "Wojewódzki Szpital Specjalistyczny w Olsztynie",
          "Szpital Uniwersytecki w Krakowie", "Centralny Szpital Kliniczny MSWiA", "Szpital im. Józefa Strusia"],
    "ins": ["NFZ", "Narodowy Fundusz Zdrowia", "PZU Zdrowie", "Medicover"],
    "f": ["PKO Bank Polski", "Bank Pekao", "mBank", "ING Bank Śląski", "Santander Bank Polska", "Bank Millennium", "Alior Bank"],
    "c": ["IMGW-PIB", "Instytut Meteorologii i Gospodarki Wodnej", "Główny Inspektorat Ochrony Środowiska", "Instytut Geofizyki PAN",
          "KOBiZE"],
}
COMPANIES = ["Polpharma", "Adamed", "Orlen", "E. Wedel", "Blikle", "Inglot", "Comarch", "LPP", "Żabka", "Celon Pharma", "Fakro",
             "Wittchen"]
EPO = [("choroba Leśniowskiego-Crohna", "K50.9"), ("choroba Parkinsona", "G20"), ("choroba Alzheimera", "G30.9"),
       ("chłoniak Hodgkina", "C81.9"), ("choroba Addisona", "E27.1"), ("choroba Hashimoto", "E06.3"),
       ("choroba Gravesa-Basedowa", "E05.0"), ("zespół Guillaina-Barrégo", "G61.0")]
DRUGS = ["Ibuprom", "Apap", "Polopiryna", "Acard", "Xarelto", "Eliquis", "Euthyrox", "Controloc", "Humira", "Ozempic", "No-Spa",
         "Metformax", "Pyralgina"]
STATIONS = ["Śnieżka", "Kasprowy Wierch", "Hala Gąsienicowa", "Mikołajki", "Belsk", "Łeba", "Hel", "Świnoujście", "Diabla Góra"]
DX = [("zapalenie płuc", "J18.9"), ("ostry zawał serca", "I21.9"), ("cukrzyca typu 2", "E11.9"), ("nadciśnienie tętnicze", "I10"),
      ("migotanie przedsionków", "I48.0"), ("POChP", "J44.9"), ("złamanie szyjki kości udowej", "S72.0"),
      ("zakażenie układu moczowego", "N39.0"), ("niewydolność serca", "I50.9"), ("udar cieplny", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-25, 36))}°C", "prec": lambda: f"{f(rng.uniform(0.4, 160))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 210)} km/h",
        "snow": lambda: f"{rng.randint(5, 320)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))}%",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{f(rng.uniform(0.5, 4.5), 2)} mg/dl",
    }[kind or "temp"]()


def person_forms(first, last, g):
    infl = pl_forms(first, last, g)
    if infl is None:
        return None
    nom_last = infl["last_nom"]
    fm = default_forms(first, nom_last, g)
    fm.update(infl)
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} (lat {P1:age}) {P1?został przyjęty|została przyjęta} {DATE} przez SOR z powodu duszności. W wywiadzie {EPO:code}; podejrzenie: {DX}.",
                   "{P1} {P1?zgłosił|zgłosiła} się {DATE:long} do poradni diabetologicznej. HbA1c {MEAS:pct}, włączono {DRUG}."],
        "finance": ["{P1} {P1?złożył|złożyła} {DATE} wniosek o kredyt gotówkowy na kwotę {AMT} (bank: {INST:f}). Dokumentacja jest kompletna.",
                    "{P1} {P1?zakwestionował|zakwestionowała} transakcję kartą na kwotę {AMT} na rzecz spółki {COMPANY} z dnia {DATE}."],
        "climate": ["{P1} od {DATE} odpowiada za obsługę stacji {STATION}. Średnia temperatura wyniosła {MEAS:temp}.",
                    "{P1} {P1?zgłosił|zgłosiła} podtopienia (gmina: {PLACE}) po opadzie {MEAS:prec} w ciągu doby."],
    },
    "object": {
        "health": ["Skierowano {P1?pacjenta|pacjentkę} {P1:acc} na kontrolę {DATE} po hospitalizacji (rozpoznanie: {DX}). Kontynuować {DRUG} 20 mg raz dziennie.",
                   "Prosimy o wezwanie {P1:gen} na badanie kontrolne {DATE}."],
        "finance": ["Prosimy o kontakt z {P1:ins} w sprawie nieopłaconej faktury {REF} ({AMT}).",
                    "Oddział poinformował {P1:acc} {DATE} o czasowej blokadzie karty."],
        "climate": ["Zespół sieci pomiarowej przeszkoli {P1:acc} {DATE} w zakresie obsługi deszczomierza na stacji {STATION}.",
                    "Ocenę skutków suszy (powiat: {PLACE}) powierzono zespołowi {P1:gen}."],
    },
    "preposition": {
        "health": ["Wyniki omówiono z {P1:ins} {DATE}; kontynuacja leczenia preparatem {DRUG}.",
                   "Badanie USG {P1?wykonał|wykonała} {P1}; obraz odpowiada rozpoznaniu: {EPO:code}."],
        "finance": ["Przelew na kwotę {AMT} na rzecz spółki {COMPANY} zatwierdził{P1?|a} {P1}.",
                    "Po rozmowie z {P1:ins} raty zawieszono do {DATE}."],
        "climate": ["Pyranometr na stacji {STATION} skalibrował{P1?|a} ponownie {P1} ({INST:c}).",
                    "Raport o nawałnicy (miejscowość: {PLACE}) przygotowano we współpracy z {P1:ins}."],
    },
    "pair": {
        "health": ["Obchód: dr {P1} i lek. {P2}; rozpoznanie: {DX}, stan stabilny, parametry w normie.",
                   "Rodzina, {P1} i {P2}, została poinformowana o rozpoznaniu: {EPO}."],
        "finance": ["Rachunek wspólny {P1:gen} i {P2:gen} wykazuje saldo {AMT}.",
                    "Umowa kredytu hipotecznego została podpisana {DATE} przez {P1:acc} i {P2:acc}."],
        "climate": ["Grubość pokrywy śnieżnej na stacji {STATION} ({MEAS:snow}) została zmierzona przez {P1:acc} i {P2:acc}."],
    },
    "possessive": {
        "health": ["Wyniki badań {P1:gen} z dnia {DATE} wykazują kreatyninę {MEAS:lab}; zmniejszono dawkę leku {DRUG}.",
                   "W karcie pielęgniarskiej {P1:gen} odnotowano {DATE} ciśnienie {MEAS:bp}."],
        "finance": ["Portfel inwestycyjny {P1:gen} obejmuje akcje spółki {COMPANY} o wartości {AMT}.",
                    "Na wyciągu z karty {P1:gen} widnieje obciążenie {AMT} z dnia {DATE}."],
        "climate": ["Dziennik obserwacji {P1:gen} ze stacji {STATION} ma lukę w dniu {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Pacjent|Pacjentka}, {P1}, ur. {DOB}, zam. {ADDR}, {P1?przyjęty|przyjęta} z rozpoznaniem: {DX}, {P1?otrzymał|otrzymała} {DRUG}.",
                   "Nasz{P1?|a} {P1?pacjent|pacjentka} – {P1}, lat {P1:age} – pozostaje pod opieką poradni z powodu rozpoznania: {EPO:code}."],
        "finance": ["{P1?Wnioskodawca|Wnioskodawczyni}, {P1}, PESEL {NID}, osiąga dochód netto {AMT} w firmie {COMPANY}."],
        "climate": ["{P1?Nasz obserwator-wolontariusz|Nasza obserwatorka-wolontariuszka}, {P1}, {P1?zanotował|zanotowała} w nocy {MEAS:prec} opadu (miejscowość: {PLACE})."],
    },
    "title": {
        "health": ["Do: dr n. med. {P1} ({INST:h})\nKierujemy {P2?Pana|Panią} {P2:acc}, {P2?hospitalizowanego|hospitalizowaną} u nas od {DATE} do {DATE:next}.",
                   "Prof. {P1} ({INST:h}) zaleca kontrolę za trzy miesiące z powodu rozpoznania: {EPO}."],
        "finance": ["Szanown{P1?y Pan|a Pani} {P1}\n{ADDR:full}\n\nUprzejmie informujemy, że {P1?Pana|Pani} wniosek z dnia {DATE} o odroczenie raty {AMT} został rozpatrzony."],
        "climate": ["Dr {P1} ({INST:c}) {P1?przedstawił|przedstawiła} wyniki badań nad stresem cieplnym (miasto: {PLACE})."],
    },
    "form_label": {
        "health": ["Imię i nazwisko: {P1}\nData urodzenia: {DOB}\nPESEL: {NID}\nNr karty EKUZ: {HIID}\nRozpoznanie: {DX}",
                   "Pacjent: {P1}\nNr księgi głównej: {MRN}\nPrzyjęcie: {DATE}\nLekarz kierujący: lek. {P2}"],
        "finance": ["Posiadacz rachunku: {P1}\nIBAN: {IBAN}\nBIC: [[BPKOPLPW|CODE]]\nTytuł przelewu: {REF}"],
        "climate": ["Obserwator: {P1}\nStacja: {STATION}\nData: {DATE}\nTel.: {PHONE}\nSuma dobowa opadu: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Dziękujemy za skierowanie. @@\n\nZ wyrazami szacunku\n\nlek. med. {P1}\nOddział Kardiologii, {INST:h}",
                   "@@W razie pytań pozostajemy do dyspozycji.\n\nZ poważaniem\n{P1}\n{INST:h}"],
        "finance": ["Kredyt nr {REF} został spłacony {DATE}. @@\n\nZ poważaniem\n{P1}\n{INST:f}"],
        "climate": ["W załączeniu przesyłam miesięczne dane ze stacji {STATION}. @@\n\nPozdrawiam\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Obecni na konsylium {DATE}: {P1}, {P2}, {P3} i {P4}. Zalecenie w [[chłoniaku Hodgkina|DISEASE]] ([[C81.9|CODE]]): chemioterapia ABVD."],
        "finance": ["Pełnomocnikami spółki {COMPANY} sp. z o.o. są: {P1}, {P2} i {P3}."],
        "climate": ["Uczestnicy kampanii pomiarowej na stacji {STATION}: {P1}, {P2}, {P3} oraz {P4}.",
                    "Rozdzielnik: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pacjent: {P1:SF}, ur. {DOB}, sala 12, {INST:h}. Rozpoznanie: {DX}."],
        "finance": ["Zleceniodawca: {P1:SF} – Odbiorca: {COMPANY} – Kwota: {AMT}."],
        "climate": ["Dziennik stacji {STATION}, {DATE}: {P1:sf} (konserwacja), {P2:sf} (odczyty)."],
    },
    "identifiers_only": {
        "health": ["Nr księgi głównej {MRN}, PESEL {NID}. Przyjęcie {DATE} ({INST:h}), rozpoznanie: {DX}.",
                   "Kontakt z rodziną: {MOBILE}; wynik {REF} potwierdza rozpoznanie: {EPO:code}."],
        "finance": ["Płatność kartą {CARD} z dnia {DATE} u sprzedawcy {COMPANY} ({AMT}) oznaczono jako podejrzaną; logowanie z IP {IP}."],
        "climate": ["Rejestrator {PROD} na stacji {STATION} transmituje z adresu {IP6} od {DATE}. Ostatni odczyt: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["W razie pytań prosimy o kontakt z sekretariatem: {PHONE}.", "Leki przy wypisie: {DRUG} 5 mg dwa razy dziennie.",
               "Zam. {ADDR}, przyjęty z rozpoznaniem: {DX}.", "Nr karty EKUZ: {HIID}.",
               "Kolejna wizyta {DATE}, wynik nr {REF}.", "Nr historii choroby {MRN}; córka – tel. {MOBILE}.",
               "Data urodzenia: {DOB}.", "Tel. domowy {PHONE:local} (stacjonarny), praca {PHONE}."],
    "finance": ["Miesięczna rata w wysokości {AMT} jest pobierana z rachunku {IBAN}.", "Płatność kartą {CARD} w dniu {DATE}.",
                "Logowanie do bankowości internetowej z IP {IP} w dniu {DATE}.", "PESEL: {NID}.",
                "Prosimy o kontakt pod nr {MOBILE} lub e-mail {EMAIL}.", "Adres zamieszkania: {ADDR:full}.",
                "Data urodzenia wg dowodu osobistego: {DOB}.", "Faktura {REF} na kwotę {AMT:EUR} została opłacona."],
    "climate": ["Tygodniowa suma opadu wyniosła {MEAS:prec}, maksymalny poryw wiatru {MEAS:wind}.",
                "Zapytania o dane: {EMAIL}, tel. {PHONE}.", "Średnie stężenie CO2 wyniosło {MEAS:co2}.",
                "Straty (gmina: {PLACE}) szacuje się na {AMT}.", "Części zamienne zamówiono w firmie {COMPANY} (zamówienie {REF}).",
                "Deszczomierz stoi w ogrodzie obserwatora, {ADDR:full}.",
                "Podczas upału wstrzymano ruch pociągów na stacji {TRAIN}."],
}
