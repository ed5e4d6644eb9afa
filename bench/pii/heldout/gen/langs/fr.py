from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "fr", "FR", "0", "FR"
FIXED = ["1", "2", "3", "4", "5"]
MOBILE = ["6", "7"]
PHONE_STYLES = ["nat", "nat", "dots", "intl", "00", "trunk", "plain", "intl"]
MOBILE_STYLES = ["nat", "dots", "intl", "plain", "e164"]
EMAIL_DOMAINS = ["orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "hotmail.fr"]
TITLE = {"m": "M.", "f": "Mme"}
GROUPS = ["2"]
SLOT_FORMS = {"de"}
TRAINS = ["Paris-Gare-de-Lyon", "Lyon-Part-Dieu", "Paris-Saint-Lazare", "Marseille-Saint-Charles", "Bordeaux-Saint-Jean", "Lille-Flandres"]


def person_slot(p, arg):
    """French elision: 'de' + name -> d'Aliénor / de Kévin (the particle is not part of the span)."""
    if arg == "de":
        full = p.forms["full"]
        return [("d'" if full[0] in "AEIOUYÉÈÊÂÎÔH" else "de ", None, None), (full, "PERSON", None)]
    return None
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def date(d):
    return dmy(d, "/")


def date_long(d):
    return f"{'1er' if d.day == 1 else d.day} {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    if arg == "CHF":
        return money(rng, "'", ".", [("CHF", "after"), ("CHF", "before")])
    return money(rng, " ", ",", [("€", "after"), ("EUR", "after"), ("euros", "after"), ("€", "after")])


nid = ids.fr_nir
nid2 = ids.fr_nir


def hiid(rng, p):
    return rng.choice(["%09d" % rng.randint(10 ** 7, 10 ** 9 - 1), "%s%07d" % (rng.choice(["MG", "HM", "AX"]), rng.randint(0, 9999999))])


def mrn(rng):
    return rng.choice(["%010d" % rng.randint(8 * 10 ** 9, 9 * 10 ** 9), "%d-%06d" % (rng.randint(19, 24), rng.randint(0, 999999)), "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1)])


def ref(rng):
    return rng.choice(["F%d-%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "CR-%05d" % rng.randint(1, 99999),
                       "DOS/%d/%03d" % (rng.randint(2022, 2025), rng.randint(1, 999)), "%d" % rng.randint(10 ** 7, 10 ** 8 - 1)])


STREETS = ["rue des Lilas", "avenue Jean-Jaurès", "boulevard Voltaire", "rue de la République", "place Bellecour", "rue du Moulin",
           "chemin des Vignes", "allée des Tilleuls", "rue Victor-Hugo", "impasse des Acacias", "quai de la Loire", "rue Nationale",
           "cours Mirabeau", "avenue de la Gare"]
TOWNS = ["75011 Paris", "69003 Lyon", "13006 Marseille", "31000 Toulouse", "33000 Bordeaux", "59000 Lille", "44000 Nantes",
         "67000 Strasbourg", "38000 Grenoble", "34000 Montpellier", "35000 Rennes", "63000 Clermont-Ferrand"]


def address(rng, full):
    no = rng.choice([str(rng.randint(1, 180)), "%d bis" % rng.randint(1, 60), "%d ter" % rng.randint(1, 40), "%d," % rng.randint(1, 120)])
    s = f"{no} {rng.choice(STREETS)}"
    if full:
        return f"{s}, {rng.choice(TOWNS)}"
    return s.rstrip(",")


PLACES = ["Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Nantes", "Strasbourg", "Grenoble", "Montpellier", "Rennes",
          "Saint-Étienne", "Perpignan", "Nîmes"]
INST = {
    "h": ["l'|hôpital Necker-Enfants malades", "l'|hôpital européen Georges-Pompidou", "le |CHU de Bordeaux", "les |Hospices civils de Lyon",
          "l'|hôpital de la Pitié-Salpêtrière", "l'|Institut Gustave-Roussy", "le |CHU de Toulouse", "l'|hôpital Saint-Louis"],
    "ins": ["la |CPAM de Paris", "la |MGEN", "Harmonie Mutuelle", "Malakoff Humanis"],
    "f": ["BNP Paribas", "Société Générale", "La Banque Postale", "la |Caisse d'Épargne Île-de-France", "LCL", "Boursorama"],
    "c": ["Météo-France", "l'|ADEME", "l'|Institut Pierre-Simon Laplace", "le |CNRS", "le |Laboratoire des sciences du climat et de l'environnement"],
}
COMPANIES = ["Michelin", "Peugeot", "Renault", "Pierre Fabre", "Servier", "Hermès", "Dassault Systèmes", "L'Oréal", "Danone",
             "Boiron", "Bouygues", "Decathlon"]
EPO = [("maladie de Crohn", "K50.9"), ("maladie de Parkinson", "G20"), ("maladie d'Alzheimer", "G30.9"), ("lymphome de Hodgkin", "C81.9"),
       ("maladie d'Addison", "E27.1"), ("thyroïdite de Hashimoto", "E06.3"), ("maladie de Basedow", "E05.0"),
       ("syndrome de Guillain-Barré", "G61.0"), ("maladie de Charcot", "G12.2"), ("maladie de Horton", "M31.6")]
DRUGS = ["Doliprane", "Dafalgan", "Kardégic", "Xarelto", "Eliquis", "Levothyrox", "Spasfon", "Inexium", "Humira", "Keytruda", "Ozempic",
         "Lasilix", "Previscan"]
STATIONS = ["Pic du Midi", "Mont Aigoual", "Puy de Dôme", "Mont Ventoux", "Aiguille du Midi", "Trappes", "Jungfraujoch",
            "Ouessant-Stiff", "Gare de Lyon", "Lyon Part-Dieu", "Gare Saint-Lazare"]
DX = [("pneumopathie", "J18.9"), ("infarctus du myocarde", "I21.9"), ("diabète de type 2", "E11.9"), ("hypertension artérielle", "I10"),
      ("fibrillation auriculaire", "I48.0"), ("BPCO", "J44.9"), ("fracture du col du fémur", "S72.0"), ("infection urinaire", "N39.0"),
      ("insuffisance cardiaque", "I50.9"), ("coup de chaleur", "T67.0"), ("érysipèle", "A46")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-15, 38))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 160))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 200)} km/h",
        "snow": lambda: f"{rng.randint(5, 380)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))} %",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(10, 19)}/{rng.randint(6, 11)}",
        "lab": lambda: f"{rng.randint(45, 400)} µmol/l",
    }[kind or "temp"]()


