from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "ro", "RO", "0", "RO"
BANK_CODES = ["BTRL", "RNCB", "BRDE", "CECE", "INGB", "RZBR"]
FIXED = ["21", "264", "232", "256", "241", "268", "251", "269", "259"]
MOBILE = ["72", "73", "74", "75", "76", "77", "78"]
PHONE_STYLES = ["nat", "intl", "00", "plain", "dash", "nat"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "dash"]
GROUPS = ["34", "3"]
EMAIL_DOMAINS = ["yahoo.com", "gmail.com", "yahoo.ro", "hotmail.com", "rdslink.ro", "mail.com"]
TITLE = {"m": "dl", "f": "dna"}
MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie", "octombrie", "noiembrie", "decembrie"]
TRAINS = ["Gara de Nord", "Brașov", "Cluj-Napoca", "Timișoara Nord", "Iași", "Constanța"]
SLOT_FORMS = {"gen"}


def date(d):
    return dmy(d, ".")


def date_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    if arg == "EUR":
        return money(rng, ".", ",", [("EUR", "after"), ("euro", "after"), ("€", "after")])
    return money(rng, ".", ",", [("lei", "after"), ("RON", "after"), ("RON", "before"), ("lei", "after")])


nid = ids.ro_cnp
nid2 = ids.ro_cnp


def hiid(rng, p):
    return ids.ehic(rng, "ro")


def mrn(rng):
    return rng.choice(["%d/%d" % (rng.randint(1, 49999), rng.randint(2019, 2024)), "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["FCT-%d-%05d" % (rng.randint(2022, 2025), rng.randint(1, 99999)), "%d/%02d.%02d.%d" % (rng.randint(1, 9999), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2025)),
                       "BT%07d" % rng.randint(0, 9999999), "CMD-%05d" % rng.randint(1, 99999)])


STREETS = ["Str. Mihai Eminescu", "Bd. Unirii", "Calea Victoriei", "Șos. Kiseleff", "Str. Avram Iancu", "Aleea Teilor", "Str. Florilor",
           "Bd. Revoluției", "Str. Republicii", "Calea Moșilor", "Str. Horea", "Bd. Ferdinand"]
TOWNS = ["Sector 1, București", "Sector 3, București", "400001 Cluj-Napoca", "700028 Iași", "300011 Timișoara", "900178 Constanța",
         "500030 Brașov", "200585 Craiova", "550164 Sibiu", "410087 Oradea", "720229 Suceava", "100066 Ploiești"]


