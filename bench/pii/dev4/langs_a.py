"""Language data, part A (de en fr es it pt nl sv da fi mt ga).

Template mini-language (see build.py):
  {A} {A2}   address of the document's country (style set by the frame)
  {AN} {AN2} address forced to the 'nostreet' style
  {AS}       street line only (street + number [+ unit]), still STREET_ADDRESS
  {P} {PM} {PF} {P2} ...  person names (PM male, PF female)
  {T} phone  {E} e-mail   {D} {D2} date  {M} amount  {C} ICD code  {PC} product code
  {R} reference  {ME} measure  {STN} station  {W} ward  {RO} room  {PL} town alone
  {I} institution  {H} hospital  {CO} company  {DR} drug  {DI} disease
  [[literal text|KIND]]  literal keep span of the given kind
"""

L = {}

L['de'] = dict(
    countries=['DE'], foreign=['AT', 'FR', 'PL', 'NL', 'CZ', 'DK', 'IT'],
    fm="Klaus Jonas Stefan Lukas Matthias Tobias Jürgen Felix Dieter Niklas".split(),
    ff="Sabine Anna Katrin Lena Monika Julia Birgit Sophie Petra Miriam".split(),
    sm="Weber Schneider Hoffmann Krüger Schulze Becker Wagner Zimmermann Hartmann Lorenz Brandt Vogel".split(),
    phone=["+49 221 #######", "0221 ######", "0151 ########", "+49 89 ########", "030 ########"],
    mail=["web.de", "gmx.de", "posteo.de", "t-online.de"],
    date="{d:02d}.{m:02d}.{y}", months="Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    datel="{d}. {M} {y}", amt=('.', ',', "{} €"),
    refs=["RE-2024-####", "Az. # C ###/24", "KD-######", "Vorgang ######"],
    hosp=["Universitätsklinikum Münster", "St.-Josef-Hospital Bochum", "Klinikum Nürnberg Nord"],
    inst=["Amtsgericht Charlottenburg", "Finanzamt Köln-Altstadt", "Bürgeramt Leipzig-Mitte"],
    comp=["Brandt & Vogel Logistik GmbH", "Hansewerk Solar AG", "Müller Haustechnik GmbH & Co. KG"],
    ward=["Station 4B", "Intensivstation 2", "Station Kardiologie 3"],
    room=["Zimmer 214", "Raum 1.07", "Bett 3"],
    dis=["Pneumonie", "Diabetes mellitus Typ 2", "arterielle Hypertonie", "akute Appendizitis"],
    drug=["Metformin", "Ramipril", "Ibuprofen", "Amoxicillin"],
    stn=["Köln Hbf", "München-Pasing", "Berlin Ostkreuz"],
    roles=["Sachbearbeiterin Kundenservice", "Leiter Einkauf", "Projektmanagerin"],
    lab="Absender|Empfänger|Betreff|Sehr geehrte Damen und Herren,|Mit freundlichen Grüßen|Rechnung|Rechnungsnummer|"
        "Rechnungsanschrift|Lieferanschrift|Gesamtbetrag|Patient/in|Geburtsdatum|Anschrift|Station|Diagnose|"
        "Entlassungsbericht|Einladung zur Projektbesprechung|Wann|Wo|Telefon|E-Mail|Straße|Hausnummer|Adresszusatz|"
        "PLZ|Ort|Name|Datum|Artikel|Menge|Schadenmeldung|Schadenort|Schadentag|Versicherungsschein-Nr.|Betrag|"
        "Anmeldeformular|Mieter|Vermieter|Mietvertrag|Kaltmiete|Mietobjekt|Medikation",
    run=[
        "Laut Ummeldung vom {D} ist {PF} von {A} nach {A2} umgezogen; die neue Anschrift gilt ab sofort auch für den Vorgang {R}.",
        "Die Lieferung wurde am {D} an {A} zugestellt – der Empfänger war jedoch nicht anzutreffen, daher bitten wir um Rückruf unter {T}.",
        "Wir laden Sie herzlich zur Mitgliederversammlung am {D} um 18:30 Uhr ein, die diesmal im Vereinsheim (Anschrift: {A}) stattfindet; Vollmachten bitte an {E}.",
        "Der Patient {PM}, wohnhaft {A}, wurde am {D} mit Verdacht auf {DI} ({C}) eingeliefert; aufnehmende Klinik: {H}.",
        "Nach Angaben der Polizei ereignete sich der Einbruch in der Nacht zum {D} in einem Mehrfamilienhaus – {A} – wobei Schmuck im Wert von rund {M} entwendet wurde.",
        "Bitte senden Sie den unterschriebenen Mietvertrag samt Kaution in Höhe von {M} bis zum {D} an die Hausverwaltung {CO} („{A}“).",
    ],
    nos=[
        "Die Praxis ist umgezogen und befindet sich seit dem {D} in neuen Räumen: {AN}. Termine weiterhin unter {T}.",
        "Treffpunkt für die Stadtführung am {D} ist {AN} (direkt vor dem Café), Kosten pro Person: {M}.",
        "{PF} hat den Hof ihrer Eltern übernommen und ist seit dem Frühjahr unter {AN} gemeldet; Post für den Betrieb geht weiterhin an {AN2}.",
    ],
    neg=[
        "Gemäß [[Art. 17 DSGVO|REF]] wurde der Antrag vom {D} geprüft; die Frist nach [[§ 12 Abs. 3 BDSG|REF]] endet am {D2}.",
        "Der [[ICE 578|REF]] nach {PL} fährt heute ausnahmsweise von [[Gleis 7|STATION]] in [[Köln Hbf|STATION]]; der Flug [[LH 2034|REF]] startet planmäßig.",
        "Patientin auf [[Station 4B|STATION]], [[Zimmer 214|ROOM]], [[Bett 2|ROOM]]: [[Ibuprofen|DRUG]] [[400 mg|MEASURE]] bei Bedarf, Diagnose [[M54.5|CODE]].",
        "Die Demonstration auf der [[Hauptstraße|PLACE]] verlief friedlich; die [[Bäckerei Schulte GmbH, Bielefeld|COMPANY]] stellte ihren neuen [[VW ID. Buzz Cargo|CODE]] vor, und am {D} wurde ein Bußgeld von {M} verhängt.",
    ],
    body=["bezugnehmend auf Ihre Rechnung {RI} vom {D} teilen wir Ihnen mit, dass der Betrag von {M} heute angewiesen wurde.",
          "wir berichten über {PM}, der sich vom {D} bis {D2} in stationärer Behandlung ({W}) befand. Diagnose: {DI} ({C}). Entlassmedikation: {DR} {DO}."],
    track="Ihre Sendung {RT} wird heute zwischen 10:00 und 14:00 Uhr zugestellt an:",
)

