"""Language data, part B (et lv lt pl cs sk sl hr hu ro bg el). Same template language as langs_a."""

L = {}

L['et'] = dict(
    countries=['EE'], foreign=['FI', 'LV', 'SE', 'DE', 'LT'],
    fm="Andres Jaan Mart Priit Toomas Rasmus Kristjan Margus Tanel Siim".split(),
    ff="Kadri Liis Maarja Kristiina Triin Anu Piret Kati Mari Helen".split(),
    sm="Tamm Saar Sepp Mägi Kask Kukk Rebane Ilves Pärn Koppel Lepik Oja".split(),
    phone=["+372 5### ####", "6## ####", "+372 7## ####"],
    mail=["neti.ee", "hot.ee", "gmail.com", "online.ee"],
    date="{d:02d}.{m:02d}.{y}", months=None,
    datel=None, amt=(' ', ',', "{} €"),
    refs=["A-2024-####", "Asja nr ####-24", "Viitenumber ######", "Tellimus ######"],
    hosp=["Tartu Ülikooli Kliinikum", "Põhja-Eesti Regionaalhaigla", "Ida-Tallinna Keskhaigla"],
    inst=["Harju Maakohus", "Maksu- ja Tolliamet", "Tartu Linnavalitsus"],
    comp=["Kask Logistika OÜ", "Saare Pagarid AS", "Päikeseenergia Lõuna OÜ"],
    ward=["sisehaiguste osakond", "intensiivravi osakond", "kardioloogia osakond"],
    room=["palat 214", "voodi 3", "nõupidamisruum 2.07"],
    dis=["kopsupõletik", "2. tüüpi diabeet", "hüpertensioon", "äge pimesoolepõletik"],
    drug=["metformiin", "ramipriil", "amoksitsilliin", "paratsetamool"],
    stn=["Balti jaam", "Tartu raudteejaam", "Ülemiste"],
    roles=["Klienditeenindaja", "Ostujuht", "Projektijuht"],
    lab="Saatja|Saaja|Teema|Lugupeetud adressaat|Lugupidamisega|Arve|Arve number|Arve saaja aadress|Tarneaadress|"
        "Tasuda kokku|Patsient|Sünniaeg|Aadress|Osakond|Diagnoos|Epikriis|Kutse: jälgimiskoosolek|Aeg|Koht|Telefon|"
        "E-post|Tänav|Maja nr|Korter|Postiindeks|Linn/vald|Nimi|Kuupäev|Toode|Kogus|Kahjuteade|Kahju toimumise koht|"
        "Kahju kuupäev|Poliisi number|Summa|Registreerimisvorm|Üürnik|Üürileandja|Üürileping|Kuuüür|Üüritav eluruum|"
        "Ravimid",
    run=[
        "Elukoha muutmise teate ({D}) järgi kolis {P} aadressilt {A} aadressile {A2}, seega tuleb toimikut {R} uuendada.",
        "Pakk toimetati {D} aadressile {A} ja anti üle naabrile – kui see nii ei ole, helistage numbril {T}.",
        "Seltsi üldkoosolek toimub {D} kell 18.30 seltsimajas (aadress: {A}); osalemisest palume teatada e-posti aadressil {E}.",
        "{PM}, elukoht {A}, võeti {D} vastu statsionaarsele ravile; vastuvõtmise põhjus: {DI}, raviasutus: {H}.",
        "Politsei teatel toimus sissemurdmine {D} öösel korterisse aadressil {A} – varastatud esemete väärtus on umbes {M}.",
        "Palun saatke allkirjastatud üürileping ja tagatisraha ({M}) hiljemalt {D} kinnisvarabüroole {CO} („{A}“).",
    ],
    nos=[
        "Alates {D} asub vastuvõtt aadressil {AN}; telefoninumber {T} jääb samaks.",
        "Linnaekskursioon {D} algab aadressilt {AN}, purskkaevu juurest. Hind: {M}.",
        "{PF} kasvas üles aadressil {AN}, kuid tema post läheb nüüd aadressile {AN2}.",
    ],
    neg=[
        "[[Isikuandmete kaitse üldmääruse artikli 17|REF]] alusel vaadati {D} saabunud taotlus läbi [[haldusmenetluse seaduse § 41|REF]] tähtaja jooksul.",
        "Rong [[nr 012|REF]] (sihtkoht {PL}) väljub [[Balti jaama|STATION]] [[4. teelt|STATION]]; lend [[BT 312|REF]] hilineb.",
        "Patsient viidi üle: [[kardioloogia osakond|STATION]], [[palat 12|ROOM]], [[voodi 2|ROOM]]; [[Marevan|DRUG]] [[3 mg|MEASURE]] päevas, diagnoos [[I48.9|CODE]].",
        "Meeleavaldus [[Vabaduse väljakul|PLACE]] möödus rahulikult; [[Saare Pagarid AS Kuressaarest|COMPANY]] tutvustas uut [[Škoda Octavia RS|CODE]] ja {D} määrati trahv summas {M}.",
    ],
    body=["Viitega arvele {RI} ({D}) kinnitame, et summa {M} on tasutud.",
          "{PM} viibis statsionaarsel ravil ({W}) {D}–{D2}. Diagnoos: {DI} ({C}). Ravimid kojuminekul: {DR} {DO}."],
    track="Teie saadetis {RT} toimetatakse täna kell 10–14 aadressile:",
)

L['lv'] = dict(
    countries=['LV'], foreign=['LT', 'EE', 'DE', 'SE', 'PL'],
    fm="Jānis Andris Mārtiņš Kārlis Edgars Pēteris Raivis Artūrs Roberts Valdis".split(),
    ff="Anna Ilze Līga Kristīne Inese Laura Sandra Dace Agnese Zane".split(),
    sm="Bērziņš Kalniņš Ozoliņš Liepiņš Krūmiņš Jansons Vītols Zariņš Eglītis Kļaviņš".split(),
    sf="Bērziņa Kalniņa Ozoliņa Liepiņa Krūmiņa Jansone Vītola Zariņa Eglīte Kļaviņa".split(),
    phone=["+371 2### ####", "67######", "+371 29######"],
    mail=["inbox.lv", "apollo.lv", "gmail.com", "tvnet.lv"],
    date="{d:02d}.{m:02d}.{y}.", months=None, datel=None, amt=(' ', ',', "{} EUR"),
    refs=["Nr. 2024/####", "Lieta Nr. C########", "Līgums Nr. ######", "Pasūtījums ######"],
    hosp=["Paula Stradiņa Klīniskā universitātes slimnīca", "Rīgas Austrumu klīniskā universitātes slimnīca", "Liepājas reģionālā slimnīca"],
    inst=["Rīgas pilsētas tiesa", "Valsts ieņēmumu dienests", "Jelgavas valstspilsētas pašvaldība"],
    comp=["SIA Kalniņš Loģistika", "AS Vidzemes Maiznieks", "SIA Saules Enerģija"],
    ward=["Kardioloģijas nodaļa", "Intensīvās terapijas nodaļa", "Pneimonoloģijas nodaļa"],
    room=["palāta 214", "gulta 3", "sanāksmju telpa 2.07"],
    dis=["pneimonija", "2. tipa cukura diabēts", "arteriālā hipertensija", "akūts apendicīts"],
    drug=["metformīns", "ramiprils", "amoksicilīns", "paracetamols"],
    stn=["Rīgas Centrālā stacija", "Jelgavas stacija", "Siguldas stacija"],
    roles=["Klientu apkalpošanas speciāliste", "Iepirkumu vadītājs", "Projektu vadītāja"],
    lab="Sūtītājs|Saņēmējs|Temats|Godātie kungi un kundzes!|Ar cieņu|Rēķins|Rēķina Nr.|Maksātāja adrese|Piegādes adrese|"
        "Kopā apmaksai|Pacients|Dzimšanas datums|Adrese|Nodaļa|Diagnoze|Izraksts no slimības vēstures|"
        "Uzaicinājums: uzraudzības sanāksme|Laiks|Vieta|Tālrunis|E-pasts|Iela|Mājas Nr.|Dzīvoklis|Pasta indekss|"
        "Pilsēta/novads|Vārds, uzvārds|Datums|Prece|Daudzums|Paziņojums par apdrošināšanas gadījumu|Negadījuma vieta|"
        "Negadījuma datums|Polises Nr.|Summa|Reģistrācijas veidlapa|Īrnieks|Izīrētājs|Īres līgums|Mēneša īres maksa|"
        "Īrētais dzīvoklis|Medikamenti",
    run=[
        "Saskaņā ar dzīvesvietas maiņas paziņojumu ({D}) {PM} ir pārcēlies no adreses {A} uz adresi {A2}, tāpēc lieta {R} ir jāatjauno.",
        "Sūtījums {D} tika piegādāts uz adresi {A} un nodots kaimiņam – ja tā nav, zvaniet pa tālruni {T}.",
        "Biedrības kopsapulce notiks {D} plkst. 18.30 biedrības telpās (adrese: {A}); pieteikties, rakstot uz {E}.",
        "{PF}, dzīvesvieta {A}, {D} tika stacionēta; iestāšanās iemesls: {DI}, ārstniecības iestāde: {H}.",
        "Pēc policijas ziņām, ielaušanās notika naktī uz {D} dzīvoklī adresē {A} – nozagto mantu vērtība ir aptuveni {M}.",
        "Lūdzam parakstīto īres līgumu un drošības naudu ({M}) nosūtīt nekustamo īpašumu aģentūrai {CO} („{A}“) līdz {D}.",
    ],
    nos=[
        "No {D} prakse atrodas adresē {AN}; tālruņa numurs {T} nemainās.",
        "Ekskursija {D} sākas adresē {AN}, pie strūklakas. Cena: {M}.",
        "{PF} uzauga adresē {AN}, bet tagad viņas pasts tiek sūtīts uz adresi {AN2}.",
    ],
    neg=[
        "Saskaņā ar [[Vispārīgās datu aizsardzības regulas 17. pantu|REF]] {D} saņemtais pieprasījums tika izskatīts [[Administratīvā procesa likuma 64. pantā|REF]] noteiktajā termiņā.",
        "Vilciens [[Nr. 6211|REF]] (galamērķis: {PL}) atiet no [[3. ceļa|STATION]] [[Rīgas Centrālajā stacijā|STATION]]; reiss [[BT 651|REF]] kavējas.",
        "Pacients pārvests: [[Kardioloģijas nodaļa|STATION]], [[palāta 12|ROOM]], [[gulta 2|ROOM]]; [[Varfarīns|DRUG]] [[3 mg|MEASURE]] dienā, diagnoze [[I48.9|CODE]].",
        "Demonstrācija [[Brīvības ielā|PLACE]] noritēja mierīgi; [[SIA Gaujas Maiznīca, Valmiera|COMPANY]] prezentēja jauno [[Volvo FH16|CODE]], un {D} tika piemērots naudas sods {M} apmērā.",
    ],
    body=["Atsaucoties uz rēķinu {RI} ({D}), apstiprinām, ka summa {M} ir samaksāta.",
          "{PM} atradās stacionārā ({W}) no {D} līdz {D2}. Diagnoze: {DI} ({C}). Medikamenti pēc izrakstīšanas: {DR} {DO}."],
    track="Jūsu sūtījums {RT} šodien no plkst. 10.00 līdz 14.00 tiks piegādāts uz adresi:",
)