def person_forms(first, last, g):
    return default_forms(first, last, g)


FRAMES = {
    "subject": {
        "health": ["{P1}, {P1:age} ans, a été {P1?admis|admise} le {DATE} par les urgences pour dyspnée. Antécédent de {EPO:code} ; suspicion de {DX}.",
                   "{P1} a consulté le {DATE:long} en diabétologie. L'HbA1c est à {MEAS:pct} et un traitement par {DRUG} a été introduit."],
        "finance": ["{P1} a sollicité le {DATE} un prêt personnel de {AMT} auprès de {INST:f}. Le dossier est complet.",
                    "{P1} conteste un paiement par carte de {AMT} au profit de {COMPANY} daté du {DATE}."],
        "climate": ["{P1} assure depuis le {DATE} la maintenance de la station {STATION}. La température moyenne était de {MEAS:temp}.",
                    "{P1} a signalé des inondations à {PLACE} après {MEAS:prec} de pluie en 24 heures."],
    },
    "object": {
        "health": ["Nous avons revu {P1} en consultation le {DATE} après une hospitalisation pour {DX}. Poursuivre {DRUG} 20 mg par jour.",
                   "Merci de convoquer {P1} le {DATE} pour un bilan de contrôle."],
        "finance": ["Merci de contacter {P1} au sujet de la facture impayée {REF} ({AMT}).",
                    "L'agence a informé {P1} le {DATE} du blocage temporaire de sa carte."],
        "climate": ["L'équipe réseau formera {P1} le {DATE} à l'entretien du pluviomètre de la station {STATION}.",
                    "{P1?Mandaté|Mandatée} par {INST:c}, {P1} évalue les effets de la sécheresse autour de {PLACE}."],
    },
    "preposition": {
        "health": ["Les résultats ont été expliqués le {DATE} par {P1} ; le traitement par {DRUG} est maintenu.",
                   "L'échographie réalisée par {P1} est compatible avec le diagnostic connu de {EPO:code}."],
        "finance": ["Le virement de {AMT} vers {COMPANY} a été validé par {P1}.",
                    "Après échange avec {P1}, les échéances sont suspendues jusqu'au {DATE}."],
        "climate": ["Le pyranomètre de la station {STATION} a été réétalonné par {P1}.",
                    "Ce bilan de l'épisode orageux à {PLACE} a été rédigé avec {P1}."],
    },
    "pair": {
        "health": ["Visite du Dr {P1} et du Dr {P2} : suites simples après {DX}, état hémodynamique stable.",
                   "Les proches, {P1} et {P2}, ont été informés du diagnostic de {EPO}."],
        "finance": ["Le compte joint {P1:de} et {P2} présente un solde de {AMT}.",
                    "L'offre de prêt immobilier a été signée par {P1} et {P2} le {DATE}."],
        "climate": ["La hauteur de neige à la station {STATION} ({MEAS:snow}) a été relevée par {P1} et {P2}."],
    },
    "possessive": {
        "health": ["Le bilan biologique {P1:de} du {DATE} montre une créatinine à {MEAS:lab} ; la dose de {DRUG} a été réduite.",
                   "Le dossier de soins {P1:de} mentionne une tension à {MEAS:bp} le {DATE}."],
        "finance": ["Le portefeuille {P1:de} contient des actions {COMPANY} pour une valeur de {AMT}.",
                    "Le relevé de carte bancaire {P1:de} fait apparaître un débit de {AMT} le {DATE}."],
        "climate": ["Le carnet d'observation {P1:de} pour la station {STATION} présente une lacune le {DATE}."],
    },
    "apposition": {
        "health": ["{P1?Le patient|La patiente}, {P1}, {P1?né|née} le {DOB}, domicilié{P1?|e} au {ADDR}, {P1?hospitalisé|hospitalisée} pour {DX}, a reçu {DRUG}.",
                   "Notre {P1?patient|patiente} – {P1}, {P1:age} ans – est {P1?suivi|suivie} dans le service. Antécédent : {EPO:code}."],
        "finance": ["{P1?Le demandeur|La demandeuse}, {P1}, NIR {NID}, perçoit un salaire net de {AMT} chez {COMPANY}."],
        "climate": ["{P1?Notre observateur bénévole|Notre observatrice bénévole}, {P1}, a relevé {MEAS:prec} de pluie à {PLACE} cette nuit."],
    },
    "title": {
        "health": ["{P1?Cher|Chère} Docteur {P1:last},\nje vous adresse {P2:t} {P2}, {P2?hospitalisé|hospitalisée} du {DATE} au {DATE:next}.",
                   "Le Pr {P1} recommande un contrôle dans trois mois (diagnostic : {EPO})."],
        "finance": ["{P1?Monsieur|Madame} {P1:last},\nvotre demande du {DATE} de report de l'échéance de {AMT} a été examinée."],
        "climate": ["{P1:t} {P1} ([[Météo-France|INSTITUTION]]) a présenté les résultats sur le stress thermique à {PLACE}."],
    },
    "form_label": {
        "health": ["Nom du patient : {P1}\nDate de naissance : {DOB}\nN° de sécurité sociale : {NID}\nMutuelle : {INST:ins0}, adhérent n° {HIID}\nMotif : {DX}",
                   "Patient : {P1}\nIPP : {MRN}\nEntrée : {DATE}\nMédecin traitant : Dr {P2}"],
        "finance": ["Titulaire du compte : {P1}\nIBAN : {IBAN}\nBIC : [[CRLYFRPPXXX|CODE]]\nRéférence : {REF}"],
        "climate": ["Observateur : {P1}\nStation : {STATION}\nDate : {DATE}\nTél. : {PHONE}\nCumul journalier : {MEAS:prec}"],
    },
    "signature": {
        "health": ["Je vous remercie de votre confiance. @@\n\nBien confraternellement,\n\nDr {P1}\nService de cardiologie, [[Hôpital Foch|INSTITUTION]]",
                   "@@Nous restons à votre disposition.\n\nCordialement,\n{P1}\n[[CHU de Toulouse|INSTITUTION]]"],
        "finance": ["Votre prêt n° {REF} a été soldé le {DATE}. @@\n\nVeuillez agréer nos salutations distinguées.\n{P1}\nConseiller clientèle, {INST:f}"],
        "climate": ["Vous trouverez ci-joint les valeurs mensuelles de la station {STATION}. @@\n\nBien cordialement,\n{P1}\n[[Météo-France|INSTITUTION]], direction interrégionale Sud-Est"],
    },
    "list": {
        "health": ["Présents à la RCP du {DATE} : {P1}, {P2}, {P3} et {P4}. Proposition pour le [[lymphome de Hodgkin|DISEASE]] ([[C81.9|CODE]]) : chimiothérapie ABVD."],
        "finance": ["Les signataires autorisés de la société {COMPANY} Participations sont {P1}, {P2} et {P3}."],
        "climate": ["La campagne de mesures à la station {STATION} a réuni {P1}, {P2}, {P3} et {P4}.",
                    "Diffusion : {P1}, {P2}, {P3} ([[Météo-France|INSTITUTION]])."],
    },
    "surname_first": {
        "health": ["Patient : {P1:SF}, {P1?né|née} le {DOB}, chambre 412. Diagnostic : {DX}."],
        "finance": ["Donneur d'ordre : {P1:SF} – Bénéficiaire : {COMPANY} – Montant : {AMT}."],
        "climate": ["Registre de la station {STATION}, {DATE} : {P1:SF} (maintenance), {P2:SF} (relevés)."],
    },
    "identifiers_only": {
        "health": ["IPP {MRN}, NIR {NID}. Entrée le {DATE} pour {DX}.",
                   "Famille joignable au {MOBILE} ; le compte rendu {REF} confirme le diagnostic : {EPO:code}."],
        "finance": ["Le paiement par carte {CARD} du {DATE} chez {COMPANY} ({AMT}) a été signalé comme suspect ; connexion depuis l'IP {IP}."],
        "climate": ["L'enregistreur {PROD} de la station {STATION} transmet depuis {IP6} depuis le {DATE}. Dernière valeur : {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Pour tout renseignement, contacter le secrétariat au {PHONE}.", "Traitement de sortie : {DRUG} 5 mg matin et soir.",
               "Domicilié au {ADDR}, hospitalisé pour {DX}.", "Mutuelle : {INST:ins0}, n° d'adhérent {HIID}.",
               "Prochain rendez-vous le {DATE}, compte rendu n° {REF}.", "N° de dossier {MRN} ; fille joignable au {MOBILE}.",
               "Date de naissance : {DOB}.", "Tél. domicile {PHONE}."],
    "finance": ["L'échéance mensuelle de {AMT} est prélevée sur le compte {IBAN}.", "Paiement par carte {CARD} le {DATE}.",
                "Connexion à la banque en ligne depuis l'IP {IP} le {DATE}.", "N° de sécurité sociale : {NID}.",
                "Merci de rappeler au {MOBILE} ou d'écrire à {EMAIL}.", "Adresse déclarée : {ADDR:full}.",
                "Date de naissance selon la pièce d'identité : {DOB}.", "La facture {REF} de {AMT:CHF} est réglée."],
    "climate": ["Le cumul hebdomadaire atteint {MEAS:prec}, avec une rafale maximale de {MEAS:wind}.",
                "Demandes de données : {EMAIL}, tél. {PHONE}.", "La concentration moyenne de CO2 était de {MEAS:co2}.",
                "Les dégâts à {PLACE} sont estimés à {AMT}.", "Les pièces de rechange ont été commandées chez {COMPANY} (commande {REF}).",
                "Le pluviomètre est installé dans le jardin de l'observateur, {ADDR:full}.", "La pression est descendue à {MEAS:press}.",
                "Pendant la canicule, la circulation a été interrompue en gare de {TRAIN}."],
}
