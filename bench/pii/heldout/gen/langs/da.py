from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "da", "DK", "", "DK"
FIXED = ["3", "4", "5", "6", "7", "8", "9"]
MOBILE = ["2", "30", "31", "40", "41", "42", "50", "51", "52", "53", "60", "61", "71", "81", "91", "93"]
PHONE_STYLES = ["pairs", "intl_pairs", "00", "plain", "pairs", "e164"]
MOBILE_STYLES = ["pairs", "intl_pairs", "plain", "e164"]
GROUPS = ["2"]
EMAIL_DOMAINS = ["mail.dk", "gmail.com", "hotmail.com", "jubii.dk", "outlook.dk", "stofanet.dk", "get2net.dk"]
TITLE = {"m": "hr.", "f": "fru"}
MONTHS = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
TRAINS = ["København H", "Aarhus H", "Odense Station", "Aalborg Station", "Fredericia Station", "Roskilde Station"]


def date(d):
    return dmy(d, ".") if d.day % 3 else dmy(d, "-")


def date_long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    if arg == "EUR":
        return money(rng, ".", ",", [("EUR", "after"), ("euro", "after")])
    return money(rng, ".", ",", [("kr.", "after"), ("DKK", "after"), ("DKK", "before"), ("kroner", "after")])


nid = ids.dk_cpr
nid2 = ids.dk_cpr


def hiid(rng, p):
    return ids.ehic(rng, "da")


def mrn(rng):
    return rng.choice(["%06d" % rng.randint(0, 999999), "%d-%05d" % (rng.randint(2019, 2024), rng.randint(0, 99999))])