L['lt'] = dict(
    countries=['LT'], foreign=['LV', 'PL', 'DE', 'EE', 'GB'],
    fm="Tomas Mantas Andrius Darius Lukas Paulius Vytautas Mindaugas Justinas Rokas".split(),
    ff="Rūta Gintarė Eglė Ieva Asta Jurgita Kristina Laura Agnė Simona".split(),
    sm="Kazlauskas Jankauskas Petrauskas Stankevičius Vasiliauskas Žukauskas Butkus Paulauskas Urbonas Kavaliauskas".split(),
    sf="Kazlauskienė Jankauskaitė Petrauskienė Stankevičiūtė Vasiliauskienė Žukauskaitė Butkienė Paulauskaitė Urbonienė Kavaliauskaitė".split(),
    phone=["+370 6## #####", "8 5 ### ####", "+370 37 ######"],
    mail=["gmail.com", "one.lt", "inbox.lt", "takas.lt"],
    date="{y}-{m:02d}-{d:02d}", months=None, datel=None, amt=(' ', ',', "{} Eur"),
    refs=["SF-2024-####", "Byla Nr. e2-####-###/2024", "Sutartis Nr. ######", "Užsakymas ######"],
    hosp=["Vilniaus universiteto ligoninė Santaros klinikos", "LSMU ligoninė Kauno klinikos", "Klaipėdos universitetinė ligoninė"],
    inst=["Vilniaus miesto apylinkės teismas", "Valstybinė mokesčių inspekcija", "Kauno miesto savivaldybė"],
    comp=["UAB „Butkaus logistika“", "AB „Pajūrio duona“", "UAB „Saulės jėgainės“"],
    ward=["Kardiologijos skyrius", "Reanimacijos ir intensyviosios terapijos skyrius", "Pulmonologijos skyrius"],
    room=["palata 214", "lova 3", "posėdžių salė 2.07"],
    dis=["pneumonija", "2 tipo cukrinis diabetas", "arterinė hipertenzija", "ūminis apendicitas"],
    drug=["metforminas", "ramiprilis", "amoksicilinas", "paracetamolis"],
    stn=["Vilniaus geležinkelio stotis", "Kauno geležinkelio stotis", "Klaipėdos stotis"],
    roles=["Klientų aptarnavimo vadybininkė", "Pirkimų vadovas", "Projektų vadovė"],
    lab="Siuntėjas|Gavėjas|Tema|Gerbiamieji,|Pagarbiai|Sąskaita faktūra|Sąskaitos Nr.|Mokėtojo adresas|Pristatymo adresas|"
        "Iš viso mokėti|Pacientas|Gimimo data|Adresas|Skyrius|Diagnozė|Išrašas iš ligos istorijos|"
        "Kvietimas: stebėsenos posėdis|Laikas|Vieta|Telefonas|El. paštas|Gatvė|Namo Nr.|Buto Nr.|Pašto kodas|Miestas|"
        "Vardas, pavardė|Data|Prekė|Kiekis|Pranešimas apie draudžiamąjį įvykį|Įvykio vieta|Įvykio data|Poliso Nr.|Suma|"
        "Registracijos forma|Nuomininkas|Nuomotojas|Nuomos sutartis|Mėnesio nuomos mokestis|Nuomojamas butas|Vaistai",
    run=[
        "Pagal {D} pranešimą apie gyvenamosios vietos pakeitimą {PM} persikėlė iš adreso {A} į adresą {A2}, todėl bylą {R} reikia atnaujinti.",
        "Siunta {D} buvo pristatyta adresu {A} ir perduota kaimynui – jei taip nėra, skambinkite {T}.",
        "Bendrijos visuotinis susirinkimas vyks {D} 18.30 val. bendrijos patalpose (adresas: {A}); registruotis el. paštu {E}.",
        "{PF}, gyvenanti adresu {A}, {D} buvo hospitalizuota; priežastis: {DI}, gydymo įstaiga: {H}.",
        "Policijos duomenimis, įsilaužimas įvyko naktį į {D} bute adresu {A} – pavogtų daiktų vertė apie {M}.",
        "Pasirašytą nuomos sutartį ir užstatą ({M}) prašome išsiųsti nekilnojamojo turto agentūrai {CO} („{A}“) iki {D}.",
    ],
    nos=[
        "Nuo {D} kabinetas įsikūręs adresu {AN}; telefono numeris {T} nesikeičia.",
        "Ekskursija {D} prasideda adresu {AN}, prie fontano. Kaina: {M}.",
        "{PF} užaugo adresu {AN}, tačiau dabar jos paštas siunčiamas adresu {AN2}.",
    ],
    neg=[
        "Pagal [[Bendrojo duomenų apsaugos reglamento 17 straipsnį|REF]] {D} gautas prašymas išnagrinėtas per [[Viešojo administravimo įstatymo 10 straipsnyje|REF]] nustatytą terminą.",
        "Traukinys [[Nr. 702|REF]] (kryptis: {PL}) išvyksta nuo [[3 kelio|STATION]] [[Vilniaus geležinkelio stotyje|STATION]]; skrydis [[FR 2941|REF]] vėluoja.",
        "Pacientas perkeltas: [[Kardiologijos skyrius|STATION]], [[palata 12|ROOM]], [[lova 2|ROOM]]; [[Varfarinas|DRUG]] [[3 mg|MEASURE]] per dieną, diagnozė [[I48.9|CODE]].",
        "Demonstracija [[Gedimino prospekte|PLACE]] praėjo ramiai; [[UAB „Žemaitijos sūriai“, Telšiai|COMPANY]] pristatė naują [[Toyota Hilux 2.8|CODE]], o {D} skirta {M} bauda.",
    ],
    body=["Atsižvelgdami į {D} sąskaitą {RI}, patvirtiname, kad {M} suma sumokėta.",
          "{PM} gydėsi stacionare ({W}) nuo {D} iki {D2}. Diagnozė: {DI} ({C}). Išrašyti vaistai: {DR} {DO}."],
    track="Jūsų siunta {RT} šiandien 10–14 val. bus pristatyta adresu:",
)