L['en'] = dict(
    countries=['IE', 'GB'], foreign=['FR', 'DE', 'ES', 'NL', 'PL', 'IT', 'MT'],
    fm="Sean Patrick David Conor James Michael Declan Thomas Ciarán Mark".split(),
    ff="Aoife Sarah Niamh Emma Siobhán Claire Rachel Orla Laura Grace".split(),
    sm="Murphy Kelly O'Brien Walsh Byrne Ryan Doyle Fitzgerald Thompson Clarke Hughes Kavanagh".split(),
    phone=["+353 1 ### ####", "087 ### ####", "(021) 4## ####", "+44 20 7### ####", "07700 9## ###"],
    mail=["gmail.com", "eircom.net", "outlook.ie", "btinternet.com"],
    date="{d:02d}/{m:02d}/{y}", months="January February March April May June July August September October November December".split(),
    datel="{d} {M} {y}", amt=(',', '.', "€{}"),
    refs=["INV-2024-####", "Case No. ####/24", "Claim ref. CL-######", "PO ######"],
    hosp=["St. James's Hospital", "Cork University Hospital", "Beaumont Hospital"],
    inst=["Galway City Council", "the District Court", "the Revenue Commissioners"],
    comp=["Shannon Freight Ltd", "Liffey Print & Design Ltd", "Corrib Solar Solutions DAC"],
    ward=["St. Brigid's Ward", "Ward 7B", "the Coronary Care Unit"],
    room=["Room 214", "Bed 3", "Meeting Room 2.07"],
    dis=["community-acquired pneumonia", "type 2 diabetes", "hypertension", "acute appendicitis"],
    drug=["Metformin", "Ramipril", "Amoxicillin", "Paracetamol"],
    stn=["Dublin Heuston", "Cork Kent", "Galway Ceannt"],
    roles=["Accounts Administrator", "Operations Manager", "Customer Care Team Lead"],
    lab="From|To|Re|Dear Sir or Madam,|Yours faithfully,|Invoice|Invoice no.|Bill to|Deliver to|Total due|Patient|"
        "Date of birth|Address|Ward|Diagnosis|Discharge summary|Meeting invitation: quarterly review|When|Where|Phone|"
        "Email|Street|House no.|Flat/Unit|Postcode|Town|Name|Date|Item|Qty|Insurance claim form|Location of incident|"
        "Date of incident|Policy number|Amount claimed|Registration form|Tenant|Landlord|Tenancy agreement|"
        "Monthly rent|Property|Medication",
    run=[
        "Following the change-of-address notice dated {D}, {P} has moved from {A} to {A2}, and all future correspondence about account {R} should be sent there.",
        "Your parcel was delivered on {D} to {A} and signed for by a neighbour — if this was not you, please call us on {T}.",
        "The residents' meeting will be held at {A} on {D} at 7.30 pm (tea and biscuits provided); apologies to {E}.",
        "{PM}, of {A}, was brought to {H} on {D} with suspected {DI} and was treated on {W}.",
        "Police are appealing for witnesses after a break-in at a house at {A} in the early hours of {D}; jewellery worth about {M} was taken.",
        "Please send the signed lease, together with the deposit of {M}, to the letting agent – {CO}, {A} – no later than {D}.",
        "The tenant's forwarding address is given in the file as \"{A}\", but post sent there on {D} was returned unopened.",
    ],
    nos=[
        "From {D} the surgery will operate from {AN}; the phone number ({T}) stays the same.",
        "The walking tour starts at {AN} at 10 am on {D}, tickets {M}.",
        "{PF} grew up at {AN} but now lives at {AN2} with her daughter.",
    ],
    neg=[
        "Under [[Article 17 of the GDPR|REF]] the request received on {D} was processed within the deadline set by [[Section 9(2)|REF]] of the Act.",
        "Flight [[EI 154|REF]] to {PL} leaves from [[Terminal 2|STATION]], and the [[Enterprise 8.20|REF]] from [[Dublin Connolly|STATION]] [[Platform 4|STATION]] is running 25 minutes late.",
        "Patient moved to [[Ward 7B|STATION]], [[Room 12|ROOM]], [[Bed 3|ROOM]]; started on [[Amoxicillin|DRUG]] [[500 mg|MEASURE]] three times daily for [[J18.9|CODE]].",
        "The protest on [[O'Connell Street|PLACE]] passed off peacefully, [[Kerrygold Creameries Tralee|COMPANY]] launched its new [[Model X200|CODE]] blender, and a fine of {M} was imposed on {D}.",
    ],
    body=["With reference to invoice {RI} dated {D}, we confirm that the outstanding amount of {M} has now been paid.",
          "{PM} was admitted on {D} and discharged on {D2} from {W}. Diagnosis: {DI} ({C}). Discharge medication: {DR} {DO}."],
    track="Your parcel {RT} is out for delivery today between 10:00 and 14:00 to:",
)

L['fr'] = dict(
    countries=['FR'], foreign=['DE', 'ES', 'IT', 'NL', 'PT', 'GB', 'RO'],
    fm="Jean Pierre Nicolas Julien Thomas François Laurent Mathieu Olivier Antoine".split(),
    ff="Marie Sophie Camille Claire Isabelle Nathalie Julie Émilie Céline Aurélie".split(),
    sm="Martin Bernard Dubois Moreau Lefèvre Girard Roux Fontaine Chevalier Garnier Lambert Rousseau".split(),
    phone=["+33 1 ## ## ## ##", "06 ## ## ## ##", "04 78 ## ## ##"],
    mail=["orange.fr", "free.fr", "laposte.net", "wanadoo.fr"],
    date="{d:02d}/{m:02d}/{y}", months="janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    datel="{d} {M} {y}", amt=(' ', ',', "{} €"),
    refs=["FA-2024-####", "Dossier n° ####/24", "Réf. ######", "RG ##/#####"],
    hosp=["CHU de Bordeaux", "Centre hospitalier de Valence", "CHU de Rennes"],
    inst=["Tribunal judiciaire de Lyon", "Conseil départemental du Rhône", "Centre des finances publiques de Nantes"],
    comp=["Transports Garnier SARL", "Boulangerie Roux & Fils", "Solaire Atlantique SAS"],
    ward=["service de pneumologie", "service de réanimation", "service de cardiologie"],
    room=["chambre 214", "lit 3", "salle de réunion B2.07"],
    dis=["pneumopathie", "diabète de type 2", "hypertension artérielle", "appendicite aiguë"],
    drug=["metformine", "ramipril", "amoxicilline", "paracétamol"],
    stn=["Lyon Part-Dieu", "Paris Gare de Lyon", "Bordeaux Saint-Jean"],
    roles=["Chargée de clientèle", "Responsable des achats", "Cheffe de projet"],
    lab="Expéditeur|Destinataire|Objet|Madame, Monsieur,|Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.|"
        "Facture|N° de facture|Adresse de facturation|Adresse de livraison|Total TTC|Patient(e)|Date de naissance|Adresse|"
        "Service|Diagnostic|Compte rendu d'hospitalisation|Invitation : réunion de suivi|Date et heure|Lieu|Téléphone|"
        "Courriel|Voie|N°|Complément d'adresse|Code postal|Commune|Nom|Date|Article|Qté|Déclaration de sinistre|"
        "Lieu du sinistre|Date du sinistre|N° de contrat|Montant|Formulaire d'inscription|Locataire|Bailleur|"
        "Bail d'habitation|Loyer mensuel|Logement|Traitement",
    run=[
        "Suite à sa déclaration du {D}, {PF} a quitté son logement du {A} pour s'installer chez sa sœur, {A2} ; merci de mettre à jour le dossier {R}.",
        "Votre colis a été livré le {D} à l'adresse {A} et remis à un voisin — si ce n'est pas le cas, contactez-nous au {T}.",
        "L'assemblée générale de l'association se tiendra le {D} à 18 h 30 dans la salle paroissiale ({A}) ; les procurations sont à envoyer à {E}.",
        "{PM}, domicilié {A}, a été admis le {D} au {H} pour une suspicion de {DI}.",
        "Selon le procès-verbal, le cambriolage a eu lieu dans la nuit du {D} dans un appartement situé {A} — le préjudice est estimé à {M}.",
        "Merci de retourner le bail signé, accompagné du dépôt de garantie de {M}, à l'agence {CO} (« {A} ») avant le {D}.",
    ],
    nos=[
        "Depuis le {D}, le cabinet est installé {AN} ; le numéro {T} reste inchangé.",
        "Rendez-vous pour la visite guidée du {D} : {AN}, devant la fontaine. Tarif : {M}.",
        "{PF} a grandi à la ferme familiale, {AN}, mais elle reçoit désormais son courrier à l'adresse {AN2}.",
    ],
    neg=[
        "Conformément à l'[[article 17 du RGPD|REF]], la demande reçue le {D} a été traitée dans le délai prévu à l'[[article L. 121-1|REF]] du code.",
        "Le [[TGV 6603|REF]] à destination de {PL} partira de la [[voie 11|STATION]] en gare de [[Paris Gare de Lyon|STATION]] ; le vol [[AF 1234|REF]] est annulé.",
        "Patiente transférée en [[service de cardiologie|STATION]], [[chambre 214|ROOM]], [[lit 2|ROOM]] : [[amoxicilline|DRUG]] [[1 g|MEASURE]] trois fois par jour pour [[J18.9|CODE]].",
        "La manifestation sur la [[rue de Rivoli|PLACE]] s'est déroulée sans incident ; la [[Biscuiterie Lefèvre de Nantes|COMPANY]] a présenté sa [[Peugeot e-208|CODE]] de livraison et une amende de {M} a été infligée le {D}.",
    ],
    body=["Nous faisons suite à votre facture {RI} du {D} et vous confirmons le virement de la somme de {M}.",
          "{PM} a été hospitalisé du {D} au {D2} dans le {W}. Diagnostic : {DI} ({C}). Traitement de sortie : {DR} {DO}."],
    track="Votre colis {RT} sera livré aujourd'hui entre 10 h et 14 h à l'adresse :",
)

