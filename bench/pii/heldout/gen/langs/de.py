from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "de", "DE", "0", "DE"
FIXED = ["30", "40", "89", "221", "69", "711", "351", "341", "511", "911", "228", "761", "201", "8821", "6221"]
MOBILE = ["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "179"]
PHONE_STYLES = ["paren", "trunk", "dash", "slash", "nat", "intl", "nat", "00", "paren"]
MOBILE_STYLES = ["nat", "intl", "trunk", "plain", "dash", "e164"]
EMAIL_DOMAINS = ["web.de", "gmx.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de", "gmx.net"]
TITLE = {"m": "Herr", "f": "Frau"}
MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def date(d):
    return dmy(d, ".")


def date_long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    if arg == "CHF":
        return money(rng, "'", ".", [("CHF", "after"), ("CHF", "before"), ("Fr.", "before")])
    return money(rng, ".", ",", [("EUR", "after"), ("€", "after"), ("EUR", "before"), ("€", "after")], dash=True)


nid = ids.de_steuer_id
nid2 = ids.de_steuer_id
hiid = ids.de_kvnr


def mrn(rng):
    return rng.choice(["%08d" % rng.randint(10 ** 6, 10 ** 8 - 1), "%d-%06d" % (rng.randint(2019, 2024), rng.randint(0, 999999)),
                       "PID %010d" % rng.randint(10 ** 7, 10 ** 9)])


def ref(rng):
    return rng.choice(["RE-%d-%05d" % (rng.randint(2022, 2025), rng.randint(1, 99999)), "BF-%02d-%05d" % (rng.randint(22, 25), rng.randint(1, 99999)),
                       "KV/%d/%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "%d%07d" % (rng.randint(4, 9), rng.randint(0, 9999999))])


STREETS = ["Lindenring", "Hauptstraße", "Bahnhofstr.", "Am Mühlbach", "Goethestraße", "Schillerplatz", "Kirchgasse", "Rosenweg",
           "Friedrich-Ebert-Allee", "Berliner Straße", "Ahornweg", "An der Alster", "Theresienstraße", "Kantstraße", "Im Winkel",
           "Sonnenberger Str.", "Marktplatz", "Eichendorffweg", "Lange Reihe", "Ulmenallee"]
TOWNS = ["80331 München", "20095 Hamburg", "50667 Köln", "04109 Leipzig", "01067 Dresden", "70173 Stuttgart", "79098 Freiburg im Breisgau",
         "82467 Garmisch-Partenkirchen", "69117 Heidelberg", "90402 Nürnberg", "10115 Berlin", "53111 Bonn"]


def address(rng, full):
    n = rng.choice(["%d" % rng.randint(1, 180), "%d%s" % (rng.randint(1, 90), rng.choice("abc")), "%d/%d" % (rng.randint(1, 60), rng.randint(1, 12)),
                    "%d-%d" % ((lambda a: (a, a + 2))(rng.randint(1, 40))), "%d %s" % (rng.randint(1, 40), rng.choice("ab"))])
    s = f"{rng.choice(STREETS)} {n}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["München", "Hamburg", "Köln", "Leipzig", "Dresden", "Stuttgart", "Freiburg im Breisgau", "Potsdam", "Rosenheim",
          "Garmisch-Partenkirchen", "Passau", "Cottbus", "Bad Neuenahr-Ahrweiler", "Lindau", "Magdeburg"]
INST = {
    "h": ["Charité – Universitätsmedizin Berlin", "Klinikum rechts der Isar", "Universitätsklinikum Heidelberg", "Asklepios Klinik St. Georg",
          "Helios Klinikum Berlin-Buch", "Klinikum Ernst von Bergmann", "Robert-Bosch-Krankenhaus", "Städtisches Klinikum Dresden",
          "Paracelsus-Klinik Bremen", "Uniklinik Köln"],
    "ins": ["AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit", "IKK classic", "Knappschaft"],
    "f": ["Sparkasse KölnBonn", "Deutsche Bank", "Commerzbank", "Volksbank Mittelhessen", "Raiffeisenbank Oberland", "KfW", "Hamburger Sparkasse",
          "Berliner Volksbank"],
    "c": ["Leibniz-Institut für Troposphärenforschung", "Umweltbundesamt", "Potsdam-Institut für Klimafolgenforschung", "Alfred-Wegener-Institut",
          "Max-Planck-Institut für Meteorologie", "Helmholtz-Zentrum Hereon", "Karlsruher Institut für Technologie"],
}
COMPANIES = ["Siemens", "Bosch", "Boehringer Ingelheim", "Merck", "Fresenius", "Dr. Oetker", "Porsche", "Miele", "Henkel", "Carl Zeiss",
             "Dräger", "Stada", "Heraeus", "Würth"]
EPO = [("Morbus Crohn", "K50.9"), ("Morbus Parkinson", "G20"), ("Alzheimer-Demenz", "G30.9"), ("Hodgkin-Lymphom", "C81.9"),
       ("Morbus Addison", "E27.1"), ("Hashimoto-Thyreoiditis", "E06.3"), ("Morbus Basedow", "E05.0"), ("Morbus Bechterew", "M45"),
       ("Guillain-Barré-Syndrom", "G61.0"), ("Cushing-Syndrom", "E24.9"), ("Raynaud-Syndrom", "I73.0"), ("Morbus Menière", "H81.0")]
DRUGS = ["Xarelto", "Eliquis", "Marcumar", "Novalgin", "Ibuflam", "L-Thyroxin Henning", "Pantozol", "Jardiance", "Ozempic", "Humira",
         "Keytruda", "Euthyrox", "Concor", "Madopar", "Aricept", "Lantus"]
STATIONS = ["Zugspitze", "Hohenpeißenberg", "Brocken", "Fichtelberg", "Wendelstein", "Feldberg", "Kahler Asten", "Helgoland", "Kap Arkona",
            "Lindenberg", "Wasserkuppe", "Sonnblick", "Jungfraujoch", "Säntis"]
DX = [("Pneumonie", "J18.9"), ("akuter Myokardinfarkt", "I21.9"), ("Diabetes mellitus Typ 2", "E11.9"), ("essentielle Hypertonie", "I10"),
      ("Vorhofflimmern", "I48.0"), ("COPD", "J44.9"), ("Schenkelhalsfraktur", "S72.00"), ("Harnwegsinfekt", "N39.0"),
      ("Herzinsuffizienz", "I50.9"), ("Hitzschlag", "T67.0"), ("Erysipel", "A46")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-18, 36))} °C", "fever": lambda: f"{f(rng.uniform(37.8, 40.5))} °C",
        "prec": lambda: f"{f(rng.uniform(0.4, 140))} mm", "co2": lambda: f"{f(rng.uniform(415, 432))} ppm",
        "wind": lambda: f"{rng.randint(45, 190)} km/h", "snow": lambda: f"{rng.randint(5, 420)} cm",
        "pct": lambda: f"{f(rng.uniform(5.2, 11.5))} %", "press": lambda: f"{f(rng.uniform(960, 1040))} hPa",
        "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg", "lab": lambda: f"{f(rng.uniform(0.5, 14))} mg/dl",
    }[kind or "temp"]()


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    if last[-1] not in "sßxz":
        fm["gen"] = f"{first} {last}s"
        fm["last_gen"] = f"{last}s"
    return fm