L['pl'] = dict(
    countries=['PL'], foreign=['DE', 'CZ', 'LT', 'SK', 'GB', 'NL'],
    fm="Piotr Tomasz Krzysztof Michał Paweł Marcin Jakub Łukasz Andrzej Kamil".split(),
    ff="Anna Katarzyna Magdalena Agnieszka Joanna Monika Aleksandra Ewa Natalia Karolina".split(),
    sm="Nowak Kowalski Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Dąbrowski Kozłowski Mazur Krawczyk".split(),
    sf="Nowak Kowalska Wiśniewska Wójcik Kamińska Lewandowska Zielińska Szymańska Dąbrowska Kozłowska Mazur Krawczyk".split(),
    phone=["+48 ### ### ###", "22 ### ## ##", "### ### ###"],
    mail=["wp.pl", "onet.pl", "o2.pl", "interia.pl"],
    date="{d:02d}.{m:02d}.{y}", months="stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia".split(),
    datel="{d} {M} {y} r.", amt=(' ', ',', "{} zł"),
    refs=["FV/2024/####", "Sygn. akt I C ###/24", "Nr sprawy ######", "Zamówienie ######"],
    hosp=["Szpital Uniwersytecki w Krakowie", "Wojewódzki Szpital Specjalistyczny we Wrocławiu", "Centralny Szpital Kliniczny"],
    inst=["Sąd Rejonowy dla Warszawy-Mokotowa", "Urząd Skarbowy w Poznaniu", "Urząd Miasta Gdańska"],
    comp=["Trans-Mazur Sp. z o.o.", "Piekarnia Krawczyk i Synowie s.c.", "Solar Pomorze S.A."],
    ward=["Oddział Kardiologii", "Oddział Intensywnej Terapii", "Oddział Chorób Płuc"],
    room=["sala 214", "łóżko 3", "sala konferencyjna 2.07"],
    dis=["zapalenie płuc", "cukrzyca typu 2", "nadciśnienie tętnicze", "ostre zapalenie wyrostka robaczkowego"],
    drug=["metformina", "ramipryl", "amoksycylina", "paracetamol"],
    stn=["Warszawa Centralna", "Kraków Główny", "Poznań Główny"],
    roles=["Specjalistka ds. obsługi klienta", "Kierownik zakupów", "Koordynatorka projektu"],
    lab="Nadawca|Adresat|Dotyczy|Szanowni Państwo,|Z poważaniem|Faktura VAT|Nr faktury|Nabywca|Adres dostawy|"
        "Razem do zapłaty|Pacjent|Data urodzenia|Adres zamieszkania|Oddział|Rozpoznanie|"
        "Karta informacyjna leczenia szpitalnego|Zaproszenie: spotkanie kontrolne|Termin|Miejsce|Telefon|E-mail|Ulica|"
        "Nr domu|Nr lokalu|Kod pocztowy|Miejscowość|Imię i nazwisko|Data|Towar|Ilość|Zgłoszenie szkody|"
        "Miejsce zdarzenia|Data zdarzenia|Nr polisy|Kwota|Formularz zgłoszeniowy|Najemca|Wynajmujący|Umowa najmu|"
        "Czynsz miesięczny|Przedmiot najmu|Leki",
    run=[
        "Zgodnie ze zgłoszeniem z dnia {D} {PF} przeprowadziła się spod adresu {A} pod adres {A2}, dlatego prosimy o aktualizację sprawy {R}.",
        "Przesyłka została doręczona {D} pod adres {A} i przekazana sąsiadowi – jeśli to nieprawda, prosimy o kontakt pod numerem {T}.",
        "Zebranie wspólnoty mieszkaniowej odbędzie się {D} o godz. 18:30 w świetlicy (adres: {A}); pełnomocnictwa prosimy przesyłać na adres {E}.",
        "{PM}, zam. {A}, został przyjęty {D} do szpitala z rozpoznaniem wstępnym: {DI}; placówka: {H}.",
        "Według notatki policji do włamania doszło w nocy, {D}, w mieszkaniu pod adresem {A} – wartość skradzionych przedmiotów oszacowano na {M}.",
        "Prosimy o przesłanie podpisanej umowy najmu oraz kaucji w wysokości {M} do biura nieruchomości {CO} („{A}”) do dnia {D}.",
    ],
    nos=[
        "Od {D} gabinet mieści się pod adresem {AN}; numer telefonu {T} pozostaje bez zmian.",
        "Zbiórka przed spacerem z przewodnikiem ({D}): {AN}, przy fontannie. Koszt: {M}.",
        "{PF} wychowała się pod adresem {AN}, ale korespondencję odbiera teraz pod adresem {AN2}.",
    ],
    neg=[
        "Na podstawie [[art. 17 RODO|REF]] wniosek z dnia {D} rozpatrzono w terminie określonym w [[art. 35 § 3 k.p.a.|REF]].",
        "Pociąg [[IC 3510|REF]] do stacji {PL} odjedzie z [[peronu 4, toru 7|STATION]] na stacji [[Warszawa Centralna|STATION]]; lot [[LO 3921|REF]] jest opóźniony.",
        "Pacjentkę przeniesiono na [[Oddział Kardiologii|STATION]], [[sala 12|ROOM]], [[łóżko 2|ROOM]]; [[Acenokumarol|DRUG]] [[4 mg|MEASURE]] dziennie, rozpoznanie [[I48.9|CODE]].",
        "Demonstracja na [[Krakowskim Przedmieściu|PLACE]] przebiegła spokojnie; [[Mleczarnia Mazur z Łomży|COMPANY]] zaprezentowała nowy model [[Fiat Ducato 2.3|CODE]], a {D} nałożono mandat w wysokości {M}.",
    ],
    body=["W nawiązaniu do faktury {RI} z dnia {D} potwierdzamy przelew kwoty {M}.",
          "{PM} przebywał na oddziale ({W}) od {D} do {D2}. Rozpoznanie: {DI} ({C}). Zalecone leki: {DR} {DO}."],
    track="Twoja przesyłka {RT} zostanie dziś doręczona w godz. 10:00–14:00 pod adres:",
)