L['es'] = dict(
    countries=['ES'], foreign=['PT', 'FR', 'IT', 'DE', 'GB', 'RO'], sur2=True,
    fm="Javier Carlos Miguel Alejandro Pablo Jorge Sergio Antonio Luis Daniel".split(),
    ff="María Lucía Carmen Laura Ana Marta Elena Paula Cristina Isabel".split(),
    sm="García Fernández López Martínez Sánchez Romero Navarro Torres Domínguez Gil Ruiz Moreno".split(),
    phone=["+34 91 ### ## ##", "6## ### ###", "93 ### ## ##"],
    mail=["gmail.com", "telefonica.net", "hotmail.es", "yahoo.es"],
    date="{d:02d}/{m:02d}/{y}", months="enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    datel="{d} de {M} de {y}", amt=('.', ',', "{} €"),
    refs=["FAC-2024/####", "Expediente n.º ####/2024", "Ref. ######", "Pedido ######"],
    hosp=["Hospital Universitario La Paz", "Hospital Clínic de Barcelona", "Hospital Virgen del Rocío"],
    inst=["Juzgado de Primera Instancia n.º 3 de Valencia", "Ayuntamiento de Zaragoza", "Agencia Tributaria"],
    comp=["Transportes Navarro S.L.", "Panadería Gil e Hijos S.A.", "Solar Levante S.L.U."],
    ward=["Neumología (planta 4.ª)", "la UCI", "Cardiología (planta 2.ª)"],
    room=["habitación 214", "cama 3", "sala 1.07"],
    dis=["neumonía", "diabetes mellitus tipo 2", "hipertensión arterial", "apendicitis aguda"],
    drug=["metformina", "ramipril", "amoxicilina", "paracetamol"],
    stn=["Madrid-Puerta de Atocha", "Barcelona Sants", "Sevilla-Santa Justa"],
    roles=["Responsable de administración", "Jefa de compras", "Atención al cliente"],
    lab="Remitente|Destinatario|Asunto|Estimados señores:|Atentamente,|Factura|N.º de factura|Facturar a|Enviar a|"
        "Total a pagar|Paciente|Fecha de nacimiento|Domicilio|Unidad|Diagnóstico|Informe de alta|"
        "Convocatoria: reunión de seguimiento|Fecha y hora|Lugar|Teléfono|Correo electrónico|Calle|Número|Piso/puerta|"
        "Código postal|Localidad|Nombre|Fecha|Artículo|Cant.|Parte de siniestro|Lugar del siniestro|Fecha del siniestro|"
        "N.º de póliza|Importe|Formulario de inscripción|Arrendatario|Arrendador|Contrato de arrendamiento|"
        "Renta mensual|Vivienda|Tratamiento",
    run=[
        "Según la comunicación de cambio de domicilio del {D}, {P} se ha trasladado de {A} a {A2}, por lo que el expediente {R} debe actualizarse.",
        "El paquete se entregó el {D} en {A} y lo recogió un vecino; si no es así, llame al {T}.",
        "La junta de propietarios se celebrará el {D} a las 19:30 en el local de la comunidad ({A}); las delegaciones de voto pueden enviarse a {E}.",
        "{PM}, con domicilio en {A}, ingresó el {D} en el {H} por sospecha de {DI}.",
        "Según el atestado, el robo se produjo la madrugada del {D} en una vivienda situada en {A} — el valor de lo sustraído asciende a {M}.",
        "Le rogamos que envíe el contrato firmado y la fianza de {M} a la inmobiliaria {CO} («{A}») antes del {D}.",
    ],
    nos=[
        "Desde el {D}, la consulta se encuentra en {AN}; el teléfono {T} no cambia.",
        "La visita guiada del {D} sale de {AN}, junto a la fuente. Precio: {M}.",
        "{PF} se crió en {AN}, aunque ahora recibe el correo en {AN2}.",
    ],
    neg=[
        "De acuerdo con el [[artículo 17 del RGPD|REF]], la solicitud recibida el {D} se resolvió en el plazo previsto en el [[artículo 21.3|REF]] de la Ley.",
        "El [[AVE 03061|REF]] con destino {PL} saldrá de la [[vía 7|STATION]] de [[Madrid-Puerta de Atocha|STATION]]; el vuelo [[IB 3166|REF]] sale con retraso.",
        "Paciente trasladada a la [[planta de Neumología|STATION]], [[habitación 214|ROOM]], [[cama 2|ROOM]]: [[amoxicilina|DRUG]] [[875 mg|MEASURE]] cada 8 horas por [[J18.9|CODE]].",
        "La manifestación por la [[Gran Vía|PLACE]] transcurrió sin incidentes; [[Conservas Romero de Vigo|COMPANY]] presentó su nuevo [[modelo T-300|CODE]] y se impuso una multa de {M} el {D}.",
    ],
    body=["En relación con la factura {RI} de fecha {D}, le confirmamos que hemos transferido el importe de {M}.",
          "{PM} estuvo ingresado del {D} al {D2} en {W}. Diagnóstico: {DI} ({C}). Tratamiento al alta: {DR} {DO}."],
    track="Su envío {RT} se entregará hoy entre las 10:00 y las 14:00 en:",
)

