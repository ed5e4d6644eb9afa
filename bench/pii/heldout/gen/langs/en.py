"""English — documents from Ireland (EU): +353 numbers, IE IBANs, PPS numbers, Eircodes."""
from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "en", "IE", "0", "IE"
BANK_CODES = ["AIBK", "BOFI", "IPBS", "ULSB", "IRCE"]
FIXED = ["1", "21", "61", "91", "51", "71", "74", "66", "57", "41"]
MOBILE = ["83", "85", "86", "87", "89"]
PHONE_STYLES = ["nat", "paren", "intl", "dash", "00", "intl_sp", "nat"]
MOBILE_STYLES = ["nat", "intl", "plain", "intl_sp", "e164"]
EMAIL_DOMAINS = ["gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com"]
TITLE = {"m": "Mr", "f": "Ms"}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]


def date(d):
    return dmy(d, "/")


def date_long(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def amount(rng, arg):
    if arg == "GBP":
        return money(rng, ",", ".", [("£", "before_nospace"), ("GBP", "after")])
    return money(rng, ",", ".", [("€", "before_nospace"), ("EUR", "before"), ("EUR", "after"), ("€", "before_nospace")])


nid = ids.ie_pps
nid2 = ids.ie_pps


def hiid(rng, p):
    return ids.ehic(rng, "en")


def mrn(rng):
    return rng.choice(["%07d" % rng.randint(0, 9999999), "H%06d" % rng.randint(0, 999999), "MRN-%d-%05d" % (rng.randint(2019, 2024), rng.randint(0, 99999))])


def ref(rng):
    return rng.choice(["INV-%05d" % rng.randint(1, 99999), "REP/%d/%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)),
                       "CL-%06d" % rng.randint(1, 999999), "PO %d" % rng.randint(400000, 499999)])


STREETS = ["Harcourt Street", "Main Street", "Oakfield Road", "Grafton Street", "Ballymun Road", "Patrick Street", "Shop Street",
           "Castle Avenue", "Church Lane", "Strand Road", "Meadow Park", "O'Connell Street", "Beechwood Close", "Eyre Square"]
TOWNS = ["Dublin 2", "Dublin D08 F2X7", "Cork T12 X285", "Galway H91 E2K3", "Limerick V94 T9PX", "Waterford X91 K0EK", "Sligo F91 YD29",
         "Co. Kerry V93 A3FK", "Kilkenny R95 P2C6", "Athlone N37 H2K4"]


def address(rng, full):
    no = rng.choice([str(rng.randint(1, 220)), "%d%s" % (rng.randint(1, 90), rng.choice("AB")), "Apt %d, %d" % (rng.randint(1, 40), rng.randint(1, 120)),
                     "Flat %d, %d" % (rng.randint(1, 12), rng.randint(1, 200))])
    s = f"{no} {rng.choice(STREETS)}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Dublin", "Cork", "Galway", "Limerick", "Waterford", "Kilkenny", "Sligo", "Athlone", "Drogheda", "Letterkenny", "Tralee", "Ennis"]
INST = {
    "h": ["St. James's Hospital", "Beaumont Hospital", "Mater Misericordiae University Hospital", "Cork University Hospital",
          "University Hospital Galway", "Tallaght University Hospital", "St. Vincent's University Hospital", "Our Lady of Lourdes Hospital"],
    "ins": ["VHI Healthcare", "Laya Healthcare", "Irish Life Health", "HSE"],
    "f": ["AIB", "Bank of Ireland", "Permanent TSB", "Central Bank of Ireland", "An Post Money", "Credit Union"],
    "c": ["Met Éireann", "Environmental Protection Agency", "Marine Institute", "ICARUS at Maynooth University", "Teagasc"],
}
COMPANIES = ["Guinness", "Jacob's", "Smurfit Kappa", "Boots", "Marks & Spencer", "Johnson & Johnson", "Pfizer", "Eli Lilly",
             "Abbott", "Ryanair", "Kerry Group", "Glen Dimplex"]
EPO = [("Crohn's disease", "K50.9"), ("Parkinson's disease", "G20"), ("Alzheimer's disease", "G30.9"), ("Hodgkin lymphoma", "C81.9"),
       ("Addison's disease", "E27.1"), ("Hashimoto's thyroiditis", "E06.3"), ("Graves' disease", "E05.0"), ("Bell's palsy", "G51.0"),
       ("Huntington's disease", "G10"), ("Sjögren's syndrome", "M35.0")]
DRUGS = ["Xarelto", "Eliquis", "Lipitor", "Nexium", "Ventolin", "Panadol", "Nurofen", "Humira", "Keytruda", "Ozempic", "Solpadeine",
         "Difene", "Eltroxin", "Warfarin Teva"]
STATIONS = ["Valentia Observatory", "Mace Head", "Malin Head", "Mount Dillon", "Belmullet", "Shannon Airport", "Johnstown Castle",
            "Roche's Point", "Sherkin Island", "Carnsore Point"]