L['cs'] = dict(
    countries=['CZ'], foreign=['SK', 'DE', 'AT', 'PL', 'HU'],
    fm="Jan Petr Tomáš Jiří Martin Pavel Lukáš Jakub Ondřej Michal".split(),
    ff="Jana Eva Lucie Kateřina Tereza Petra Markéta Veronika Hana Barbora".split(),
    sm="Novák Svoboda Dvořák Černý Procházka Kučera Veselý Horák Němec Marek Pokorný Král".split(),
    sf="Nováková Svobodová Dvořáková Černá Procházková Kučerová Veselá Horáková Němcová Marková Pokorná Králová".split(),
    phone=["+420 ### ### ###", "### ### ###"],
    mail=["seznam.cz", "email.cz", "centrum.cz", "gmail.com"],
    date="{d}. {m}. {y}", months="ledna února března dubna května června července srpna září října listopadu prosince".split(),
    datel="{d}. {M} {y}", amt=(' ', ',', "{} Kč"),
    refs=["2024####", "Č. j. ####/2024", "Sp. zn. 12 C ###/2024", "Objednávka č. ######"],
    hosp=["Fakultní nemocnice Brno", "Všeobecná fakultní nemocnice v Praze", "Krajská nemocnice Liberec"],
    inst=["Okresní soud v Olomouci", "Finanční úřad pro hlavní město Prahu", "Magistrát města Plzně"],
    comp=["Dvořák Logistik s.r.o.", "Pekárna Horák a syn s.r.o.", "Solární park Vysočina a.s."],
    ward=["interní oddělení", "JIP kardiologie", "plicní oddělení"],
    room=["pokoj 214", "lůžko 3", "zasedací místnost 2.07"],
    dis=["pneumonie", "diabetes mellitus 2. typu", "arteriální hypertenze", "akutní apendicitida"],
    drug=["metformin", "ramipril", "amoxicilin", "paracetamol"],
    stn=["Praha hlavní nádraží", "Brno hlavní nádraží", "Ostrava-Svinov"],
    roles=["Referentka zákaznického servisu", "Vedoucí nákupu", "Projektová manažerka"],
    lab="Odesílatel|Adresát|Věc|Vážení,|S pozdravem|Faktura – daňový doklad|Číslo faktury|Fakturační adresa|"
        "Doručovací adresa|Celkem k úhradě|Pacient|Datum narození|Bydliště|Oddělení|Diagnóza|Propouštěcí zpráva|"
        "Pozvánka: kontrolní schůzka|Kdy|Kde|Telefon|E-mail|Ulice|Číslo popisné/orientační|Číslo bytu|PSČ|Obec|"
        "Jméno a příjmení|Datum|Položka|Množství|Oznámení pojistné události|Místo události|Datum události|"
        "Číslo pojistné smlouvy|Částka|Přihláška|Nájemce|Pronajímatel|Nájemní smlouva|Měsíční nájemné|Předmět nájmu|"
        "Medikace",
    run=[
        "Podle oznámení o změně bydliště ze dne {D} se {PF} přestěhovala z adresy {A} na adresu {A2}, proto je třeba aktualizovat spis {R}.",
        "Zásilka byla {D} doručena na adresu {A} a předána sousedovi – pokud tomu tak není, volejte {T}.",
        "Shromáždění vlastníků jednotek se koná {D} v 18:30 ve společenské místnosti domu ({A}); plné moci zasílejte na {E}.",
        "{PM}, bytem {A}, byl {D} přijat k hospitalizaci; přijímací diagnóza: {DI}, zdravotnické zařízení: {H}.",
        "Podle policejního záznamu došlo k vloupání v noci na {D} do bytu na adrese {A} – škoda byla vyčíslena na {M}.",
        "Podepsanou nájemní smlouvu a kauci ve výši {M} zašlete prosím do {D} realitní kanceláři {CO} („{A}“).",
    ],
    nos=[
        "Od {D} sídlí ordinace na adrese {AN}; telefon {T} zůstává beze změny.",
        "Sraz na komentovanou procházku {D}: {AN}, u kašny. Vstupné: {M}.",
        "{PF} vyrůstala na adrese {AN}, poštu jí ale nyní doručují na adresu {AN2}.",
    ],
    neg=[
        "Podle [[čl. 17 GDPR|REF]] byla žádost ze dne {D} vyřízena ve lhůtě podle [[§ 71 odst. 3 správního řádu|REF]].",
        "Vlak [[EC 173|REF]] (cílová stanice {PL}) odjíždí ze stanice [[Praha hlavní nádraží|STATION]], [[nástupiště 3, kolej 5|STATION]]; let [[OK 725|REF]] má zpoždění.",
        "Pacientka přeložena na [[interní oddělení|STATION]], [[pokoj 12|ROOM]], [[lůžko 2|ROOM]]; [[Warfarin|DRUG]] [[3 mg|MEASURE]] denně, dg. [[I48.9|CODE]].",
        "Demonstrace na [[Václavském náměstí|PLACE]] proběhla klidně; [[Pivovar Černý, Pardubice|COMPANY]] představil nový vůz [[Škoda Octavia 2.0 TDI|CODE]] a {D} byla udělena pokuta {M}.",
    ],
    body=["V návaznosti na fakturu {RI} ze dne {D} potvrzujeme úhradu částky {M}.",
          "{PM} byl hospitalizován ({W}) od {D} do {D2}. Diagnóza: {DI} ({C}). Medikace při propuštění: {DR} {DO}."],
    track="Vaše zásilka {RT} bude dnes mezi 10:00 a 14:00 doručena na adresu:",
)

L['sk'] = dict(
    countries=['SK'], foreign=['CZ', 'HU', 'AT', 'PL', 'DE'],
    fm="Peter Martin Tomáš Jozef Marek Michal Lukáš Ján Juraj Milan".split(),
    ff="Mária Jana Zuzana Katarína Lucia Monika Ivana Martina Simona Veronika".split(),
    sm="Horváth Kováč Varga Tóth Nagy Baláž Szabó Molnár Lukáč Polák Kráľ Hudák".split(),
    sf="Horváthová Kováčová Vargová Tóthová Nagyová Balážová Szabóová Molnárová Lukáčová Poláková Kráľová Hudáková".split(),
    phone=["+421 9## ### ###", "02/### ### ##", "09## ### ###"],
    mail=["azet.sk", "zoznam.sk", "post.sk", "gmail.com"],
    date="{d}. {m}. {y}", months="januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra".split(),
    datel="{d}. {M} {y}", amt=(' ', ',', "{} €"),
    refs=["2024####", "Č. k. ####/2024", "Sp. zn. 15C/###/2024", "Objednávka č. ######"],
    hosp=["Univerzitná nemocnica Bratislava", "Fakultná nemocnica s poliklinikou Žilina", "Nemocnica Košice-Šaca"],
    inst=["Okresný súd Košice I", "Daňový úrad Bratislava", "Mestský úrad Trnava"],
    comp=["Kováč Logistik s.r.o.", "Pekáreň Baláž a syn s.r.o.", "Solárny park Záhorie a.s."],
    ward=["interné oddelenie", "JIS kardiológie", "pľúcne oddelenie"],
    room=["izba 214", "lôžko 3", "zasadačka 2.07"],
    dis=["pneumónia", "diabetes mellitus 2. typu", "artériová hypertenzia", "akútna apendicitída"],
    drug=["metformín", "ramipril", "amoxicilín", "paracetamol"],
    stn=["Bratislava hlavná stanica", "Košice", "Žilina"],
    roles=["Referentka zákazníckeho servisu", "Vedúci nákupu", "Projektová manažérka"],
    lab="Odosielateľ|Adresát|Vec|Vážení,|S pozdravom|Faktúra|Číslo faktúry|Fakturačná adresa|Dodacia adresa|"
        "Spolu na úhradu|Pacient|Dátum narodenia|Bydlisko|Oddelenie|Diagnóza|Prepúšťacia správa|"
        "Pozvánka: kontrolné stretnutie|Kedy|Kde|Telefón|E-mail|Ulica|Súpisné/orientačné číslo|Číslo bytu|PSČ|Obec|"
        "Meno a priezvisko|Dátum|Položka|Množstvo|Hlásenie poistnej udalosti|Miesto udalosti|Dátum udalosti|"
        "Číslo poistnej zmluvy|Suma|Prihláška|Nájomca|Prenajímateľ|Nájomná zmluva|Mesačné nájomné|Predmet nájmu|Lieky",
    run=[
        "Podľa oznámenia o zmene pobytu zo dňa {D} sa {PF} presťahovala z adresy {A} na adresu {A2}, preto treba aktualizovať spis {R}.",
        "Zásielka bola {D} doručená na adresu {A} a odovzdaná susedovi – ak to tak nie je, volajte {T}.",
        "Schôdza vlastníkov bytov sa uskutoční {D} o 18:30 v spoločenskej miestnosti domu ({A}); splnomocnenia posielajte na {E}.",
        "{PM}, bytom {A}, bol {D} prijatý na hospitalizáciu; prijímacia diagnóza: {DI}, zdravotnícke zariadenie: {H}.",
        "Podľa policajného záznamu došlo k vlámaniu v noci na {D} do bytu na adrese {A} – škoda bola vyčíslená na {M}.",
        "Podpísanú nájomnú zmluvu a zábezpeku vo výške {M} pošlite, prosím, do {D} realitnej kancelárii {CO} („{A}“).",
    ],
    nos=[
        "Od {D} sídli ambulancia na adrese {AN}; telefónne číslo {T} sa nemení.",
        "Zraz na prehliadku mesta {D}: {AN}, pri fontáne. Vstupné: {M}.",
        "{PF} vyrastala na adrese {AN}, poštu však teraz dostáva na adresu {AN2}.",
    ],
    neg=[
        "Podľa [[čl. 17 GDPR|REF]] bola žiadosť zo dňa {D} vybavená v lehote podľa [[§ 49 ods. 2 správneho poriadku|REF]].",
        "Vlak [[IC 501|REF]] (cieľová stanica {PL}) odchádza zo stanice [[Bratislava hlavná stanica|STATION]], [[nástupište 2, koľaj 3|STATION]]; let [[FR 8224|REF]] mešká.",
        "Pacientka preložená na [[interné oddelenie|STATION]], [[izba 12|ROOM]], [[lôžko 2|ROOM]]; [[Warfarin|DRUG]] [[3 mg|MEASURE]] denne, dg. [[I48.9|CODE]].",
        "Demonštrácia na [[Hviezdoslavovom námestí|PLACE]] prebehla pokojne; [[Mliekareň Tatry, Kežmarok|COMPANY]] predstavila nový [[Kia Ceed 1.5|CODE]] a {D} bola uložená pokuta {M}.",
    ],
    body=["V nadväznosti na faktúru {RI} zo dňa {D} potvrdzujeme úhradu sumy {M}.",
          "{PM} bol hospitalizovaný ({W}) od {D} do {D2}. Diagnóza: {DI} ({C}). Lieky pri prepustení: {DR} {DO}."],
    track="Vaša zásielka {RT} bude dnes medzi 10:00 a 14:00 doručená na adresu:",
)