L['it'] = dict(
    countries=['IT'], foreign=['FR', 'DE', 'AT', 'SI', 'ES', 'MT', 'HR'],
    fm="Marco Luca Giuseppe Alessandro Andrea Francesco Matteo Paolo Davide Stefano".split(),
    ff="Giulia Francesca Chiara Sara Elena Valentina Martina Laura Silvia Federica".split(),
    sm="Rossi|Bianchi|Esposito|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|De Luca".split('|'),
    phone=["+39 02 #### ####", "3## ### ####", "06 ########"],
    mail=["libero.it", "tiscali.it", "gmail.com", "virgilio.it"],
    date="{d:02d}/{m:02d}/{y}", months="gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
    datel="{d} {M} {y}", amt=('.', ',', "€ {}"),
    refs=["n. ####/2024", "Prot. n. ######", "Pratica ######", "RG ####/2024"],
    hosp=["Ospedale Niguarda", "Ospedale Maggiore di Parma", "Ospedale San Martino"],
    inst=["Tribunale di Bologna", "Comune di Verona", "Agenzia delle Entrate"],
    comp=["Trasporti Colombo S.r.l.", "Panificio Greco & Figli S.n.c.", "Solare Adriatico S.p.A."],
    ward=["reparto di Pneumologia", "reparto di Terapia Intensiva", "reparto di Cardiologia"],
    room=["stanza 214", "letto 3", "sala riunioni 2.07"],
    dis=["polmonite", "diabete mellito di tipo 2", "ipertensione arteriosa", "appendicite acuta"],
    drug=["metformina", "ramipril", "amoxicillina", "paracetamolo"],
    stn=["Milano Centrale", "Roma Termini", "Firenze Santa Maria Novella"],
    roles=["Ufficio amministrazione", "Responsabile acquisti", "Project manager"],
    lab="Mittente|Destinatario|Oggetto|Gentili Signori,|Distinti saluti|Fattura|Fattura n.|Intestatario|"
        "Indirizzo di consegna|Totale|Paziente|Data di nascita|Indirizzo|Reparto|Diagnosi|Lettera di dimissione|"
        "Convocazione: riunione di verifica|Quando|Dove|Telefono|E-mail|Via/Piazza|Civico|Interno/Scala|CAP|Comune|"
        "Nome e cognome|Data|Articolo|Q.tà|Denuncia di sinistro|Luogo del sinistro|Data del sinistro|N. polizza|"
        "Importo|Modulo di iscrizione|Conduttore|Locatore|Contratto di locazione|Canone mensile|Immobile|Terapia",
    run=[
        "Con la comunicazione del {D}, il signor {PM} ci informa di essersi trasferito da {A} a {A2}; si prega di aggiornare la pratica {R}.",
        "Il pacco è stato consegnato il {D} in {A} e ritirato da un vicino: se non lo ha ricevuto, chiami il {T}.",
        "L'assemblea condominiale si terrà il {D} alle ore 18:30 presso la sala comune ({A}); le deleghe vanno inviate a {E}.",
        "{PF}, residente in {A}, è stata ricoverata il {D} presso l'{H} con diagnosi di {DI}.",
        "Secondo il verbale dei Carabinieri, il furto è avvenuto nella notte del {D} in un appartamento di {A} — il danno stimato è di {M}.",
        "La preghiamo di inviare il contratto firmato e il deposito cauzionale di {M} all'agenzia {CO} («{A}») entro il {D}.",
    ],
    nos=[
        "Dal {D} lo studio si trova in {AN}; il numero {T} resta invariato.",
        "La visita guidata del {D} parte da {AN}, accanto alla fontana. Biglietto: {M}.",
        "{PF} è cresciuta in {AN}, ma la posta ora le arriva in {AN2}.",
    ],
    neg=[
        "Ai sensi dell'[[art. 17 del GDPR|REF]], la richiesta del {D} è stata evasa entro il termine di cui all'[[art. 12, comma 3|REF]].",
        "Il [[Frecciarossa 9547|REF]] per {PL} parte dal [[binario 12|STATION]] di [[Milano Centrale|STATION]]; il volo [[AZ 1771|REF]] è in ritardo.",
        "Paziente trasferita in [[reparto di Cardiologia|STATION]], [[stanza 214|ROOM]], [[letto 2|ROOM]]: [[ramipril|DRUG]] [[5 mg|MEASURE]] al mattino per [[I10|CODE]].",
        "Il corteo in [[Via del Corso|PLACE]] si è svolto senza incidenti; il [[Pastificio Bruno di Gragnano|COMPANY]] ha presentato il nuovo [[Fiat Doblò 1.5|CODE]] aziendale e il {D} è stata elevata una multa di {M}.",
    ],
    body=["Con riferimento alla fattura {RI} del {D}, Vi confermiamo il bonifico dell'importo di {M}.",
          "{PM} è stato ricoverato dal {D} al {D2} presso il nostro {W}. Diagnosi: {DI} ({C}). Terapia alla dimissione: {DR} {DO}."],
    track="La spedizione {RT} sarà consegnata oggi tra le 10:00 e le 14:00 al seguente indirizzo:",
)

L['pt'] = dict(
    countries=['PT'], foreign=['ES', 'FR', 'GB', 'DE', 'IT', 'NL'], sur2=True,
    fm="João Pedro Tiago Rui Miguel André Nuno Ricardo Paulo Bruno".split(),
    ff="Ana Mariana Inês Beatriz Sofia Catarina Joana Rita Marta Teresa".split(),
    sm="Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Gomes Lopes Carvalho".split(),
    phone=["+351 21 ### ####", "9## ### ###", "22 ### ####"],
    mail=["sapo.pt", "gmail.com", "netcabo.pt", "outlook.pt"],
    date="{d:02d}/{m:02d}/{y}", months="janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    datel="{d} de {M} de {y}", amt=('.', ',', "{} €"),
    refs=["FT 2024/####", "Processo n.º ####/24", "Ref.ª ######", "Encomenda ######"],
    hosp=["Hospital de Santa Maria", "Hospital de São João", "Centro Hospitalar de Coimbra"],
    inst=["Tribunal Judicial da Comarca de Braga", "Câmara Municipal do Porto", "Autoridade Tributária"],
    comp=["Transportes Martins, Lda.", "Padaria Gomes & Filhos, Lda.", "Solar do Atlântico, S.A."],
    ward=["serviço de Pneumologia", "serviço de Medicina Intensiva", "serviço de Cardiologia"],
    room=["quarto 214", "cama 3", "sala 2.07"],
    dis=["pneumonia", "diabetes tipo 2", "hipertensão arterial", "apendicite aguda"],
    drug=["metformina", "ramipril", "amoxicilina", "paracetamol"],
    stn=["Lisboa Santa Apolónia", "Porto Campanhã", "Coimbra-B"],
    roles=["Gestora de clientes", "Diretor de compras", "Técnica administrativa"],
    lab="Remetente|Destinatário|Assunto|Exmos. Senhores,|Com os melhores cumprimentos,|Fatura|N.º da fatura|Faturar a|"
        "Entregar em|Total a pagar|Utente|Data de nascimento|Morada|Serviço|Diagnóstico|Nota de alta|"
        "Convocatória: reunião de acompanhamento|Quando|Onde|Telefone|E-mail|Rua|N.º|Andar|Código postal|Localidade|"
        "Nome|Data|Artigo|Qtd.|Participação de sinistro|Local do sinistro|Data do sinistro|N.º da apólice|Montante|"
        "Ficha de inscrição|Arrendatário|Senhorio|Contrato de arrendamento|Renda mensal|Imóvel|Medicação",
    run=[
        "De acordo com a comunicação de {D}, {PM} mudou-se de {A} para {A2}, pelo que o processo {R} deve ser atualizado.",
        "A encomenda foi entregue em {D} na morada {A} e recebida por um vizinho; caso não seja assim, ligue para o {T}.",
        "A assembleia de condóminos realiza-se a {D}, às 19h00, na sala do condomínio ({A}); as procurações podem ser enviadas para {E}.",
        "{PF}, residente em {A}, deu entrada no {H} a {D} com suspeita de {DI}.",
        "Segundo o auto da PSP, o assalto ocorreu na madrugada de {D} num apartamento sito em {A} — os bens furtados valem cerca de {M}.",
        "Queira enviar o contrato assinado e a caução de {M} à imobiliária {CO} («{A}») até {D}.",
    ],
    nos=[
        "Desde {D}, o consultório funciona em {AN}; o telefone {T} mantém-se.",
        "Ponto de encontro da visita guiada de {D}: {AN}, junto ao chafariz. Preço: {M}.",
        "{PF} cresceu em {AN}, mas agora recebe o correio em {AN2}.",
    ],
    neg=[
        "Nos termos do [[artigo 17.º do RGPD|REF]], o pedido recebido em {D} foi tratado no prazo previsto no [[artigo 12.º, n.º 3|REF]].",
        "O [[Alfa Pendular 131|REF]] com destino a {PL} parte da [[linha 5|STATION]] de [[Lisboa Santa Apolónia|STATION]]; o voo [[TP 1944|REF]] está atrasado.",
        "Doente transferida para o [[serviço de Cardiologia|STATION]], [[quarto 214|ROOM]], [[cama 2|ROOM]]: [[ramipril|DRUG]] [[5 mg|MEASURE]] de manhã por [[I10|CODE]].",
        "A manifestação na [[Avenida da Liberdade|PLACE]] decorreu sem incidentes; a [[Conserveira Ramalho de Matosinhos|COMPANY]] apresentou o novo [[Renault Kangoo E-Tech|CODE]] e foi aplicada uma coima de {M} em {D}.",
    ],
    body=["Relativamente à fatura {RI} de {D}, confirmamos a transferência do montante de {M}.",
          "{PM} esteve internado de {D} a {D2} no {W}. Diagnóstico: {DI} ({C}). Medicação à saída: {DR} {DO}."],
    track="A sua encomenda {RT} será entregue hoje entre as 10h00 e as 14h00 em:",
)

