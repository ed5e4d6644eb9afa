from ..base import dmy, money, default_forms
from .. import ids
from ..infl import fi_forms

CODE, REGION, TRUNK, IBAN_CC = "fi", "FI", "0", "FI"
FIXED = ["9", "2", "3", "13", "14", "17", "19", "5", "6", "8"]
MOBILE = ["40", "41", "44", "45", "50"]
PHONE_STYLES = ["nat", "intl", "00", "plain", "dash", "nat"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "intl_sp"]
GROUPS = ["34", "none", "3"]
EMAIL_DOMAINS = ["gmail.com", "luukku.com", "elisanet.fi", "kolumbus.fi", "outlook.com", "suomi24.fi", "hotmail.fi"]
TITLE = {"m": "herra", "f": "rouva"}
MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "heinäkuuta", "elokuuta", "syyskuuta",
          "lokakuuta", "marraskuuta", "joulukuuta"]
TRAINS = ["Helsingin päärautatieasema", "Tampereen asema", "Pasilan asema", "Oulun asema", "Turun asema"]


def date(d):
    return f"{d.day}.{d.month}.{d.year}"


def date_long(d):
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    return money(rng, " ", ",", [("€", "after"), ("euroa", "after"), ("EUR", "after"), ("€", "after")])


nid = ids.fi_hetu
nid2 = ids.fi_hetu


def hiid(rng, p):
    return ids.ehic(rng, "fi")


def mrn(rng):
    return rng.choice(["%07d" % rng.randint(10 ** 5, 10 ** 7 - 1), "%d-%06d" % (rng.randint(2019, 2024), rng.randint(0, 999999))])


def ref(rng):
    return rng.choice(["LASKU-%05d" % rng.randint(1, 99999), "%d %05d %d" % (rng.randint(1000, 9999), rng.randint(0, 99999), rng.randint(1, 9)),
                       "D%d/%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "%d-%03d" % (rng.randint(10000, 99999), rng.randint(1, 999))])


STREETS = ["Mannerheimintie", "Hämeenkatu", "Kotikatu", "Aleksanterinkatu", "Kauppakatu", "Rantatie", "Koivukuja", "Puistotie",
           "Satamakatu", "Mäntytie", "Kirkkokatu", "Isokatu", "Itäinen Pitkäkatu", "Kalevankatu"]
TOWNS = ["00100 Helsinki", "02100 Espoo", "33100 Tampere", "20100 Turku", "90100 Oulu", "40100 Jyväskylä", "70100 Kuopio",
         "15100 Lahti", "96100 Rovaniemi", "65100 Vaasa", "80100 Joensuu", "53100 Lappeenranta"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 120), "%d %s %d" % (rng.randint(1, 90), rng.choice("ABCD"), rng.randint(1, 60)),
                     "%d as. %d" % (rng.randint(1, 60), rng.randint(1, 30)), "%d%s" % (rng.randint(1, 40), rng.choice("ab"))])
    s = f"{rng.choice(STREETS)} {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Helsinki", "Espoo", "Tampere", "Turku", "Oulu", "Jyväskylä", "Kuopio", "Lahti", "Rovaniemi", "Vaasa", "Joensuu",
          "Seinäjoki", "Kajaani", "Porvoo"]
INST = {
    "h": ["HUS Meilahden sairaala", "Tampereen yliopistollinen sairaala", "Oulun yliopistollinen sairaala", "Kuopion yliopistollinen sairaala",
          "Mehiläinen", "Terveystalo", "Pihlajalinna", "Turun yliopistollinen keskussairaala"],
    "ins": ["Kela", "Pohjola Vakuutus", "LähiTapiola", "Fennia"],
    "f": ["Nordea", "OP Ryhmä", "Danske Bank", "S-Pankki", "Aktia", "Säästöpankki", "Handelsbanken"],
    "c": ["Ilmatieteen laitos", "Suomen ympäristökeskus", "Luonnonvarakeskus", "Sodankylän geofysiikan observatorio", "Helsingin yliopisto"],
}
COMPANIES = ["Fazer", "Wärtsilä", "Nokia", "Orion", "Kone", "Stockmann", "Paulig", "Hartwall", "Fiskars", "Marimekko", "Valio",
             "Sinebrychoff"]