L['sl'] = dict(
    countries=['SI'], foreign=['HR', 'AT', 'IT', 'DE', 'HU'],
    fm="Luka Matej Rok Nejc Jure Gregor Primož Andrej Blaž Tadej".split(),
    ff="Maja Nina Eva Petra Tina Mojca Špela Urška Katja Ana".split(),
    sm="Novak Horvat Krajnc Kovačič Zupančič Potočnik Kovač Mlakar Kos Vidmar Golob Turk".split(),
    phone=["+386 1 ### ## ##", "041 ### ###", "031 ### ###"],
    mail=["siol.net", "gmail.com", "t-2.net", "amis.net"],
    date="{d}. {m}. {y}", months="januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra".split(),
    datel="{d}. {M} {y}", amt=('.', ',', "{} EUR"),
    refs=["2024-####", "Opr. št. ## ###/2024", "Zadeva št. ######", "Naročilo ######"],
    hosp=["Univerzitetni klinični center Ljubljana", "Univerzitetni klinični center Maribor", "Splošna bolnišnica Celje"],
    inst=["Okrajno sodišče v Kranju", "Finančna uprava RS", "Mestna občina Koper"],
    comp=["Kos Logistika d.o.o.", "Pekarna Mlakar d.o.o.", "Sončna elektrarna Dolenjska d.d."],
    ward=["internistični oddelek", "enota intenzivne terapije", "kardiološki oddelek"],
    room=["soba 214", "postelja 3", "sejna soba 2.07"],
    dis=["pljučnica", "sladkorna bolezen tipa 2", "arterijska hipertenzija", "akutno vnetje slepiča"],
    drug=["metformin", "ramipril", "amoksicilin", "paracetamol"],
    stn=["Ljubljana železniška postaja", "Maribor", "Celje"],
    roles=["Referentka za stranke", "Vodja nabave", "Projektna vodja"],
    lab="Pošiljatelj|Prejemnik|Zadeva|Spoštovani,|Lep pozdrav|Račun|Številka računa|Naslov plačnika|Naslov za dostavo|"
        "Skupaj za plačilo|Pacient|Datum rojstva|Naslov|Oddelek|Diagnoza|Odpustno pismo|Vabilo: kontrolni sestanek|"
        "Kdaj|Kje|Telefon|E-pošta|Ulica|Hišna številka|Številka stanovanja|Poštna številka|Kraj|Ime in priimek|Datum|"
        "Artikel|Količina|Prijava škode|Kraj škodnega dogodka|Datum škodnega dogodka|Številka police|Znesek|Prijavnica|"
        "Najemnik|Najemodajalec|Najemna pogodba|Mesečna najemnina|Predmet najema|Zdravila",
    run=[
        "Po prijavi spremembe prebivališča z dne {D} se je {PF} preselila z naslova {A} na naslov {A2}, zato je treba posodobiti zadevo {R}.",
        "Paket je bil {D} dostavljen na naslov {A} in izročen sosedu – če to ni res, pokličite {T}.",
        "Zbor etažnih lastnikov bo {D} ob 18.30 v skupnem prostoru ({A}); pooblastila pošljite na {E}.",
        "{PM}, stanujoč na naslovu {A}, je bil {D} sprejet v bolnišnico; sprejemna diagnoza: {DI}, ustanova: {H}.",
        "Po poročilu policije je do vloma prišlo v noči na {D} v stanovanju na naslovu {A} – škoda je ocenjena na {M}.",
        "Podpisano najemno pogodbo in varščino v višini {M} pošljite do {D} nepremičninski agenciji {CO} (»{A}«).",
    ],
    nos=[
        "Od {D} je ambulanta na naslovu {AN}; telefonska številka {T} ostaja enaka.",
        "Zbor za voden ogled mesta {D}: {AN}, pri vodnjaku. Cena: {M}.",
        "{PF} je odraščala na naslovu {AN}, pošto pa zdaj prejema na naslov {AN2}.",
    ],
    neg=[
        "Na podlagi [[17. člena Splošne uredbe o varstvu podatkov|REF]] je bila zahteva z dne {D} obravnavana v roku iz [[222. člena ZUP|REF]].",
        "Vlak [[IC 502|REF]] (končna postaja {PL}) odpelje s [[1. tira|STATION]] na postaji [[Ljubljana|STATION]]; let [[LH 1471|REF]] zamuja.",
        "Pacientka premeščena na [[kardiološki oddelek|STATION]], [[soba 12|ROOM]], [[postelja 2|ROOM]]; [[Marevan|DRUG]] [[3 mg|MEASURE]] dnevno, dg. [[I48.9|CODE]].",
        "Demonstracija na [[Slovenski cesti|PLACE]] je minila mirno; podjetje [[Mlekarna Celeia, Arja vas|COMPANY]] je predstavilo nov [[Renault Clio 1.0|CODE]], {D} pa je bila izrečena globa {M}.",
    ],
    body=["V zvezi z računom {RI} z dne {D} potrjujemo plačilo zneska {M}.",
          "{PM} je bil hospitaliziran ({W}) od {D} do {D2}. Diagnoza: {DI} ({C}). Zdravila ob odpustu: {DR} {DO}."],
    track="Vaša pošiljka {RT} bo danes med 10.00 in 14.00 dostavljena na naslov:",
)

L['hr'] = dict(
    countries=['HR'], foreign=['SI', 'AT', 'DE', 'IT', 'HU'],
    fm="Ivan Marko Luka Josip Tomislav Ante Matej Petar Nikola Domagoj".split(),
    ff="Ana Ivana Marija Petra Maja Lucija Katarina Martina Iva Nikolina".split(),
    sm="Horvat Kovačević Babić Marić Jurić Novak Knežević Vuković Matić Perić Tomić Pavlović".split(),
    phone=["+385 1 #### ###", "09# ### ####", "+385 21 ### ###"],
    mail=["gmail.com", "net.hr", "t-com.hr", "inet.hr"],
    date="{d}. {m}. {y}.", months="siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca".split(),
    datel="{d}. {M} {y}.", amt=('.', ',', "{} €"),
    refs=["R-2024-####", "Posl. br. P-###/2024", "Predmet br. ######", "Narudžba ######"],
    hosp=["KBC Zagreb", "KBC Split", "Opća bolnica Zadar"],
    inst=["Općinski građanski sud u Zagrebu", "Porezna uprava", "Grad Rijeka"],
    comp=["Babić Transport d.o.o.", "Pekara Jurić i sinovi d.o.o.", "Solarni park Dalmacija d.d."],
    ward=["Odjel za kardiologiju", "Jedinica intenzivnog liječenja", "Odjel za pulmologiju"],
    room=["soba 214", "krevet 3", "dvorana 2.07"],
    dis=["upala pluća", "šećerna bolest tipa 2", "arterijska hipertenzija", "akutna upala slijepog crijeva"],
    drug=["metformin", "ramipril", "amoksicilin", "paracetamol"],
    stn=["Zagreb Glavni kolodvor", "Split", "Rijeka"],
    roles=["Referentica za korisnike", "Voditelj nabave", "Voditeljica projekta"],
    lab="Pošiljatelj|Primatelj|Predmet|Poštovani,|S poštovanjem|Račun|Broj računa|Adresa za račun|Adresa dostave|"
        "Ukupno za platiti|Pacijent|Datum rođenja|Adresa|Odjel|Dijagnoza|Otpusno pismo|Poziv: kontrolni sastanak|Kada|"
        "Gdje|Telefon|E-pošta|Ulica|Kućni broj|Broj stana|Poštanski broj|Mjesto|Ime i prezime|Datum|Artikl|Količina|"
        "Prijava štete|Mjesto štetnog događaja|Datum štetnog događaja|Broj police|Iznos|Prijavnica|Najmoprimac|"
        "Najmodavac|Ugovor o najmu|Mjesečna najamnina|Predmet najma|Terapija",
    run=[
        "Prema prijavi promjene prebivališta od {D}, {PF} preselila se s adrese {A} na adresu {A2}, pa je potrebno ažurirati predmet {R}.",
        "Paket je {D} dostavljen na adresu {A} i predan susjedu – ako to nije točno, nazovite {T}.",
        "Sastanak suvlasnika održat će se {D} u 18:30 u zajedničkoj prostoriji zgrade ({A}); punomoći šaljite na {E}.",
        "{PM}, s prebivalištem na adresi {A}, primljen je {D} na bolničko liječenje; prijamna dijagnoza: {DI}, ustanova: {H}.",
        "Prema policijskom izvješću, provala se dogodila u noći na {D} u stan na adresi {A} – šteta se procjenjuje na {M}.",
        "Potpisani ugovor o najmu i jamčevinu od {M} pošaljite do {D} agenciji za nekretnine {CO} („{A}”).",
    ],
    nos=[
        "Od {D} ordinacija se nalazi na adresi {AN}; broj telefona {T} ostaje isti.",
        "Okupljanje za razgled grada {D}: {AN}, kod fontane. Cijena: {M}.",
        "{PF} je odrasla na adresi {AN}, ali poštu sada prima na adresu {AN2}.",
    ],
    neg=[
        "Na temelju [[članka 17. Opće uredbe o zaštiti podataka|REF]] zahtjev od {D} riješen je u roku iz [[članka 101. ZUP-a|REF]].",
        "Vlak [[IC 520|REF]] (odredište: {PL}) polazi s [[perona 2, kolosijeka 4|STATION]] na [[Zagreb Glavni kolodvor|STATION]]; let [[OU 654|REF]] kasni.",
        "Pacijentica premještena na [[Odjel za kardiologiju|STATION]], [[soba 12|ROOM]], [[krevet 2|ROOM]]; [[Martefarin|DRUG]] [[3 mg|MEASURE]] dnevno, dg. [[I48.9|CODE]].",
        "Prosvjed na [[Trgu bana Jelačića|PLACE]] protekao je mirno; [[Sirana Pag d.o.o., Novalja|COMPANY]] predstavila je novi [[Renault Master 2.3|CODE]], a {D} izrečena je kazna od {M}.",
    ],
    body=["Pozivom na račun {RI} od {D} potvrđujemo uplatu iznosa od {M}.",
          "{PM} bio je hospitaliziran ({W}) od {D} do {D2}. Dijagnoza: {DI} ({C}). Terapija pri otpustu: {DR} {DO}."],
    track="Vaša pošiljka {RT} bit će danas između 10:00 i 14:00 dostavljena na adresu:",
)

