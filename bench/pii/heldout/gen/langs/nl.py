from ..base import money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "nl", "NL", "0", "NL"
BANK_CODES = ["INGB", "RABO", "ABNA", "SNSB", "TRIO", "ASNB", "KNAB"]
FIXED = ["20", "10", "70", "30", "40", "50", "43", "24", "71", "38", "15"]
MOBILE = ["6"]
PHONE_STYLES = ["nat", "dash", "intl", "trunk", "00", "plain", "nat"]
MOBILE_STYLES = ["nat", "dash", "intl", "plain", "e164"]
GROUPS = ["34", "none", "3"]
EMAIL_DOMAINS = ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl", "outlook.com", "planet.nl"]
TITLE = {"m": "dhr.", "f": "mevr."}
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"]
TRAINS = ["Amsterdam Centraal", "Utrecht Centraal", "Rotterdam Centraal", "Den Haag Centraal", "Eindhoven Centraal", "Zwolle"]


def date(d):
    return f"{d.day:02d}-{d.month:02d}-{d.year}"


def date_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    return money(rng, ".", ",", [("€", "before"), ("EUR", "before"), ("euro", "after"), ("€", "before")])


nid = ids.nl_bsn
nid2 = ids.nl_bsn


def hiid(rng, p):
    return rng.choice(["%09d" % rng.randint(10 ** 8, 10 ** 9 - 1), "%d.%03d.%03d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999))])


def mrn(rng):
    return rng.choice(["%07d" % rng.randint(10 ** 6, 10 ** 7 - 1), "%d-%06d" % (rng.randint(2019, 2024), rng.randint(0, 999999))])


def ref(rng):
    return rng.choice(["F%d-%05d" % (rng.randint(2022, 2025), rng.randint(1, 99999)), "%d %d %d %d" % (rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(1000, 9999), rng.randint(1000, 9999)),
                       "DOS-%05d" % rng.randint(1, 99999), "KL/%d/%03d" % (rng.randint(2022, 2025), rng.randint(1, 999))])


STREETS = ["Kerkstraat", "Dorpsstraat", "Prinsengracht", "Jan van Galenstraat", "Laan van Meerdervoort", "Hoofdweg", "Molenstraat",
           "Stationsweg", "Wilhelminastraat", "Burgemeester de Withstraat", "Lindelaan", "Oude Gracht", "Vondelstraat", "Kastanjelaan"]
TOWNS = ["1012 AB Amsterdam", "3011 AD Rotterdam", "2511 CV Den Haag", "3511 LK Utrecht", "5611 AZ Eindhoven", "9711 LM Groningen",
         "6211 CN Maastricht", "6511 TB Nijmegen", "2311 EZ Leiden", "8011 CV Zwolle", "5211 CG 's-Hertogenbosch", "2611 HP Delft"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 250), "%d%s" % (rng.randint(1, 120), rng.choice("abc")), "%d-%s" % (rng.randint(1, 300), rng.choice(["I", "II", "III", "hs"])),
                     "%d bis" % rng.randint(1, 80), "%d-%d" % (rng.randint(1, 150), rng.randint(1, 9))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Maastricht", "Nijmegen", "Leiden", "Zwolle",
          "'s-Hertogenbosch", "Delft", "Valkenburg", "Lelystad"]
INST = {
    "h": ["Amsterdam UMC", "Erasmus MC", "UMC Utrecht", "Radboudumc", "Antoni van Leeuwenhoek", "Máxima MC", "LUMC",
          "Sint Maartenskliniek", "Isala"],
    "ins": ["Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW"],
    "f": ["ING", "Rabobank", "ABN AMRO", "SNS", "Triodos Bank", "ASN Bank", "bunq"],
    "c": ["KNMI", "Rijkswaterstaat", "Deltares", "RIVM", "PBL Planbureau voor de Leefomgeving", "Wageningen University & Research"],
}
COMPANIES = ["Philips", "Heineken", "Albert Heijn", "C&A", "Van Lanschot", "Douwe Egberts", "Stork", "Fokker", "Verkade", "Unilever",
             "ASML", "Hema"]
EPO = [("ziekte van Crohn", "K50.9"), ("ziekte van Parkinson", "G20"), ("ziekte van Alzheimer", "G30.9"), ("Hodgkin-lymfoom", "C81.9"),
       ("ziekte van Addison", "E27.1"), ("ziekte van Hashimoto", "E06.3"), ("ziekte van Graves", "E05.0"), ("ziekte van Bechterew", "M45")]
DRUGS = ["Xarelto", "Eliquis", "Nurofen", "Thyrax", "Euthyrox", "Pantozol", "Humira", "Ozempic", "Marcoumar", "Movicolon", "Sintrom Mitis",
         "Lipitor"]
STATIONS = ["Cabauw", "De Bilt", "Lauwersoog", "De Kooy", "Vlissingen", "Hoek van Holland", "Schiphol", "Twenthe", "Arcen"]
DX = [("longontsteking", "J18.9"), ("acuut myocardinfarct", "I21.9"), ("diabetes mellitus type 2", "E11.9"), ("hypertensie", "I10"),
      ("boezemfibrilleren", "I48.0"), ("COPD", "J44.9"), ("heupfractuur", "S72.0"), ("urineweginfectie", "N39.0"), ("hartfalen", "I50.9"),
      ("hitteberoerte", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-12, 38))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 110))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(60, 150)} km/u",
        "snow": lambda: f"{rng.randint(1, 30)} cm", "pct": lambda: f"{rng.randint(40, 100)} mmol/mol",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    if last.split()[0] in ("de", "van", "den", "der", "Van", "De"):
        parts = last.split()
        core = " ".join(p for p in parts if p not in ("de", "van", "den", "der"))
        part = " ".join(p for p in parts if p in ("de", "van", "den", "der"))
        fm["sfc"] = f"{core}, {first} {part}" if part else f"{last}, {first}"
        fm["SF"] = f"{core.upper()}, {first} {part}".strip() if part else f"{last.upper()} {first}"
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} jaar) werd op {DATE} via de SEH opgenomen vanwege benauwdheid. Voorgeschiedenis: {EPO:code}; werkdiagnose: {DX}.",
                   "{P1} bezocht op {DATE:long} de diabetespoli. Het HbA1c was {MEAS:pct}; gestart is met {DRUG}."],
        "finance": ["{P1} vroeg op {DATE} een persoonlijke lening van {AMT} aan bij {INST:f}. Het dossier is compleet.",
                    "{P1} betwist een kaartbetaling van {AMT} aan {COMPANY} van {DATE}."],
        "climate": ["{P1} verzorgt sinds {DATE} het onderhoud van meetstation {STATION}. De gemiddelde temperatuur was {MEAS:temp}.",
                    "{P1} meldde wateroverlast in {PLACE} na {MEAS:prec} neerslag in 24 uur."],
    },
    "object": {
        "health": ["Wij zagen {P1} op {DATE} op de polikliniek na de opname wegens {DX}. Graag {DRUG} 20 mg eenmaal daags continueren.",
                   "Wilt u {P1} oproepen voor controle op {DATE}?"],
        "finance": ["Neem contact op met {P1} over de openstaande factuur {REF} ({AMT}).",
                    "Het kantoor heeft {P1} op {DATE} geïnformeerd over de tijdelijke blokkering van de pas."],
        "climate": ["Het netwerkteam instrueert {P1} op {DATE} over het onderhoud van de regenmeter in {STATION}.",
                    "{INST:c} heeft {P1} gevraagd de gevolgen van de droogte rond {PLACE} in kaart te brengen."],
    },
    "preposition": {
        "health": ["De uitslagen zijn op {DATE} met {P1} besproken; {DRUG} wordt voortgezet.",
                   "De echo werd verricht door {P1} en past bij de bekende diagnose {EPO:code}."],
        "finance": ["De overboeking van {AMT} aan {COMPANY} is goedgekeurd door {P1}.",
                    "Na overleg met {P1} worden de aflossingen opgeschort tot {DATE}."],
        "climate": ["De pyranometer in {STATION} is opnieuw gekalibreerd door {P1} ({INST:c}).",
                    "Het rapport over het noodweer in {PLACE} is samen met {P1} opgesteld."],
    },
    "pair": {
        "health": ["Visite door dr. {P1} en dr. {P2}: status na {DX}, hemodynamisch stabiel.",
                   "De familie, {P1} en {P2}, is ingelicht over de diagnose {EPO}."],
        "finance": ["De gezamenlijke rekening van {P1} en {P2} heeft een saldo van {AMT}.",
                    "De hypotheekakte is op {DATE} getekend door {P1} en {P2}."],
        "climate": ["De sneeuwhoogte in {STATION} ({MEAS:snow}) is afgelezen door {P1} en {P2}."],
    },
    "possessive": {
        "health": ["Het lab van {P1} van {DATE} toont een kreatinine van {MEAS:lab}; de dosis {DRUG} is verlaagd.",
                   "In het verpleegdossier van {P1} staat op {DATE} een bloeddruk van {MEAS:bp}."],
        "finance": ["De beleggingsportefeuille van {P1} bevat aandelen {COMPANY} ter waarde van {AMT}.",
                    "Op het creditcardoverzicht van {P1} staat een afschrijving van {AMT} op {DATE}."],
        "climate": ["Het waarnemingslogboek van {P1} voor {STATION} vertoont een gat op {DATE}."],
    },
    "apposition": {
        "health": ["De patiënt, {P1}, geb. {DOB}, wonend aan de {ADDR}, opgenomen wegens {DX}, kreeg {DRUG}.",
                   "Onze patiënt – {P1}, {P1:age} jaar – is bekend met {EPO:code}."],
        "finance": ["De aanvrager, {P1}, BSN {NID}, verdient netto {AMT} per maand bij {COMPANY}."],
        "climate": ["Onze vrijwillige waarnemer, {P1}, mat vannacht {MEAS:prec} neerslag in {PLACE}."],
    },
    "title": {
        "health": ["Geachte collega {P1:last},\nHierbij verwijzen wij {P2:t} {P2}, die van {DATE} tot {DATE:next} bij ons opgenomen was.",
                   "Prof. dr. {P1} ({INST:h}) adviseert controle over drie maanden in verband met {EPO}."],
        "finance": ["Geachte {P1?heer|mevrouw} {P1:last},\nUw verzoek van {DATE} om uitstel van de termijn van {AMT} is beoordeeld."],
        "climate": ["Dr. {P1} ({INST:c}) presenteerde de resultaten over hittestress in {PLACE}."],
    },
    "form_label": {
        "health": ["Naam: {P1}\nGeboortedatum: {DOB}\nBSN: {NID}\nPolisnummer: {HIID}\nZorgverzekeraar: {INST:ins}\nDiagnose: {DX}",
                   "Patiënt: {P1}\nPatiëntnummer: {MRN}\nOpname: {DATE}\nVerwijzer: huisarts {P2}"],
        "finance": ["Rekeninghouder: {P1}\nIBAN: {IBAN}\nBIC: [[INGBNL2A|CODE]]\nOmschrijving: {REF}"],
        "climate": ["Waarnemer: {P1}\nStation: {STATION}\nDatum: {DATE}\nTel.: {PHONE}\nEtmaalsom neerslag: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Dank voor de verwijzing. @@\n\nMet collegiale groet,\n\n{P1}, cardioloog\n{INST:h}",
                   "@@Voor vragen zijn wij bereikbaar.\n\nMet vriendelijke groet,\n{P1}\n{INST:h}"],
        "finance": ["Uw lening {REF} is per {DATE} volledig afgelost. @@\n\nMet vriendelijke groet,\n{P1}\n{INST:f}"],
        "climate": ["Bijgaand de maandwaarden van {STATION}. @@\n\nGroet,\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Aanwezig bij het MDO van {DATE}: {P1}, {P2}, {P3} en {P4}. Advies bij [[Hodgkin-lymfoom|DISEASE]] ([[C81.9|CODE]]): ABVD-chemotherapie."],
        "finance": ["Tekenbevoegd voor {COMPANY} Holding B.V. zijn {P1}, {P2} en {P3}."],
        "climate": ["De meetcampagne in {STATION} werd uitgevoerd door {P1}, {P2}, {P3} en {P4}.",
                    "Verzendlijst: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pat.: {P1:sfc}, geb. {DOB}, kamer 12, {INST:h}. Diagnose: {DX}."],
        "finance": ["Opdrachtgever: {P1:SF} – Begunstigde: {COMPANY} – Bedrag: {AMT}."],
        "climate": ["Stationslogboek {STATION}, {DATE}: {P1:sfc} (onderhoud), {P2:sfc} (aflezing)."],
    },
    "identifiers_only": {
        "health": ["Patiëntnummer {MRN}, BSN {NID}. Opname in {INST:h} op {DATE} wegens {DX}.",
                   "Familie bereikbaar via {MOBILE}; uitslag {REF} bevestigt {EPO:code}."],
        "finance": ["De kaartbetaling met {CARD} op {DATE} bij {COMPANY} ({AMT}) is als verdacht gemarkeerd; inlog vanaf IP {IP}."],
        "climate": ["Logger {PROD} in {STATION} zendt sinds {DATE} vanaf {IP6}. Laatste waarde: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Voor vragen kunt u het secretariaat bellen: {PHONE}.", "Ontslagmedicatie: {DRUG} 5 mg tweemaal daags.",
               "Wonend aan de {ADDR}, opgenomen wegens {DX}.", "Polisnummer: {HIID} ({INST:ins}).",
               "Controle op {DATE}, uitslag nr. {REF}.", "Patiëntnummer {MRN}; dochter bereikbaar op {MOBILE}.",
               "Geboortedatum: {DOB}.", "Tel. thuis {PHONE:local}, werk {PHONE}."],
    "finance": ["De maandelijkse termijn van {AMT} wordt afgeschreven van {IBAN}.", "Betaling met pas {CARD} op {DATE}.",
                "Inlog in internetbankieren vanaf IP {IP} op {DATE}.", "BSN: {NID}.",
                "Graag terugbellen op {MOBILE} of mailen naar {EMAIL}.", "Woonadres: {ADDR:full}.",
                "Geboortedatum volgens paspoort: {DOB}.", "Factuur {REF} van {AMT} is voldaan."],
    "climate": ["De weeksom van de neerslag was {MEAS:prec}, met een zwaarste windstoot van {MEAS:wind}.",
                "Dataverzoeken: {EMAIL}, tel. {PHONE}.", "De gemiddelde CO2-concentratie was {MEAS:co2}.",
                "De schade in {PLACE} wordt geschat op {AMT}.", "Reserveonderdelen zijn besteld bij {COMPANY} (order {REF}).",
                "De regenmeter staat in de tuin van de waarnemer, {ADDR:full}.",
                "Door de hitte lag het treinverkeer bij {TRAIN} urenlang stil."],
}