L['nl'] = dict(
    countries=['NL'], foreign=['DE', 'FR', 'GB', 'DK', 'PL', 'ES'],
    fm="Jan Pieter Daan Bram Thijs Sander Joost Ruben Wouter Lars".split(),
    ff="Anne Sanne Lotte Eva Femke Marieke Inge Sophie Lisa Noor".split(),
    sm="de Vries|Jansen|van den Berg|Bakker|Visser|Smit|Mulder|de Boer|Dekker|van Dijk|Vermeulen|Hendriks".split('|'),
    phone=["+31 20 ### ####", "06-########", "030 ### ####"],
    mail=["ziggo.nl", "kpnmail.nl", "gmail.com", "xs4all.nl"],
    date="{d:02d}-{m:02d}-{y}", months="januari februari maart april mei juni juli augustus september oktober november december".split(),
    datel="{d} {M} {y}", amt=('.', ',', "€ {}"),
    refs=["F2024-####", "Zaaknr. ######", "Kenmerk ######", "Dossier ####/24"],
    hosp=["UMC Utrecht", "Amsterdam UMC", "Catharina Ziekenhuis"],
    inst=["Rechtbank Midden-Nederland", "Gemeente Utrecht", "Belastingdienst"],
    comp=["Transport Mulder B.V.", "Bakkerij de Boer & Zn.", "Zonnepark Noord B.V."],
    ward=["afdeling Longziekten", "Intensive Care", "afdeling Cardiologie"],
    room=["kamer 214", "bed 3", "vergaderzaal 2.07"],
    dis=["longontsteking", "diabetes mellitus type 2", "hypertensie", "acute appendicitis"],
    drug=["metformine", "ramipril", "amoxicilline", "paracetamol"],
    stn=["Utrecht Centraal", "Amsterdam Centraal", "Rotterdam Centraal"],
    roles=["Medewerker klantenservice", "Hoofd inkoop", "Projectleider"],
    lab="Afzender|Geadresseerde|Onderwerp|Geachte heer, mevrouw,|Met vriendelijke groet,|Factuur|Factuurnummer|Factuuradres|"
        "Afleveradres|Totaal te betalen|Patiënt|Geboortedatum|Adres|Afdeling|Diagnose|Ontslagbrief|"
        "Uitnodiging: voortgangsoverleg|Wanneer|Waar|Telefoon|E-mail|Straat|Huisnummer|Toevoeging|Postcode|Woonplaats|"
        "Naam|Datum|Artikel|Aantal|Schadeaangifte|Plaats van de schade|Schadedatum|Polisnummer|Bedrag|"
        "Inschrijfformulier|Huurder|Verhuurder|Huurovereenkomst|Kale huur per maand|Gehuurde woning|Medicatie",
    run=[
        "Volgens de adreswijziging van {D} is {P} verhuisd van {A} naar {A2}; wilt u dossier {R} aanpassen?",
        "Uw pakket is op {D} bezorgd op {A} en afgegeven bij de buren — klopt dat niet, bel dan {T}.",
        "De ledenvergadering vindt plaats op {D} om 19.30 uur in het buurthuis ({A}); afmelden kan via {E}.",
        "{PM}, wonende {A}, werd op {D} met verdenking van {DI} opgenomen in het {H}.",
        "Volgens het proces-verbaal vond de inbraak plaats in de nacht van {D} in een woning op het adres {A} — de buit wordt geschat op {M}.",
        "Stuur het getekende huurcontract en de borg van {M} vóór {D} naar makelaar {CO} — {A} — zodat de sleutels kunnen worden overgedragen.",
    ],
    nos=[
        "Sinds {D} zit de praktijk op {AN}; het telefoonnummer {T} blijft hetzelfde.",
        "De stadswandeling van {D} begint bij {AN}, naast de fontein. Kosten: {M}.",
        "{PF} groeide op op {AN}, maar haar post gaat nu naar {AN2}.",
    ],
    neg=[
        "Op grond van [[artikel 17 AVG|REF]] is het verzoek van {D} afgehandeld binnen de termijn van [[artikel 12, lid 3|REF]].",
        "De [[intercity 3547|REF]] naar {PL} vertrekt van [[spoor 5b|STATION]] op [[Utrecht Centraal|STATION]]; vlucht [[KL 1234|REF]] is vertraagd.",
        "Patiënte overgeplaatst naar [[afdeling Cardiologie|STATION]], [[kamer 214|ROOM]], [[bed 2|ROOM]]: [[metoprolol|DRUG]] [[50 mg|MEASURE]] per dag bij [[I10|CODE]].",
        "De demonstratie op de [[Coolsingel|PLACE]] verliep rustig; [[Kaasmakerij Visser uit Gouda|COMPANY]] toonde de nieuwe [[Volvo FH16|CODE]] en op {D} werd een boete van {M} opgelegd.",
    ],
    body=["Naar aanleiding van factuur {RI} van {D} bevestigen wij dat het bedrag van {M} is overgemaakt.",
          "{PM} was van {D} tot {D2} opgenomen op de {W}. Diagnose: {DI} ({C}). Ontslagmedicatie: {DR} {DO}."],
    track="Uw zending {RT} wordt vandaag tussen 10:00 en 14:00 bezorgd op:",
)

L['sv'] = dict(
    countries=['SE'], foreign=['DK', 'FI', 'DE', 'EE', 'LV', 'GB'],
    fm="Erik Lars Johan Anders Magnus Oskar Karl Henrik Mattias Nils".split(),
    ff="Anna Karin Maria Emma Sara Lena Elin Ingrid Sofia Maja".split(),
    sm="Andersson Johansson Lindqvist Karlsson Nilsson Berg Lundgren Holm Sjöberg Ekström Nyström Håkansson".split(),
    phone=["+46 8 ### ## ##", "070-### ## ##", "031-## ## ##"],
    mail=["telia.com", "gmail.com", "bredband.net", "hotmail.se"],
    date="{y}-{m:02d}-{d:02d}", months="januari februari mars april maj juni juli augusti september oktober november december".split(),
    datel="{d} {M} {y}", amt=(' ', ',', "{} kr"),
    refs=["2024-####", "Dnr ####-2024", "Ärende ######", "Order ######"],
    hosp=["Sahlgrenska universitetssjukhuset", "Karolinska universitetssjukhuset", "Akademiska sjukhuset"],
    inst=["Göteborgs tingsrätt", "Skatteverket", "Malmö stad"],
    comp=["Lundgrens Åkeri AB", "Holms Bageri & Konditori AB", "Solkraft Norr AB"],
    ward=["avdelning 32", "intensivvårdsavdelningen", "hjärtavdelning 4B"],
    room=["sal 214", "säng 3", "konferensrum 2.07"],
    dis=["lunginflammation", "typ 2-diabetes", "högt blodtryck", "akut blindtarmsinflammation"],
    drug=["metformin", "ramipril", "amoxicillin", "paracetamol"],
    stn=["Stockholm Central", "Göteborg Central", "Malmö C"],
    roles=["Kundtjänst", "Inköpschef", "Projektledare"],
    lab="Avsändare|Mottagare|Ärende|Hej,|Med vänliga hälsningar|Faktura|Fakturanummer|Fakturaadress|Leveransadress|"
        "Att betala|Patient|Födelsedatum|Adress|Avdelning|Diagnos|Epikris|Kallelse: uppföljningsmöte|När|Var|Telefon|"
        "E-post|Gatuadress|Nummer|Lägenhetsnummer|Postnummer|Postort|Namn|Datum|Artikel|Antal|Skadeanmälan|Skadeplats|"
        "Skadedatum|Försäkringsnummer|Belopp|Anmälningsblankett|Hyresgäst|Hyresvärd|Hyresavtal|Månadshyra|Lägenhet|"
        "Läkemedel",
    run=[
        "Enligt flyttanmälan den {D} har {P} flyttat från {A} till {A2}, så ärende {R} behöver uppdateras.",
        "Paketet levererades den {D} till {A} och lämnades hos en granne – stämmer inte det, ring {T}.",
        "Årsmötet hålls den {D} kl. 18.30 i föreningslokalen ({A}); anmälan till {E}.",
        "{PM}, boende på {A}, lades in på {H} den {D} med misstänkt {DI}.",
        "Enligt polisanmälan skedde inbrottet natten till den {D} i en lägenhet på {A} – stöldgodset värderas till {M}.",
        "Skicka det undertecknade kontraktet och depositionen på {M} till mäklarfirman {CO} (”{A}”) senast den {D}.",
    ],
    nos=[
        "Från och med den {D} finns mottagningen på {AN}; telefonnumret {T} är detsamma.",
        "Stadsvandringen den {D} startar vid {AN}, bredvid fontänen. Pris: {M}.",
        "{PF} växte upp på {AN} men får numera sin post till {AN2}.",
    ],
    neg=[
        "Enligt [[artikel 17 i dataskyddsförordningen|REF]] behandlades begäran från den {D} inom den tidsfrist som anges i [[12 § förvaltningslagen|REF]].",
        "[[SJ Snabbtåg 421|REF]] mot {PL} avgår från [[spår 14|STATION]] på [[Stockholm Central|STATION]]; flyg [[SK 1417|REF]] är försenat.",
        "Patienten flyttad till [[avdelning 32|STATION]], [[sal 4|ROOM]], [[säng 2|ROOM]]: [[Waran|DRUG]] [[2,5 mg|MEASURE]] dagligen, diagnos [[I48.9|CODE]].",
        "Demonstrationen på [[Drottninggatan|PLACE]] gick lugnt till; [[Norrlands Kafferosteri AB i Umeå|COMPANY]] visade sin nya [[Volvo XC40|CODE]] och en bot på {M} utfärdades den {D}.",
    ],
    body=["Vi hänvisar till faktura {RI} daterad {D} och bekräftar att beloppet {M} nu har betalats.",
          "{PM} vårdades på {W} från {D} till {D2}. Diagnos: {DI} ({C}). Läkemedel vid utskrivning: {DR} {DO}."],
    track="Din försändelse {RT} levereras i dag mellan 10.00 och 14.00 till:",
)