L['hu'] = dict(
    countries=['HU'], foreign=['AT', 'SK', 'RO', 'DE', 'HR'], family_first=True,
    fm="Péter László Gábor Zoltán Attila Tamás Balázs Dávid István Ádám".split(),
    ff="Katalin Eszter Anna Zsófia Judit Réka Krisztina Orsolya Ágnes Nóra".split(),
    sm="Nagy Kovács Tóth Szabó Horváth Varga Kiss Molnár Németh Farkas Balogh Papp".split(),
    phone=["+36 1 ### ####", "+36 30 ### ####", "06 20 ### ####"],
    mail=["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"],
    date="{y}. {m:02d}. {d:02d}.", months="január február március április május június július augusztus szeptember október november december".split(),
    datel="{y}. {M} {d}.", amt=(' ', ',', "{} Ft"), int_amt=True,
    refs=["SZ-2024/####", "####/2024", "IK-######", "R-######"],
    hosp=["Semmelweis Egyetem Belgyógyászati Klinika", "Debreceni Egyetem Klinikai Központ", "Szent János Kórház"],
    inst=["Fővárosi Törvényszék", "Nemzeti Adó- és Vámhivatal", "Szeged Megyei Jogú Város Önkormányzata"],
    comp=["Kovács és Társa Fuvarozó Kft.", "Molnár Pékség Bt.", "Napfény Energia Zrt."],
    ward=["Belgyógyászati Osztály", "Intenzív Osztály", "Kardiológiai Osztály"],
    room=["214. kórterem", "3. ágy", "2.07-es tárgyaló"],
    dis=["tüdőgyulladás", "2-es típusú cukorbetegség", "magas vérnyomás", "akut vakbélgyulladás"],
    drug=["metformin", "ramipril", "amoxicillin", "paracetamol"],
    stn=["Budapest-Keleti", "Szeged vasútállomás", "Győr vasútállomás"],
    roles=["ügyfélszolgálati munkatárs", "beszerzési vezető", "projektmenedzser"],
    lab="Feladó|Címzett|Tárgy|Tisztelt Hölgyem/Uram!|Tisztelettel:|Számla|Számlaszám|Számlázási cím|Szállítási cím|"
        "Fizetendő összesen|Beteg|Születési dátum|Lakcím|Osztály|Diagnózis|Zárójelentés|Meghívó: ellenőrző megbeszélés|"
        "Időpont|Helyszín|Telefon|E-mail|Közterület neve és jellege|Házszám|Emelet/ajtó|Irányítószám|Település|Név|"
        "Dátum|Tétel|Mennyiség|Kárbejelentő|Kár helyszíne|Kár időpontja|Kötvényszám|Összeg|Jelentkezési lap|Bérlő|"
        "Bérbeadó|Bérleti szerződés|Havi bérleti díj|Bérlemény|Gyógyszerelés",
    run=[
        "A lakcímváltozás-bejelentés ({D}) szerint {P} korábbi lakcíméről ({A}) új címre költözött: {A2}; kérjük, a(z) {R} ügyiratot frissítsék.",
        "A csomagot {D} kézbesítettük a következő címre: {A}, és a szomszéd vette át – ha ez nem így történt, hívja a {T} számot.",
        "A lakóközösség közgyűlését {D} 18:30-kor tartjuk a közös helyiségben (cím: {A}); a meghatalmazásokat a(z) {E} címre várjuk.",
        "{PM} (lakcím: {A}) {D} került felvételre; felvételi diagnózis: {DI}, intézmény: {H}.",
        "A rendőrségi jelentés szerint a betörés {D} éjjel történt egy lakásban, amelynek címe: {A} – a kár mintegy {M}.",
        "Kérjük, az aláírt bérleti szerződést és a kauciót ({M}) legkésőbb {D} napjáig küldje el az ingatlanirodának ({CO}, „{A}”).",
    ],
    nos=[
        "A rendelő {D} óta az alábbi címen működik: {AN}; a telefonszám ({T}) változatlan.",
        "A városi séta {D} indul, gyülekező: {AN}, a szökőkútnál. Részvételi díj: {M}.",
        "{PF} gyermekkorát ezen a címen töltötte: {AN}; postáját azonban most ide kapja: {AN2}.",
    ],
    neg=[
        "Az [[általános adatvédelmi rendelet 17. cikke|REF]] alapján a {D} beérkezett kérelmet az [[Ákr. 50. § (2) bekezdésében|REF]] előírt határidőn belül bíráltuk el.",
        "Az [[IC 718|REF]] vonat (célállomás: {PL}) a [[Budapest-Keleti|STATION]] pályaudvar [[6. vágányáról|STATION]] indul; a [[W6 2245|REF]] járat késik.",
        "A beteget áthelyeztük: [[Kardiológiai Osztály|STATION]], [[12. kórterem|ROOM]], [[2. ágy|ROOM]]; [[Syncumar|DRUG]] [[2 mg|MEASURE]] naponta, dg. [[I48.9|CODE]].",
        "A tüntetés az [[Andrássy úton|PLACE]] békésen zajlott; a [[Tisza Tej Kft., Szolnok|COMPANY]] bemutatta új [[Suzuki Vitara 1.4|CODE]] flottáját, és {D} {M} bírságot szabtak ki.",
    ],
    body=["Hivatkozással a(z) {RI} számú, {D} keltezésű számlára megerősítjük, hogy a(z) {M} összeget átutaltuk.",
          "{PM} {D} és {D2} között állt osztályos kezelés alatt ({W}). Diagnózis: {DI} ({C}). Elbocsátáskori gyógyszerelés: {DR} {DO}."],
    track="A(z) {RT} számú küldeményét ma 10 és 14 óra között kézbesítjük az alábbi címre:",
)

