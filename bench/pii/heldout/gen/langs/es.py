from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "es", "ES", "", "ES"
FIXED = ["91", "93", "954", "963", "944", "952", "976", "983", "981", "971", "968"]
MOBILE = ["6", "7"]
PHONE_STYLES = ["nat", "intl", "00", "plain", "nat", "intl_sp"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "intl_sp"]
GROUPS = ["3", "2", "none"]
EMAIL_DOMAINS = ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "movistar.es"]
TITLE = {"m": "Sr.", "f": "Sra."}
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]
TRAINS = ["Madrid-Puerta de Atocha-Almudena Grandes", "Madrid-Chamartín-Clara Campoamor", "Barcelona-Sants", "Sevilla-Santa Justa",
          "València Joaquín Sorolla", "Zaragoza-Delicias"]


def date(d):
    return dmy(d, "/")


def date_long(d):
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def amount(rng, arg):
    return money(rng, ".", ",", [("€", "after"), ("euros", "after"), ("EUR", "after"), ("€", "after")])


nid = ids.es_dni
nid2 = ids.es_nie
hiid = ids.es_nuss


def mrn(rng):
    return rng.choice(["%07d" % rng.randint(10 ** 5, 10 ** 7 - 1), "%d-%06d" % (rng.randint(2019, 2024), rng.randint(0, 999999)), "%08d" % rng.randint(10 ** 6, 10 ** 8)])


def ref(rng):
    return rng.choice(["FAC-%d-%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "EXP-%05d" % rng.randint(1, 99999),
                       "%d/%d" % (rng.randint(1, 9999), rng.randint(2022, 2025)), "A%07d" % rng.randint(0, 9999999)])


STREETS = ["Calle Mayor", "C/ de Alcalá", "Avda. de la Constitución", "Plaza de España", "Calle del Carmen", "Paseo de Gracia",
           "Calle Real", "Ronda de Segovia", "Avenida Blasco Ibáñez", "Calle San Fernando", "Travesía del Olivo", "Calle Larios",
           "Gran Vía de les Corts Catalanes", "Camino de Ronda"]
TOWNS = ["28014 Madrid", "08007 Barcelona", "46001 Valencia", "41004 Sevilla", "50001 Zaragoza", "29015 Málaga", "48001 Bilbao",
         "47001 Valladolid", "30001 Murcia", "20003 Donostia-San Sebastián", "15705 Santiago de Compostela", "07001 Palma"]


def address(rng, full):
    no = rng.choice([str(rng.randint(1, 200)), "%d, %dº %s" % (rng.randint(1, 150), rng.randint(1, 9), rng.choice("ABCD")),
                     "%d, %d.º izda." % (rng.randint(1, 90), rng.randint(1, 8)), "%d, bajo" % rng.randint(1, 60), "%d bis" % rng.randint(1, 40)])
    sep = rng.choice([" ", ", "])
    s = f"{rng.choice(STREETS)}{sep}{no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Madrid", "Barcelona", "Valencia", "Sevilla", "Zaragoza", "Málaga", "Bilbao", "Valladolid", "Murcia", "San Sebastián",
          "Santiago de Compostela", "Palma", "Albacete", "Badajoz"]
INST = {
    "h": ["el |Hospital Universitario La Paz", "el |Hospital General Universitario Gregorio Marañón", "el |Hospital Clínic de Barcelona",
          "el |Hospital Universitario Virgen del Rocío", "el |Hospital Universitario 12 de Octubre", "el |Hospital Universitario Ramón y Cajal",
          "el |Hospital Universitari Vall d'Hebron", "el |Hospital Universitario Marqués de Valdecilla"],
    "ins": ["MUFACE", "Sanitas", "Adeslas", "Mapfre Salud", "Asisa"],
    "f": ["Banco Santander", "BBVA", "CaixaBank", "Banco Sabadell", "Bankinter", "Unicaja", "Ibercaja"],
    "c": ["la |Agencia Estatal de Meteorología (AEMET)", "el |Centro de Investigaciones sobre Desertificación", "la |Oficina Española de Cambio Climático",
          "el |Servei Meteorològic de Catalunya", "el |CSIC"],
}
COMPANIES = ["Grifols", "Almirall", "Esteve", "Ferrer", "Inditex", "Mercadona", "Roca", "Chupa Chups", "Puig", "Freixenet",
             "Pescanova", "Mahou"]
