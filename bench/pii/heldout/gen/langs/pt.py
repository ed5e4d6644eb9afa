from ..base import dmy, money, default_forms
from .. import ids

CODE, REGION, TRUNK, IBAN_CC = "pt", "PT", "", "PT"
FIXED = ["21", "22", "239", "253", "289", "234", "266", "265", "291", "232"]
MOBILE = ["91", "92", "93", "96"]
PHONE_STYLES = ["nat", "intl", "00", "plain", "nsn3", "intl3"]
MOBILE_STYLES = ["nat", "intl", "plain", "e164", "intl3"]
GROUPS = ["3", "34"]
EMAIL_DOMAINS = ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "outlook.pt", "iol.pt", "clix.pt"]
TITLE = {"m": "Sr.", "f": "Sr.ª"}
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]
TRAINS = ["Santa Apolónia", "Porto-Campanhã", "Lisboa-Oriente", "Coimbra-B", "Entroncamento"]


def date(d):
    return dmy(d, "/")


def date_long(d):
    return f"{d.day} de {MONTHS[d.month - 1]} de {d.year}"


def amount(rng, arg):
    return money(rng, " ", ",", [("€", "after"), ("EUR", "after"), ("euros", "after"), ("€", "after")])


nid = ids.pt_nif_
nid2 = ids.pt_cartao_cidadao
hiid = ids.pt_sns


def mrn(rng):
    return rng.choice(["%07d" % rng.randint(10 ** 5, 10 ** 7 - 1), "%d/%06d" % (rng.randint(2019, 2024), rng.randint(0, 999999))])


def ref(rng):
    return rng.choice(["FT %d/%04d" % (rng.randint(2022, 2025), rng.randint(1, 9999)), "FR A/%05d" % rng.randint(1, 99999),
                       "PROC-%05d" % rng.randint(1, 99999), "%d.%d" % (rng.randint(100, 9999), rng.randint(2022, 2025))])


STREETS = ["Rua Augusta", "Avenida da Liberdade", "Praça Marquês de Pombal", "Rua de Santa Catarina", "Rua do Ouro", "Avenida dos Aliados",
           "Rua Ferreira Borges", "Travessa do Carmo", "Calçada do Combro", "Rua das Flores", "Avenida da República", "Rua Direita"]
TOWNS = ["1100-048 Lisboa", "4000-064 Porto", "3000-150 Coimbra", "4700-424 Braga", "8000-138 Faro", "3810-193 Aveiro",
         "7000-509 Évora", "2900-276 Setúbal", "9000-060 Funchal", "3500-033 Viseu", "2400-137 Leiria", "9500-056 Ponta Delgada"]


def address(rng, full):
    no = rng.choice(["%d" % rng.randint(1, 300), "%d, %d.º Esq." % (rng.randint(1, 200), rng.randint(1, 9)), "%d, %d.º Dto." % (rng.randint(1, 200), rng.randint(1, 9)),
                     "%d-%s" % (rng.randint(1, 120), rng.choice("ABC")), "%d, r/c" % rng.randint(1, 90)])
    s = f"{rng.choice(STREETS)}, {no}"
    return f"{s}, {rng.choice(TOWNS)}" if full else s


PLACES = ["Lisboa", "Porto", "Coimbra", "Braga", "Faro", "Aveiro", "Évora", "Setúbal", "Funchal", "Viseu", "Leiria", "Ponta Delgada"]
INST = {
    "h": ["Hospital de Santa Maria", "Hospital de São João", "Hospital Garcia de Orta", "Hospital Pulido Valente",
          "Centro Hospitalar e Universitário de Coimbra", "IPO Lisboa", "Hospital da Luz", "Hospital Beatriz Ângelo"],
    "ins": ["SNS", "ADSE", "Médis", "Multicare"],
    "f": ["Caixa Geral de Depósitos", "Millennium bcp", "Novo Banco", "Santander Totta", "Banco BPI", "Crédito Agrícola"],
    "c": ["IPMA", "Agência Portuguesa do Ambiente", "Instituto Dom Luiz", "Universidade de Aveiro"],
}
COMPANIES = ["Jerónimo Martins", "Sonae", "Bial", "Hovione", "Corticeira Amorim", "Sumol", "Delta Cafés", "Vista Alegre", "Galp", "EDP"]
EPO = [("doença de Crohn", "K50.9"), ("doença de Parkinson", "G20"), ("doença de Alzheimer", "G30.9"), ("linfoma de Hodgkin", "C81.9"),
       ("doença de Addison", "E27.1"), ("tiroidite de Hashimoto", "E06.3"), ("doença de Graves", "E05.0")]