L['ro'] = dict(
    countries=['RO'], foreign=['HU', 'BG', 'IT', 'FR', 'DE', 'ES'],
    fm="Andrei Mihai Alexandru Ionuț Bogdan Cristian Florin Radu Vlad Gabriel".split(),
    ff="Maria Elena Ioana Andreea Alexandra Cristina Mihaela Roxana Diana Simona".split(),
    sm="Popescu Ionescu Popa Dumitrescu Stan Stoica Gheorghe Munteanu Constantin Marin Tudor Lungu".split(),
    phone=["+40 21 ### ####", "07## ### ###", "+40 264 ### ###"],
    mail=["yahoo.com", "gmail.com", "rdslink.ro", "clicknet.ro"],
    date="{d:02d}.{m:02d}.{y}", months="ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie".split(),
    datel="{d} {M} {y}", amt=('.', ',', "{} lei"),
    refs=["CJ-2024-####", "Dosar nr. ####/###/2024", "Nr. înregistrare ######", "Comanda ######"],
    hosp=["Spitalul Clinic Județean de Urgență Cluj", "Spitalul Universitar de Urgență București", "Spitalul Clinic Județean Sibiu"],
    inst=["Judecătoria Sectorului 2", "ANAF", "Primăria Municipiului Brașov"],
    comp=["Transport Munteanu SRL", "Panificația Stoica & Fiii SRL", "Solar Dobrogea SA"],
    ward=["Secția Cardiologie", "Secția ATI", "Secția Pneumologie"],
    room=["salonul 214", "patul 3", "sala de ședințe 2.07"],
    dis=["pneumonie", "diabet zaharat de tip 2", "hipertensiune arterială", "apendicită acută"],
    drug=["metformină", "ramipril", "amoxicilină", "paracetamol"],
    stn=["București Gara de Nord", "Cluj-Napoca", "Brașov"],
    roles=["Specialist relații clienți", "Director achiziții", "Manager de proiect"],
    lab="Expeditor|Destinatar|Subiect|Stimată doamnă, stimate domn,|Cu stimă,|Factură|Nr. factură|Cumpărător|"
        "Adresă de livrare|Total de plată|Pacient|Data nașterii|Domiciliu|Secția|Diagnostic|Bilet de externare|"
        "Invitație: ședință de monitorizare|Când|Unde|Telefon|E-mail|Strada|Nr.|Bl./Sc./Et./Ap.|Cod poștal|Localitatea|"
        "Nume și prenume|Data|Produs|Cant.|Avizare daună|Locul producerii daunei|Data producerii daunei|Nr. poliță|"
        "Suma|Formular de înscriere|Chiriaș|Proprietar|Contract de închiriere|Chirie lunară|Imobil|Tratament",
    run=[
        "Conform notificării din {D}, {PM} s-a mutat de la adresa {A} la adresa {A2}, așa că dosarul {R} trebuie actualizat.",
        "Coletul a fost livrat pe {D} la adresa {A} și predat unui vecin – dacă nu este așa, sunați la {T}.",
        "Adunarea generală a asociației de proprietari va avea loc pe {D}, ora 18:30, în sala comună ({A}); împuternicirile se trimit la {E}.",
        "{PF}, cu domiciliul în {A}, a fost internată pe {D} cu diagnosticul de {DI}; unitatea sanitară: {H}.",
        "Potrivit procesului-verbal al poliției, spargerea a avut loc în noaptea de {D} într-un apartament din {A} – prejudiciul este estimat la {M}.",
        "Vă rugăm să trimiteți contractul semnat și garanția de {M} până la {D} agenției imobiliare {CO} („{A}”).",
    ],
    nos=[
        "Începând cu {D}, cabinetul funcționează la adresa {AN}; numărul de telefon {T} rămâne același.",
        "Punct de întâlnire pentru turul ghidat din {D}: {AN}, lângă fântână. Preț: {M}.",
        "{PF} a crescut la adresa {AN}, dar acum primește corespondența la {AN2}.",
    ],
    neg=[
        "În temeiul [[art. 17 din GDPR|REF]], cererea din {D} a fost soluționată în termenul prevăzut de [[art. 8 alin. (1) din Legea nr. 544/2001|REF]].",
        "Trenul [[IR 1745|REF]] spre {PL} pleacă de la [[linia 5|STATION]] din [[București Gara de Nord|STATION]]; zborul [[RO 301|REF]] are întârziere.",
        "Pacienta a fost mutată la [[Secția Cardiologie|STATION]], [[salonul 12|ROOM]], [[patul 2|ROOM]]; [[Trombostop|DRUG]] [[2 mg|MEASURE]] zilnic, diagnostic [[I48.9|CODE]].",
        "Protestul de pe [[Calea Victoriei|PLACE]] s-a desfășurat pașnic; firma [[Lactate Carpatina, Sibiu|COMPANY]] a prezentat noul [[Dacia Duster 1.3|CODE]], iar pe {D} s-a aplicat o amendă de {M}.",
    ],
    body=["Referitor la factura {RI} din {D}, vă confirmăm că suma de {M} a fost achitată.",
          "{PM} a fost internat în {W} în perioada {D} – {D2}. Diagnostic: {DI} ({C}). Tratament la externare: {DR} {DO}."],
    track="Coletul dumneavoastră {RT} va fi livrat astăzi între orele 10:00 și 14:00 la adresa:",
)

L['bg'] = dict(
    countries=['BG'], foreign=['RO', 'GR', 'DE', 'GB', 'ES'], translit='bg',
    fm="Георги Иван Димитър Николай Петър Христо Стефан Александър Мартин Васил".split(),
    ff="Мария Елена Иванка Десислава Гергана Надежда Радостина Виктория Цветелина Милена".split(),
    sm="Иванов Петров Георгиев Димитров Николов Стоянов Тодоров Христов Маринов Костов".split(),
    sf="Иванова Петрова Георгиева Димитрова Николова Стоянова Тодорова Христова Маринова Костова".split(),
    phone=["+359 2 ### ####", "088 ### ####", "+359 89 ### ####"],
    mail=["abv.bg", "mail.bg", "gmail.com", "dir.bg"],
    date="{d:02d}.{m:02d}.{y} г.", months="януари февруари март април май юни юли август септември октомври ноември декември".split(),
    datel="{d} {M} {y} г.", amt=(' ', ',', "{} лв."),
    refs=["№ 00000#####", "Дело № ####/2024 г.", "Изх. № ######", "Поръчка № ######"],
    hosp=["УМБАЛ „Александровска“", "УМБАЛ „Св. Георги“ – Пловдив", "МБАЛ – Варна"],
    inst=["Софийски районен съд", "НАП", "Община Бургас"],
    comp=["„Транс Стоянов“ ЕООД", "„Хлебозавод Маринов“ ООД", "„Соларна енергия Тракия“ АД"],
    ward=["Клиника по кардиология", "Отделение за интензивно лечение", "Клиника по пневмология"],
    room=["стая 214", "легло 3", "заседателна зала 2.07"],
    dis=["пневмония", "захарен диабет тип 2", "артериална хипертония", "остър апендицит"],
    drug=["метформин", "рамиприл", "амоксицилин", "парацетамол"],
    stn=["Централна гара София", "Гара Пловдив", "Гара Варна"],
    roles=["Експерт обслужване на клиенти", "Ръководител доставки", "Ръководител проекти"],
    lab="Подател|Получател|Относно|Уважаеми госпожи и господа,|С уважение,|Фактура|Номер на фактура|"
        "Получател на фактурата|Адрес за доставка|Общо за плащане|Пациент|Дата на раждане|Адрес|Отделение|Диагноза|"
        "Епикриза|Покана: контролна среща|Кога|Къде|Телефон|Имейл|Улица|Номер|Етаж/апартамент|Пощенски код|"
        "Населено място|Име и фамилия|Дата|Артикул|Количество|Уведомление за щета|Място на събитието|"
        "Дата на събитието|Номер на полица|Сума|Формуляр за регистрация|Наемател|Наемодател|Договор за наем|"
        "Месечен наем|Наето жилище|Терапия",
    run=[
        "Според уведомлението от {D} {PM} се е преместил от адрес {A} на адрес {A2}, поради което преписка {R} трябва да бъде актуализирана.",
        "Пратката беше доставена на {D} на адрес {A} и предадена на съсед – ако това не е така, обадете се на {T}.",
        "Общото събрание на етажната собственост ще се проведе на {D} от 18:30 ч. в общото помещение ({A}); пълномощните се изпращат на {E}.",
        "{PF}, с адрес {A}, е приета на {D} за болнично лечение; приемна диагноза: {DI}, лечебно заведение: {H}.",
        "Според полицейския протокол взломът е извършен в нощта срещу {D} в апартамент на адрес {A} – щетата се оценява на {M}.",
        "Моля, изпратете подписания договор за наем и депозита от {M} до {D} на агенцията за недвижими имоти {CO} („{A}“).",
    ],
    nos=[
        "От {D} кабинетът се намира на адрес {AN}; телефонът {T} остава същият.",
        "Сборен пункт за обиколката на {D}: {AN}, до фонтана. Цена: {M}.",
        "{PF} е израснала на адрес {AN}, но сега получава пощата си на адрес {AN2}.",
    ],
    neg=[
        "На основание [[чл. 17 от ОРЗД|REF]] искането от {D} е разгледано в срока по [[чл. 28, ал. 1 от ЗДОИ|REF]].",
        "Влак [[№ 8611|REF]] за {PL} тръгва от [[коловоз 4|STATION]] на [[Централна гара София|STATION]]; полет [[FB 471|REF]] закъснява.",
        "Пациентката е преместена в [[Клиника по кардиология|STATION]], [[стая 12|ROOM]], [[легло 2|ROOM]]; [[Синтром|DRUG]] [[2 mg|MEASURE]] дневно, диагноза [[I48.9|CODE]].",
        "Протестът на [[бул. „Витоша“|PLACE]] премина спокойно; [[„Родопско мляко“ ООД, Смолян|COMPANY]] представи новия [[Renault Trafic 2.0|CODE]], а на {D} беше наложена глоба от {M}.",
    ],
    body=["Във връзка с фактура {RI} от {D} потвърждаваме, че сумата от {M} е преведена.",
          "{PM} е лекуван в {W} от {D} до {D2}. Диагноза: {DI} ({C}). Терапия при изписване: {DR} {DO}."],
    track="Вашата пратка {RT} ще бъде доставена днес между 10:00 и 14:00 ч. на адрес:",
)