L['da'] = dict(
    countries=['DK'], foreign=['SE', 'DE', 'NL', 'GB', 'PL', 'FI'],
    fm="Lars Søren Mads Rasmus Jens Mikkel Anders Christian Henrik Frederik".split(),
    ff="Mette Anne Camilla Line Louise Maria Sofie Hanne Ida Trine".split(),
    sm="Jensen Nielsen Hansen Pedersen Andersen Christensen Larsen Sørensen Rasmussen Poulsen Kjær Mortensen".split(),
    phone=["+45 ## ## ## ##", "## ## ## ##"],
    mail=["mail.dk", "gmail.com", "jubii.dk", "outlook.dk"],
    date="{d:02d}.{m:02d}.{y}", months="januar februar marts april maj juni juli august september oktober november december".split(),
    datel="{d}. {M} {y}", amt=('.', ',', "{} kr."),
    refs=["2024-####", "J.nr. ####-24", "Sagsnr. ######", "Ordre ######"],
    hosp=["Rigshospitalet", "Aarhus Universitetshospital", "Odense Universitetshospital"],
    inst=["Københavns Byret", "Skattestyrelsen", "Aalborg Kommune"],
    comp=["Poulsens Vognmandsforretning ApS", "Kjærs Bageri A/S", "Solenergi Vest ApS"],
    ward=["afdeling M2", "intensivafsnit 4131", "kardiologisk afdeling B"],
    room=["stue 214", "seng 3", "mødelokale 2.07"],
    dis=["lungebetændelse", "type 2-diabetes", "forhøjet blodtryk", "akut blindtarmsbetændelse"],
    drug=["metformin", "ramipril", "amoxicillin", "paracetamol"],
    stn=["København H", "Aarhus H", "Odense St."],
    roles=["Kundeservice", "Indkøbschef", "Projektleder"],
    lab="Afsender|Modtager|Vedr.|Kære modtager,|Med venlig hilsen|Faktura|Fakturanummer|Faktureringsadresse|"
        "Leveringsadresse|I alt at betale|Patient|Fødselsdato|Adresse|Afdeling|Diagnose|Epikrise|"
        "Indkaldelse: opfølgningsmøde|Hvornår|Hvor|Telefon|E-mail|Vejnavn|Husnummer|Etage/dør|Postnummer|By|Navn|Dato|"
        "Vare|Antal|Skadesanmeldelse|Skadested|Skadedato|Policenummer|Beløb|Tilmeldingsblanket|Lejer|Udlejer|"
        "Lejekontrakt|Månedlig husleje|Lejemål|Medicin",
    run=[
        "Ifølge flyttemeddelelsen af {D} er {P} flyttet fra {A} til {A2}, så sag {R} skal opdateres.",
        "Pakken blev leveret den {D} på {A} og afleveret hos en nabo – hvis det ikke passer, så ring på {T}.",
        "Generalforsamlingen afholdes den {D} kl. 19.00 i fælleshuset ({A}); tilmelding til {E}.",
        "{PM}, bosiddende {A}, blev indlagt på {H} den {D} med mistanke om {DI}.",
        "Ifølge politiets døgnrapport fandt indbruddet sted natten til den {D} i en lejlighed på {A} – tyvekosterne vurderes til {M}.",
        "Send den underskrevne lejekontrakt og depositummet på {M} til ejendomsmægler {CO} (»{A}«) senest den {D}.",
    ],
    nos=[
        "Fra den {D} har klinikken adresse på {AN}; telefonnummeret {T} er uændret.",
        "Byvandringen den {D} starter ved {AN}, ved springvandet. Pris: {M}.",
        "{PF} voksede op på {AN}, men får nu sin post til {AN2}.",
    ],
    neg=[
        "I henhold til [[artikel 17 i databeskyttelsesforordningen|REF]] blev anmodningen af {D} behandlet inden fristen i [[§ 12, stk. 3|REF]].",
        "[[IC 148|REF]] mod {PL} afgår fra [[spor 6|STATION]] på [[København H|STATION]]; fly [[SK 1201|REF]] er forsinket.",
        "Patienten flyttet til [[afdeling M2|STATION]], [[stue 12|ROOM]], [[seng 2|ROOM]]: [[Amoxicillin|DRUG]] [[750 mg|MEASURE]] tre gange dagligt, diagnose [[J18.9|CODE]].",
        "Demonstrationen på [[Strøget|PLACE]] forløb roligt; [[Mejeriet Hedelund i Skive|COMPANY]] viste sin nye [[Ford Transit 350|CODE]], og den {D} blev der udstedt en bøde på {M}.",
    ],
    body=["Med henvisning til faktura {RI} af {D} bekræfter vi, at beløbet på {M} nu er betalt.",
          "{PM} var indlagt på {W} fra den {D} til den {D2}. Diagnose: {DI} ({C}). Medicin ved udskrivelse: {DR} {DO}."],
    track="Din pakke {RT} leveres i dag mellem kl. 10 og 14 til:",
)