DRUGS = ["Ben-u-ron", "Brufen", "Varfine", "Xarelto", "Eliquis", "Letter", "Humira", "Ozempic", "Voltaren", "Nolotil", "Pantoc", "Tromalyt"]
STATIONS = ["Penhas Douradas", "Lisboa/Geofísico", "Cabo Carvoeiro", "Serra da Estrela", "Sagres", "Bragança", "Cabo da Roca"]
DX = [("pneumonia", "J18.9"), ("enfarte agudo do miocárdio", "I21.9"), ("diabetes mellitus tipo 2", "E11.9"), ("hipertensão arterial", "I10"),
      ("fibrilhação auricular", "I48.0"), ("DPOC", "J44.9"), ("fratura do colo do fémur", "S72.0"), ("infeção urinária", "N39.0"),
      ("insuficiência cardíaca", "I50.9"), ("golpe de calor", "T67.0")]


def meas(rng, kind):
    f = lambda v, nd=1: f"{v:.{nd}f}".replace(".", ",")
    return {
        "temp": lambda: f"{f(rng.uniform(-5, 46))} °C", "prec": lambda: f"{f(rng.uniform(0.4, 150))} mm",
        "co2": lambda: f"{f(rng.uniform(415, 432))} ppm", "wind": lambda: f"{rng.randint(45, 160)} km/h",
        "snow": lambda: f"{rng.randint(5, 120)} cm", "pct": lambda: f"{f(rng.uniform(5.2, 11.5))}%",
        "press": lambda: f"{f(rng.uniform(960, 1040))} hPa", "bp": lambda: f"{rng.randint(100, 190)}/{rng.randint(60, 110)} mmHg",
        "lab": lambda: f"{f(rng.uniform(0.5, 4.5), 2)} mg/dl",
    }[kind or "temp"]()


def make_surname(rng, surnames):
    a = rng.choice(surnames)
    if rng.random() < 0.6:
        b = rng.choice([s for s in surnames if s != a])
        return f"{a} {b}"
    return a


def person_forms(first, last, g):
    fm = default_forms(first, last, g)
    parts = last.split()
    fm["SF"] = f"{parts[-1].upper()}, {first}{(' ' + ' '.join(parts[:-1])) if len(parts) > 1 else ''}"
    return fm