L['el'] = dict(
    countries=['GR'], foreign=['BG', 'IT', 'DE', 'GB', 'FR'], translit='el',
    fm="Γιώργος Νίκος Δημήτρης Κώστας Γιάννης Παναγιώτης Χρήστος Βασίλης Αλέξανδρος Μιχάλης".split(),
    ff="Μαρία Ελένη Κατερίνα Σοφία Γεωργία Δήμητρα Αναστασία Χριστίνα Ιωάννα Βασιλική".split(),
    sm="Παπαδόπουλος Γεωργίου Νικολάου Οικονόμου Παπαγεωργίου Καραγιάννης Βλάχος Αντωνίου Δημητρίου Μακρής".split(),
    sf="Παπαδοπούλου Γεωργίου Νικολάου Οικονόμου Παπαγεωργίου Καραγιάννη Βλάχου Αντωνίου Δημητρίου Μακρή".split(),
    phone=["+30 21# ### ####", "69# ### ####", "2310 ######"],
    mail=["otenet.gr", "gmail.com", "yahoo.gr", "hol.gr"],
    date="{d:02d}/{m:02d}/{y}", months="Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου".split(),
    datel="{d} {M} {y}", amt=('.', ',', "{} €"),
    refs=["Α-2024-####", "Αρ. πρωτ. ######", "Φάκελος ####/2024", "Παραγγελία ######"],
    hosp=["Γενικό Νοσοκομείο Αθηνών «Ο Ευαγγελισμός»", "ΑΧΕΠΑ Θεσσαλονίκης", "Πανεπιστημιακό Γενικό Νοσοκομείο Πατρών"],
    inst=["Ειρηνοδικείο Αθηνών", "ΑΑΔΕ", "Δήμος Θεσσαλονίκης"],
    comp=["Μεταφορική Βλάχος Α.Ε.", "Αρτοποιία Μακρής Ο.Ε.", "Ηλιακή Ενέργεια Κρήτης Ι.Κ.Ε."],
    ward=["Καρδιολογική Κλινική", "ΜΕΘ", "Πνευμονολογική Κλινική"],
    room=["θάλαμος 214", "κλίνη 3", "αίθουσα 2.07"],
    dis=["πνευμονία", "σακχαρώδης διαβήτης τύπου 2", "αρτηριακή υπέρταση", "οξεία σκωληκοειδίτιδα"],
    drug=["μετφορμίνη", "ραμιπρίλη", "αμοξικιλλίνη", "παρακεταμόλη"],
    stn=["Σταθμός Λαρίσης", "Σιδηροδρομικός Σταθμός Θεσσαλονίκης", "Σταθμός Πάτρας"],
    roles=["Εξυπηρέτηση πελατών", "Υπεύθυνος προμηθειών", "Υπεύθυνη έργου"],
    lab="Αποστολέας|Παραλήπτης|Θέμα|Αξιότιμοι κύριοι,|Με εκτίμηση,|Τιμολόγιο|Αριθμός τιμολογίου|Στοιχεία χρέωσης|"
        "Διεύθυνση παράδοσης|Σύνολο πληρωτέο|Ασθενής|Ημερομηνία γέννησης|Διεύθυνση κατοικίας|Κλινική|Διάγνωση|Εξιτήριο|"
        "Πρόσκληση: σύσκεψη παρακολούθησης|Πότε|Πού|Τηλέφωνο|Email|Οδός|Αριθμός|Όροφος/Διαμέρισμα|Τ.Κ.|Πόλη|"
        "Ονοματεπώνυμο|Ημερομηνία|Είδος|Ποσότητα|Δήλωση ζημιάς|Τόπος συμβάντος|Ημερομηνία συμβάντος|"
        "Αριθμός συμβολαίου|Ποσό|Αίτηση εγγραφής|Μισθωτής|Εκμισθωτής|Μισθωτήριο συμβόλαιο|Μηνιαίο μίσθωμα|Μίσθιο|"
        "Φαρμακευτική αγωγή",
    run=[
        "Σύμφωνα με τη δήλωση αλλαγής διεύθυνσης της {D}, ο {PM} μετακόμισε από τη διεύθυνση {A} στη διεύθυνση {A2}, επομένως ο φάκελος {R} πρέπει να ενημερωθεί.",
        "Το δέμα παραδόθηκε στις {D} στη διεύθυνση {A} και το παρέλαβε γείτονας — αν δεν ισχύει, καλέστε στο {T}.",
        "Η γενική συνέλευση της πολυκατοικίας θα γίνει στις {D}, ώρα 18:30, στην αίθουσα του ισογείου ({A})· εξουσιοδοτήσεις στο {E}.",
        "Η {PF}, με διεύθυνση κατοικίας {A}, εισήχθη στις {D}· διάγνωση εισαγωγής: {DI}, νοσοκομείο: {H}.",
        "Σύμφωνα με τη δικογραφία, η διάρρηξη σημειώθηκε τη νύχτα της {D} σε διαμέρισμα επί της οδού {AS} — η ζημιά εκτιμάται σε {M}.",
        "Παρακαλούμε να αποστείλετε το υπογεγραμμένο μισθωτήριο και την εγγύηση των {M} έως τις {D} στο μεσιτικό γραφείο {CO} («{A}»).",
    ],
    nos=[
        "Από τις {D} το ιατρείο στεγάζεται στη διεύθυνση {AN}· το τηλέφωνο {T} παραμένει το ίδιο.",
        "Σημείο συνάντησης για την ξενάγηση της {D}: {AN}, δίπλα στο σιντριβάνι. Τιμή: {M}.",
        "Η {PF} μεγάλωσε στη διεύθυνση {AN}, αλλά πλέον λαμβάνει την αλληλογραφία της στη διεύθυνση {AN2}.",
    ],
    neg=[
        "Σύμφωνα με το [[άρθρο 17 του ΓΚΠΔ|REF]], το αίτημα της {D} εξετάστηκε εντός της προθεσμίας του [[άρθρου 4 παρ. 1 του ν. 2690/1999|REF]].",
        "Το [[IC 50|REF]] (προορισμός: {PL}) αναχωρεί από τη [[γραμμή 3|STATION]] του [[Σταθμού Λαρίσης|STATION]]· η πτήση [[A3 602|REF]] έχει καθυστέρηση.",
        "Η ασθενής μεταφέρθηκε στην [[Καρδιολογική Κλινική|STATION]], [[θάλαμος 12|ROOM]], [[κλίνη 2|ROOM]]· [[Sintrom|DRUG]] [[2 mg|MEASURE]] ημερησίως, διάγνωση [[I48.9|CODE]].",
        "Η πορεία στην [[Πανεπιστημίου|PLACE]] ολοκληρώθηκε ειρηνικά· η [[Τυροκομεία Ηπείρου Α.Ε., Ιωάννινα|COMPANY]] παρουσίασε το νέο [[Toyota Hilux 2.4|CODE]] και στις {D} επιβλήθηκε πρόστιμο {M}.",
    ],
    body=["Σε συνέχεια του τιμολογίου {RI} της {D}, επιβεβαιώνουμε την καταβολή του ποσού των {M}.",
          "Ο {PM} νοσηλεύτηκε στην {W} από {D} έως {D2}. Διάγνωση: {DI} ({C}). Φαρμακευτική αγωγή εξόδου: {DR} {DO}."],
    track="Η αποστολή σας {RT} θα παραδοθεί σήμερα μεταξύ 10:00 και 14:00 στη διεύθυνση:",
)
