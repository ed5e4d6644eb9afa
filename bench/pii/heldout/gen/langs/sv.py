from ..base import money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "sv", "SE", "0", "SE"
FIXED = ["8", "31", "40", "18", "90", "13", "19", "21", "46", "63"]
MOBILE = ["70", "72", "73", "76", "79"]
PHONE_STYLES = ["nat", "nat", "intl", "00", "plain", "dash"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "dash"]
GROUPS = ["2", "34", "none"]
EMAIL_DOMAINS = ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com", "live.se", "spray.se"]
TITLE = {"m": "herr", "f": "fru"}
MONTHS = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
TRAINS = ["Stockholm Centralstation", "Göteborg Centralstation", "Malmö Centralstation", "Uppsala Centralstation", "Linköping C"]


def date(d):
    return d.isoformat()


def date_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    if arg == "EUR":
        return money(rng, " ", ",", [("EUR", "after"), ("euro", "after")])
    return money(rng, " ", ",", [("kr", "after"), ("SEK", "after"), ("SEK", "before"), ("kronor", "after")])


nid = ids.se_personnummer
nid2 = ids.se_personnummer


def hiid(rng, p):
    return ids.ehic(rng, "sv")


def mrn(rng):
    return rng.choice(["%06d" % rng.randint(0, 999999), "VT-%d-%05d" % (rng.randint(2019, 2024), rng.randint(0, 99999)), "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["F%d-%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "OCR %d" % rng.randint(10 ** 8, 10 ** 10),
                       "DNR %d/%d" % (rng.randint(1, 999), rng.randint(2022, 2025)), "ÄR-%05d" % rng.randint(1, 99999)])


STREETS = ["Storgatan", "Drottninggatan", "Kungsgatan", "Vasavägen", "Björkvägen", "Linnégatan", "Sveavägen", "Ringvägen",
           "Skolgatan", "Parkvägen", "Strandvägen", "Järnvägsgatan", "Hantverkargatan", "Östra Långgatan"]
TOWNS = ["114 55 Stockholm", "411 38 Göteborg", "211 22 Malmö", "753 20 Uppsala", "903 25 Umeå", "222 21 Lund", "582 24 Linköping",
         "702 10 Örebro", "722 15 Västerås", "981 31 Kiruna", "972 31 Luleå", "621 55 Visby"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 150), "%d %s" % (rng.randint(1, 90), rng.choice("ABC")), "%d%s" % (rng.randint(1, 90), rng.choice("ABC")),
                     "%d, lgh %d" % (rng.randint(1, 80), rng.randint(1001, 1404))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Lund", "Linköping", "Örebro", "Västerås", "Luleå", "Visby", "Gävle",
          "Sundsvall", "Jönköping"]
INST = {
    "h": ["Karolinska Universitetssjukhuset", "Sahlgrenska Universitetssjukhuset", "Skånes universitetssjukhus", "Akademiska sjukhuset",
          "Norrlands universitetssjukhus", "Danderyds sjukhus", "Södersjukhuset", "Capio S:t Görans sjukhus"],
    "ins": ["Försäkringskassan", "Region Stockholm", "Skandia", "Folksam"],
    "f": ["Swedbank", "Handelsbanken", "SEB", "Nordea", "Länsförsäkringar Bank", "ICA Banken", "Skandiabanken"],
    "c": ["SMHI", "Naturvårdsverket", "Bolincentret för klimatforskning", "Abisko naturvetenskapliga station", "Stockholms universitet"],
}
COMPANIES = ["Ericsson", "Volvo", "Scania", "Electrolux", "Alfa Laval", "Hasselblad", "Bonnier", "AstraZeneca", "Husqvarna",
             "Sandvik", "Atlas Copco", "Axfood"]
EPO = [("Crohns sjukdom", "K50.9"), ("Parkinsons sjukdom", "G20"), ("Alzheimers sjukdom", "G30.9"), ("Hodgkins lymfom", "C81.9"),
       ("Addisons sjukdom", "E27.1"), ("Hashimotos tyreoidit", "E06.3"), ("Graves sjukdom", "E05.0"), ("Sjögrens syndrom", "M35.0"),
       ("Bechterews sjukdom", "M45")]
DRUGS = ["Alvedon", "Ipren", "Treo", "Waran", "Levaxin", "Trombyl", "Xarelto", "Eliquis", "Humira", "Ozempic", "Citodon", "Losec",
         "Metformin Sandoz"]