L['fi'] = dict(
    countries=['FI'], foreign=['SE', 'EE', 'DE', 'LV', 'DK'],
    fm="Mikko Juha Antti Jukka Timo Ville Sami Janne Lauri Eero".split(),
    ff="Anna Maria Laura Johanna Sanna Heidi Elina Kaisa Tiina Noora".split(),
    sm="Virtanen Korhonen Mäkinen Nieminen Mäkelä Hämäläinen Laine Heikkinen Koskinen Järvinen Lehtonen Salminen".split(),
    phone=["+358 40 ### ####", "09 #### ####", "050 ### ####"],
    mail=["elisanet.fi", "gmail.com", "luukku.com", "kolumbus.fi"],
    date="{d}.{m}.{y}", months="tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta".split(),
    datel="{d}. {M} {y}", amt=(' ', ',', "{} €"),
    refs=["2024-####", "Dnro ####/2024", "Viite ######", "Tilaus ######"],
    hosp=["Helsingin yliopistollinen keskussairaala", "Tampereen yliopistollinen sairaala", "Oulun yliopistollinen sairaala"],
    inst=["Helsingin käräjäoikeus", "Verohallinto", "Tampereen kaupunki"],
    comp=["Kuljetus Laine Oy", "Leipomo Heikkinen Oy", "Aurinkovoima Pohjola Oy"],
    ward=["osasto 5B", "teho-osasto", "sydänosasto 3"],
    room=["huone 214", "vuode 3", "neuvotteluhuone 2.07"],
    dis=["keuhkokuume", "tyypin 2 diabetes", "verenpainetauti", "akuutti umpilisäketulehdus"],
    drug=["metformiini", "ramipriili", "amoksisilliini", "parasetamoli"],
    stn=["Helsingin päärautatieasema", "Tampereen asema", "Oulun asema"],
    roles=["Asiakaspalvelusihteeri", "Hankintapäällikkö", "Projektipäällikkö"],
    lab="Lähettäjä|Vastaanottaja|Aihe|Hyvä vastaanottaja,|Ystävällisin terveisin|Lasku|Laskun numero|Laskutusosoite|"
        "Toimitusosoite|Maksettava yhteensä|Potilas|Syntymäaika|Osoite|Osasto|Diagnoosi|Loppulausunto|"
        "Kutsu: seurantapalaveri|Aika|Paikka|Puhelin|Sähköposti|Katuosoite|Talon numero|Porras ja asunto|Postinumero|"
        "Postitoimipaikka|Nimi|Päivämäärä|Tuote|Määrä|Vahinkoilmoitus|Vahinkopaikka|Vahinkopäivä|Vakuutusnumero|Summa|"
        "Ilmoittautumislomake|Vuokralainen|Vuokranantaja|Vuokrasopimus|Kuukausivuokra|Vuokrattava asunto|Lääkitys",
    run=[
        "Muuttoilmoituksen ({D}) mukaan {P} on muuttanut osoitteesta {A} osoitteeseen {A2}, joten asia {R} on päivitettävä.",
        "Paketti toimitettiin {D} osoitteeseen {A} ja jätettiin naapurille – jos näin ei ole, soita numeroon {T}.",
        "Yhdistyksen vuosikokous pidetään {D} klo 18.30 kerhotilassa (osoite {A}); ilmoittautumiset sähköpostitse: {E}.",
        "{PM}, osoite {A}, otettiin osastohoitoon {D}; tulosyy: {DI}, hoitava yksikkö: {H}.",
        "Poliisin tiedotteen mukaan murto tapahtui {D} vastaisena yönä kerrostaloasunnossa osoitteessa {A} – anastetun omaisuuden arvo on noin {M}.",
        "Lähetä allekirjoitettu vuokrasopimus sekä vakuus ({M}) välittäjälle {CO} (”{A}”) viimeistään {D}.",
    ],
    nos=[
        "Vastaanotto on {D} alkaen osoitteessa {AN}; puhelinnumero {T} pysyy ennallaan.",
        "Kävelykierros {D} lähtee osoitteesta {AN} suihkulähteen vierestä. Hinta: {M}.",
        "{PF} kasvoi osoitteessa {AN}, mutta hänen postinsa menee nykyään osoitteeseen {AN2}.",
    ],
    neg=[
        "[[Tietosuoja-asetuksen 17 artiklan|REF]] nojalla {D} saapunut pyyntö käsiteltiin [[hallintolain 23 §:n|REF]] mukaisessa määräajassa.",
        "[[IC 27|REF]] (määränpää {PL}) lähtee [[raiteelta 8|STATION]], [[Helsingin päärautatieasema|STATION]]; lento [[AY 431|REF]] on myöhässä.",
        "Potilas siirretty: [[osasto 5B|STATION]], [[huone 12|ROOM]], [[vuode 2|ROOM]]; [[Marevan|DRUG]] [[3 mg|MEASURE]] päivittäin, diagnoosi [[I48.9|CODE]].",
        "Mielenosoitus [[Aleksanterinkadulla|PLACE]] sujui rauhallisesti; [[Leipomo Heikkinen Oy, Kuopio|COMPANY]] lahjoitti 300 pullaa, [[Nokia 3310|CODE]] -puhelimet myytiin loppuun ja sakkoja määrättiin {D} yhteensä {M}.",
    ],
    body=["Viitaten laskuun {RI} ({D}) vahvistamme, että {M} on nyt maksettu.",
          "{PM} oli osastohoidossa ({W}) {D}–{D2}. Diagnoosi: {DI} ({C}). Kotilääkitys: {DR} {DO}."],
    track="Lähetyksesi {RT} toimitetaan tänään klo 10–14 osoitteeseen:",
)

L['mt'] = dict(
    countries=['MT'], foreign=['IT', 'GB', 'IE', 'FR', 'DE'],
    fm="Joseph Mark Daniel Matthew Luke Kurt Ryan Carmel Clayton Jean".split(),
    ff="Maria Rita Graziella Josephine Claire Stephanie Marija Doris Nicole Elaine".split(),
    sm="Borg Camilleri Vella Farrugia Zammit Galea Micallef Grech Attard Spiteri Cassar Azzopardi".split(),
    phone=["+356 2### ####", "+356 79## ####", "99## ####"],
    mail=["maltanet.net", "gmail.com", "melita.com", "go.net.mt"],
    date="{d:02d}/{m:02d}/{y}", months="Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru".split(),
    datel="{d} ta' {M} {y}", amt=(',', '.', "€{}"),
    refs=["Nru 2024/####", "Rik. Nru ###/2024", "Ref. ######", "Ordni ######"],
    hosp=["Sptar Mater Dei", "Sptar Ġenerali t'Għawdex", "Sptar Karin Grech"],
    inst=["Qorti tal-Maġistrati", "Kummissarju għat-Taxxa", "Kunsill Lokali ta' Ħal Qormi"],
    comp=["Borg Logistics Ltd", "Farrugia Bakery Co. Ltd", "Xemx Solar Ltd"],
    ward=["Sala Medika 2", "Unità tal-Kura Intensiva", "Sala tal-Kardjoloġija"],
    room=["kamra 214", "sodda 3", "sala tal-laqgħat 2.07"],
    dis=["pulmonite", "dijabete tat-tip 2", "pressjoni għolja", "appendiċite akuta"],
    drug=["metformin", "ramipril", "amoxicillin", "paracetamol"],
    stn=["Terminal tal-Belt Valletta", "Terminal tal-Ajruport", "Terminal tal-Mġarr"],
    roles=["Uffiċjal tal-Kontijiet", "Maniġer tax-Xiri", "Kap tal-Proġett"],
    lab="Mittent|Destinatarju|Suġġett|Għeżież Sinjuri,|Dejjem tagħkom,|Fattura|Numru tal-fattura|Indirizz tal-fatturar|"
        "Indirizz tal-kunsinna|Total dovut|Pazjent|Data tat-twelid|Indirizz|Sala|Dijanjosi|Ittra ta' rilaxx|"
        "Stedina: laqgħa ta' segwitu|Meta|Fejn|Telefon|Email|Triq|Numru tal-bieb|Appartament|Kodiċi postali|Lokalità|"
        "Isem u kunjom|Data|Oġġett|Kwantità|Formola ta' talba għall-ħsara|Post tal-inċident|Data tal-inċident|"
        "Numru tal-polza|Ammont|Formola ta' reġistrazzjoni|Kerrej|Sid il-kera|Kuntratt tal-kera|Kera fix-xahar|"
        "Proprjetà|Mediċini",
    run=[
        "Skont in-notifika tal-bidla fl-indirizz datata {D}, {PM} mar joqgħod minn {A} għal {A2}, għalhekk il-fajl {R} għandu jiġi aġġornat.",
        "Il-pakkett ġie kkonsenjat nhar {D} fl-indirizz {A} u ngħata lil ġar – jekk dan mhux minnu, ċemplu fuq {T}.",
        "Il-laqgħa ġenerali tal-għaqda se ssir nhar {D} fis-18:30 fis-sala komuni ({A}); il-prokuri jintbagħtu lil {E}.",
        "{PF}, residenti fl-indirizz {A}, iddaħħlet l-isptar nhar {D}; dijanjosi mad-dħul: {DI}, istituzzjoni: {H}.",
        "Skont ir-rapport tal-pulizija, is-serqa seħħet bil-lejl ta' {D} f'appartament fl-indirizz {A} – il-ħsara hija stmata għal {M}.",
        "Jekk jogħġbok ibgħat il-kuntratt iffirmat u d-depożitu ta' {M} lill-aġenzija tal-proprjetà {CO} (“{A}”) mhux aktar tard minn {D}.",
    ],
    nos=[
        "Minn {D} 'il quddiem il-klinika tinsab fl-indirizz {AN}; in-numru tat-telefon {T} jibqa' l-istess.",
        "Il-punt tal-laqgħa għat-tour gwidat ta' {D}: {AN}, ħdejn il-funtana. Prezz: {M}.",
        "{PF} trabbiet fl-indirizz {AN}, imma issa tirċievi l-posta tagħha fl-indirizz {AN2}.",
    ],
    neg=[
        "Skont l-[[Artikolu 17 tal-GDPR|REF]], it-talba ta' {D} ġiet ipproċessata fiż-żmien stabbilit fl-[[Artikolu 12(3)|REF]].",
        "Ir-rotta [[X4|REF]] lejn {PL} titlaq minn [[Bay 12|STATION]] fit-[[Terminal tal-Belt Valletta|STATION]]; it-titjira [[KM 478|REF]] ittardjat.",
        "Il-pazjenta ġiet trasferita għal [[Sala Medika 2|STATION]], [[kamra 12|ROOM]], [[sodda 2|ROOM]]; [[Warfarin|DRUG]] [[3 mg|MEASURE]] kuljum, dijanjosi [[I48.9|CODE]].",
        "Id-dimostrazzjoni fi [[Triq ir-Repubblika|PLACE]] għaddiet fil-paċi; [[Ġbejniet Tal-Fanal Ltd, Għawdex|COMPANY]] ippreżentat il-[[Ford Transit 350|CODE]] il-ġdid u nhar {D} ingħatat multa ta' {M}.",
    ],
    body=["B'referenza għall-fattura {RI} datata {D}, nikkonfermaw li l-ammont ta' {M} tħallas.",
          "{PM} kien rikoverat ({W}) minn {D} sa {D2}. Dijanjosi: {DI} ({C}). Mediċini mar-rilaxx: {DR} {DO}."],
    track="Il-pakkett tiegħek {RT} se jiġi kkonsenjat illum bejn l-10:00 u l-14:00 f'dan l-indirizz:",
)

