from ..base import money, default_forms
from .. import ids
from ..infl import south_slavic_forms, SL_GEN

CODE, REGION, TRUNK, IBAN_CC = "sl", "SI", "0", "SI"
FIXED = ["1", "2", "3", "4", "5", "7"]
MOBILE = ["31", "40", "41", "51", "68", "70"]
PHONE_STYLES = ["nat", "nat", "intl", "00", "plain", "dash", "paren"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164"]
GROUPS = ["3", "34", "2"]
EMAIL_DOMAINS = ["siol.net", "gmail.com", "t-2.net", "amis.net", "guest.arnes.si", "hotmail.com"]
TITLE = {"m": "g.", "f": "ga."}
MONTHS_GEN = ["januarja", "februarja", "marca", "aprila", "maja", "junija", "julija", "avgusta", "septembra", "oktobra", "novembra", "decembra"]
TRAINS = ["Ljubljana", "Maribor", "Zidani Most", "Celje", "Divača"]


def date(d):
    return f"{d.day}. {d.month}. {d.year}"


def date_long(d):
    return f"{d.day}. {MONTHS_GEN[d.month - 1]} {d.year}"


def amount(rng, arg):
    return money(rng, ".", ",", [("€", "after"), ("EUR", "after"), ("evrov", "after"), ("EUR", "before")])


nid = ids.si_emso
nid2 = ids.si_emso
hiid = ids.si_zzzs


def mrn(rng):
    return rng.choice(["%d%06d" % (rng.randint(19, 24), rng.randint(0, 999999)), "%d-%05d" % (rng.randint(2019, 2024), rng.randint(0, 99999))])


def ref(rng):
    return rng.choice(["SI00 %d-%d" % (rng.randint(1000, 99999), rng.randint(2022, 2025)), "RAČ-%05d" % rng.randint(1, 99999),
                       "%d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025)), "IZ-%06d" % rng.randint(1, 999999)])


STREETS = ["Slovenska cesta", "Trubarjeva ulica", "Cankarjeva cesta", "Prešernova ulica", "Dunajska cesta", "Celovška cesta",
           "Ulica heroja Staneta", "Gosposvetska cesta", "Partizanska cesta", "Kidričeva ulica", "Mestni trg", "Vrtna ulica"]
TOWNS = ["1000 Ljubljana", "2000 Maribor", "3000 Celje", "4000 Kranj", "6000 Koper", "8000 Novo mesto", "3320 Velenje",
         "2250 Ptuj", "9000 Murska Sobota", "4260 Bled", "5000 Nova Gorica", "4220 Škofja Loka"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 200), "%d%s" % (rng.randint(1, 90), rng.choice("abc")), "%d/%s" % (rng.randint(1, 60), rng.choice("abc"))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Ljubljana", "Maribor", "Celje", "Kranj", "Koper", "Novo mesto", "Velenje", "Ptuj", "Murska Sobota", "Bled", "Nova Gorica",
          "Škofja Loka"]
INST = {
    "h": ["UKC Ljubljana", "UKC Maribor", "Onkološki inštitut Ljubljana", "Splošna bolnišnica Celje", "Bolnišnica Golnik",
          "Zdravstveni dom dr. Adolfa Drolca Maribor", "Splošna bolnišnica Jesenice", "Ortopedska bolnišnica Valdoltra"],
    "ins": ["ZZZS", "Vzajemna", "Generali zavarovalnica"],
    "f": ["NLB", "Nova KBM", "SKB banka", "Delavska hranilnica", "Addiko Bank", "Gorenjska banka"],
    "c": ["ARSO", "Agencija RS za okolje", "Institut »Jožef Stefan«", "Kmetijski inštitut Slovenije", "Fakulteta za matematiko in fiziko"],
}
COMPANIES = ["Krka", "Lek", "Gorenje", "Elan", "Petrol", "Mercator", "Pipistrel", "Akrapovič", "Cetis", "Kolektor", "Hidria"]
EPO = [("Crohnova bolezen", "K50.9"), ("Parkinsonova bolezen", "G20"), ("Alzheimerjeva bolezen", "G30.9"), ("Hodgkinov limfom", "C81.9"),
       ("Addisonova bolezen", "E27.1"), ("Hashimotov tiroiditis", "E06.3"), ("Basedowova bolezen", "E05.0")]
DRUGS = ["Lekadol", "Nalgesin", "Aspirin", "Xarelto", "Eliquis", "Euthyrox", "Controloc", "Humira", "Ozempic", "Naklofen", "Marivarin"]
STATIONS = ["Kredarica", "Krvavec", "Rogla", "Bilje", "Portorož", "Vogel", "Lisca", "Iskrba"]
DX = [("pljučnica", "J18.9"), ("akutni miokardni infarkt", "I21.9"), ("sladkorna bolezen tipa 2", "E11.9"), ("arterijska hipertenzija", "I10"),
      ("atrijska fibrilacija", "I48.0"), ("KOPB", "J44.9"), ("zlom stegneničnega vratu", "S72.0"), ("okužba sečil", "N39.0"),
      ("srčno popuščanje", "I50.9"), ("vročinska kap", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-20, 38))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 200))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 190)} km/h",
        "snow": lambda: f"{rng.randint(5, 400)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))} %",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    infl = south_slavic_forms(first, last, g, SL_GEN, "sl")
    if infl:
        fm.update(infl)
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} let) je bil{P1?|a} {DATE} sprejet{P1?|a} prek urgence zaradi težke sape. V anamnezi {EPO:code}; delovna diagnoza: {DX}.",
                   "{P1} je {DATE:long} {P1?prišel|prišla} v diabetološko ambulanto. HbA1c je bil {MEAS:pct}, uvedli smo {DRUG}."],
        "finance": ["{P1} je {DATE} zaprosil{P1?|a} za potrošniški kredit v višini {AMT} (banka: {INST:f}). Dokumentacija je popolna.",
                    "{P1} izpodbija plačilo s kartico v znesku {AMT} v korist podjetja {COMPANY} z dne {DATE}."],
        "climate": ["{P1} od {DATE} skrbi za vzdrževanje postaje {STATION}. Povprečna temperatura je bila {MEAS:temp}.",
                    "{P1} je sporočil{P1?|a} poplave (kraj: {PLACE}) po {MEAS:prec} padavin v 24 urah."],
    },
    "object": {
        "health": ["Pregledali smo {P1:acc} v ambulanti {DATE} po hospitalizaciji (diagnoza: {DX}). Nadaljuje z zdravilom {DRUG} 20 mg dnevno.",
                   "Prosimo, da {P1:acc} naročite na kontrolo {DATE}."],
        "finance": ["Prosimo, kontaktirajte {P1:acc} glede neplačanega računa {REF} ({AMT}).",
                    "Poslovalnica je {DATE} obvestila {P1:acc} o začasni blokadi kartice."],
        "climate": ["Ekipa mreže bo {DATE} usposobila {P1:acc} za vzdrževanje dežemera na postaji {STATION}.",
                    "Oceno posledic suše (kraj: {PLACE}) je prevzel{P1?|a} {P1} ({INST:c})."],
    },
    "preposition": {
        "health": ["Na priporočilo {P1:gen} se zdravljenje z zdravilom {DRUG} nadaljuje od {DATE}.",
                   "Ultrazvočno preiskavo je opravil{P1?|a} {P1}; izvid ustreza znani diagnozi: {EPO:code}."],
        "finance": ["Nakazilo {AMT} podjetju {COMPANY} je odobril{P1?|a} {P1}.",
                    "Na zahtevo {P1:gen} se obroki zamrznejo do {DATE}."],
        "climate": ["Piranometer na postaji {STATION} je ponovno umeril{P1?|a} {P1} ({INST:c}).",
                    "Poročilo o neurju (kraj: {PLACE}) je pripravila ekipa {P1:gen}."],
    },
    "pair": {
        "health": ["Vizita: dr. {P1} in dr. {P2}; diagnoza {DX}, stanje stabilno.",
                   "Svojci, {P1} in {P2}, so bili obveščeni o diagnozi: {EPO}."],
        "finance": ["Skupni račun {P1:gen} in {P2:gen} izkazuje stanje {AMT}.",
                    "Pogodba o stanovanjskem kreditu je bila podpisana {DATE}; podpisnika: {P1} in {P2}."],
        "climate": ["Višina snežne odeje na postaji {STATION}: {MEAS:snow}; meritev: {P1} in {P2}."],
    },
    "possessive": {
        "health": ["Izvidi {P1:gen} z dne {DATE} kažejo kreatinin {MEAS:lab}; odmerek zdravila {DRUG} smo zmanjšali.",
                   "V negovalni dokumentaciji {P1:gen} je {DATE} zabeležen krvni tlak {MEAS:bp}."],
        "finance": ["Portfelj {P1:gen} vsebuje delnice družbe {COMPANY} v vrednosti {AMT}.",
                    "Na izpisku kartice {P1:gen} je bremenitev {AMT} z dne {DATE}."],
        "climate": ["V dnevniku opazovanj {P1:gen} za postajo {STATION} manjkajo podatki za {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Bolnik|Bolnica}, {P1}, roj. {DOB}, stanujoč{P1?|a} {ADDR}, sprejet{P1?|a} z diagnozo {DX}, je prejel{P1?|a} {DRUG}.",
                   "{P1?Naš bolnik|Naša bolnica} – {P1}, {P1:age} let – je {P1?voden|vodena} v ambulanti. Znana diagnoza: {EPO:code}."],
        "finance": ["{P1?Prosilec|Prosilka}, {P1}, EMŠO {NID}, prejema neto plačo {AMT} pri podjetju {COMPANY}."],
        "climate": ["{P1?Naš prostovoljni opazovalec|Naša prostovoljna opazovalka}, {P1}, je ponoči izmeril{P1?|a} {MEAS:prec} padavin (kraj: {PLACE})."],
    },
    "title": {
        "health": ["{P1?Spoštovani|Spoštovana} dr. {P1:last},\nnapotujemo vam {P2?g.|go.} {P2:acc}, ki je bil{P2?|a} pri nas hospitaliziran{P2?|a} od {DATE} do {DATE:next}.",
                   "Prof. dr. {P1} ({INST:h}) priporoča kontrolo čez tri mesece ({EPO})."],
        "finance": ["{P1?Spoštovani g.|Spoštovana ga.} {P1:last},\nvaša vloga z dne {DATE} za odlog obroka v višini {AMT} je bila obravnavana."],
        "climate": ["Dr. {P1} ({INST:c}) je predstavil{P1?|a} rezultate o toplotnem stresu (kraj: {PLACE})."],
    },
    "form_label": {
        "health": ["Ime in priimek: {P1}\nDatum rojstva: {DOB}\nEMŠO: {NID}\nŠt. zavarovane osebe (ZZZS): {HIID}\nDiagnoza: {DX}",
                   "Bolnik: {P1}\nŠt. hospitalizacije: {MRN}\nSprejem: {DATE}\nNapotni zdravnik: dr. {P2}"],
        "finance": ["Imetnik računa: {P1}\nIBAN: {IBAN}\nBIC: [[LJBASI2X|CODE]]\nNamen: {REF}"],
        "climate": ["Opazovalec: {P1}\nPostaja: {STATION}\nDatum: {DATE}\nTel.: {PHONE}\nDnevna višina padavin: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Zahvaljujemo se za napotitev. @@\n\nLep pozdrav,\n\n{P1}, dr. med.\nKlinični oddelek za kardiologijo, {INST:h}",
                   "@@Za dodatna pojasnila smo vam na voljo.\n\nS spoštovanjem,\n{P1}\n{INST:h}"],
        "finance": ["Vaš kredit št. {REF} je bil poplačan {DATE}. @@\n\nLep pozdrav,\n{P1}\n{INST:f}"],
        "climate": ["V prilogi so mesečne vrednosti za postajo {STATION}. @@\n\nLep pozdrav,\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Prisotni na onkološkem konziliju {DATE}: {P1}, {P2}, {P3} in {P4}. Priporočilo pri [[Hodgkinovem limfomu|DISEASE]] ([[C81.9|CODE]]): kemoterapija ABVD."],
        "finance": ["Zakoniti zastopniki družbe {COMPANY} d.o.o. so {P1}, {P2} in {P3}."],
        "climate": ["Merilne kampanje na postaji {STATION} so se udeležili: {P1}, {P2}, {P3} in {P4}.",
                    "Prejemniki: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Bolnik: {P1:SF}, roj. {DOB}, soba 12, {INST:h}. Diagnoza: {DX}."],
        "finance": ["Plačnik: {P1:sfc} – Prejemnik: {COMPANY} – Znesek: {AMT}."],
        "climate": ["Dnevnik postaje {STATION}, {DATE}: {P1:sfc} (vzdrževanje), {P2:sfc} (odčitki)."],
    },
    "identifiers_only": {
        "health": ["Št. hospitalizacije {MRN}, EMŠO {NID}. Sprejem {DATE} ({INST:h}), diagnoza {DX}.",
                   "Svojci dosegljivi na {MOBILE}; izvid {REF} potrjuje: {EPO:code}."],
        "finance": ["Plačilo s kartico {CARD} dne {DATE} ({COMPANY}, {AMT}) je bilo označeno kot sumljivo; prijava z IP {IP}."],
        "climate": ["Zapisovalnik {PROD} na postaji {STATION} pošilja podatke z naslova {IP6} od {DATE}. Zadnja vrednost: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Za informacije pokličite tajništvo: {PHONE}.", "Terapija ob odpustu: {DRUG} 5 mg dvakrat dnevno.",
               "Stanuje na naslovu {ADDR}, sprejet z diagnozo {DX}.", "Št. zavarovane osebe: {HIID}.",
               "Kontrola {DATE}, izvid št. {REF}.", "Št. hospitalizacije {MRN}; hči – tel. {MOBILE}.",
               "Datum rojstva: {DOB}.", "Domači tel. {PHONE}."],
    "finance": ["Mesečni obrok v višini {AMT} se bremeni z računa {IBAN}.", "Plačilo s kartico {CARD} dne {DATE}.",
                "Prijava v spletno banko z IP {IP} dne {DATE}.", "EMŠO: {NID}.",
                "Prosimo, pokličite na {MOBILE} ali pišite na {EMAIL}.", "Stalni naslov: {ADDR:full}.",
                "Datum rojstva po osebni izkaznici: {DOB}.", "Račun {REF} v znesku {AMT} je poravnan."],
    "climate": ["Tedenska višina padavin je bila {MEAS:prec}, najmočnejši sunek vetra {MEAS:wind}.",
                "Zahteve za podatke: {EMAIL}, tel. {PHONE}.", "Povprečna koncentracija CO2 je bila {MEAS:co2}.",
                "Škoda (kraj: {PLACE}) je ocenjena na {AMT}.", "Rezervni deli so bili naročeni pri podjetju {COMPANY} (naročilo {REF}).",
                "Dežemer stoji na vrtu opazovalca, {ADDR:full}.", "Zaradi vročinskega vala je bil železniški promet (postaja {TRAIN}) ustavljen."],
}