EPO = [("enfermedad de Crohn", "K50.9"), ("enfermedad de Parkinson", "G20"), ("enfermedad de Alzheimer", "G30.9"),
       ("linfoma de Hodgkin", "C81.9"), ("enfermedad de Addison", "E27.1"), ("tiroiditis de Hashimoto", "E06.3"),
       ("enfermedad de Graves-Basedow", "E05.0"), ("síndrome de Guillain-Barré", "G61.0"), ("enfermedad de Paget", "M88.9")]
DRUGS = ["Nolotil", "Gelocatil", "Sintrom", "Adiro", "Enantyum", "Eutirox", "Xarelto", "Eliquis", "Humira", "Ozempic", "Lyrica",
         "Dalsy", "Termalgin"]
STATIONS = ["Izaña", "Puerto de Navacerrada", "Monte Aloia", "Sierra Nevada", "Mulhacén", "Observatorio del Ebro", "Cabo de Peñas",
            "Retiro"]
DX = [("neumonía", "J18.9"), ("infarto agudo de miocardio", "I21.9"), ("diabetes mellitus tipo 2", "E11.9"), ("hipertensión arterial", "I10"),
      ("fibrilación auricular", "I48.0"), ("EPOC", "J44.9"), ("fractura de cadera", "S72.0"), ("infección urinaria", "N39.0"),
      ("insuficiencia cardiaca", "I50.9"), ("golpe de calor", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-8, 45))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 250))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 160)} km/h",
        "snow": lambda: f"{rng.randint(5, 250)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))} %",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{f(rng.uniform(0.5, 4.5), 2)} mg/dl",
    }[kind or "temp"]()


