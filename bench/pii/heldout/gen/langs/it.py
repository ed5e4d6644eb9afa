from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "it", "IT", "", "IT"
FIXED = ["02", "06", "011", "055", "051", "081", "010", "041", "045", "0461", "0471", "080"]
MOBILE = ["320", "328", "333", "335", "338", "340", "347", "349", "366", "380", "392"]
PHONE_STYLES = ["nat", "intl", "00", "plain", "nat", "intl_sp"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "intl_sp"]
GROUPS = ["4", "34", "none", "3"]
EMAIL_DOMAINS = ["libero.it", "alice.it", "gmail.com", "virgilio.it", "tiscali.it", "hotmail.it", "pec.it"]
TITLE = {"m": "sig.", "f": "sig.ra"}
MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]
TRAINS = ["Milano Centrale", "Roma Termini", "Firenze Santa Maria Novella", "Napoli Centrale", "Torino Porta Nuova", "Bologna Centrale"]


def date(d):
    return dmy(d, "/")


def date_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    if arg == "CHF":
        return money(rng, "'", ".", [("CHF", "after"), ("CHF", "before")])
    return money(rng, ".", ",", [("€", "before"), ("euro", "after"), ("EUR", "before"), ("€", "after")])


nid = ids.it_codice_fiscale
nid2 = ids.it_codice_fiscale
hiid = ids.it_tessera


def mrn(rng):
    return rng.choice(["%d%06d" % (rng.randint(2019, 2024), rng.randint(0, 999999)), "%02d/%05d" % (rng.randint(19, 24), rng.randint(0, 99999)),
                       "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["FT-%d/%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "%d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025)),
                       "REF-%06d" % rng.randint(1, 999999), "PRAT. %05d" % rng.randint(1, 99999)])


STREETS = ["Via Roma", "Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Piazza Cavour", "Viale Monza", "Via dei Mille",
           "Via Nazionale", "Via XX Settembre", "Largo Augusto", "Via della Repubblica", "Vicolo del Pozzo", "Via Dante Alighieri",
           "Viale dei Tigli", "Borgo Pinti"]
TOWNS = ["20121 Milano (MI)", "00184 Roma", "80133 Napoli", "10121 Torino", "40126 Bologna", "50122 Firenze", "16121 Genova",
         "70122 Bari", "37121 Verona", "38122 Trento", "39100 Bolzano", "90133 Palermo"]


def address(rng, full):
    no = rng.choice([str(rng.randint(1, 200)), "%d/%s" % (rng.randint(1, 90), rng.choice("ABC")), "%d, int. %d" % (rng.randint(1, 80), rng.randint(1, 20)),
                     "%d%s" % (rng.randint(1, 60), rng.choice("ab"))])
    s = f"{rng.choice(STREETS)} {no}" if rng.random() < 0.6 else f"{rng.choice(STREETS)}, {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Milano", "Roma", "Napoli", "Torino", "Bologna", "Firenze", "Genova", "Bari", "Palermo", "Verona", "Trento", "Bolzano",
          "San Donà di Piave", "Reggio Emilia"]
INST = {
    "h": ["il |Policlinico Universitario Agostino Gemelli", "l'|Ospedale San Raffaele", "l'|Ospedale Niguarda", "l'|Istituto Nazionale dei Tumori",
          "l'|Ospedale Antonio Cardarelli", "l'|Azienda Ospedaliera Sant'Andrea", "l'|Ospedale Sandro Pertini", "il |Policlinico Sant'Orsola-Malpighi"],
    "ins": ["ASL Roma 1", "ATS Milano", "ASL Napoli 1 Centro", "Azienda USL di Bologna"],
    "f": ["Intesa Sanpaolo", "UniCredit", "Banca Monte dei Paschi di Siena", "BPER Banca", "Poste Italiane", "Banca Sella", "Banco BPM"],
    "c": ["l'|ISPRA", "il |CNR-ISAC", "l'|ARPA Lombardia", "il |Centro Euro-Mediterraneo sui Cambiamenti Climatici", "il |Servizio Meteorologico dell'Aeronautica Militare"],
}
COMPANIES = ["Ferrero", "Barilla", "Chiesi", "Menarini", "Recordati", "Zambon", "Angelini", "Pirelli", "Olivetti", "Lavazza",
             "Benetton", "Ferrari"]