STATIONS = ["Abisko", "Tarfala", "Norunda", "Hyltemossa", "Svartberget", "Zeppelin", "Kiruna", "Röbäcksdalen", "Målilla", "Naimakka"]
DX = [("lunginflammation", "J18.9"), ("akut hjärtinfarkt", "I21.9"), ("typ 2-diabetes", "E11.9"), ("hypertoni", "I10"),
      ("förmaksflimmer", "I48.0"), ("KOL", "J44.9"), ("höftfraktur", "S72.0"), ("urinvägsinfektion", "N39.0"), ("hjärtsvikt", "I50.9"),
      ("värmeslag", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-35, 33))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 110))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(15, 42)} m/s",
        "snow": lambda: f"{rng.randint(5, 210)} cm", "pct": lambda: f"{rng.randint(40, 100)} mmol/mol",
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
        "health": ["{P1} ({P1:age} år) sökte akuten den {DATE} på grund av andnöd. Känd {EPO:code}; misstänkt {DX}.",
                   "{P1} besökte diabetesmottagningen den {DATE:long}. HbA1c var {MEAS:pct} och {DRUG} sattes in."],
        "finance": ["{P1} ansökte den {DATE} om ett privatlån på {AMT} hos {INST:f}. Underlaget är komplett.",
                    "{P1} bestrider en kortbetalning på {AMT} till {COMPANY} daterad {DATE}."],
        "climate": ["{P1} har sedan {DATE} ansvar för underhållet av stationen i {STATION}. Medeltemperaturen var {MEAS:temp}.",
                    "{P1} rapporterade översvämningar i {PLACE} efter {MEAS:prec} regn på ett dygn."],
    },
    "object": {
        "health": ["Vi träffade {P1} på mottagningen den {DATE} efter vårdtillfället för {DX}. Fortsätt med {DRUG} 20 mg en gång dagligen.",
                   "Vänligen kalla {P1} till återbesök den {DATE}."],
        "finance": ["Kontakta {P1} angående den obetalda fakturan {REF} ({AMT}).",
                    "Kontoret informerade {P1} den {DATE} om att kortet tillfälligt spärrats."],
        "climate": ["Nätverksteamet utbildar {P1} den {DATE} i skötseln av nederbördsmätaren i {STATION}.",
                    "{INST:c} har anlitat {P1} för att bedöma torkans följder kring {PLACE}."],
    },
    "preposition": {
        "health": ["Provsvaren gicks igenom med {P1} den {DATE}; {DRUG} fortsätter.",
                   "Ultraljudet utfördes av {P1} och stämmer med känd {EPO:code}."],
        "finance": ["Överföringen på {AMT} till {COMPANY} godkändes av {P1}.",
                    "Efter samtal med {P1} pausas amorteringarna till och med {DATE}."],
        "climate": ["Pyranometern i {STATION} kalibrerades om av {P1} ({INST:c}).",
                    "Rapporten om skyfallet i {PLACE} togs fram tillsammans med {P1}."],
    },
    "pair": {
        "health": ["Rond med dr {P1} och dr {P2}: status efter {DX}, cirkulatoriskt stabil.",
                   "Anhöriga, {P1} och {P2}, har informerats om diagnosen {EPO}."],
        "finance": ["Det gemensamma kontot för {P1} och {P2} har ett saldo på {AMT}.",
                    "Bolånet undertecknades av {P1} och {P2} den {DATE}."],
        "climate": ["Snödjupet i {STATION} ({MEAS:snow}) lästes av {P1} och {P2}."],
    },
    "possessive": {
        "health": ["{P1:gen} provsvar från {DATE} visar kreatinin {MEAS:lab}; dosen {DRUG} har minskats.",
                   "I omvårdnadsjournalen för {P1} noteras den {DATE} ett blodtryck på {MEAS:bp}."],
        "finance": ["{P1:gen} depå innehåller aktier i {COMPANY} värda {AMT}.",
                    "{P1:gen} kortfaktura visar en debitering på {AMT} den {DATE}."],
        "climate": ["{P1:gen} observationsdagbok för {STATION} saknar värden den {DATE}."],
    },
    "apposition": {
        "health": ["Patienten, {P1}, född {DOB}, boende på {ADDR}, inlagd för {DX}, har fått {DRUG}.",
                   "Vår patient – {P1}, {P1:age} år – följs sedan länge för {EPO:code}."],
        "finance": ["Sökanden, {P1}, personnummer {NID}, har en nettolön på {AMT} hos {COMPANY}."],
        "climate": ["Vår frivilliga observatör, {P1}, uppmätte {MEAS:prec} nederbörd i {PLACE} under natten."],
    },
    "title": {
        "health": ["Bästa dr {P1:last},\nvi remitterar {P2}, som vårdades hos oss {DATE}–{DATE:next}.",
                   "Professor {P1} ({INST:h}) rekommenderar återbesök om tre månader för {EPO}."],
        "finance": ["{P1?Herr|Fru} {P1}\n{ADDR:full}\n\nDin ansökan från {DATE} om betalningsanstånd för {AMT} har behandlats."],
        "climate": ["Docent {P1} ({INST:c}) presenterade resultaten om värmestress i {PLACE}."],
    },
    "form_label": {
        "health": ["Namn: {P1}\nPersonnummer: {NID}\nFödelsedatum: {DOB}\nEU-kort: {HIID}\nDiagnos: {DX}",
                   "Patient: {P1}\nVårdtillfälle: {MRN}\nInskriven: {DATE}\nRemitterande läkare: dr {P2}"],
        "finance": ["Kontohavare: {P1}\nIBAN: {IBAN}\nBIC: [[HANDSESS|CODE]]\nReferens: {REF}"],
        "climate": ["Observatör: {P1}\nStation: {STATION}\nDatum: {DATE}\nTel.: {PHONE}\nDygnsnederbörd: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Tack för remissen. @@\n\nMed vänliga hälsningar\n\n{P1}\nÖverläkare, {INST:h}",
                   "@@Hör gärna av er vid frågor.\n\nVänliga hälsningar\n{P1}\n{INST:h}"],
        "finance": ["Ditt lån {REF} är slutbetalt per {DATE}. @@\n\nMed vänlig hälsning\n{P1}\n{INST:f}"],
        "climate": ["Bifogat finns månadsvärdena för {STATION}. @@\n\nHälsningar\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Närvarande vid MDK den {DATE}: {P1}, {P2}, {P3} och {P4}. Rekommendation vid [[Hodgkins lymfom|DISEASE]] ([[C81.9|CODE]]): cytostatika enligt ABVD."],
        "finance": ["Firmatecknare för {COMPANY} Holding AB är {P1}, {P2} och {P3}."],
        "climate": ["Mätkampanjen i {STATION} genomfördes av {P1}, {P2}, {P3} och {P4}.",
                    "Sändlista: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pat.: {P1:sfc}, född {DOB}, sal 12, {INST:h}. Diagnos: {DX}."],
        "finance": ["Betalare: {P1:SF} – Mottagare: {COMPANY} – Belopp: {AMT}."],
        "climate": ["Stationsloggen {STATION}, {DATE}: {P1:sfc} (underhåll), {P2:sfc} (avläsning)."],
    },
    "identifiers_only": {
        "health": ["Vårdtillfälle {MRN}, personnummer {NID}. Inskriven på {INST:h} den {DATE} för {DX}.",
                   "Anhörig nås på {MOBILE}; remissvar {REF} bekräftar {EPO:code}."],
        "finance": ["Kortbetalningen med {CARD} den {DATE} hos {COMPANY} ({AMT}) flaggades som misstänkt; inloggning från IP {IP}."],
        "climate": ["Loggern {PROD} i {STATION} sänder från {IP6} sedan {DATE}. Senaste värde: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Vid frågor, ring avdelningen på {PHONE}.", "Läkemedel vid utskrivning: {DRUG} 5 mg två gånger dagligen.",
               "Boende på {ADDR}, inlagd för {DX}.", "EU-kortets nummer: {HIID}.",
               "Återbesök den {DATE}, remissvar nr {REF}.", "Vårdtillfälle {MRN}; dotterns mobil {MOBILE}.",
               "Födelsedatum: {DOB}.", "Hemtelefon {PHONE:local}, arbete {PHONE}."],
    "finance": ["Månadsbeloppet {AMT} dras från konto {IBAN}.", "Betalning med kort {CARD} den {DATE}.",
                "Inloggning i internetbanken från IP {IP} den {DATE}.", "Personnummer: {NID}.",
                "Ring tillbaka på {MOBILE} eller mejla {EMAIL}.", "Folkbokföringsadress: {ADDR:full}.",
                "Födelsedatum enligt pass: {DOB}.", "Faktura {REF} på {AMT:EUR} är betald."],
    "climate": ["Veckans nederbörd var {MEAS:prec} och den kraftigaste byn {MEAS:wind}.", "Dataförfrågningar: {EMAIL}, tel. {PHONE}.",
                "Medelhalten av koldioxid var {MEAS:co2}.", "Skadorna i {PLACE} uppskattas till {AMT}.",
                "Reservdelar beställdes från {COMPANY} (order {REF}).", "Nederbördsmätaren står i observatörens trädgård, {ADDR:full}.",
                "Under värmeböljan stoppades tågtrafiken vid {TRAIN}."],
}