FRAMES = {
    "subject": {
        "health": ["{P1}, de {P1:age} anos, foi internad{P1?o|a} a {DATE} através da urgência por dispneia. Antecedentes de {EPO:code}; hipótese diagnóstica: {DX}.",
                   "{P1} compareceu a {DATE:long} na consulta de diabetologia. HbA1c de {MEAS:pct}; iniciou {DRUG}."],
        "finance": ["{P1} pediu a {DATE} um crédito pessoal de {AMT} ({INST:f}). O processo está completo.",
                    "{P1} contesta um pagamento com cartão de {AMT} a favor de {COMPANY}, datado de {DATE}."],
        "climate": ["{P1} assegura desde {DATE} a manutenção da estação de {STATION}. A temperatura média foi de {MEAS:temp}.",
                    "{P1} comunicou inundações em {PLACE} após {MEAS:prec} de precipitação em 24 horas."],
    },
    "object": {
        "health": ["Observámos {P1?o Sr.|a Sr.ª} {P1} na consulta a {DATE}, após internamento por {DX}. Manter {DRUG} 20 mg por dia.",
                   "Solicita-se a convocação de {P1} para reavaliação a {DATE}."],
        "finance": ["Contactar {P1} a propósito da fatura em dívida {REF} ({AMT}).",
                    "A agência informou {P1} a {DATE} do bloqueio temporário do cartão."],
        "climate": ["A equipa da rede vai formar {P1} a {DATE} na manutenção do udómetro da estação de {STATION}.",
                    "Foi atribuída a {P1} a avaliação dos efeitos da seca na região de {PLACE} ({INST:c})."],
    },
    "preposition": {
        "health": ["Os resultados foram discutidos com {P1} a {DATE}; mantém {DRUG}.",
                   "A ecografia realizada por {P1} é compatível com o diagnóstico conhecido de {EPO:code}."],
        "finance": ["A transferência de {AMT} para {COMPANY} foi autorizada por {P1}.",
                    "Após conversa com {P1}, as prestações ficam suspensas até {DATE}."],
        "climate": ["O piranómetro da estação de {STATION} foi recalibrado por {P1} ({INST:c}).",
                    "O relatório sobre a tempestade em {PLACE} foi elaborado em conjunto com {P1}."],
    },
    "pair": {
        "health": ["Visita {P1?do Dr.|da Dr.ª} {P1} e {P2?do Dr.|da Dr.ª} {P2}: diagnóstico {DX}, estado estável.",
                   "Os familiares, {P1} e {P2}, foram informados do diagnóstico de {EPO}."],
        "finance": ["A conta conjunta de {P1} e {P2} apresenta um saldo de {AMT}.",
                    "O contrato de crédito à habitação foi assinado por {P1} e {P2} a {DATE}."],
        "climate": ["A altura de neve na estação de {STATION} ({MEAS:snow}) foi medida por {P1} e {P2}."],
    },
    "possessive": {
        "health": ["As análises de {P1} de {DATE} mostram uma creatinina de {MEAS:lab}; a dose de {DRUG} foi reduzida.",
                   "No registo de enfermagem de {P1} consta, a {DATE}, uma tensão arterial de {MEAS:bp}."],
        "finance": ["A carteira de {P1} inclui ações da {COMPANY} no valor de {AMT}.",
                    "O extrato do cartão de {P1} mostra um débito de {AMT} a {DATE}."],
        "climate": ["O diário de observações de {P1} para a estação de {STATION} tem uma falha a {DATE}."],
    },
    "apposition": {
        "health": ["{P1?O doente|A doente}, {P1}, nascid{P1?o|a} a {DOB}, residente na {ADDR}, internad{P1?o|a} por {DX}, recebeu {DRUG}.",
                   "{P1?O nosso doente|A nossa doente} – {P1}, {P1:age} anos – é seguid{P1?o|a} na consulta. Diagnóstico conhecido: {EPO:code}."],
        "finance": ["{P1?O requerente|A requerente}, {P1}, NIF {NID}, aufere um salário líquido de {AMT} na {COMPANY}."],
        "climate": ["{P1?O nosso observador voluntário|A nossa observadora voluntária}, {P1}, registou {MEAS:prec} de chuva em {PLACE} durante a noite."],
    },
    "title": {
        "health": ["{P1?Exmo. Sr. Dr.|Exma. Sr.ª Dr.ª} {P1:last},\nenviamos {P2?o Sr.|a Sr.ª} {P2}, internad{P2?o|a} de {DATE} a {DATE:next}.",
                   "{P1?O Prof. Doutor|A Prof.ª Doutora} {P1} ({INST:h}) recomenda reavaliação dentro de três meses ({EPO})."],
        "finance": ["{P1?Exmo. Senhor|Exma. Senhora} {P1},\no seu pedido de {DATE} de adiamento da prestação de {AMT} foi analisado."],
        "climate": ["{P1?O Dr.|A Dr.ª} {P1} ({INST:c}) apresentou os resultados sobre o stress térmico em {PLACE}."],
    },
    "form_label": {
        "health": ["Nome: {P1}\nData de nascimento: {DOB}\nN.º de utente SNS: {HIID}\nNIF: {NID}\nDiagnóstico: {DX}",
                   "Doente: {P1}\nN.º de processo: {MRN}\nAdmissão: {DATE}\nMédico assistente: Dr. {P2}"],
        "finance": ["Titular: {P1}\nIBAN: {IBAN}\nBIC: [[CGDIPTPL|CODE]]\nDescritivo: {REF}"],
        "climate": ["Observador: {P1}\nEstação: {STATION}\nData: {DATE}\nTel.: {PHONE}\nPrecipitação diária: {MEAS:prec}"],
    },
    "signature": {
        "health": ["Agradecemos a referenciação. @@\n\nCom os melhores cumprimentos,\n\n{P1?Dr.|Dr.ª} {P1}\nServiço de Cardiologia, {INST:h}",
                   "@@Estamos ao dispor para qualquer esclarecimento.\n\nCumprimentos,\n{P1}\n{INST:h}"],
        "finance": ["O seu crédito n.º {REF} foi liquidado a {DATE}. @@\n\nCom os melhores cumprimentos,\n{P1}\n{INST:f}"],
        "climate": ["Seguem em anexo os valores mensais da estação de {STATION}. @@\n\nCumprimentos,\n{P1}\n{INST:c}"],
    },
    "list": {
        "health": ["Presentes na reunião multidisciplinar de {DATE}: {P1}, {P2}, {P3} e {P4}. Proposta para [[linfoma de Hodgkin|DISEASE]] ([[C81.9|CODE]]): quimioterapia ABVD."],
        "finance": ["Os gerentes da {COMPANY} SGPS são {P1}, {P2} e {P3}."],
        "climate": ["Na campanha de medições na estação de {STATION} participaram {P1}, {P2}, {P3} e {P4}.",
                    "Distribuição: {P1}, {P2}, {P3} ({INST:c})."],
    },
    "surname_first": {
        "health": ["Doente: {P1:SF}, nascid{P1?o|a} a {DOB}, cama 12, {INST:h}. Diagnóstico: {DX}."],
        "finance": ["Ordenante: {P1:SF} – Beneficiário: {COMPANY} – Montante: {AMT}."],
        "climate": ["Registo da estação de {STATION}, {DATE}: {P1:SF} (manutenção), {P2:SF} (leituras)."],
    },
    "identifiers_only": {
        "health": ["Processo n.º {MRN}, utente SNS {HIID}. Admissão a {DATE} ({INST:h}), diagnóstico {DX}.",
                   "Familiar contactável pelo {MOBILE}; o relatório {REF} confirma {EPO:code}."],
        "finance": ["O pagamento com o cartão {CARD} a {DATE} ({COMPANY}, {AMT}) foi assinalado como suspeito; acesso a partir do IP {IP}."],
        "climate": ["O registador {PROD} da estação de {STATION} transmite a partir de {IP6} desde {DATE}. Último valor: {MEAS:temp}."],
    },
}
EXTRA = {
    "health": ["Para informações, contactar o secretariado: {PHONE}.", "Medicação à alta: {DRUG} 5 mg de 12 em 12 horas.",
               "Residente na {ADDR}, internado por {DX}.", "N.º de utente SNS: {HIID}.",
               "Reavaliação a {DATE}, relatório n.º {REF}.", "Processo n.º {MRN}; filha – tel. {MOBILE}.",
               "Data de nascimento: {DOB}.", "Tel. de casa {PHONE}."],
    "finance": ["A prestação mensal de {AMT} é debitada na conta {IBAN}.", "Pagamento com cartão {CARD} a {DATE}.",
                "Acesso ao homebanking a partir do IP {IP} a {DATE}.", "Cartão de Cidadão n.º {NID2}.",
                "Por favor ligue para o {MOBILE} ou escreva para {EMAIL}.", "Morada: {ADDR:full}.",
                "Data de nascimento segundo o Cartão de Cidadão: {DOB}.", "A fatura {REF} de {AMT} está liquidada."],
    "climate": ["A precipitação semanal foi de {MEAS:prec}, com uma rajada máxima de {MEAS:wind}.",
                "Pedidos de dados: {EMAIL}, tel. {PHONE}.", "A concentração média de CO2 foi de {MEAS:co2}.",
                "Os prejuízos em {PLACE} estão estimados em {AMT}.", "As peças de substituição foram encomendadas à {COMPANY} (encomenda {REF}).",
                "O udómetro está no quintal do observador, {ADDR:full}.", "Devido ao calor, a circulação em {TRAIN} foi interrompida."],
}