EPO = [("morbo di Crohn", "K50.9"), ("morbo di Parkinson", "G20"), ("malattia di Alzheimer", "G30.9"), ("linfoma di Hodgkin", "C81.9"),
       ("morbo di Addison", "E27.1"), ("tiroidite di Hashimoto", "E06.3"), ("morbo di Basedow", "E05.0"), ("sindrome di Sjögren", "M35.0"),
       ("morbo di Paget", "M88.9"), ("sindrome di Guillain-Barré", "G61.0")]
DRUGS = ["Tachipirina", "Brufen", "Moment", "Oki", "Cardioaspirina", "Eutirox", "Xarelto", "Eliquis", "Pantorc", "Humira", "Ozempic",
         "Coumadin", "Lasix"]
STATIONS = ["Monte Cimone", "Plateau Rosa", "Lampedusa", "Capo Mele", "Passo Rolle", "Campo Imperatore", "Monte Cimone-Sestola",
            "Capo Carbonara"]
DX = [("polmonite", "J18.9"), ("infarto miocardico acuto", "I21.9"), ("diabete mellito di tipo 2", "E11.9"), ("ipertensione arteriosa", "I10"),
      ("fibrillazione atriale", "I48.0"), ("BPCO", "J44.9"), ("frattura del collo del femore", "S72.0"),
      ("infezione delle vie urinarie", "N39.0"), ("scompenso cardiaco", "I50.9"), ("colpo di calore", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-12, 40))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 180))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 180)} km/h",
        "snow": lambda: f"{rng.randint(5, 350)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))}%",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{f(rng.uniform(0.5, 4.5), 2)} mg/dl",
    }[kind or "temp"]()


def person_forms(first, last, g):
    return default_forms(first, last, g)