DX = [("pneumonia", "J18.9"), ("acute myocardial infarction", "I21.9"), ("type 2 diabetes", "E11.9"), ("hypertension", "I10"),
      ("atrial fibrillation", "I48.0"), ("COPD", "J44.9"), ("fractured neck of femur", "S72.0"), ("urinary tract infection", "N39.0"),
      ("heart failure", "I50.9"), ("heat stroke", "T67.0"), ("cellulitis", "L03.9")]


def meas(rng, kind):
    return {
        "temp": lambda: f"{rng.uniform(-8, 31):.1f} °C", "fever": lambda: f"{rng.uniform(37.8, 40.5):.1f} °C",
        "prec": lambda: f"{rng.uniform(0.4, 120):.1f} mm", "co2": lambda: f"{rng.uniform(415, 432):.1f} ppm",
        "wind": lambda: f"{rng.randint(45, 160)} km/h", "snow": lambda: f"{rng.randint(1, 40)} cm",
        "pct": lambda: f"{rng.uniform(5.2, 11.5):.1f}%", "press": lambda: f"{rng.uniform(950, 1040):.1f} hPa",
        "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg", "lab": lambda: f"{rng.uniform(0.5, 14):.1f} mmol/L",
        "wave": lambda: f"{rng.uniform(1.5, 14):.1f} m",
    }[kind or "temp"]()


def person_forms(first, last, g):
    return default_forms(first, last, g)


TRAINS = ["Heuston Station", "Connolly Station", "Kent Station", "Colbert Station", "Pearse Station"]