L['ga'] = dict(
    countries=['IEG'], foreign=['GB', 'FR', 'ES', 'DE', 'IE'],
    fm="Seán Pádraig Liam Cian Oisín Darragh Tadhg Colm Eoin Ruairí".split(),
    ff="Aoife Niamh Siobhán Caoimhe Saoirse Róisín Méabh Clíodhna Gráinne Áine".split(),
    sm="Ó Súilleabháin|Mac Giolla|Ó Ceallaigh|Ó Briain|Breathnach|Ó Conchúir|Mac Cárthaigh|de Búrca|Ó Néill".split('|'),
    sf="Ní Shúilleabháin|Nic Giolla|Ní Cheallaigh|Ní Bhriain|Breathnach|Ní Chonchúir|Nic Cárthaigh|de Búrca|Ní Néill".split('|'),
    phone=["+353 91 ### ###", "087 ### ####", "(01) ### ####"],
    mail=["gmail.com", "eircom.net", "tg4.ie", "outlook.ie"],
    date="{d:02d}/{m:02d}/{y}", months="Eanáir|Feabhra|Márta|Aibreán|Bealtaine|Meitheamh|Iúil|Lúnasa|Meán Fómhair|Deireadh Fómhair|Samhain|Nollaig".split('|'),
    datel="{d} {M} {y}", amt=(',', '.', "€{}"),
    refs=["2024-####", "Uimh. Cháis ####/24", "Tag. ######", "Ordú ######"],
    hosp=["Ospidéal na hOllscoile, Gaillimh", "Ospidéal San Séamas", "Ospidéal Ollscoile Chorcaí"],
    inst=["An Chúirt Dúiche", "Na Coimisinéirí Ioncaim", "Comhairle Contae na Gaillimhe"],
    comp=["Iompar Uí Bhriain Teo.", "Bácús Mhic Giolla Teo.", "Fuinneamh Gréine Chonamara Teo."],
    ward=["Barda Naomh Bríd", "an tAonad Dianchúraim", "Barda 7B"],
    room=["seomra 214", "leaba 3", "seomra cruinnithe 2.07"],
    dis=["niúmóine", "diaibéiteas cineál 2", "hipirtheannas", "aipindicíteas géar"],
    drug=["metformin", "ramipril", "amocsaicillin", "paraicéiteamól"],
    stn=["Stáisiún Heuston", "Stáisiún Cheannt", "Stáisiún Kent"],
    roles=["Oifigeach Cuntas", "Bainisteoir Oibríochtaí", "Ceannaire Foirne"],
    lab="Seoltóir|Faighteoir|Ábhar|A chara,|Is mise le meas,|Sonrasc|Uimhir sonraisc|Seoladh billeála|Seoladh seachadta|"
        "Iomlán le híoc|Othar|Dáta breithe|Seoladh|Barda|Diagnóis|Achoimre scaoilte|Cuireadh: cruinniú athbhreithnithe|"
        "Cathain|Cá háit|Fón|Ríomhphost|Sráid|Uimhir an tí|Árasán|Éirchód|Baile|Ainm|Dáta|Earra|Líon|"
        "Foirm éilimh árachais|Láthair an teagmhais|Dáta an teagmhais|Uimhir an pholasaí|Méid|Foirm chláraithe|"
        "Tionónta|Tiarna talún|Comhaontú tionóntachta|Cíos míosúil|Maoin|Cógais",
    run=[
        "De réir an fhógra athraithe seolta dar dáta {D}, d'aistrigh {P} ó {A} go {A2}, agus ba chóir comhad {R} a nuashonrú.",
        "Seachadadh an beart ar {D} chuig {A} agus fágadh é le comharsa – mura bhfuil sé sin ceart, glaoigh ar {T}.",
        "Beidh cruinniú cinn bhliana an chumainn ar siúl ar {D} ag 7.30 i.n. i halla an phobail ({A}); seol leithscéalta chuig {E}.",
        "Tugadh {PM}, ó {A}, isteach san ospidéal ar {D}; diagnóis ar iontráil: {DI}, institiúid: {H}.",
        "Dar leis na Gardaí, tharla an bhuirgléireacht oíche {D} in árasán ag {A} – meastar luach na n-earraí goidte a bheith thart ar {M}.",
        "Seol an comhaontú sínithe agus an éarlais de {M} chuig an ngníomhaireacht {CO} (“{A}”) roimh {D}.",
    ],
    nos=[
        "Ó {D} amach beidh an clinic lonnaithe ag {AN}; ní athrófar an uimhir theileafóin {T}.",
        "Tosóidh an turas treoraithe ar {D} ag {AN}, in aice leis an bhfoinse. Táille: {M}.",
        "Tógadh {PF} ag {AN}, ach seoltar a cuid post anois chuig {AN2}.",
    ],
    neg=[
        "Faoi [[Airteagal 17 den RGCS|REF]], próiseáladh an t-iarratas a fuarthas ar {D} laistigh den teorainn ama in [[Alt 9(2)|REF]] den Acht.",
        "Fágfaidh traein [[Enterprise 8.20|REF]] go {PL} ó [[Ardán 4|STATION]] i [[Stáisiún Uí Chonghaile|STATION]]; tá eitilt [[EI 154|REF]] curtha ar ceal.",
        "Aistríodh an t-othar go [[Barda 7B|STATION]], [[seomra 12|ROOM]], [[leaba 2|ROOM]]; [[Warfarin|DRUG]] [[3 mg|MEASURE]] in aghaidh an lae, diagnóis [[I48.9|CODE]].",
        "Chuaigh an mórshiúl ar [[Shráid Uí Chonaill|PLACE]] ar aghaidh go síochánta; sheol [[Cáis Chléire Teo., Oileán Chléire|COMPANY]] an [[Ford Transit 350|CODE]] nua, agus gearradh fíneáil {M} ar {D}.",
    ],
    body=["Maidir le sonrasc {RI} dar dáta {D}, deimhnímid go bhfuil an méid {M} íoctha anois.",
          "Bhí {PM} san ospidéal ({W}) ó {D} go {D2}. Diagnóis: {DI} ({C}). Cógais ar scaoileadh: {DR} {DO}."],
    track="Seachadfar do bheart {RT} inniu idir 10:00 agus 14:00 chuig:",
)