FRAMES = {
    "subject": {
        "health": ["{P1}, di {P1:age} anni, è stat{P1?o|a} ricoverat{P1?o|a} il {DATE} tramite Pronto Soccorso per dispnea. In anamnesi {EPO:code}; sospetta {DX}.",
                   "{P1} si è presentat{P1?o|a} il {DATE:long} all'ambulatorio di diabetologia: HbA1c {MEAS:pct}, avviata terapia con {DRUG}."],
        "finance": ["{P1} ha chiesto il {DATE} un prestito personale di {AMT} a {INST:f}. La pratica è completa.",
                    "{P1} ha contestato un pagamento con carta di {AMT} a favore di {COMPANY} del {DATE}."],
        "climate": ["{P1} cura dal {DATE} la manutenzione della stazione di {STATION}. La temperatura media è stata di {MEAS:temp}.",
                    "{P1} ha segnalato allagamenti a {PLACE} dopo {MEAS:prec} di pioggia in 24 ore."],
    },
    "object": {
        "health": ["Abbiamo rivisto {P1} in ambulatorio il {DATE} dopo il ricovero per {DX}. Proseguire {DRUG} 20 mg al giorno.",
                   "Si prega di ricontattare {P1} per il controllo del {DATE}."],
        "finance": ["Si prega di contattare {P1} in merito alla fattura insoluta {REF} ({AMT}).",
                    "La filiale ha informato {P1} il {DATE} del blocco temporaneo della carta."],
        "climate": ["Il team della rete formerà {P1} il {DATE} sulla manutenzione del pluviometro di {STATION}.",
                    "{P1} è stat{P1?o|a} incaricat{P1?o|a} di valutare la siccità nei dintorni di {PLACE} (committente: {INST:c0})."],
    },
    "preposition": {
        "health": ["Gli esiti sono stati discussi con {P1} il {DATE}; si prosegue {DRUG}.",
                   "L'ecografia eseguita da {P1} è compatibile con la diagnosi nota di {EPO:code}."],
        "finance": ["Il bonifico di {AMT} a favore di {COMPANY} è stato autorizzato da {P1}.",
                    "Dopo il colloquio con {P1}, le rate sono sospese fino al {DATE}."],
        "climate": ["Il piranometro di {STATION} è stato ricalibrato da {P1} ({INST:c0}).",
                    "Il rapporto sull'evento temporalesco a {PLACE} è stato redatto insieme a {P1}."],
    },
    "pair": {
        "health": ["Visita {P1?del dott.|della dott.ssa} {P1} e {P2?del dott.|della dott.ssa} {P2}: decorso regolare dopo {DX}, parametri stabili.",
                   "I familiari, {P1} e {P2}, sono stati informati della diagnosi di {EPO}."],
        "finance": ["Il conto cointestato a {P1} e {P2} presenta un saldo di {AMT}.",
                    "Il contratto di mutuo è stato firmato da {P1} e {P2} il {DATE}."],
        "climate": ["L'altezza della neve a {STATION} ({MEAS:snow}) è stata rilevata da {P1} e {P2}."],
    },
    "possessive": {
        "health": ["Gli esami di {P1} del {DATE} mostrano una creatinina di {MEAS:lab}; la dose di {DRUG} è stata ridotta.",
                   "La cartella infermieristica di {P1} riporta una pressione di {MEAS:bp} il {DATE}."],
        "finance": ["Il portafoglio di {P1} contiene azioni {COMPANY} per un valore di {AMT}.",
                    "L'estratto conto della carta di {P1} riporta un addebito di {AMT} il {DATE}."],
        "climate": ["Il registro delle osservazioni di {P1} per la stazione di {STATION} presenta una lacuna il {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Il paziente|La paziente}, {P1}, nat{P1?o|a} il {DOB}, residente in {ADDR}, ricoverat{P1?o|a} per {DX}, ha ricevuto {DRUG}.",
                   "{P1?Il nostro assistito|La nostra assistita} – {P1}, {P1:age} anni – è in follow-up per {EPO:code}."],
        "finance": ["{P1?Il richiedente|La richiedente}, {P1}, codice fiscale {NID}, percepisce uno stipendio netto di {AMT} presso {COMPANY}."],
        "climate": ["{P1?Il nostro osservatore volontario|La nostra osservatrice volontaria}, {P1}, ha registrato {MEAS:prec} di pioggia a {PLACE} durante la notte."],
    },
    "title": {
        "health": ["Gentile dott{P1?.|.ssa} {P1:last},\nLe inviamo {P2?il sig.|la sig.ra} {P2}, ricoverat{P2?o|a} dal {DATE} al {DATE:next}.",
                   "{P1?Il prof.|La prof.ssa} {P1} ({INST:h0}) consiglia un controllo tra tre mesi per {EPO}."],
        "finance": ["Gentile {P1:t} {P1:last},\nla Sua richiesta del {DATE} di sospensione della rata di {AMT} è stata esaminata."],
        "climate": ["{P1?Il dott.|La dott.ssa} {P1} ({INST:c0}) ha presentato i risultati sullo stress termico a {PLACE}."],
    },
    "form_label": {
        "health": ["Paziente: {P1}\nData di nascita: {DOB}\nCodice fiscale: {NID}\nTessera sanitaria: {HIID}\nDiagnosi: {DX}",
                   "Cognome e nome: {P1:sf}\nN. nosologico: {MRN}\nRicovero: {DATE}\nMedico curante: dott. {P2}"],
        "finance": ["Intestatario: {P1}\nIBAN: {IBAN}\nBIC: [[BCITITMM|CODE]]\nCausale: {REF}"],
        "climate": ["Osservatore: {P1}\nStazione: {STATION}\nData: {DATE}\nTel.: {PHONE}\nPrecipitazione giornaliera: {MEAS:prec}"],
    },
    "signature": {
        "health": ["La ringraziamo per l'invio. @@\n\nCordiali saluti,\n\n{P1?Dott.|Dott.ssa} {P1}\nU.O. Cardiologia, {INST:h0}",
                   "@@Restiamo a disposizione per chiarimenti.\n\nDistinti saluti\n{P1}\n{INST:h0}"],
        "finance": ["Il Suo mutuo n. {REF} è stato estinto il {DATE}. @@\n\nDistinti saluti\n{P1}\n{INST:f}"],
        "climate": ["In allegato i valori mensili della stazione di {STATION}. @@\n\nCordiali saluti\n{P1}\n{INST:c0}"],
    },
    "list": {
        "health": ["Presenti al GOM del {DATE}: {P1}, {P2}, {P3} e {P4}. Indicazione per [[linfoma di Hodgkin|DISEASE]] ([[C81.9|CODE]]): chemioterapia ABVD."],
        "finance": ["I firmatari autorizzati della {COMPANY} Holding S.p.A. sono {P1}, {P2} e {P3}."],
        "climate": ["Alla campagna di misura a {STATION} hanno partecipato {P1}, {P2}, {P3} e {P4}.",
                    "Distribuzione: {P1}, {P2}, {P3} ({INST:c0})."],
    },
    "surname_first": {
        "health": ["Paziente: {P1:sf}, nat{P1?o|a} il {DOB}, letto 12, {INST:h0}. Diagnosi: {DX}."],
        "finance": ["Ordinante: {P1:SF} – Beneficiario: {COMPANY} – Importo: {AMT}."],
        "climate": ["Registro di {STATION}, {DATE}: {P1:sf} (manutenzione), {P2:sf} (letture)."],
    },
    "identifiers_only": {
        "health": ["N. nosologico {MRN}, codice fiscale {NID}. Ricovero presso {INST:h} il {DATE} per {DX}.",
                   "Familiari reperibili al {MOBILE}; il referto {REF} conferma {EPO:code}."],
        "finance": ["Il pagamento con carta {CARD} del {DATE} presso {COMPANY} ({AMT}) è stato segnalato come sospetto; accesso da IP {IP}."],
        "climate": ["Il datalogger {PROD} di {STATION} trasmette da {IP6} dal {DATE}. Ultimo valore: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Per informazioni contattare la segreteria al {PHONE}.", "Terapia alla dimissione: {DRUG} 5 mg due volte al giorno.",
               "Residente in {ADDR}, ricoverato per {DX}.", "Tessera sanitaria n. {HIID}.",
               "Prossimo controllo il {DATE}, referto n. {REF}.", "Cartella clinica n. {MRN}; figlia reperibile al {MOBILE}.",
               "Data di nascita: {DOB}.", "Tel. abitazione {PHONE}."],
    "finance": ["La rata mensile di {AMT} è addebitata sul conto {IBAN}.", "Pagamento con carta {CARD} il {DATE}.",
                "Accesso all'home banking da IP {IP} il {DATE}.", "Codice fiscale: {NID}.",
                "Richiamare al {MOBILE} oppure scrivere a {EMAIL}.", "Indirizzo di residenza: {ADDR:full}.",
                "Data di nascita da documento: {DOB}.", "La fattura {REF} di {AMT:CHF} risulta saldata."],
    "climate": ["La pioggia settimanale è stata di {MEAS:prec}, con raffica massima di {MEAS:wind}.",
                "Richieste dati: {EMAIL}, tel. {PHONE}.", "La concentrazione media di CO2 è stata di {MEAS:co2}.",
                "I danni a {PLACE} sono stimati in {AMT}.", "I ricambi sono stati ordinati presso {COMPANY} (ordine {REF}).",
                "Il pluviometro si trova nel giardino dell'osservatore, {ADDR:full}.",
                "Durante l'ondata di calore la circolazione a {TRAIN} è stata sospesa."],
}