def address(rng, full):
    no = rng.choice(["nr. %d" % rng.randint(1, 200), "nr. %d, bl. %s%d, sc. %d, ap. %d" % (rng.randint(1, 90), rng.choice("ABCDM"), rng.randint(1, 20), rng.randint(1, 4), rng.randint(1, 80)),
                     "nr. %d%s" % (rng.randint(1, 90), rng.choice("AB")), "nr. %d, ap. %d" % (rng.randint(1, 120), rng.randint(1, 40))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța", "Brașov", "Craiova", "Sibiu", "Oradea", "Galați", "Suceava", "Ploiești"]
INST = {
    "h": ["Spitalul Clinic de Urgență București", "Institutul Clinic Fundeni", "Spitalul Universitar de Urgență Elias", "Spitalul Clinic Colentina",
          "Institutul Oncologic „Prof. Dr. Ion Chiricuță” Cluj-Napoca", "Spitalul Clinic Județean de Urgență Cluj", "Spitalul „Sf. Spiridon” Iași"],
    "ins": ["CNAS", "CASMB"],
    "f": ["Banca Transilvania", "BCR", "BRD – Groupe Société Générale", "CEC Bank", "ING Bank România", "Raiffeisen Bank România"],
    "c": ["Administrația Națională de Meteorologie", "ANM", "Institutul Național de Hidrologie și Gospodărire a Apelor", "Agenția Națională pentru Protecția Mediului"],
}
COMPANIES = ["Dacia", "Petrom", "Antibiotice Iași", "Terapia", "Gerovital", "Farmec", "Ursus", "Kandia", "Cris-Tim", "Dedeman", "Arctic"]
EPO = [("boala Crohn", "K50.9"), ("boala Parkinson", "G20"), ("boala Alzheimer", "G30.9"), ("limfom Hodgkin", "C81.9"),
       ("boala Addison", "E27.1"), ("tiroidita Hashimoto", "E06.3"), ("boala Basedow-Graves", "E05.0")]
DRUGS = ["Algocalmin", "Nurofen", "Paracetamol Zentiva", "Aspenter", "Sintrom", "Xarelto", "Eliquis", "Euthyrox", "Controloc", "Humira",
         "Ozempic", "Fasconal"]
STATIONS = ["Vârful Omu", "Sinaia 1500", "Bâlea Lac", "Ceahlău Toaca", "Sulina", "Băneasa", "Țarcu", "Semenic"]
DX = [("pneumonie", "J18.9"), ("infarct miocardic acut", "I21.9"), ("diabet zaharat tip 2", "E11.9"), ("hipertensiune arterială", "I10"),
      ("fibrilație atrială", "I48.0"), ("BPOC", "J44.9"), ("fractură de col femural", "S72.0"), ("infecție urinară", "N39.0"),
      ("insuficiență cardiacă", "I50.9"), ("șoc termic", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-22, 42))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 150))} l/mp",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 160)} km/h",
        "snow": lambda: f"{rng.randint(5, 300)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))}%",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{f(rng.uniform(0.5, 4.5), 2)} mg/dl",
    }[kind or "temp"]()


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    if g == "f" and not first.endswith("a"):
        return None
    return fm