TRAINS = ["München Hbf", "Hamburg Hbf", "Köln Hbf", "Berlin Ostkreuz", "Frankfurt (Main) Hbf", "Leipzig Hbf"]

FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age}) wurde am {DATE} über unsere Notaufnahme stationär aufgenommen ({INST:h}). Vorerkrankung: {EPO:code}. Aktuell Verdacht auf {DX}.",
                   "{P1} stellte sich am {DATE} mit Belastungsdyspnoe in unserer Ambulanz vor. Die Echokardiographie zeigte eine EF von 35 %; wir begannen eine Therapie mit {DRUG}."],
        "finance": ["{P1} hat am {DATE} bei der {INST:f} einen Ratenkredit über {AMT} beantragt. Die Auskunft der [[SCHUFA|INSTITUTION]] liegt vor.",
                    "{P1} überwies am {DATE} insgesamt {AMT} an {COMPANY} und widersprach zwei Tage später der Buchung."],
        "climate": ["{P1} übernahm am {DATE} die Betreuung der Messstation {STATION}. Die Tagesmitteltemperatur lag bei {MEAS:temp}.",
                    "{P1} meldete am {DATE:long} aus {PLACE} Hagelkörner mit bis zu 4 cm Durchmesser."],
    },
    "object": {
        "health": ["Wir übernehmen {P1?den Patienten|die Patientin} {P1} zur Weiterbehandlung nach stationärer Behandlung wegen {DX}. Entlassmedikation: {DRUG} 20 mg 1-0-0.",
                   "Wir bitten, {P1} nach Abschluss der Reha erneut in unserer Ambulanz ({INST:h}) einzubestellen."],
        "finance": ["Bitte kontaktieren Sie {P1} wegen der offenen Forderung aus Rechnung {REF} über {AMT}.",
                    "Die Filiale hat {P1} am {DATE} über die vorübergehende Sperrung der Karte informiert."],
        "climate": ["Das Messnetzteam schult {P1} am {DATE} in der Wartung der Niederschlagswaage an der Station {STATION}.",
                    "Das {INST:c} beauftragte {P1} mit der Auswertung der Dürreperiode in {PLACE}."],
    },
    "preposition": {
        "health": ["Der Befund wurde am {DATE} mit {P1} besprochen; die Therapie mit {DRUG} wird fortgesetzt.",
                   "Die Sonographie wurde von {P1} durchgeführt; Vorbefund: {EPO:code}."],
        "finance": ["Die Überweisung über {AMT} an {COMPANY} wurde von {P1} freigegeben.",
                    "Nach Rücksprache mit {P1} wird die Tilgung ab {DATE} ausgesetzt."],
        "climate": ["Die Kalibrierung des Pyranometers an der Station {STATION} erfolgte durch {P1} vom {INST:c}.",
                    "Der Bericht zur Starkregenlage in {PLACE} wurde gemeinsam mit {P1} erstellt."],
    },
    "pair": {
        "health": ["Visite durch {P1?Oberarzt|Oberärztin} Dr. {P1} und {P2?Stationsarzt|Stationsärztin} {P2}: Zustand nach {DX}, Kreislauf stabil.",
                   "Die Angehörigen {P1} und {P2} wurden über die Diagnose {EPO} aufgeklärt."],
        "finance": ["Das Gemeinschaftskonto von {P1} und {P2} bei der {INST:f} weist einen Saldo von {AMT} auf.",
                    "Der Kaufvertrag wurde von {P1} und {P2} am {DATE} unterzeichnet."],
        "climate": ["Die Schneehöhe an der Station {STATION} ({MEAS:snow}) wurde von {P1} und {P2} gemeinsam abgelesen."],
    },
    "possessive": {
        "health": ["{P1:gen} Laborwerte vom {DATE} zeigen einen HbA1c von {MEAS:pct}; die Dosis von {DRUG} wurde angepasst.",
                   "Die Pflegedokumentation von {P1} weist für den {DATE} eine Blutdruckspitze von {MEAS:bp} auf."],
        "finance": ["Das Depot von {P1} enthält Aktien von {COMPANY} im Wert von {AMT}.",
                    "{P1:gen} Kreditkartenabrechnung vom {DATE} weist eine Belastung von {AMT} auf."],
        "climate": ["{P1:gen} Messprotokoll von der Station {STATION} weist für den {DATE} eine Lücke auf."],
    },
    "apposition": {
        "health": ["{P1?Der Patient|Die Patientin}, {P1}, geb. {DOB}, wohnhaft {ADDR}, aufgenommen wegen {DX}, erhielt {DRUG}.",
                   "Unsere {P1?Patient|Patientin} – {P1}, {P1:age} Jahre – leidet seit Jahren an {EPO:code}."],
        "finance": ["{P1?Der Antragsteller|Die Antragstellerin}, {P1}, Steuer-ID {NID}, bezieht ein Nettoeinkommen von {AMT} als Angestellte{P1?r|} bei {COMPANY}."],
        "climate": ["{P1?Unser ehrenamtlicher Beobachter|Unsere ehrenamtliche Beobachterin}, {P1}, meldete für {PLACE} {MEAS:prec} Niederschlag in 24 Stunden."],
    },
    "title": {
        "health": ["{P1?Sehr geehrter Herr|Sehr geehrte Frau} Dr. {P1:last},\nwir berichten über {P2?Herrn|Frau} {P2}, {P2?der|die} sich vom {DATE} bis {DATE:next} in unserer stationären Behandlung befand.",
                   "Prof. Dr. {P1} ({INST:h}) empfiehlt bei {EPO} eine Verlaufskontrolle in drei Monaten."],
        "finance": ["{P1?Sehr geehrter Herr|Sehr geehrte Frau} {P1:last},\nIhr Antrag vom {DATE} auf Stundung der Rate von {AMT} wurde geprüft."],
        "climate": ["{P1?Herr|Frau} Prof. Dr. {P1} ({INST:c}) stellte die Ergebnisse zur Hitzebelastung in {PLACE} vor."],
    },
    "form_label": {
        "health": ["Patient/in: {P1}\nGeburtsdatum: {DOB}\nVersichertennummer: {HIID}\nKasse: {INST:ins}\nDiagnose: {DX}",
                   "Name: {P1}\nFall-Nr.: {MRN}\nAufnahme: {DATE}\nEinweisender Arzt: Dr. {P2}"],
        "finance": ["Kontoinhaber: {P1}\nIBAN: {IBAN}\nBIC: [[COBADEFFXXX|CODE]]\nVerwendungszweck: {REF}"],
        "climate": ["Beobachter: {P1}\nStation: {STATION}\nDatum: {DATE}\nTel.: {PHONE}\nTagesniederschlag: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Wir danken für die Überweisung. @@\n\nMit freundlichen kollegialen Grüßen\n\nDr. med. {P1}\n{INST:h}",
                   "@@Für Rückfragen stehen wir gerne zur Verfügung.\n\nMit freundlichen Grüßen\n{P1}\n{P1?Oberarzt|Oberärztin}, {INST:h}"],
        "finance": ["Ihr Darlehen Nr. {REF} wurde zum {DATE} abgelöst. @@\n\nMit freundlichen Grüßen\n{P1}\n{INST:f}"],
        "climate": ["Anbei die Monatswerte der Station {STATION}. @@\n\nViele Grüße\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Anwesend bei der Tumorkonferenz am {DATE}: {P1}, {P2}, {P3} und {P4}. Empfehlung bei [[Hodgkin-Lymphom|DISEASE]] ([[C81.9|CODE]]): Chemotherapie nach Protokoll."],
        "finance": ["Zeichnungsberechtigt für die {COMPANY} Beteiligungs-GmbH sind {P1}, {P2} und {P3}."],
        "climate": ["An der Messkampagne an der Station {STATION} nahmen {P1}, {P2}, {P3} sowie {P4} teil.",
                    "Verteiler: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pat.: {P1:sfc}, geb. {DOB}, Station 4B, {INST:h}. Diagnose: {DX}."],
        "finance": ["Auftraggeber: {P1:SF} – Empfänger: {COMPANY} – Betrag: {AMT}."],
        "climate": ["Stationsbuch {STATION}, Eintrag vom {DATE}: {P1:sfc} (Wartung), {P2:sfc} (Ablesung)."],
    },
    "identifiers_only": {
        "health": ["Fall-Nr. {MRN}, Versichertennummer {HIID}. Aufnahme am {DATE} in das {INST:h} wegen {DX}.",
                   "Rückruf der Angehörigen unter {MOBILE}; Befund {REF} mit {EPO:code} liegt vor."],
        "finance": ["Kartenzahlung mit {CARD} am {DATE} bei {COMPANY} über {AMT} wurde als verdächtig markiert; Zugriff von IP {IP}."],
        "climate": ["Datenlogger {PROD} an der Station {STATION} sendet seit {DATE} über {IP6}. Letzter Wert: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Rückfragen bitte an das Sekretariat unter {PHONE}.", "Entlassmedikation: {DRUG} 5 mg 1-0-1.",
               "Wohnhaft {ADDR}, aufgenommen wegen {DX}.", "Versichert bei der {INST:ins}, Versichertennummer {HIID}.",
               "Kontrolle in der Ambulanz am {DATE}, Befund-Nr. {REF}.", "Patienten-ID {MRN}; Kontakt der Tochter: {MOBILE}.",
               "Geburtsdatum: {DOB}.", "Tel. privat {PHONE:local}, Praxis {PHONE}."],
    "finance": ["Die monatliche Rate von {AMT} wird vom Konto {IBAN} eingezogen.", "Zahlung per Karte {CARD} am {DATE}.",
                "Online-Banking-Login von IP {IP} am {DATE}.", "Steuerliche Identifikationsnummer: {NID}.",
                "Rückruf erbeten unter {MOBILE} oder per E-Mail an {EMAIL}.", "Meldeadresse: {ADDR:full}.",
                "Geburtsdatum laut Ausweis: {DOB}.", "Rechnung {REF} über {AMT:CHF} ist beglichen."],
    "climate": ["Der Wochenniederschlag betrug {MEAS:prec}, die stärkste Böe {MEAS:wind}.", "Kontakt für Datenanfragen: {EMAIL}, Tel. {PHONE}.",
                "Die CO₂-Konzentration lag im Monatsmittel bei {MEAS:co2}.", "Die Schadensbilanz für {PLACE} beläuft sich auf {AMT}.",
                "Ersatzteile wurden bei {COMPANY} bestellt (Auftrag {REF}).", "Die Niederschlagsmessung erfolgt im Garten des Beobachters, {ADDR:full}.",
                "Der Luftdruck fiel auf {MEAS:press}.", "Wegen Hitzeschäden an den Gleisen wurde der Bahnhof {TRAIN} zeitweise gesperrt."],
}