FRAMES = {
    "subject": {
        "health": ["{P1} ({P1:age}) was admitted via the Emergency Department on {DATE} with shortness of breath. Known history of {EPO:code}; working diagnosis {DX}.",
                   "{P1} attended the diabetes clinic on {DATE:long}. HbA1c was {MEAS:pct} and {DRUG} was started."],
        "finance": ["{P1} applied for a personal loan of {AMT} with {INST:f} on {DATE}. The affordability assessment is attached.",
                    "{P1} disputed a card transaction of {AMT} to {COMPANY} dated {DATE}."],
        "climate": ["{P1} took over the weekly maintenance of the station at {STATION} on {DATE}. Mean air temperature was {MEAS:temp}.",
                    "{P1} reported flooding in {PLACE} after {MEAS:prec} of rain fell in 24 hours."],
    },
    "object": {
        "health": ["We reviewed {P1} in the outpatient clinic on {DATE} following treatment for {DX}. Please continue {DRUG} 20 mg once daily.",
                   "Kindly arrange for the community nurse to visit {P1} at home twice weekly."],
        "finance": ["Please contact {P1} regarding the overdue balance on invoice {REF} ({AMT}).",
                    "The branch informed {P1} on {DATE} that the debit card had been blocked."],
        "climate": ["The observing network team will train {P1} on the rain-gauge procedure at {STATION} on {DATE}.",
                    "{INST:c} commissioned {P1} to assess drought impacts on farms around {PLACE}."],
    },
    "preposition": {
        "health": ["The results were discussed with {P1} on {DATE}; {DRUG} will be continued.",
                   "The endoscopy was performed by {P1} and confirmed {EPO:code}."],
        "finance": ["The transfer of {AMT} to {COMPANY} was authorised by {P1}.",
                    "Following a call with {P1}, repayments are suspended until {DATE}."],
        "climate": ["The pyranometer at {STATION} was recalibrated by {P1} of {INST:c}.",
                    "This storm report for {PLACE} was prepared together with {P1}."],
    },
    "pair": {
        "health": ["Ward round by Dr {P1} and Dr {P2}: post {DX}, haemodynamically stable.",
                   "The family, {P1} and {P2}, were informed of the diagnosis of {EPO}."],
        "finance": ["The joint account of {P1} and {P2} at {INST:f} shows a balance of {AMT}.",
                    "The mortgage offer was signed by {P1} and {P2} on {DATE}."],
        "climate": ["Snow depth at {STATION} ({MEAS:snow}) was read jointly by {P1} and {P2}."],
    },
    "possessive": {
        "health": ["{P1}'s bloods from {DATE} show a creatinine of {MEAS:lab}; the dose of {DRUG} was reduced.",
                   "The nursing notes of {P1} record a blood pressure of {MEAS:bp} on {DATE}."],
        "finance": ["{P1}'s portfolio holds shares in {COMPANY} worth {AMT}.",
                    "The credit card statement of {P1} for {DATE} shows a charge of {AMT}."],
        "climate": ["{P1}'s observation log for {STATION} has a gap on {DATE}."],
    },
    "apposition": {
        "health": ["The patient, {P1}, DOB {DOB}, of {ADDR}, admitted with {DX}, was commenced on {DRUG}.",
                   "Our patient – {P1}, aged {P1:age} – has had {EPO:code} for many years."],
        "finance": ["The applicant, {P1}, PPS number {NID}, earns a net salary of {AMT} at {COMPANY}."],
        "climate": ["Our volunteer observer, {P1}, recorded {MEAS:prec} of rainfall in {PLACE} overnight."],
    },
    "title": {
        "health": ["Dear Dr {P1:last},\nThank you for referring {P2:t} {P2}, who was an inpatient from {DATE} to {DATE:next}.",
                   "Prof. {P1} ({INST:h}) recommends follow-up of {EPO} in three months."],
        "finance": ["Dear {P1:t} {P1:last},\nYour request of {DATE} for a payment break on the {AMT} instalment has been reviewed."],
        "climate": ["Dr {P1} ({INST:c}) presented the heat-stress findings for {PLACE}."],
    },
    "form_label": {
        "health": ["Patient: {P1}\nDate of birth: {DOB}\nEHIC no.: {HIID}\nInsurer: {INST:ins}\nDiagnosis: {DX}",
                   "Name: {P1}\nMRN: {MRN}\nAdmitted: {DATE}\nReferring GP: Dr {P2}"],
        "finance": ["Account holder: {P1}\nIBAN: {IBAN}\nBIC: [[AIBKIE2D|CODE]]\nReference: {REF}"],
        "climate": ["Observer: {P1}\nStation: {STATION}\nDate: {DATE}\nPhone: {PHONE}\nDaily rainfall: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Thank you for your referral. @@\n\nYours sincerely,\n\nDr {P1}\nConsultant Physician, {INST:h}",
                   "@@Please do not hesitate to contact us.\n\nKind regards,\n{P1}\n{INST:h}"],
        "finance": ["Your loan {REF} was redeemed in full on {DATE}. @@\n\nYours faithfully,\n{P1}\n{INST:f}"],
        "climate": ["Please find attached the monthly values for {STATION}. @@\n\nBest regards,\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Present at the MDT meeting on {DATE}: {P1}, {P2}, {P3} and {P4}. Recommendation for [[Hodgkin lymphoma|DISEASE]] ([[C81.9|CODE]]): ABVD chemotherapy."],
        "finance": ["Authorised signatories for the {COMPANY} pension scheme are {P1}, {P2} and {P3}."],
        "climate": ["The field campaign at {STATION} was carried out by {P1}, {P2}, {P3} and {P4}.",
                    "Distribution: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Pt: {P1:SF}, DOB {DOB}, Ward 7B, {INST:h}. Diagnosis: {DX}."],
        "finance": ["Payer: {P1:sfc} – Payee: {COMPANY} – Amount: {AMT}."],
        "climate": ["{STATION} logbook, {DATE}: {P1:sfc} (maintenance), {P2:sfc} (readings)."],
    },
    "identifiers_only": {
        "health": ["MRN {MRN}, EHIC {HIID}. Admitted to {INST:h} on {DATE} with {DX}.",
                   "Next of kin can be reached on {MOBILE}; report {REF} confirms {EPO:code}."],
        "finance": ["Card payment with {CARD} on {DATE} at {COMPANY} for {AMT} was flagged as suspicious; login from IP {IP}."],
        "climate": ["Data logger {PROD} at {STATION} has been transmitting from {IP6} since {DATE}. Last value: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["For queries please ring the ward on {PHONE}.", "Discharge medication: {DRUG} 5 mg twice daily.",
               "Lives at {ADDR}, admitted with {DX}.", "Covered by {INST:ins}, EHIC {HIID}.",
               "Review in clinic on {DATE}, report no. {REF}.", "Hospital number {MRN}; daughter's mobile {MOBILE}.",
               "Date of birth: {DOB}.", "Home phone {PHONE:local}, GP surgery {PHONE}."],
    "finance": ["The monthly repayment of {AMT} is debited from {IBAN}.", "Paid by card {CARD} on {DATE}.",
                "Online banking login from IP {IP} on {DATE}.", "PPS number: {NID}.",
                "Please call back on {MOBILE} or e-mail {EMAIL}.", "Registered address: {ADDR:full}.",
                "Date of birth as per passport: {DOB}.", "Invoice {REF} for {AMT:GBP} has been settled."],
    "climate": ["Weekly rainfall was {MEAS:prec}, with a peak gust of {MEAS:wind}.", "Data requests: {EMAIL}, tel. {PHONE}.",
                "Monthly mean CO2 was {MEAS:co2}.", "Storm damage in {PLACE} is estimated at {AMT}.",
                "Spare parts were ordered from {COMPANY} (order {REF}).", "The rain gauge stands in the observer's garden at {ADDR:full}.",
                "Significant wave height reached {MEAS:wave}.", "Services at {TRAIN} were suspended because of heat-related rail buckling."],
}