def person_slot(p, arg):
    """Romanian genitive: masculine 'lui' + name (particle outside the span), feminine first name -a -> -ei."""
    if arg == "gen":
        if p.gender == "m":
            return [("lui ", None, None), (p.forms["full"], "PERSON", None)]
        f = p.first
        fg = f[:-1] + "ei" if not f.endswith("ea") else f[:-1] + "i"
        return [(f"{fg} {p.last}", "PERSON", None)]
    return None


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} ani) a fost internat{P1?|ă} la {DATE} prin UPU pentru dispnee. Antecedente: {EPO:code}; diagnostic prezumtiv: {DX}.",
                   "{P1} s-a prezentat pe {DATE:long} la cabinetul de diabet. HbA1c {MEAS:pct}; s-a inițiat tratament cu {DRUG}."],
        "finance": ["{P1} a solicitat la {DATE} un credit de nevoi personale de {AMT} ({INST:f}). Dosarul este complet.",
                    "{P1} contestă o plată cu cardul de {AMT} către {COMPANY} din {DATE}."],
        "climate": ["{P1} asigură din {DATE} întreținerea stației {STATION}. Temperatura medie a fost de {MEAS:temp}.",
                    "{P1} a semnalat inundații (localitatea: {PLACE}) după {MEAS:prec} de precipitații în 24 de ore."],
    },
    "object": {
        "health": ["Am examinat {P1?pe domnul|pe doamna} {P1} în ambulatoriu la {DATE}, după internarea cu diagnosticul {DX}. Se continuă {DRUG} 20 mg zilnic.",
                   "Vă rugăm să {P1?îl|o} programați pe {P1} la control pe {DATE}."],
        "finance": ["Vă rugăm să {P1?îl|o} contactați pe {P1} în legătură cu factura neachitată {REF} ({AMT}).",
                    "Agenția {P1?l-a informat pe domnul|a informat-o pe doamna} {P1} la {DATE} despre blocarea temporară a cardului."],
        "climate": ["Echipa rețelei {P1?îl|o} va instrui pe {P1} la {DATE} privind întreținerea pluviometrului (stația {STATION}).",
                    "Evaluarea efectelor secetei (localitatea: {PLACE}) a fost încredințată {P1?domnului|doamnei} {P1} ({INST:c})."],
    },
    "preposition": {
        "health": ["Rezultatele au fost discutate cu {P1} la {DATE}; se continuă {DRUG}.",
                   "Ecografia efectuată de {P1} este compatibilă cu diagnosticul cunoscut: {EPO:code}."],
        "finance": ["Transferul de {AMT} către {COMPANY} a fost aprobat de {P1}.",
                    "După discuția cu {P1}, ratele se suspendă până la {DATE}."],
        "climate": ["Piranometrul stației {STATION} a fost recalibrat de {P1} ({INST:c}).",
                    "Raportul privind furtuna (localitatea: {PLACE}) a fost redactat împreună cu {P1}."],
    },
    "pair": {
        "health": ["Vizită: dr. {P1} și dr. {P2}; diagnostic {DX}, stare stabilă.",
                   "Aparținătorii, {P1} și {P2}, au fost informați despre diagnostic: {EPO}."],
        "finance": ["Contul comun al {P1?domnului|doamnei} {P1} și al {P2?domnului|doamnei} {P2} are un sold de {AMT}.",
                    "Contractul de credit ipotecar a fost semnat de {P1} și {P2} la {DATE}."],
        "climate": ["Grosimea stratului de zăpadă la stația {STATION} ({MEAS:snow}) a fost măsurată de {P1} și {P2}."],
    },
    "possessive": {
        "health": ["Analizele {P1:gen} din {DATE} arată o creatinină de {MEAS:lab}; doza de {DRUG} a fost redusă.",
                   "În foaia de observație a {P1?domnului|doamnei} {P1} este consemnată la {DATE} o tensiune arterială de {MEAS:bp}."],
        "finance": ["Portofoliul {P1:gen} cuprinde acțiuni {COMPANY} în valoare de {AMT}.",
                    "Extrasul de card al {P1?domnului|doamnei} {P1} arată o plată de {AMT} din {DATE}."],
        "climate": ["Jurnalul de observații al {P1:gen} pentru stația {STATION} are o lipsă la {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Pacientul|Pacienta}, {P1}, născut{P1?|ă} la {DOB}, domiciliat{P1?|ă} în {ADDR}, internat{P1?|ă} cu diagnosticul {DX}, a primit {DRUG}.",
                   "{P1?Pacientul nostru|Pacienta noastră} – {P1}, {P1:age} ani – este în evidența cabinetului. Diagnostic cunoscut: {EPO:code}."],
        "finance": ["{P1?Solicitantul|Solicitanta}, {P1}, CNP {NID}, are un venit net de {AMT} la {COMPANY}."],
        "climate": ["{P1?Observatorul nostru voluntar|Observatoarea noastră voluntară}, {P1}, a măsurat peste noapte {MEAS:prec} de precipitații (localitatea: {PLACE})."],
    },
    "title": {
        "health": ["{P1?Stimate domnule doctor|Stimată doamnă doctor} {P1:last},\nvă trimitem {P2?pe domnul|pe doamna} {P2}, internat{P2?|ă} în perioada {DATE} – {DATE:next}.",
                   "Prof. dr. {P1} ({INST:h}) recomandă control peste trei luni ({EPO})."],
        "finance": ["{P1?Stimate domnule|Stimată doamnă} {P1:last},\ncererea dumneavoastră din {DATE} privind amânarea ratei de {AMT} a fost analizată."],
        "climate": ["{P1?Dl|Dna} {P1} ({INST:c}) a prezentat rezultatele privind stresul termic (localitatea: {PLACE})."],
    },
    "form_label": {
        "health": ["Nume: {P1:last}\nPrenume: {P1:first}\nData nașterii: {DOB}\nCNP: {NID}\nCard european: {HIID}\nDiagnostic: {DX}",
                   "Pacient: {P1}\nFOCG nr.: {MRN}\nInternare: {DATE}\nMedic trimițător: dr. {P2}"],
        "finance": ["Titular cont: {P1}\nIBAN: {IBAN}\nBIC: [[BTRLRO22|CODE]]\nDetalii plată: {REF}"],
        "climate": ["Observator: {P1}\nStația: {STATION}\nData: {DATE}\nTel.: {PHONE}\nCantitate zilnică de precipitații: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Vă mulțumim pentru trimitere. @@\n\nCu stimă,\n\ndr. {P1}\nSecția Cardiologie, {INST:h}",
                   "@@Rămânem la dispoziția dumneavoastră.\n\nCu respect,\n{P1}\n{INST:h}"],
        "finance": ["Creditul dumneavoastră nr. {REF} a fost rambursat integral la {DATE}. @@\n\nCu stimă,\n{P1}\n{INST:f}"],
        "climate": ["Vă transmitem valorile lunare de la stația {STATION}. @@\n\nCu bine,\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Prezenți la comisia oncologică din {DATE}: {P1}, {P2}, {P3} și {P4}. Recomandare pentru [[limfom Hodgkin|DISEASE]] ([[C81.9|CODE]]): chimioterapie ABVD."],
        "finance": ["Administratorii {COMPANY} S.R.L. sunt {P1}, {P2} și {P3}."],
        "climate": ["La campania de măsurători de la stația {STATION} au participat {P1}, {P2}, {P3} și {P4}.",
                    "Distribuție: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pacient: {P1:SF}, născut{P1?|ă} la {DOB}, salon 12, {INST:h}. Diagnostic: {DX}."],
        "finance": ["Ordonator: {P1:SF} – Beneficiar: {COMPANY} – Sumă: {AMT}."],
        "climate": ["Registrul stației {STATION}, {DATE}: {P1:sf} (întreținere), {P2:sf} (citiri)."],
    },
    "identifiers_only": {
        "health": ["FOCG nr. {MRN}, CNP {NID}. Internare la {DATE} ({INST:h}), diagnostic {DX}.",
                   "Aparținător la {MOBILE}; buletinul {REF} confirmă: {EPO:code}."],
        "finance": ["Plata cu cardul {CARD} din {DATE} ({COMPANY}, {AMT}) a fost marcată ca suspectă; autentificare de la IP {IP}."],
        "climate": ["Loggerul {PROD} al stației {STATION} transmite de la adresa {IP6} din {DATE}. Ultima valoare: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Pentru informații sunați la secretariat: {PHONE}.", "Tratament la externare: {DRUG} 5 mg de două ori pe zi.",
               "Domiciliat în {ADDR}, internat cu diagnosticul {DX}.", "Număr card european: {HIID}.",
               "Control la {DATE}, buletin nr. {REF}.", "FOCG nr. {MRN}; fiica – tel. {MOBILE}.",
               "Data nașterii: {DOB}.", "Tel. domiciliu {PHONE}."],
    "finance": ["Rata lunară de {AMT} se debitează din contul {IBAN}.", "Plată cu cardul {CARD} la {DATE}.",
                "Autentificare în internet banking de la IP {IP} la {DATE}.", "CNP: {NID}.",
                "Vă rugăm să sunați la {MOBILE} sau să scrieți la {EMAIL}.", "Adresa de domiciliu: {ADDR:full}.",
                "Data nașterii conform buletinului: {DOB}.", "Factura {REF} în valoare de {AMT:EUR} a fost achitată."],
    "climate": ["Cantitatea săptămânală de precipitații a fost {MEAS:prec}, iar rafala maximă {MEAS:wind}.", "Cereri de date: {EMAIL}, tel. {PHONE}.",
                "Concentrația medie de CO2 a fost {MEAS:co2}.", "Pagubele (localitatea: {PLACE}) sunt estimate la {AMT}.",
                "Piesele de schimb au fost comandate de la {COMPANY} (comanda {REF}).", "Pluviometrul se află în grădina observatorului, {ADDR:full}.",
                "Din cauza caniculei, circulația trenurilor prin {TRAIN} a fost oprită."],
}
