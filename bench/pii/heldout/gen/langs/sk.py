from ..base import money, default_forms
from .. import ids
from ..infl import cs_forms, cs_feminine

CODE, REGION, TRUNK, IBAN_CC = "sk", "SK", "0", "SK"
FIXED = ["2", "32", "33", "41", "43", "44", "48", "51", "52", "55"]
MOBILE = ["90", "91", "94", "95"]
PHONE_STYLES = ["nat", "slash", "intl", "00", "plain", "nat"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164"]
GROUPS = ["3", "34"]
EMAIL_DOMAINS = ["azet.sk", "centrum.sk", "gmail.com", "zoznam.sk", "post.sk", "pobox.sk"]
TITLE = {"m": "pán", "f": "pani"}
MONTHS_GEN = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta", "septembra", "októbra", "novembra", "decembra"]
TRAINS = ["Bratislava hlavná stanica", "Košice", "Žilina", "Poprad-Tatry", "Nové Zámky"]


def date(d):
    return f"{d.day}. {d.month}. {d.year}"


def date_long(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}"


def dob(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def amount(rng, arg):
    return money(rng, " ", ",", [("€", "after"), ("EUR", "after"), ("eur", "after"), ("EUR", "before")])


nid = ids.sk_rodne_cislo
nid2 = ids.sk_rodne_cislo


def hiid(rng, p):
    return ids.ehic(rng, "sk")


def mrn(rng):
    return rng.choice(["%d/%05d" % (rng.randint(2019, 2024), rng.randint(1, 99999)), "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["FA%d%05d" % (rng.randint(2022, 2025), rng.randint(1, 99999)), "VS %d" % rng.randint(10 ** 6, 10 ** 10),
                       "%d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025)), "OBJ-%05d" % rng.randint(1, 99999)])


STREETS = ["Obchodná", "Hlavná", "Štúrova", "Námestie SNP", "Mierová", "Krížna", "Nám. slobody", "Jesenského", "Hviezdoslavova",
           "Za Hradbami", "Letná", "Kvetná"]
TOWNS = ["811 01 Bratislava", "821 08 Bratislava", "040 01 Košice", "080 01 Prešov", "010 01 Žilina", "949 01 Nitra",
         "974 01 Banská Bystrica", "917 01 Trnava", "036 01 Martin", "911 01 Trenčín", "058 01 Poprad", "921 01 Piešťany"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 200), "%d/%d" % (rng.randint(100, 3000), rng.randint(1, 90)), "%d/%s" % (rng.randint(1, 90), rng.choice("ABC")),
                     "%d%s" % (rng.randint(1, 90), rng.choice("ab"))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Bratislava", "Košice", "Prešov", "Žilina", "Nitra", "Banská Bystrica", "Trnava", "Martin", "Trenčín", "Poprad", "Zvolen", "Piešťany"]
INST = {
    "h": ["Univerzitná nemocnica Bratislava", "Národný onkologický ústav", "Fakultná nemocnica Trnava", "Univerzitná nemocnica L. Pasteura Košice",
          "Nemocnica Ružinov", "Národný ústav srdcových a cievnych chorôb", "Univerzitná nemocnica Martin"],
    "ins": ["Všeobecná zdravotná poisťovňa", "Dôvera", "Union"],
    "f": ["Slovenská sporiteľňa", "VÚB banka", "Tatra banka", "ČSOB", "Prima banka", "365.bank"],
    "c": ["SHMÚ", "Slovenský hydrometeorologický ústav", "Ústav vied o Zemi SAV", "Ministerstvo životného prostredia SR"],
}
COMPANIES = ["Tatravagónka", "Slovnaft", "Kofola", "Zentiva", "Rajec", "Figaro", "ESET", "Matador", "Saneca Pharma", "Baťa"]
EPO = [("Crohnova choroba", "K50.9"), ("Parkinsonova choroba", "G20"), ("Alzheimerova choroba", "G30.9"), ("Hodgkinov lymfóm", "C81.9"),
       ("Addisonova choroba", "E27.1"), ("Hashimotova tyreoiditída", "E06.3"), ("Basedowova choroba", "E05.0")]
DRUGS = ["Paralen", "Ibalgin", "Nurofen", "Anopyrin", "Warfarin Orion", "Xarelto", "Eliquis", "Euthyrox", "Controloc", "Humira", "Ozempic", "Algifen"]
STATIONS = ["Lomnický štít", "Chopok", "Skalnaté pleso", "Stará Lesná", "Gánovce", "Bratislava-Koliba", "Lysec", "Liesek"]
DX = [("zápal pľúc", "J18.9"), ("akútny infarkt myokardu", "I21.9"), ("diabetes mellitus 2. typu", "E11.9"), ("artériová hypertenzia", "I10"),
      ("fibrilácia predsiení", "I48.0"), ("CHOCHP", "J44.9"), ("zlomenina krčka stehnovej kosti", "S72.0"), ("infekcia močových ciest", "N39.0"),
      ("srdcové zlyhávanie", "I50.9"), ("úpal", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-22, 38))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 150))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(15, 45)} m/s",
        "snow": lambda: f"{rng.randint(5, 300)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))} %",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    if g == "f":
        last = cs_feminine(last, "sk")
        if last is None:
            return None
    infl = cs_forms(first, last, g, "sk")
    fm = default_forms(first, last, g)
    fm["last_nom"] = last
    if infl:
        fm.update(infl)
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} r.) {P1?bol prijatý|bola prijatá} {DATE} cez urgentný príjem pre dýchavičnosť. V anamnéze {EPO:code}; pracovná diagnóza: {DX}.",
                   "{P1} sa {DATE:long} {P1?dostavil|dostavila} do diabetologickej ambulancie. HbA1c {MEAS:pct}, nasadený {DRUG}."],
        "finance": ["{P1} {DATE} {P1?požiadal|požiadala} o spotrebný úver vo výške {AMT} (banka: {INST:f}). Dokumentácia je úplná.",
                    "{P1} reklamuje platbu kartou vo výške {AMT} v prospech spoločnosti {COMPANY} zo dňa {DATE}."],
        "climate": ["{P1} od {DATE} zabezpečuje údržbu stanice {STATION}. Priemerná teplota bola {MEAS:temp}.",
                    "{P1} {P1?nahlásil|nahlásila} záplavy (obec: {PLACE}) po {MEAS:prec} zrážok za 24 hodín."],
    },
    "object": {
        "health": ["Vyšetrili sme {P1?pána|pani} {P1:acc} v ambulancii {DATE} po hospitalizácii (diagnóza: {DX}). Pokračovať v liečbe prípravkom {DRUG} 20 mg denne.",
                   "Prosíme o pozvanie {P1?pána|pani} {P1:gen} na kontrolu {DATE}."],
        "finance": ["Kontaktujte prosím {P1?pána|pani} {P1:acc} ohľadom neuhradenej faktúry {REF} ({AMT}).",
                    "Pobočka {DATE} informovala {P1?pána|pani} {P1:acc} o dočasnom zablokovaní karty."],
        "climate": ["Tím siete zaškolí {P1?pána|pani} {P1:acc} {DATE} v údržbe zrážkomera na stanici {STATION}.",
                    "Posúdenie dopadov sucha (obec: {PLACE}) {P1?prevzal|prevzala} {P1} ({INST:c})."],
    },
    "preposition": {
        "health": ["Na odporúčanie {P1:gen} sa v liečbe prípravkom {DRUG} pokračuje od {DATE}.",
                   "Ultrazvukové vyšetrenie {P1?vykonal|vykonala} {P1}; nález zodpovedá známej diagnóze: {EPO:code}."],
        "finance": ["Prevod {AMT} v prospech spoločnosti {COMPANY} {P1?schválil|schválila} {P1}.",
                    "Na žiadosť {P1:gen} sa splátky odkladajú do {DATE}."],
        "climate": ["Pyranometer na stanici {STATION} znovu {P1?nakalibroval|nakalibrovala} {P1} ({INST:c}).",
                    "Správu o búrke (obec: {PLACE}) pripravil tím {P1:gen}."],
    },
    "pair": {
        "health": ["Vizita: MUDr. {P1} a MUDr. {P2}; diagnóza {DX}, stav stabilizovaný.",
                   "Príbuzní, {P1} a {P2}, boli informovaní o diagnóze: {EPO}."],
        "finance": ["Spoločný účet {P1:gen} a {P2:gen} vykazuje zostatok {AMT}.",
                    "Zmluva o hypotekárnom úvere bola podpísaná {DATE}; zmluvné strany: {P1} a {P2}."],
        "climate": ["Výška snehu na stanici {STATION}: {MEAS:snow}; odčítanie: {P1} a {P2}."],
    },
    "possessive": {
        "health": ["Výsledky {P1?pána|pani} {P1:gen} zo dňa {DATE} ukazujú kreatinín {MEAS:lab}; dávka prípravku {DRUG} bola znížená.",
                   "V ošetrovateľskej dokumentácii {P1:gen} je {DATE} zaznamenaný krvný tlak {MEAS:bp}."],
        "finance": ["Portfólio {P1:gen} obsahuje akcie spoločnosti {COMPANY} v hodnote {AMT}.",
                    "Na výpise z karty {P1:gen} je platba {AMT} zo dňa {DATE}."],
        "climate": ["V denníku pozorovaní {P1:gen} pre stanicu {STATION} chýbajú údaje za {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Pacient|Pacientka}, {P1}, nar. {DOB}, bytom {ADDR}, {P1?prijatý|prijatá} s diagnózou {DX}, {P1?dostal|dostala} {DRUG}.",
                   "{P1?Náš pacient|Naša pacientka} – {P1}, {P1:age} r. – je {P1?sledovaný|sledovaná} v ambulancii. Známa diagnóza: {EPO:code}."],
        "finance": ["{P1?Žiadateľ|Žiadateľka}, {P1}, rodné číslo {NID}, poberá čistú mzdu {AMT} v spoločnosti {COMPANY}."],
        "climate": ["{P1?Náš dobrovoľný pozorovateľ|Naša dobrovoľná pozorovateľka}, {P1}, v noci {P1?nameral|namerala} {MEAS:prec} zrážok (obec: {PLACE})."],
    },
    "title": {
        "health": ["{P1?Vážený pán kolega|Vážená pani kolegyňa},\nposielame Vám {P2?pána|pani} {P2:acc}, {P2?hospitalizovaného|hospitalizovanú} u nás od {DATE} do {DATE:next}.",
                   "Prof. MUDr. {P1}, PhD. ({INST:h}) odporúča kontrolu o tri mesiace ({EPO})."],
        "finance": ["{P1?Vážený pán|Vážená pani}\n{P1}\n{ADDR:full}\n\nVaša žiadosť zo dňa {DATE} o odklad splátky {AMT} bola posúdená."],
        "climate": ["RNDr. {P1} ({INST:c}) {P1?predstavil|predstavila} výsledky o tepelnom strese (obec: {PLACE})."],
    },
    "form_label": {
        "health": ["Meno a priezvisko: {P1}\nDátum narodenia: {DOB}\nRodné číslo: {NID}\nČíslo preukazu EHIC: {HIID}\nDiagnóza: {DX}",
                   "Pacient: {P1}\nČíslo chorobopisu: {MRN}\nPrijatie: {DATE}\nOdosielajúci lekár: MUDr. {P2}"],
        "finance": ["Majiteľ účtu: {P1}\nIBAN: {IBAN}\nBIC: [[GIBASKBX|CODE]]\nSpráva pre prijímateľa: {REF}"],
        "climate": ["Pozorovateľ: {P1}\nStanica: {STATION}\nDátum: {DATE}\nTel.: {PHONE}\nDenný úhrn zrážok: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Ďakujeme za odoslanie pacienta. @@\n\nS pozdravom\n\nMUDr. {P1}\nKardiologická klinika, {INST:h}",
                   "@@V prípade otázok sme Vám k dispozícii.\n\nS pozdravom\n{P1}\n{INST:h}"],
        "finance": ["Váš úver č. {REF} bol splatený {DATE}. @@\n\nS pozdravom\n{P1}\n{INST:f}"],
        "climate": ["V prílohe zasielame mesačné hodnoty zo stanice {STATION}. @@\n\nS pozdravom\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Prítomní na onkologickom konzíliu {DATE}: {P1}, {P2}, {P3} a {P4}. Odporúčanie pri [[Hodgkinovom lymfóme|DISEASE]] ([[C81.9|CODE]]): chemoterapia ABVD."],
        "finance": ["Konateľmi spoločnosti {COMPANY} s.r.o. sú {P1}, {P2} a {P3}."],
        "climate": ["Na meracej kampani na stanici {STATION} sa zúčastnili: {P1}, {P2}, {P3} a {P4}.",
                    "Rozdeľovník: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pacient: {P1:SF}, nar. {DOB}, izba 12, {INST:h}. Diagnóza: {DX}."],
        "finance": ["Platiteľ: {P1:sfc} – Príjemca: {COMPANY} – Suma: {AMT}."],
        "climate": ["Denník stanice {STATION}, {DATE}: {P1:sfc} (údržba), {P2:sfc} (odčítania)."],
    },
    "identifiers_only": {
        "health": ["Č. chorobopisu {MRN}, rodné číslo {NID}. Prijatie {DATE} ({INST:h}), diagnóza {DX}.",
                   "Príbuzní na tel. {MOBILE}; nález {REF} potvrdzuje: {EPO:code}."],
        "finance": ["Platba kartou {CARD} dňa {DATE} ({COMPANY}, {AMT}) bola označená ako podozrivá; prihlásenie z IP {IP}."],
        "climate": ["Datalogger {PROD} na stanici {STATION} vysiela z adresy {IP6} od {DATE}. Posledná hodnota: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Informácie poskytne sekretariát na tel. {PHONE}.", "Medikácia pri prepustení: {DRUG} 5 mg dvakrát denne.",
               "Bytom {ADDR}, prijatý s diagnózou {DX}.", "Číslo preukazu EHIC: {HIID}.",
               "Kontrola {DATE}, nález č. {REF}.", "Č. chorobopisu {MRN}; dcéra – tel. {MOBILE}.",
               "Dátum narodenia: {DOB}.", "Tel. domov {PHONE}."],
    "finance": ["Mesačná splátka {AMT} sa strháva z účtu {IBAN}.", "Platba kartou {CARD} dňa {DATE}.",
                "Prihlásenie do internetbankingu z IP {IP} dňa {DATE}.", "Rodné číslo: {NID}.",
                "Zavolajte prosím na {MOBILE} alebo píšte na {EMAIL}.", "Trvalý pobyt: {ADDR:full}.",
                "Dátum narodenia podľa OP: {DOB}.", "Faktúra {REF} na sumu {AMT} je uhradená."],
    "climate": ["Týždenný úhrn zrážok bol {MEAS:prec}, najsilnejší náraz vetra {MEAS:wind}.", "Žiadosti o údaje: {EMAIL}, tel. {PHONE}.",
                "Priemerná koncentrácia CO2 bola {MEAS:co2}.", "Škody (obec: {PLACE}) sa odhadujú na {AMT}.",
                "Náhradné diely boli objednané u spoločnosti {COMPANY} (objednávka {REF}).", "Zrážkomer stojí v záhrade pozorovateľa, {ADDR:full}.",
                "Pre horúčavy bola prerušená doprava v stanici {TRAIN}."],
}