def make_surname(rng, surnames):
    a = rng.choice(surnames)
    if rng.random() < 0.7:
        b = rng.choice([s for s in surnames if s != a])
        return f"{a} {b}"
    return a


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    fm["ini"] = f"{first[0]}. {last}"
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1}, de {P1:age} años, ingresó el {DATE} desde Urgencias por disnea. Antecedentes de {EPO:code}; sospecha de {DX}.",
                   "{P1} acudió el {DATE:long} a la consulta de Endocrinología: HbA1c {MEAS:pct}; se inicia tratamiento con {DRUG}."],
        "finance": ["{P1} solicitó el {DATE} un préstamo personal de {AMT} a {INST:f}. El expediente está completo.",
                    "{P1} reclama un cargo con tarjeta de {AMT} a favor de {COMPANY} de fecha {DATE}."],
        "climate": ["{P1} se encarga desde el {DATE} del mantenimiento de la estación de {STATION}. La temperatura media fue de {MEAS:temp}.",
                    "{P1} comunicó inundaciones en {PLACE} tras registrarse {MEAS:prec} de lluvia en 24 horas."],
    },
    "object": {
        "health": ["Revisamos a {P1} en consulta el {DATE} tras el ingreso por {DX}. Continuar con {DRUG} 20 mg al día.",
                   "Rogamos citar a {P1} para control el {DATE}."],
        "finance": ["Por favor, contacten con {P1} en relación con la factura impagada {REF} ({AMT}).",
                    "La oficina informó a {P1} el {DATE} del bloqueo temporal de su tarjeta."],
        "climate": ["El equipo de la red formará a {P1} el {DATE} en el mantenimiento del pluviómetro de {STATION}.",
                    "Se encargó a {P1} la evaluación de la sequía en los alrededores de {PLACE} (encargo de {INST:c0})."],
    },
    "preposition": {
        "health": ["Los resultados se comentaron con {P1} el {DATE}; se mantiene {DRUG}.",
                   "La ecografía realizada por {P1} es compatible con el diagnóstico conocido de {EPO:code}."],
        "finance": ["La transferencia de {AMT} a {COMPANY} fue aprobada por {P1}.",
                    "Tras hablar con {P1}, las cuotas quedan suspendidas hasta el {DATE}."],
        "climate": ["El piranómetro de {STATION} fue recalibrado por {P1} ({INST:c0}).",
                    "El informe sobre la tormenta en {PLACE} se redactó junto con {P1}."],
    },
    "pair": {
        "health": ["Pase de visita {P1?del Dr.|de la Dra.} {P1} y {P2?del Dr.|de la Dra.} {P2}: evolución favorable tras {DX}, constantes estables.",
                   "Los familiares, {P1} y {P2}, fueron informados del diagnóstico de {EPO}."],
        "finance": ["La cuenta conjunta de {P1} y {P2} presenta un saldo de {AMT}.",
                    "La hipoteca fue firmada por {P1} y {P2} el {DATE}."],
        "climate": ["El espesor de nieve en {STATION} ({MEAS:snow}) fue medido por {P1} y {P2}."],
    },
    "possessive": {
        "health": ["La analítica de {P1} del {DATE} muestra una creatinina de {MEAS:lab}; se redujo la dosis de {DRUG}.",
                   "En la hoja de enfermería de {P1} consta una tensión de {MEAS:bp} el {DATE}."],
        "finance": ["La cartera de {P1} incluye acciones de {COMPANY} por valor de {AMT}.",
                    "En el extracto de la tarjeta de {P1} figura un cargo de {AMT} del {DATE}."],
        "climate": ["El cuaderno de observaciones de {P1} para la estación de {STATION} presenta una laguna el {DATE}."],
    },
    "apposition": {
        "health": ["{P1?El paciente|La paciente}, {P1}, nacid{P1?o|a} el {DOB}, con domicilio en {ADDR}, ingresad{P1?o|a} por {DX}, recibió {DRUG}.",
                   "Nuestr{P1?o|a} paciente – {P1}, {P1:age} años – está en seguimiento por {EPO:code}."],
        "finance": ["{P1?El solicitante|La solicitante}, {P1}, DNI {NID}, percibe un salario neto de {AMT} en {COMPANY}."],
        "climate": ["{P1?Nuestro observador voluntario|Nuestra observadora voluntaria}, {P1}, registró {MEAS:prec} de lluvia en {PLACE} durante la noche."],
    },
    "title": {
        "health": ["{P1?Estimado Dr.|Estimada Dra.} {P1:last}:\nLe remitimos {P2?al Sr.|a la Sra.} {P2}, ingresad{P2?o|a} del {DATE} al {DATE:next}.",
                   "{P1?El Dr.|La Dra.} {P1} ({INST:h0}) recomienda control en tres meses por {EPO}."],
        "finance": ["{P1?Estimado Sr.|Estimada Sra.} {P1:last}:\nSu solicitud del {DATE} de aplazamiento de la cuota de {AMT} ha sido estudiada."],
        "climate": ["{P1?El Dr.|La Dra.} {P1} ({INST:c0}) presentó los resultados sobre estrés térmico en {PLACE}."],
    },
    "form_label": {
        "health": ["Paciente: {P1}\nFecha de nacimiento: {DOB}\nDNI: {NID}\nN.º de afiliación a la Seguridad Social: {HIID}\nDiagnóstico: {DX}",
                   "Apellidos y nombre: {P1:sfc}\nNHC: {MRN}\nIngreso: {DATE}\nMédico de cabecera: Dr. {P2}"],
        "finance": ["Titular: {P1}\nIBAN: {IBAN}\nBIC: [[CAIXESBBXXX|CODE]]\nConcepto: {REF}"],
        "climate": ["Observador: {P1}\nEstación: {STATION}\nFecha: {DATE}\nTel.: {PHONE}\nPrecipitación diaria: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Agradecemos su confianza. @@\n\nAtentamente,\n\n{P1?Dr.|Dra.} {P1}\nServicio de Cardiología, {INST:h0}",
                   "@@Quedamos a su disposición.\n\nUn saludo,\n{P1}\n{INST:h0}"],
        "finance": ["Su préstamo n.º {REF} quedó cancelado el {DATE}. @@\n\nAtentamente,\n{P1}\n{INST:f}"],
        "climate": ["Adjuntamos los valores mensuales de la estación de {STATION}. @@\n\nSaludos cordiales,\n{P1}\n{INST:c0}"],
    },
    "list": {
        "health": ["Asistentes al comité de tumores del {DATE}: {P1}, {P2}, {P3} y {P4}. Propuesta para [[linfoma de Hodgkin|DISEASE]] ([[C81.9|CODE]]): quimioterapia ABVD."],
        "finance": ["Los apoderados de {COMPANY} Inversiones S.L. son {P1}, {P2} y {P3}."],
        "climate": ["En la campaña de medición en {STATION} participaron {P1}, {P2}, {P3} y {P4}.",
                    "Distribución: {P1}, {P2}, {P3} ({INST:c0})."],
    },
    "surname_first": {
        "health": ["Paciente: {P1:SF}, nacid{P1?o|a} el {DOB}, cama 12, {INST:h0}. Diagnóstico: {DX}."],
        "finance": ["Ordenante: {P1:sfc} – Beneficiario: {COMPANY} – Importe: {AMT}."],
        "climate": ["Libro de registro de {STATION}, {DATE}: {P1:sfc} (mantenimiento), {P2:sfc} (lecturas)."],
    },
    "identifiers_only": {
        "health": ["NHC {MRN}, NUSS {HIID}. Ingreso en {INST:h} el {DATE} por {DX}.",
                   "Familiares localizables en el {MOBILE}; el informe {REF} confirma {EPO:code}."],
        "finance": ["El pago con tarjeta {CARD} del {DATE} en {COMPANY} ({AMT}) se marcó como sospechoso; acceso desde la IP {IP}."],
        "climate": ["El registrador {PROD} de {STATION} transmite desde {IP6} desde el {DATE}. Último valor: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Para cualquier consulta, llamar a la secretaría al {PHONE}.", "Tratamiento al alta: {DRUG} 5 mg cada 12 horas.",
               "Con domicilio en {ADDR}, ingresa por {DX}.", "N.º de afiliación a la Seguridad Social: {HIID}.",
               "Próxima revisión el {DATE}, informe n.º {REF}.", "NHC {MRN}; hija localizable en el {MOBILE}.",
               "Fecha de nacimiento: {DOB}.", "Tel. domicilio {PHONE}."],
    "finance": ["La cuota mensual de {AMT} se carga en la cuenta {IBAN}.", "Pago con tarjeta {CARD} el {DATE}.",
                "Acceso a la banca online desde la IP {IP} el {DATE}.", "NIE: {NID2}.",
                "Devolver la llamada al {MOBILE} o escribir a {EMAIL}.", "Domicilio declarado: {ADDR:full}.",
                "Fecha de nacimiento según el DNI: {DOB}.", "La factura {REF} por {AMT} está abonada."],
    "climate": ["La lluvia semanal fue de {MEAS:prec}, con una racha máxima de {MEAS:wind}.",
                "Solicitudes de datos: {EMAIL}, tel. {PHONE}.", "La concentración media de CO2 fue de {MEAS:co2}.",
                "Los daños en {PLACE} se estiman en {AMT}.", "Los repuestos se pidieron a {COMPANY} (pedido {REF}).",
                "El pluviómetro está en el jardín del observador, {ADDR:full}.",
                "Durante la ola de calor se interrumpió la circulación en la estación {TRAIN}."],
}
