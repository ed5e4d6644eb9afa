"""Hungarian: the normal name order is surname first ("Kovács Anna"); {P1} renders that order."""
from ..base import money
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "hu", "HU", "06", "HU"
FIXED = ["1", "22", "46", "52", "62", "72", "96", "88", "99"]
MOBILE = ["20", "30", "31", "50", "70"]
PHONE_STYLES = ["nat", "intl", "hu_sp", "hu_dash", "00", "intl"]
MOBILE_STYLES = ["hu_dash", "hu_sp", "intl", "e164", "intl_sp"]
GROUPS = ["34"]
EMAIL_DOMAINS = ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu", "invitel.hu", "hotmail.com"]
TITLE = {"m": "Úr", "f": "Asszony"}
MONTHS = ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember", "október", "november", "december"]
TRAINS = ["Keleti pályaudvar", "Nyugati pályaudvar", "Déli pályaudvar", "Szeged vasútállomás", "Debrecen vasútállomás"]


def date(d):
    return f"{d.year}.{d.month:02d}.{d.day:02d}."


def date_long(d):
    return f"{d.year}. {MONTHS[d.month - 1]} {d.day}."


def amount(rng, arg):
    if arg == "EUR":
        return money(rng, " ", ",", [("EUR", "after"), ("€", "after")])
    return money(rng, " ", ",", [("Ft", "after"), ("HUF", "after"), ("forint", "after"), ("Ft", "after")], decimals=(0,))


nid = ids.hu_taj
nid2 = ids.hu_adoazonosito


def hiid(rng, p):
    return ids.ehic(rng, "hu")