def ref(rng):
    return rng.choice(["FAK-%05d" % rng.randint(1, 99999), "FIK 71-%015d" % rng.randint(10 ** 10, 10 ** 14),
                       "SAG %d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025)), "ORD-%06d" % rng.randint(1, 999999)])


STREETS = ["Nørregade", "Vesterbrogade", "H.C. Andersens Boulevard", "Østergade", "Strandvejen", "Søndergade", "Jernbanegade",
           "Algade", "Bredgade", "Kongensgade", "Skolevej", "Birkevej", "Nyhavn"]
TOWNS = ["1165 København K", "1620 København V", "8000 Aarhus C", "5000 Odense C", "9000 Aalborg", "6700 Esbjerg", "4000 Roskilde",
         "7100 Vejle", "8700 Horsens", "8900 Randers", "6000 Kolding", "3000 Helsingør"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 200), "%d, %d. tv." % (rng.randint(1, 120), rng.randint(1, 6)), "%d, st. th." % rng.randint(1, 90),
                     "%d%s, %d. mf." % (rng.randint(1, 80), rng.choice("ABC"), rng.randint(1, 5)), "%d%s" % (rng.randint(1, 90), rng.choice("AB"))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg", "Roskilde", "Vejle", "Horsens", "Randers", "Kolding", "Helsingør", "Svendborg"]
INST = {
    "h": ["Rigshospitalet", "Aarhus Universitetshospital", "Odense Universitetshospital", "Bispebjerg Hospital", "Herlev Hospital",
          "Steno Diabetes Center", "Aalborg Universitetshospital", "Hvidovre Hospital"],
    "ins": ["Sygeforsikring danmark", "Region Hovedstaden", "PFA", "Tryg"],
    "f": ["Danske Bank", "Nordea Danmark", "Jyske Bank", "Nykredit", "Sydbank", "Arbejdernes Landsbank", "Spar Nord"],
    "c": ["DMI", "Danmarks Meteorologiske Institut", "Niels Bohr Institutet", "GEUS", "Miljøstyrelsen"],
}
COMPANIES = ["Carlsberg", "Maersk", "Novo Nordisk", "Lundbeck", "Bang & Olufsen", "LEGO", "Vestas", "Ørsted", "Arla", "Danfoss",
             "Ecco", "Pandora"]
EPO = [("Crohns sygdom", "K50.9"), ("Parkinsons sygdom", "G20"), ("Alzheimers sygdom", "G30.9"), ("Hodgkins lymfom", "C81.9"),
       ("Addisons sygdom", "E27.1"), ("Hashimotos thyreoiditis", "E06.3"), ("Graves' sygdom", "E05.0"), ("Bechterews sygdom", "M45")]
DRUGS = ["Panodil", "Pamol", "Ipren", "Treo", "Marevan", "Eltroxin", "Xarelto", "Eliquis", "Pantoloc", "Humira", "Ozempic", "Magnyl"]
STATIONS = ["Hammer Odde", "Skagen Fyr", "Tirstrup", "Risø", "Sjælsmark", "Sdr. Strømfjord", "Hvide Sande", "Karup"]
DX = [("lungebetændelse", "J18.9"), ("akut myokardieinfarkt", "I21.9"), ("type 2-diabetes", "E11.9"), ("forhøjet blodtryk", "I10"),
      ("atrieflimren", "I48.0"), ("KOL", "J44.9"), ("hoftebrud", "S72.0"), ("urinvejsinfektion", "N39.0"), ("hjertesvigt", "I50.9"),
      ("hedeslag", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-15, 33))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 110))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(15, 40)} m/s",
        "snow": lambda: f"{rng.randint(1, 60)} cm", "pct": lambda: f"{rng.randint(40, 100)} mmol/mol",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    if last[-1] not in "sxz":
        fm["gen"] = f"{first} {last}s"
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} år) blev indlagt den {DATE} via akutmodtagelsen med åndenød. Kendt {EPO:code}; arbejdsdiagnose: {DX}.",
                   "{P1} var den {DATE:long} til kontrol i diabetesambulatoriet. HbA1c var {MEAS:pct}, og der blev startet {DRUG}."],
        "finance": ["{P1} ansøgte den {DATE} om et forbrugslån på {AMT} hos {INST:f}. Sagen er komplet.",
                    "{P1} gør indsigelse mod en kortbetaling på {AMT} til {COMPANY} dateret {DATE}."],
        "climate": ["{P1} har siden {DATE} stået for vedligeholdelsen af stationen {STATION}. Middeltemperaturen var {MEAS:temp}.",
                    "{P1} meldte om oversvømmelser i {PLACE} efter {MEAS:prec} nedbør på et døgn."],
    },
    "object": {
        "health": ["Vi så {P1} i ambulatoriet den {DATE} efter indlæggelsen for {DX}. Fortsæt {DRUG} 20 mg én gang dagligt.",
                   "Venligst indkald {P1} til kontrol den {DATE}."],
        "finance": ["Kontakt venligst {P1} vedrørende den ubetalte faktura {REF} ({AMT}).",
                    "Filialen orienterede {P1} den {DATE} om den midlertidige spærring af kortet."],
        "climate": ["Netværksholdet oplærer {P1} den {DATE} i vedligeholdelse af nedbørsmåleren på {STATION}.",
                    "{INST:c} har bedt {P1} vurdere tørkens følger omkring {PLACE}."],
    },
    "preposition": {
        "health": ["Svarene blev gennemgået med {P1} den {DATE}; {DRUG} fortsættes.",
                   "Ultralydsundersøgelsen blev foretaget af {P1} og er forenelig med kendt {EPO:code}."],
        "finance": ["Overførslen på {AMT} til {COMPANY} blev godkendt af {P1}.",
                    "Efter samtale med {P1} stilles afdragene i bero til og med {DATE}."],
        "climate": ["Pyranometeret på {STATION} blev genkalibreret af {P1} ({INST:c}).",
                    "Rapporten om skybruddet i {PLACE} er udarbejdet sammen med {P1}."],
    },
    "pair": {
        "health": ["Stuegang ved overlæge {P1} og reservelæge {P2}: tilstand efter {DX}, stabil.",
                   "De pårørende, {P1} og {P2}, er orienteret om diagnosen {EPO}."],
        "finance": ["Fælleskontoen for {P1} og {P2} har en saldo på {AMT}.",
                    "Realkreditlånet blev underskrevet af {P1} og {P2} den {DATE}."],
        "climate": ["Snedybden på {STATION} ({MEAS:snow}) blev aflæst af {P1} og {P2}."],
    },
    "possessive": {
        "health": ["{P1:gen} blodprøver fra {DATE} viser kreatinin {MEAS:lab}; dosis af {DRUG} er nedsat.",
                   "I sygeplejejournalen for {P1} er der den {DATE} noteret et blodtryk på {MEAS:bp}."],
        "finance": ["{P1:gen} depot indeholder aktier i {COMPANY} til en værdi af {AMT}.",
                    "{P1:gen} kortudtog viser en hævning på {AMT} den {DATE}."],
        "climate": ["{P1:gen} observationsjournal for {STATION} mangler data den {DATE}."],
    },
    "apposition": {
        "health": ["Patienten, {P1}, født {DOB}, bosat {ADDR}, indlagt med {DX}, har fået {DRUG}.",
                   "Vores patient – {P1}, {P1:age} år – følges for {EPO:code}."],
        "finance": ["Ansøgeren, {P1}, CPR-nr. {NID}, har en nettoløn på {AMT} hos {COMPANY}."],
        "climate": ["Vores frivillige observatør, {P1}, målte {MEAS:prec} nedbør i {PLACE} i nat."],
    },
    "title": {
        "health": ["Kære overlæge {P1},\nhermed henvises {P2}, der var indlagt hos os {DATE}–{DATE:next}.",
                   "Professor, dr.med. {P1} ({INST:h}) anbefaler kontrol om tre måneder ({EPO})."],
        "finance": ["Kære {P1?hr.|fru} {P1:last}\nDin anmodning af {DATE} om henstand med ydelsen på {AMT} er behandlet."],
        "climate": ["Seniorforsker, ph.d. {P1} ({INST:c}) fremlagde resultaterne om varmestress i {PLACE}."],
    },
    "form_label": {
        "health": ["Navn: {P1}\nCPR-nr.: {NID}\nFødselsdato: {DOB}\nEU-sygesikringskort: {HIID}\nDiagnose: {DX}",
                   "Patient: {P1}\nJournalnr.: {MRN}\nIndlagt: {DATE}\nHenvisende læge: {P2}"],
        "finance": ["Kontohaver: {P1}\nIBAN: {IBAN}\nBIC: [[DABADKKK|CODE]]\nTekst: {REF}"],
        "climate": ["Observatør: {P1}\nStation: {STATION}\nDato: {DATE}\nTlf.: {PHONE}\nDøgnnedbør: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Tak for henvisningen. @@\n\nMed venlig hilsen\n\n{P1}\nOverlæge, {INST:h}",
                   "@@Vi står gerne til rådighed ved spørgsmål.\n\nVenlig hilsen\n{P1}\n{INST:h}"],
        "finance": ["Dit lån {REF} er indfriet pr. {DATE}. @@\n\nMed venlig hilsen\n{P1}\n{INST:f}"],
        "climate": ["Vedlagt månedsværdierne for {STATION}. @@\n\nHilsen\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Til stede ved MDT-konferencen den {DATE}: {P1}, {P2}, {P3} og {P4}. Anbefaling ved [[Hodgkins lymfom|DISEASE]] ([[C81.9|CODE]]): ABVD-kemoterapi."],
        "finance": ["Tegningsberettigede for {COMPANY} Holding A/S er {P1}, {P2} og {P3}."],
        "climate": ["Målekampagnen på {STATION} blev gennemført af {P1}, {P2}, {P3} og {P4}.",
                    "Fordeling: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pt.: {P1:sfc}, født {DOB}, stue 12, {INST:h}. Diagnose: {DX}."],
        "finance": ["Betaler: {P1:SF} – Modtager: {COMPANY} – Beløb: {AMT}."],
        "climate": ["Stationslog {STATION}, {DATE}: {P1:sfc} (vedligehold), {P2:sfc} (aflæsning)."],
    },
    "identifiers_only": {
        "health": ["Journalnr. {MRN}, CPR-nr. {NID}. Indlagt på {INST:h} den {DATE} med {DX}.",
                   "Pårørende på {MOBILE}; svar {REF} bekræfter {EPO:code}."],
        "finance": ["Kortbetalingen med {CARD} den {DATE} hos {COMPANY} ({AMT}) er markeret som mistænkelig; login fra IP {IP}."],
        "climate": ["Loggeren {PROD} på {STATION} sender fra {IP6} siden {DATE}. Seneste værdi: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Ved spørgsmål kontakt afdelingen på {PHONE}.", "Medicin ved udskrivelse: {DRUG} 5 mg to gange dagligt.",
               "Bosat {ADDR}, indlagt med {DX}.", "EU-sygesikringskort nr. {HIID}.",
               "Kontrol den {DATE}, svar nr. {REF}.", "Journalnr. {MRN}; datterens mobil {MOBILE}.",
               "Fødselsdato: {DOB}.", "Tlf. privat {PHONE}."],
    "finance": ["Den månedlige ydelse på {AMT} trækkes fra konto {IBAN}.", "Betaling med kort {CARD} den {DATE}.",
                "Login i netbank fra IP {IP} den {DATE}.", "CPR-nr.: {NID}.",
                "Ring venligst tilbage på {MOBILE} eller skriv til {EMAIL}.", "Folkeregisteradresse: {ADDR:full}.",
                "Fødselsdato ifølge pas: {DOB}.", "Faktura {REF} på {AMT:EUR} er betalt."],
    "climate": ["Ugens nedbør var {MEAS:prec}, og det kraftigste vindstød {MEAS:wind}.", "Dataforespørgsler: {EMAIL}, tlf. {PHONE}.",
                "Den gennemsnitlige CO2-koncentration var {MEAS:co2}.", "Skaderne i {PLACE} anslås til {AMT}.",
                "Reservedele er bestilt hos {COMPANY} (ordre {REF}).", "Nedbørsmåleren står i observatørens have, {ADDR:full}.",
                "På grund af hedebølgen blev togtrafikken ved {TRAIN} indstillet."],
}