EPO = [("Crohnin tauti", "K50.9"), ("Parkinsonin tauti", "G20"), ("Alzheimerin tauti", "G30.9"), ("Hodgkinin lymfooma", "C81.9"),
       ("Addisonin tauti", "E27.1"), ("Hashimoton tyreoidiitti", "E06.3"), ("Basedowin tauti", "E05.0"), ("Sjögrenin oireyhtymä", "M35.0")]
DRUGS = ["Burana", "Panadol", "Pamol", "Primaspan", "Marevan", "Thyroxin", "Xarelto", "Eliquis", "Somac", "Humira", "Ozempic",
         "Metforem", "Panacod"]
STATIONS = ["Sodankylä", "Pallas-Sammaltunturi", "Utö", "Hyytiälä", "Kumpula", "Kevo", "Jokioinen", "Kilpisjärvi", "Värriö"]
DX = [("keuhkokuume", "J18.9"), ("akuutti sydäninfarkti", "I21.9"), ("tyypin 2 diabetes", "E11.9"), ("verenpainetauti", "I10"),
      ("eteisvärinä", "I48.0"), ("keuhkoahtaumatauti", "J44.9"), ("reisiluun kaulan murtuma", "S72.0"), ("virtsatieinfektio", "N39.0"),
      ("sydämen vajaatoiminta", "I50.9"), ("lämpöhalvaus", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-35, 32))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 90))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(15, 40)} m/s",
        "snow": lambda: f"{rng.randint(5, 190)} cm", "pct": lambda: f"{rng.randint(40, 100)} mmol/mol",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    infl = fi_forms(first, last, g)
    fm = default_forms(first, last, g)
    if infl:
        fm.update(infl)
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age} v.) hakeutui päivystykseen {DATE} hengenahdistuksen vuoksi. Taustalla {EPO:code}; epäily: {DX}.",
                   "{P1} kävi diabetespoliklinikalla {DATE:long}. HbA1c oli {MEAS:pct}, ja lääkitykseen lisättiin {DRUG}."],
        "finance": ["{P1} haki {DATE} kulutusluottoa {AMT} (pankki: {INST:f}). Hakemus on täydellinen.",
                    "{P1} kiisti {DATE} korttimaksun {AMT}, saaja {COMPANY}."],
        "climate": ["{P1} on vastannut havaintoaseman huollosta {DATE} alkaen (asema: {STATION}). Vuorokauden keskilämpötila oli {MEAS:temp}.",
                    "{P1} ilmoitti tulvasta ({PLACE}), kun vuorokauden sademäärä oli {MEAS:prec}."],
    },
    "object": {
        "health": ["Tapasimme {P1:gen} poliklinikalla {DATE} sairaalahoidon jälkeen (diagnoosi: {DX}). {DRUG} 20 mg kerran päivässä jatkuu.",
                   "Pyydämme kutsumaan {P1:gen} kontrolliin {DATE}."],
        "finance": ["Konttori tavoitti {P1:gen} {DATE} ja kertoi kortin väliaikaisesta sulkemisesta.",
                    "Yritämme tavoittaa {P1:gen} maksamattoman laskun {REF} ({AMT}) vuoksi."],
        "climate": ["Verkkotiimi perehdyttää {P1:gen} sademittarin huoltoon {DATE} (asema: {STATION}).",
                    "{INST:c} palkkasi {P1:gen} arvioimaan kuivuuden vaikutuksia ({PLACE})."],
    },
    "preposition": {
        "health": ["Tulokset käytiin läpi {DATE} yhdessä {P1:gen} kanssa; {DRUG} jatkuu.",
                   "Ultraäänitutkimuksen teki {P1}; löydös sopii tunnettuun diagnoosiin: {EPO:code}."],
        "finance": ["Tilisiirron {AMT} saajalle {COMPANY} hyväksyi {P1}.",
                    "{P1:gen} kanssa käydyn puhelun jälkeen lyhennykset keskeytetään {DATE} asti."],
        "climate": ["Pyranometrin kalibroi uudelleen {P1} ({INST:c}); asema: {STATION}.",
                    "Myrskyraportti ({PLACE}) laadittiin yhdessä {P1:gen} kanssa."],
    },
    "pair": {
        "health": ["Osastokierrolla lääkärit {P1} ja {P2}: diagnoosi {DX}, vointi vakaa.",
                   "Omaiset {P1} ja {P2} saivat tiedon diagnoosista: {EPO}."],
        "finance": ["Yhteistilin omistajat ovat {P1} ja {P2}; saldo on {AMT}.",
                    "Asuntolainasopimuksen allekirjoittivat {P1} ja {P2} {DATE}."],
        "climate": ["Lumensyvyyden ({MEAS:snow}) mittasivat {P1} ja {P2} (asema: {STATION})."],
    },
    "possessive": {
        "health": ["{P1:gen} laboratoriotulokset {DATE}: kreatiniini {MEAS:lab}; {DRUG}-annosta pienennettiin.",
                   "{P1:gen} hoitokertomukseen on kirjattu {DATE} verenpaine {MEAS:bp}."],
        "finance": ["{P1:gen} arvo-osuustilillä on {COMPANY}-osakkeita, arvoltaan {AMT}.",
                    "{P1:gen} luottokorttilaskulla on {DATE} veloitus {AMT}."],
        "climate": ["{P1:gen} havaintopäiväkirjassa on aukko {DATE} (asema: {STATION})."],
    },
    "apposition": {
        "health": ["Potilas, {P1}, s. {DOB}, asuu osoitteessa {ADDR}; tulosyy {DX}. Lääkitys: {DRUG}.",
                   "Potilaamme – {P1}, {P1:age} v. – on seurannassa: {EPO:code}."],
        "finance": ["Hakija, {P1}, henkilötunnus {NID}, ansaitsee {AMT} kuukaudessa (työnantaja {COMPANY})."],
        "climate": ["Vapaaehtoinen havaitsijamme, {P1}, mittasi yöllä {MEAS:prec} sadetta ({PLACE})."],
    },
    "title": {
        "health": ["Arvoisa LL {P1},\nlähetämme jatkohoitoon potilaan {P2:gen}, joka oli osastollamme {DATE}–{DATE:next}.",
                   "Professori {P1} ({INST:h}) suosittaa kontrollia kolmen kuukauden kuluttua ({EPO})."],
        "finance": ["{P1?Herra|Rouva} {P1}\n{ADDR:full}\n\nMaksuvapaahakemuksenne {DATE} ({AMT}) on käsitelty."],
        "climate": ["FT {P1} ({INST:c}) esitteli helleriskiä koskevat tulokset ({PLACE})."],
    },
    "form_label": {
        "health": ["Nimi: {P1}\nSyntymäaika: {DOB}\nHenkilötunnus: {NID}\nEU-sairaanhoitokortti: {HIID}\nDiagnoosi: {DX}",
                   "Potilas: {P1}\nPotilasnumero: {MRN}\nTulopäivä: {DATE}\nLähettävä lääkäri: LL {P2}"],
        "finance": ["Tilinomistaja: {P1}\nIBAN: {IBAN}\nBIC: [[NDEAFIHH|CODE]]\nViite: {REF}"],
        "climate": ["Havaitsija: {P1}\nAsema: {STATION}\nPäivämäärä: {DATE}\nPuh.: {PHONE}\nVuorokausisade: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Kiitos lähetteestä. @@\n\nYstävällisin terveisin\n\nLL {P1}\nKardiologian klinikka, {INST:h}",
                   "@@Vastaamme mielellämme kysymyksiin.\n\nTerveisin\n{P1}\n{INST:h}"],
        "finance": ["Lainanne {REF} on maksettu kokonaan {DATE}. @@\n\nYstävällisin terveisin\n{P1}\n{INST:f}"],
        "climate": ["Liitteenä kuukausiarvot (asema: {STATION}). @@\n\nTerveisin\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Läsnä hoitokokouksessa {DATE}: {P1}, {P2}, {P3} ja {P4}. Suositus ([[Hodgkinin lymfooma|DISEASE]], [[C81.9|CODE]]): ABVD-hoito."],
        "finance": ["{COMPANY} Oy:n nimenkirjoittajat: {P1}, {P2} ja {P3}."],
        "climate": ["Mittauskampanjaan ({STATION}) osallistuivat {P1}, {P2}, {P3} ja {P4}.",
                    "Jakelu: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Potilas: {P1:SF}, s. {DOB}, huone 12, {INST:h}. Diagnoosi: {DX}."],
        "finance": ["Maksaja: {P1:sfc} – Saaja: {COMPANY} – Summa: {AMT}."],
        "climate": ["Asemapäiväkirja ({STATION}), {DATE}: {P1:sfc} (huolto), {P2:sfc} (lukemat)."],
    },
    "identifiers_only": {
        "health": ["Potilasnumero {MRN}, henkilötunnus {NID}. Tulopäivä {DATE} ({INST:h}), diagnoosi {DX}.",
                   "Omaisen puhelin {MOBILE}; lausunto {REF} vahvistaa diagnoosin: {EPO:code}."],
        "finance": ["Korttimaksu kortilla {CARD} {DATE} ({COMPANY}, {AMT}) merkittiin epäilyttäväksi; kirjautuminen IP-osoitteesta {IP}."],
        "climate": ["Tallennin {PROD} (asema: {STATION}) lähettää tietoja osoitteesta {IP6} {DATE} alkaen. Viimeisin arvo: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Lisätietoja osastonsihteeriltä, puh. {PHONE}.", "Kotiutuslääkitys: {DRUG} 5 mg kahdesti päivässä.",
               "Osoite {ADDR}, tulosyy {DX}.", "EU-sairaanhoitokortin numero: {HIID}.",
               "Seuraava kontrolli {DATE}, lausunto nro {REF}.", "Potilasnumero {MRN}; tyttären puhelin {MOBILE}.",
               "Syntymäaika: {DOB}.", "Kotipuhelin {PHONE}."],
    "finance": ["Kuukausierä {AMT} veloitetaan tililtä {IBAN}.", "Korttimaksu kortilla {CARD} {DATE}.",
                "Verkkopankkikirjautuminen IP-osoitteesta {IP} {DATE}.", "Henkilötunnus: {NID}.",
                "Soittopyyntö numeroon {MOBILE} tai sähköposti {EMAIL}.", "Osoite: {ADDR:full}.",
                "Syntymäaika passin mukaan: {DOB}.", "Lasku {REF} ({AMT}) on maksettu."],
    "climate": ["Viikon sademäärä oli {MEAS:prec}, ja kovin tuulenpuuska {MEAS:wind}.", "Datapyynnöt: {EMAIL}, puh. {PHONE}.",
                "Hiilidioksidipitoisuuden keskiarvo oli {MEAS:co2}.", "Vahinkojen arvo ({PLACE}): {AMT}.",
                "Varaosat tilattiin yhtiöltä {COMPANY} (tilaus {REF}).", "Sademittari sijaitsee havaitsijan pihalla, osoitteessa {ADDR:full}.",
                "Helteen vuoksi junaliikenne keskeytettiin ({TRAIN})."],
}