def mrn(rng):
    return rng.choice(["%d/%05d" % (rng.randint(2019, 2024), rng.randint(1, 99999)), "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["SZ-%d/%05d" % (rng.randint(2022, 2025), rng.randint(1, 99999)), "%d-%04d" % (rng.randint(100000, 999999), rng.randint(1, 9999)),
                       "IKT-%05d" % rng.randint(1, 99999), "%d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025))])


STREETS = ["Váci utca", "Kossuth Lajos utca", "Andrássy út", "Fő utca", "Petőfi Sándor utca", "Rákóczi út", "Kinizsi utca",
           "Széchenyi tér", "Dózsa György út", "Arany János utca", "Béke utca", "Rózsa utca"]
TOWNS = ["1052 Budapest", "1061 Budapest", "4024 Debrecen", "6720 Szeged", "3525 Miskolc", "7621 Pécs", "9021 Győr", "4400 Nyíregyháza",
         "6000 Kecskemét", "8000 Székesfehérvár", "3300 Eger", "9400 Sopron"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 150), "%d/%s" % (rng.randint(1, 90), rng.choice("ABC")), "%d. fszt. %d" % (rng.randint(1, 90), rng.randint(1, 9)),
                     "%d. %d/%d" % (rng.randint(1, 90), rng.randint(1, 8), rng.randint(1, 20))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{rng.choice(TOWNS)}, {s}" if full else s


PLACES = ["Budapest", "Debrecen", "Szeged", "Miskolc", "Pécs", "Győr", "Nyíregyháza", "Kecskemét", "Székesfehérvár", "Eger", "Sopron", "Siófok"]
INST = {
    "h": ["Semmelweis Egyetem", "Szent János Kórház", "Péterfy Sándor utcai Kórház", "Országos Onkológiai Intézet",
          "Debreceni Egyetem Klinikai Központ", "Dél-pesti Centrumkórház", "Szent Imre Egyetemi Oktatókórház"],
    "ins": ["NEAK", "Nemzeti Egészségbiztosítási Alapkezelő"],
    "f": ["OTP Bank", "K&H Bank", "MBH Bank", "Erste Bank", "Raiffeisen Bank", "CIB Bank", "Gránit Bank"],
    "c": ["HungaroMet", "ELTE Meteorológiai Tanszék", "HUN-REN Ökológiai Kutatóközpont", "Országos Vízügyi Főigazgatóság"],
}
COMPANIES = ["Richter Gedeon", "Zwack", "Herend", "Zsolnay", "Ganz", "Pick", "Törley", "Egis", "Dreher", "Mol", "Tungsram"]
EPO = [("Crohn-betegség", "K50.9"), ("Parkinson-kór", "G20"), ("Alzheimer-kór", "G30.9"), ("Hodgkin-limfóma", "C81.9"),
       ("Addison-kór", "E27.1"), ("Hashimoto-thyreoiditis", "E06.3"), ("Basedow-kór", "E05.0")]
DRUGS = ["Algopyrin", "Cataflam", "Xarelto", "Eliquis", "Euthyrox", "Controloc", "Humira", "Ozempic", "No-Spa", "Aspirin Protect",
         "Syncumar", "Neo Citran"]
STATIONS = ["Kékestető", "Piszkéstető", "Hegyhátsál", "K-puszta", "Szeged-Kiskundorozsma", "Siófok", "Sopron-Kuruc-domb"]
DX = [("tüdőgyulladás", "J18.9"), ("akut szívinfarktus", "I21.9"), ("2-es típusú diabetes mellitus", "E11.9"), ("magas vérnyomás", "I10"),
      ("pitvarfibrilláció", "I48.0"), ("COPD", "J44.9"), ("combnyaktörés", "S72.0"), ("húgyúti fertőzés", "N39.0"),
      ("szívelégtelenség", "I50.9"), ("hőguta", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-20, 40))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 130))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 150)} km/h",
        "snow": lambda: f"{rng.randint(5, 90)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))}%",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} Hgmm",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    return {"full": f"{last} {first}", "first": first, "last": last, "west": f"{first} {last}",
            "ini": f"{last} {first[0]}.", "sf": f"{last} {first}", "SF": f"{last.upper()} {first}", "sfc": f"{last}, {first}"}


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} éves) {DATE} a sürgősségi osztályon keresztül került felvételre nehézlégzés miatt. Előzmény: {EPO:code}; munkadiagnózis: {DX}.",
                   "{P1} {DATE:long} jelentkezett a diabetológiai szakrendelésen. A HbA1c {MEAS:pct} volt, {DRUG} került beállításra."],
        "finance": ["{P1} {DATE} személyi kölcsönt igényelt {AMT} összegben (bank: {INST:f}). A dokumentáció hiánytalan.",
                    "{P1} vitatja a(z) {COMPANY} javára {DATE} teljesített, {AMT} összegű kártyás fizetést."],
        "climate": ["{P1} {DATE} óta felel a(z) {STATION} mérőállomás karbantartásáért. A napi középhőmérséklet {MEAS:temp} volt.",
                    "{P1} áradást jelentett (település: {PLACE}), miután 24 óra alatt {MEAS:prec} csapadék hullott."],
    },
    "object": {
        "health": ["{DATE} a szakrendelésen megvizsgáltuk {P1} nevű betegünket a kórházi kezelést követően (diagnózis: {DX}). {DRUG} 20 mg naponta egyszer folytatandó.",
                   "Kérjük, hogy {P1} nevű beteget {DATE} kontrollvizsgálatra rendeljék be."],
        "finance": ["Kérjük, vegyék fel a kapcsolatot {P1} ügyfelünkkel a(z) {REF} számú, ki nem egyenlített számla ({AMT}) ügyében.",
                    "A fiók {DATE} tájékoztatta {P1} ügyfelet a kártya ideiglenes letiltásáról."],
        "climate": ["A hálózati csapat {DATE} betanítja {P1} önkéntest a csapadékmérő karbantartására ({STATION} állomás).",
                    "A(z) {INST:c} {P1} szakértőt bízta meg az aszály hatásainak felmérésével (település: {PLACE})."],
    },
    "preposition": {
        "health": ["Az ultrahangvizsgálatot {P1} által kiállított beutaló alapján végeztük; a lelet megfelel az ismert diagnózisnak: {EPO:code}.",
                   "{P1} javaslatára a(z) {DRUG}-kezelés folytatódik."],
        "finance": ["A(z) {AMT} összegű átutalást {P1} részére teljesítettük.",
                    "{P1} kérésére a törlesztést {DATE} napjáig felfüggesztjük."],
        "climate": ["A viharjelentést (település: {PLACE}) {P1} által gyűjtött adatok alapján állítottuk össze.",
                    "A(z) {STATION} állomás havi adatait {P1} részére továbbítottuk ({INST:c})."],
    },
    "pair": {
        "health": ["Vizit: dr. {P1} és dr. {P2}; diagnózis: {DX}, állapota stabil.",
                   "A hozzátartozók, {P1} és {P2}, tájékoztatást kaptak a diagnózisról: {EPO}."],
        "finance": ["{P1} és {P2} közös számláján az egyenleg {AMT}.",
                    "A jelzáloghitel-szerződést {P1} és {P2} írta alá {DATE}."],
        "climate": ["A hóvastagságot ({MEAS:snow}) {P1} és {P2} mérte a(z) {STATION} állomáson."],
    },
    "possessive": {
        "health": ["{P1} {DATE} laboreredményei szerint a kreatinin {MEAS:lab}; a(z) {DRUG} adagját csökkentettük.",
                   "{P1} ápolási dokumentációjában {DATE} {MEAS:bp} vérnyomás szerepel."],
        "finance": ["{P1} értékpapírszámláján {AMT} értékű {COMPANY}-részvény található.",
                    "{P1} bankkártya-kivonatán {DATE} {AMT} összegű terhelés szerepel."],
        "climate": ["{P1} megfigyelési naplójából {DATE} hiányoznak az adatok ({STATION} állomás)."],
    },
    "apposition": {
        "health": ["A beteg, {P1}, szül. {DOB}, lakcím: {ADDR}, felvételi diagnózis: {DX}, {DRUG} kezelést kapott.",
                   "Betegünk – {P1}, {P1:age} éves – gondozásunk alatt áll. Ismert diagnózis: {EPO:code}."],
        "finance": ["Az igénylő, {P1}, adóazonosító jele {NID2}, nettó jövedelme {AMT} ({COMPANY})."],
        "climate": ["Önkéntes megfigyelőnk, {P1}, az éjjel {MEAS:prec} csapadékot mért (település: {PLACE})."],
    },
    "title": {
        "health": ["Tisztelt dr. {P1}!\nBeutaljuk {P2} nevű betegünket, aki {DATE} és {DATE:next} között osztályunkon feküdt.",
                   "Prof. dr. {P1} ({INST:h}) három hónap múlva kontrollvizsgálatot javasol ({EPO})."],
        "finance": ["Tisztelt {P1} {P1:t}!\nA(z) {DATE} napján benyújtott, a(z) {AMT} összegű részlet halasztására vonatkozó kérelmét elbíráltuk."],
        "climate": ["Dr. {P1} ({INST:c}) bemutatta a hőstresszre vonatkozó eredményeket (település: {PLACE})."],
    },
    "form_label": {
        "health": ["Név: {P1}\nSzületési idő: {DOB}\nTAJ-szám: {NID}\nEU-kártya száma: {HIID}\nDiagnózis: {DX}",
                   "Beteg: {P1}\nKórlapszám: {MRN}\nFelvétel: {DATE}\nBeutaló orvos: dr. {P2}"],
        "finance": ["Számlatulajdonos: {P1}\nIBAN: {IBAN}\nBIC: [[OTPVHUHB|CODE]]\nKözlemény: {REF}"],
        "climate": ["Megfigyelő: {P1}\nÁllomás: {STATION}\nDátum: {DATE}\nTel.: {PHONE}\nNapi csapadékösszeg: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Köszönjük a beutalást. @@\n\nTisztelettel:\n\ndr. {P1}\nKardiológiai Osztály, {INST:h}",
                   "@@Kérdés esetén rendelkezésre állunk.\n\nÜdvözlettel:\n{P1}\n{INST:h}"],
        "finance": ["A(z) {REF} számú hitel {DATE} napján teljes egészében visszafizetésre került. @@\n\nKind regards / Tisztelettel:\n{P1:west}\n{INST:f}"],
        "climate": ["Mellékelten küldjük a(z) {STATION} állomás havi adatait. @@\n\nÜdvözlettel:\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Jelen voltak az onkológiai team {DATE} ülésén: {P1}, {P2}, {P3} és {P4}. Javaslat [[Hodgkin-limfóma|DISEASE]] ([[C81.9|CODE]]) esetén: ABVD kemoterápia."],
        "finance": ["A(z) {COMPANY} Kft. cégjegyzésre jogosult tagjai: {P1}, {P2} és {P3}."],
        "climate": ["A(z) {STATION} állomáson végzett mérési kampányban részt vett: {P1}, {P2}, {P3} és {P4}.",
                    "Elosztó: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Beteg: {P1:SF}, szül. {DOB}, 12-es kórterem, {INST:h}. Diagnózis: {DX}."],
        "finance": ["Megbízó: {P1:SF} – Kedvezményezett: {COMPANY} – Összeg: {AMT}."],
        "climate": ["Állomásnapló ({STATION}), {DATE}: {P1:ini} (karbantartás), {P2:ini} (leolvasás)."],
    },
    "identifiers_only": {
        "health": ["Kórlapszám {MRN}, TAJ {NID}. Felvétel: {DATE} ({INST:h}), diagnózis: {DX}.",
                   "Hozzátartozó: {MOBILE}; a(z) {REF} számú lelet megerősíti: {EPO:code}."],
        "finance": ["A(z) {CARD} számú kártyával {DATE} végzett fizetést ({COMPANY}, {AMT}) gyanúsként jelöltük meg; bejelentkezés IP-címről: {IP}."],
        "climate": ["A(z) {STATION} állomás {PROD} adatgyűjtője {DATE} óta küld adatokat a(z) {IP6} címről. Utolsó érték: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Felvilágosítás a titkárságon: {PHONE}.", "Távozáskori gyógyszerelés: {DRUG} 5 mg naponta kétszer.",
               "Lakcím: {ADDR}, felvétel oka: {DX}.", "EU-kártya száma: {HIID}.",
               "Kontroll: {DATE}, lelet száma: {REF}.", "Kórlapszám {MRN}; lánya: {MOBILE}.",
               "Születési idő: {DOB}.", "Otthoni telefon: {PHONE}."],
    "finance": ["A havi {AMT} törlesztőrészletet a(z) {IBAN} számláról vonjuk le.", "Kártyás fizetés ({CARD}), {DATE}.",
                "Netbank-bejelentkezés a(z) {IP} IP-címről, {DATE}.", "Adóazonosító jel: {NID2}.",
                "Kérjük, hívja a(z) {MOBILE} számot, vagy írjon a(z) {EMAIL} címre.", "Lakcím: {ADDR:full}.",
                "Születési idő a személyi igazolvány szerint: {DOB}.", "A(z) {REF} számú számla ({AMT:EUR}) kiegyenlítve."],
    "climate": ["A heti csapadékösszeg {MEAS:prec}, a legerősebb széllökés {MEAS:wind} volt.", "Adatigénylés: {EMAIL}, tel.: {PHONE}.",
                "Az átlagos CO2-koncentráció {MEAS:co2} volt.", "A károk (település: {PLACE}) becsült értéke {AMT}.",
                "A pótalkatrészeket a(z) {COMPANY} cégtől rendeltük (rendelés: {REF}).", "A csapadékmérő a megfigyelő kertjében áll: {ADDR:full}.",
                "A hőség miatt a vasúti forgalom leállt ({TRAIN})."],
}
