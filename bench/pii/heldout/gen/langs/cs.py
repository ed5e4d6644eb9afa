from ..base import money, default_forms
from .. import ids
from ..infl import cs_forms, cs_feminine

CODE, REGION, TRUNK, IBAN_CC = "cs", "CZ", "", "CZ"
FIXED = ["2", "37", "38", "46", "48", "49", "51", "55", "57", "58", "59"]
MOBILE = ["60", "72", "73", "77", "79"]
PHONE_STYLES = ["nsn3", "intl3", "00", "plain", "nsn3", "e164"]
MOBILE_STYLES = ["nsn3", "intl3", "plain", "e164"]
GROUPS = ["3"]
EMAIL_DOMAINS = ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "post.cz", "volny.cz", "atlas.cz"]
TITLE = {"m": "pan", "f": "paní"}
MONTHS_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října", "listopadu", "prosince"]
TRAINS = ["Praha hlavní nádraží", "Brno hlavní nádraží", "Ostrava-Svinov", "Plzeň hlavní nádraží", "Česká Třebová"]


def date(d):
    return f"{d.day}. {d.month}. {d.year}"


def date_long(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}"


def dob(d):
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def amount(rng, arg):
    if arg == "EUR":
        return money(rng, " ", ",", [("EUR", "after"), ("€", "after")])
    return money(rng, " ", ",", [("Kč", "after"), ("CZK", "after"), ("CZK", "before"), ("Kč", "after")])


nid = ids.cz_rodne_cislo
nid2 = ids.cz_rodne_cislo


def hiid(rng, p):
    return ids.ehic(rng, "cs")


def mrn(rng):
    return rng.choice(["%d/%05d" % (rng.randint(2019, 2024), rng.randint(1, 99999)), "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["FV%d%05d" % (rng.randint(2022, 2025), rng.randint(1, 99999)), "VS %d" % rng.randint(10 ** 6, 10 ** 10),
                       "%d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025)), "OBJ-%05d" % rng.randint(1, 99999)])


STREETS = ["Vinohradská", "Na Příkopě", "nám. Míru", "Masarykova", "Husova", "Nádražní", "Palackého", "Komenského", "Lidická",
           "Husitská", "Sokolovská", "U Nemocnice", "Zahradní"]
TOWNS = ["120 00 Praha 2", "110 00 Praha 1", "602 00 Brno", "702 00 Ostrava", "301 00 Plzeň", "460 01 Liberec", "779 00 Olomouc",
         "370 01 České Budějovice", "500 02 Hradec Králové", "530 02 Pardubice", "760 01 Zlín", "360 01 Karlovy Vary"]


def address(rng, full):
    no = rng.choice(["%d/%d" % (rng.randint(100, 3000), rng.randint(1, 120)), "%d" % rng.randint(1, 200), "%d/%d%s" % (rng.randint(100, 2500), rng.randint(1, 60), rng.choice("abc")),
                     "%d%s" % (rng.randint(1, 90), rng.choice("ab"))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Praha", "Brno", "Ostrava", "Plzeň", "Liberec", "Olomouc", "České Budějovice", "Hradec Králové", "Pardubice", "Zlín",
          "Karlovy Vary", "Jihlava"]
INST = {
    "h": ["Všeobecná fakultní nemocnice v Praze", "Fakultní nemocnice v Motole", "Fakultní nemocnice Brno", "IKEM", "Nemocnice Na Homolce",
          "Thomayerova nemocnice", "Masarykův onkologický ústav", "Fakultní nemocnice Olomouc"],
    "ins": ["VZP", "Všeobecná zdravotní pojišťovna", "ČPZP", "OZP"],
    "f": ["Česká spořitelna", "ČSOB", "Komerční banka", "Raiffeisenbank", "Fio banka", "Moneta Money Bank", "Air Bank"],
    "c": ["ČHMÚ", "Český hydrometeorologický ústav", "CzechGlobe", "Ústav fyziky atmosféry AV ČR", "Ministerstvo životního prostředí"],
}
COMPANIES = ["Škoda", "Baťa", "Zentiva", "Kofola", "Tatra", "Petrof", "Koh-i-noor Hardtmuth", "Moser", "Madeta", "Prazdroj", "Kolonial"]
EPO = [("Crohnova choroba", "K50.9"), ("Parkinsonova choroba", "G20"), ("Alzheimerova choroba", "G30.9"), ("Hodgkinův lymfom", "C81.9"),
       ("Addisonova choroba", "E27.1"), ("Hashimotova tyreoiditida", "E06.3"), ("Basedowova choroba", "E05.0"), ("Bechtěrevova nemoc", "M45")]
DRUGS = ["Paralen", "Ibalgin", "Nurofen", "Anopyrin", "Warfarin Orion", "Xarelto", "Eliquis", "Euthyrox", "Helicid", "Humira", "Ozempic",
         "Novalgin"]
STATIONS = ["Milešovka", "Lysá hora", "Sněžka", "Kopisty", "Churáňov", "Praha-Libuš", "Košetice", "Doksany"]
DX = [("pneumonie", "J18.9"), ("akutní infarkt myokardu", "I21.9"), ("diabetes mellitus 2. typu", "E11.9"), ("arteriální hypertenze", "I10"),
      ("fibrilace síní", "I48.0"), ("CHOPN", "J44.9"), ("zlomenina krčku stehenní kosti", "S72.0"), ("infekce močových cest", "N39.0"),
      ("srdeční selhání", "I50.9"), ("úpal", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-20, 38))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 150))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(15, 45)} m/s",
        "snow": lambda: f"{rng.randint(5, 250)} cm", "pct": lambda: f"{rng.randint(40, 100)} mmol/mol",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    if g == "f":
        last = cs_feminine(last, "cs")
        if last is None:
            return None
    infl = cs_forms(first, last, g, "cs")
    fm = default_forms(first, last, g)
    fm["last_nom"] = last
    if infl:
        fm.update(infl)
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} let) byl{P1?|a} {DATE} přijat{P1?|a} přes urgentní příjem pro dušnost. V anamnéze {EPO:code}; pracovní diagnóza: {DX}.",
                   "{P1} se {DATE:long} dostavil{P1?|a} do diabetologické ambulance. HbA1c {MEAS:pct}, nasazen {DRUG}."],
        "finance": ["{P1} požádal{P1?|a} {DATE} o spotřebitelský úvěr ve výši {AMT} (banka: {INST:f}). Dokumentace je úplná.",
                    "{P1} reklamuje platbu kartou ve výši {AMT} ve prospěch společnosti {COMPANY} ze dne {DATE}."],
        "climate": ["{P1} od {DATE} zajišťuje údržbu stanice {STATION}. Průměrná teplota činila {MEAS:temp}.",
                    "{P1} nahlásil{P1?|a} záplavy (obec: {PLACE}) po {MEAS:prec} srážek za 24 hodin."],
    },
    "object": {
        "health": ["Vyšetřili jsme {P1?pana|paní} {P1:acc} v ambulanci {DATE} po hospitalizaci (diagnóza: {DX}). Pokračovat v léčbě přípravkem {DRUG} 20 mg denně.",
                   "Prosíme o pozvání {P1?pana|paní} {P1:gen} na kontrolu {DATE}."],
        "finance": ["Kontaktujte prosím {P1?pana|paní} {P1:acc} ohledně neuhrazené faktury {REF} ({AMT}).",
                    "Pobočka informovala {P1?pana|paní} {P1:acc} {DATE} o dočasné blokaci karty."],
        "climate": ["Tým sítě zaškolí {P1?pana|paní} {P1:acc} {DATE} v údržbě srážkoměru na stanici {STATION}.",
                    "Posouzení dopadů sucha (obec: {PLACE}) převzal{P1?|a} {P1} ({INST:c})."],
    },
    "preposition": {
        "health": ["Na doporučení {P1:gen} se v léčbě přípravkem {DRUG} pokračuje od {DATE}.",
                   "Ultrazvukové vyšetření provedl{P1?|a} {P1}; nález odpovídá známé diagnóze: {EPO:code}."],
        "finance": ["Převod {AMT} ve prospěch společnosti {COMPANY} schválil{P1?|a} {P1}.",
                    "Na žádost {P1:gen} se splátky odkládají do {DATE}."],
        "climate": ["Pyranometr na stanici {STATION} znovu zkalibroval{P1?|a} {P1} ({INST:c}).",
                    "Zprávu o bouřce (obec: {PLACE}) připravil tým {P1:gen}."],
    },
    "pair": {
        "health": ["Vizita: MUDr. {P1} a MUDr. {P2}; diagnóza {DX}, stav stabilizovaný.",
                   "Příbuzní, {P1} a {P2}, byli informováni o diagnóze: {EPO}."],
        "finance": ["Společný účet {P1:gen} a {P2:gen} vykazuje zůstatek {AMT}.",
                    "Smlouva o hypotečním úvěru byla podepsána {DATE}; smluvní strany: {P1} a {P2}."],
        "climate": ["Výška sněhu na stanici {STATION}: {MEAS:snow}; odečet: {P1} a {P2}."],
    },
    "possessive": {
        "health": ["Výsledky {P1?pana|paní} {P1:gen} ze dne {DATE} ukazují kreatinin {MEAS:lab}; dávka přípravku {DRUG} byla snížena.",
                   "V ošetřovatelské dokumentaci {P1:gen} je {DATE} zaznamenán krevní tlak {MEAS:bp}."],
        "finance": ["Portfolio {P1:gen} obsahuje akcie společnosti {COMPANY} v hodnotě {AMT}.",
                    "Na výpisu z karty {P1:gen} je platba {AMT} ze dne {DATE}."],
        "climate": ["V deníku pozorování {P1:gen} pro stanici {STATION} chybí data za {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Pacient|Pacientka}, {P1}, nar. {DOB}, bytem {ADDR}, přijat{P1?|a} s diagnózou {DX}, dostal{P1?|a} {DRUG}.",
                   "{P1?Náš pacient|Naše pacientka} – {P1}, {P1:age} let – je sledován{P1?|a} v ambulanci. Známá diagnóza: {EPO:code}."],
        "finance": ["{P1?Žadatel|Žadatelka}, {P1}, r. č. {NID}, pobírá čistou mzdu {AMT} ve společnosti {COMPANY}."],
        "climate": ["{P1?Náš dobrovolný pozorovatel|Naše dobrovolná pozorovatelka}, {P1}, naměřil{P1?|a} v noci {MEAS:prec} srážek (obec: {PLACE})."],
    },
    "title": {
        "health": ["{P1?Vážený pane kolego|Vážená paní kolegyně},\nposíláme Vám {P2?pana|paní} {P2:acc}, hospitalizovan{P2?ého|ou} u nás od {DATE} do {DATE:next}.",
                   "Prof. MUDr. {P1}, CSc. ({INST:h}) doporučuje kontrolu za tři měsíce ({EPO})."],
        "finance": ["{P1?Vážený pan|Vážená paní}\n{P1}\n{ADDR:full}\n\nVaše žádost ze dne {DATE} o odklad splátky {AMT} byla posouzena."],
        "climate": ["RNDr. {P1} ({INST:c}) představil{P1?|a} výsledky o tepelném stresu (obec: {PLACE})."],
    },
    "form_label": {
        "health": ["Jméno a příjmení: {P1}\nDatum narození: {DOB}\nRodné číslo: {NID}\nČíslo průkazu EHIC: {HIID}\nDiagnóza: {DX}",
                   "Pacient: {P1}\nČíslo chorobopisu: {MRN}\nPřijetí: {DATE}\nOdesílající lékař: MUDr. {P2}"],
        "finance": ["Majitel účtu: {P1}\nIBAN: {IBAN}\nBIC: [[KOMBCZPP|CODE]]\nZpráva pro příjemce: {REF}"],
        "climate": ["Pozorovatel: {P1}\nStanice: {STATION}\nDatum: {DATE}\nTel.: {PHONE}\nDenní úhrn srážek: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Děkujeme za odeslání pacienta. @@\n\nS pozdravem\n\nMUDr. {P1}\nKardiologická klinika, {INST:h}",
                   "@@V případě dotazů jsme Vám k dispozici.\n\nS pozdravem\n{P1}\n{INST:h}"],
        "finance": ["Váš úvěr č. {REF} byl splacen {DATE}. @@\n\nS pozdravem\n{P1}\n{INST:f}"],
        "climate": ["V příloze zasíláme měsíční hodnoty ze stanice {STATION}. @@\n\nS pozdravem\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Přítomni na onkologickém konziliu {DATE}: {P1}, {P2}, {P3} a {P4}. Doporučení u [[Hodgkinova lymfomu|DISEASE]] ([[C81.9|CODE]]): chemoterapie ABVD."],
        "finance": ["Jednateli společnosti {COMPANY} s.r.o. jsou {P1}, {P2} a {P3}."],
        "climate": ["Měřicí kampaně na stanici {STATION} se zúčastnili: {P1}, {P2}, {P3} a {P4}.",
                    "Rozdělovník: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pacient: {P1:SF}, nar. {DOB}, pokoj 12, {INST:h}. Diagnóza: {DX}."],
        "finance": ["Plátce: {P1:sfc} – Příjemce: {COMPANY} – Částka: {AMT}."],
        "climate": ["Deník stanice {STATION}, {DATE}: {P1:sfc} (údržba), {P2:sfc} (odečty)."],
    },
    "identifiers_only": {
        "health": ["Č. chorobopisu {MRN}, rodné číslo {NID}. Přijetí {DATE} ({INST:h}), diagnóza {DX}.",
                   "Příbuzní na tel. {MOBILE}; nález {REF} potvrzuje: {EPO:code}."],
        "finance": ["Platba kartou {CARD} dne {DATE} ({COMPANY}, {AMT}) byla označena jako podezřelá; přihlášení z IP {IP}."],
        "climate": ["Datalogger {PROD} na stanici {STATION} vysílá z adresy {IP6} od {DATE}. Poslední hodnota: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Informace podá sekretariát na tel. {PHONE}.", "Medikace při propuštění: {DRUG} 5 mg dvakrát denně.",
               "Bytem {ADDR}, přijat s diagnózou {DX}.", "Číslo průkazu EHIC: {HIID}.",
               "Kontrola {DATE}, nález č. {REF}.", "Č. chorobopisu {MRN}; dcera – tel. {MOBILE}.",
               "Datum narození: {DOB}.", "Tel. domů {PHONE}."],
    "finance": ["Měsíční splátka {AMT} se strhává z účtu {IBAN}.", "Platba kartou {CARD} dne {DATE}.",
                "Přihlášení do internetového bankovnictví z IP {IP} dne {DATE}.", "Rodné číslo: {NID}.",
                "Zavolejte prosím na {MOBILE} nebo pište na {EMAIL}.", "Trvalé bydliště: {ADDR:full}.",
                "Datum narození podle OP: {DOB}.", "Faktura {REF} na částku {AMT:EUR} je uhrazena."],
    "climate": ["Týdenní úhrn srážek činil {MEAS:prec}, nejsilnější náraz větru {MEAS:wind}.", "Žádosti o data: {EMAIL}, tel. {PHONE}.",
                "Průměrná koncentrace CO2 byla {MEAS:co2}.", "Škody (obec: {PLACE}) se odhadují na {AMT}.",
                "Náhradní díly byly objednány u společnosti {COMPANY} (objednávka {REF}).", "Srážkoměr stojí na zahradě pozorovatele, {ADDR:full}.",
                "Kvůli vedru byl přerušen provoz ve stanici {TRAIN}."],
}
