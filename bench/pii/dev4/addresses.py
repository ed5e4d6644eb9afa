"""Country address profiles for the dev4 evaluation set.

Every generator takes (r, style) where r is a random.Random and style is
'std' (ordinary street with a street-type word, sometimes flat/unit parts)
or 'nostreet' (names without a street-type word, squares, quays, estates,
blocks, rural/farm/village addresses, building names, PO boxes).
It returns an Addr with:
  lines      address lines as written on an envelope (joined by newline they
             form one STREET_ADDRESS span)
  inline     the one-line form used in running text
  streetline the street/number(/unit) part alone
  street, no, unit, pc, town   the separate parts (for split-field forms)
  pctown     postcode + town as written together
All names are invented or generic; towns are real town names.
"""


class Addr:
    def __init__(self, cc, lines, inline=None, street='', no='', unit='', pc='',
                 town='', streetline=None, pctown=None, kind='std', envelope=None):
        self.cc = cc
        self.lines = lines
        self.inline = inline or ', '.join(lines)
        self.street = street
        self.no = no
        self.unit = unit
        self.pc = pc
        self.town = town
        self.streetline = streetline or lines[0]
        self.pctown = pctown or lines[-1]
        self.kind = kind
        self.envelope = envelope or lines


def hn(r, letter=0.0, letters='abc', rng=0.0):
    x = r.random()
    if x < 0.55:
        n = r.randint(1, 30)
    elif x < 0.9:
        n = r.randint(2, 95)
    else:
        n = r.randint(100, 240)
    s = str(n)
    y = r.random()
    if y < letter:
        s += r.choice(letters)
    elif y < letter + rng:
        s = f"{n}-{n + 2}"
    return s


def pick(r, xs):
    return xs[r.randrange(len(xs))]


# ---------------------------------------------------------------- DE
DE_T = [("50968", "Köln"), ("80331", "München"), ("10115", "Berlin"), ("20095", "Hamburg"),
        ("04109", "Leipzig"), ("70173", "Stuttgart"), ("28195", "Bremen"), ("90402", "Nürnberg"),
        ("01067", "Dresden"), ("48143", "Münster"), ("79098", "Freiburg im Breisgau"),
        ("24103", "Kiel"), ("99084", "Erfurt"), ("55116", "Mainz"), ("93047", "Regensburg"),
        ("37073", "Göttingen"), ("66111", "Saarbrücken")]
DE_S = ["Lindenallee", "Hauptstraße", "Bahnhofstraße", "Schillerstr.", "Goethestraße", "Kirchweg",
        "Rosenweg", "Berliner Straße", "Friedrich-Ebert-Straße", "Eichendorffring", "Mozartstr.",
        "Gartenstraße", "Hohenzollernring", "Kastanienallee", "Mühlenweg", "Sedanstraße",
        "Amselstieg", "Heinrich-Heine-Platz", "Birkenkamp"]
DE_B = ["Am Markt", "Unter den Linden", "Altmarkt", "Zum Steinbruch", "Auf der Höhe",
        "Hinter der Kirche", "Im Winkel", "Neumarkt", "Domhof", "Kaiserkai", "Am Rheinufer",
        "An der Alster", "Im Tal", "Zur Alten Mühle", "Vor dem Steintor", "Hafenkante"]
DE_UNIT = ["Whg. 12", "3. OG links", "Hinterhaus", "App. 4", "2. OG rechts", "Gartenhaus"]


def DE(r, style):
    pc, town = pick(r, DE_T)
    pt = f"{pc} {town}"
    if style == 'nostreet':
        k = pick(r, ['bare', 'bare', 'bare', 'po', 'rural'])
        if k == 'po':
            sl = f"Postfach {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}"
            return Addr('DE', [sl, pt], street='Postfach', pc=pc, town=town, kind='po')
        if k == 'rural':
            farm = pick(r, ["Gut Ellerbrook", "Hof Sonnenberg", "Waldsiedlung", "Ausbau", "Vorwerk",
                            "Gehöft Kleinwalde"])
            sl = f"{farm} {r.randint(1, 14)}"
            return Addr('DE', [sl, pt], street=farm, pc=pc, town=town, kind='rural')
        st = pick(r, DE_B)
    else:
        st = pick(r, DE_S)
    no = hn(r, 0.15, 'abc', 0.08)
    sl = f"{st} {no}"
    unit = pick(r, DE_UNIT) if r.random() < 0.25 else ''
    if unit:
        return Addr('DE', [sl, unit, pt], inline=f"{sl}, {unit}, {pt}", street=st, no=no,
                    unit=unit, pc=pc, town=town, streetline=f"{sl}, {unit}")
    return Addr('DE', [sl, pt], street=st, no=no, pc=pc, town=town)


# ---------------------------------------------------------------- AT
AT_T = [("1030", "Wien"), ("1070", "Wien"), ("8010", "Graz"), ("4020", "Linz"), ("5020", "Salzburg"),
        ("6020", "Innsbruck"), ("9020", "Klagenfurt am Wörthersee"), ("3100", "St. Pölten")]
AT_S = ["Landstraßer Hauptstraße", "Herrengasse", "Mariahilfer Straße", "Getreidegasse",
        "Maria-Theresien-Straße", "Sporgasse", "Wiener Straße", "Schottenfeldgasse"]
AT_B = ["Am Hof", "Graben", "Hoher Markt", "Hauptplatz", "Kai", "Am Spitz"]


def AT(r, style):
    pc, town = pick(r, AT_T)
    st = pick(r, AT_B if style == 'nostreet' else AT_S)
    no = str(r.randint(1, 60))
    if r.random() < 0.5:
        sl = f"{st} {no}/{r.randint(1, 4)}/{r.randint(1, 20)}"
    elif r.random() < 0.5:
        sl = f"{st} {no}, Stiege {r.randint(1, 4)}, Tür {r.randint(1, 20)}"
    else:
        sl = f"{st} {no}"
    pt = f"{pc} {town}"
    return Addr('AT', [sl, pt], street=st, no=no, pc=pc, town=town)


# ---------------------------------------------------------------- CZ
CZ_T = [("110 00", "Praha 1"), ("130 00", "Praha 3"), ("602 00", "Brno"), ("301 00", "Plzeň"),
        ("779 00", "Olomouc"), ("370 01", "České Budějovice"), ("460 01", "Liberec"),
        ("500 02", "Hradec Králové"), ("702 00", "Ostrava"), ("586 01", "Jihlava"),
        ("400 01", "Ústí nad Labem"), ("530 02", "Pardubice")]
CZ_S = ["Masarykova", "Husova", "Palackého", "Nádražní", "Komenského", "Vinohradská", "Školní",
        "Lidická", "Jiráskova", "třída Tomáše Bati", "Husitská", "Kpt. Jaroše", "Riegrova",
        "Dlouhá", "Sokolská"]
CZ_B = ["Na Poříčí", "U Nemocnice", "Na Příkopě", "nám. Míru", "Malé náměstí", "Karlovo nám.",
        "Rašínovo nábřeží", "U Potoka", "Pod Kaštany", "Horní náměstí", "Na Výsluní",
        "Sídliště Jih", "V Zátiší"]
CZ_V = [("Horní Lhota", "763 23", "Dolní Lhota"), ("Vlkov", "594 53", "Osová Bítýška"),
        ("Lhota", "538 21", "Slatiňany"), ("Krásná", "351 34", "Skalná")]


def CZ(r, style):
    pc, town = pick(r, CZ_T)
    if style == 'nostreet' and r.random() < 0.3:
        v, pc, post = pick(r, CZ_V)
        sl = f"{v} č.p. {r.randint(5, 180)}" if r.random() < 0.5 else f"{v} {r.randint(5, 180)}"
        return Addr('CZ', [sl, f"{pc} {post}"], street=v, pc=pc, town=post, kind='rural')
    st = pick(r, CZ_B if style == 'nostreet' else CZ_S)
    no = f"{r.randint(100, 2999)}/{r.randint(1, 60)}" if r.random() < 0.45 else str(r.randint(1, 90))
    sl = f"{st} {no}"
    pt = f"{pc} {town}"
    if style == 'std' and r.random() < 0.2:
        unit = f"byt č. {r.randint(1, 40)}"
        return Addr('CZ', [sl, unit, pt], inline=f"{sl}, {unit}, {pt}", street=st, no=no,
                    unit=unit, pc=pc, town=town, streetline=f"{sl}, {unit}")
    return Addr('CZ', [sl, pt], street=st, no=no, pc=pc, town=town)


# ---------------------------------------------------------------- SK
SK_T = [("811 01", "Bratislava"), ("040 01", "Košice"), ("010 01", "Žilina"), ("080 01", "Prešov"),
        ("974 01", "Banská Bystrica"), ("949 01", "Nitra"), ("917 01", "Trnava"),
        ("911 01", "Trenčín"), ("031 01", "Liptovský Mikuláš"), ("058 01", "Poprad")]
SK_S = ["Hlavná", "Obchodná", "Štúrova", "Mlynská", "Jesenského", "Kollárova", "Partizánska",
        "Záhradnícka", "Ružová", "Družstevná", "Slnečná", "Jarná", "Kpt. Nálepku"]
SK_B = ["Námestie SNP", "Hviezdoslavovo nám.", "Nábrežie arm. gen. L. Svobodu", "Pod Hájom",
        "Nám. slobody", "Na Hlinách", "Pri Kríži", "Sídlisko Juh", "Za Dunajom"]
SK_V = [("Lehota", "951 36", "Lehota"), ("Veľká Lomnica", "059 52", "Veľká Lomnica"),
        ("Zuberec", "027 32", "Zuberec")]


def SK(r, style):
    pc, town = pick(r, SK_T)
    if style == 'nostreet' and r.random() < 0.3:
        v, pc, post = pick(r, SK_V)
        sl = f"{v} {r.randint(5, 480)}"
        return Addr('SK', [sl, f"{pc} {post}"], street=v, pc=pc, town=post, kind='rural')
    st = pick(r, SK_B if style == 'nostreet' else SK_S)
    no = f"{r.randint(100, 3999)}/{r.randint(1, 60)}" if r.random() < 0.4 else str(r.randint(1, 90))
    sl = f"{st} {no}"
    pt = f"{pc} {town}"
    if style == 'std' and r.random() < 0.2:
        unit = f"byt č. {r.randint(1, 40)}"
        return Addr('SK', [sl, unit, pt], inline=f"{sl}, {unit}, {pt}", street=st, no=no, unit=unit,
                    pc=pc, town=town, streetline=f"{sl}, {unit}")
    return Addr('SK', [sl, pt], street=st, no=no, pc=pc, town=town)


# ---------------------------------------------------------------- PL
PL_T = [("00-950", "Warszawa"), ("02-516", "Warszawa"), ("31-042", "Kraków"), ("90-001", "Łódź"),
        ("80-831", "Gdańsk"), ("50-077", "Wrocław"), ("61-814", "Poznań"), ("20-400", "Lublin"),
        ("15-001", "Białystok"), ("70-001", "Szczecin"), ("40-001", "Katowice"), ("87-100", "Toruń")]
PL_S = ["ul. Kwiatowa", "ul. Długa", "ul. Marszałkowska", "ul. Mickiewicza", "ul. Słowackiego",
        "ul. Lipowa", "al. Jerozolimskie", "al. Niepodległości", "ul. Piotrkowska", "ul. Grunwaldzka",
        "ul. Polna", "ul. Ogrodowa", "ul. Kościuszki", "ul. Leśna", "ul. Jana Pawła II"]
PL_B = ["Rynek", "Rynek Główny", "pl. Bankowy", "os. Tysiąclecia", "os. Kościuszkowskie",
        "Plac Wolności", "Bulwar Nadwiślański", "Stary Rynek", "os. Na Skarpie", "Długi Targ",
        "Nowy Świat", "Krakowskie Przedmieście"]
PL_V = [("Zalesie", "05-500", "Piaseczno"), ("Wola Rusiecka", "32-020", "Wieliczka"),
        ("Dąbrówka", "05-252", "Dąbrówka"), ("Stara Wieś", "05-825", "Grodzisk Mazowiecki")]


def PL(r, style):
    pc, town = pick(r, PL_T)
    if style == 'nostreet' and r.random() < 0.3:
        v, pc, post = pick(r, PL_V)
        sl = f"{v} {r.randint(1, 160)}"
        return Addr('PL', [sl, f"{pc} {post}"], street=v, pc=pc, town=post, kind='rural')
    st = pick(r, PL_B if style == 'nostreet' else PL_S)
    no = str(r.randint(1, 120))
    x = r.random()
    if x < 0.35:
        sl = f"{st} {no}/{r.randint(1, 80)}"
    elif x < 0.5:
        sl = f"{st} {no} m. {r.randint(1, 80)}"
    elif x < 0.6:
        sl = f"{st} {no} lok. {r.randint(1, 12)}"
    else:
        sl = f"{st} {no}"
    pt = f"{pc} {town}"
    return Addr('PL', [sl, pt], street=st, no=sl[len(st) + 1:], pc=pc, town=town)


# ---------------------------------------------------------------- HU
HU_T = [("1052", "Budapest"), ("1137", "Budapest"), ("4024", "Debrecen"), ("6720", "Szeged"),
        ("7621", "Pécs"), ("9021", "Győr"), ("3525", "Miskolc"), ("8000", "Székesfehérvár"),
        ("6000", "Kecskemét"), ("2000", "Szentendre"), ("8200", "Veszprém"), ("9400", "Sopron")]
HU_S = ["Váci utca", "Kossuth Lajos utca", "Petőfi Sándor u.", "Andrássy út", "Rákóczi út",
        "Dózsa György út", "Fő utca", "Arany János utca", "Múzeum körút", "Margit körút",
        "Bajcsy-Zsilinszky út", "Szent István krt.", "Jókai u.", "Ady Endre utca"]
HU_B = ["Széchenyi tér", "Béke tér", "Deák Ferenc tér", "Hősök tere", "Várkert rakpart",
        "Széchenyi rakpart", "Dóm tér", "Kossuth tér", "Újpalotai lakótelep"]
HU_UNIT = ["3. em. 5.", "fszt. 2.", "II. em. 7. ajtó", "4. em. 12.", "1. em. 3."]


def HU(r, style):
    pc, town = pick(r, HU_T)
    if style == 'nostreet' and r.random() < 0.25:
        k = pick(r, ['tanya', 'pf'])
        if k == 'pf':
            sl = f"Pf. {r.randint(1, 400)}."
            return Addr('HU', [town, sl, pc], inline=f"{pc} {town}, {sl}", street='Pf.', pc=pc,
                        town=town, streetline=sl, pctown=f"{pc} {town}", kind='po')
        sl = pick(r, [f"Tanya {r.randint(10, 400)}.", f"Külterület {r.randint(10, 200)}.",
                      f"{r.randint(100, 800)}. tanya"])
        return Addr('HU', [town, sl, pc], inline=f"{pc} {town}, {sl}", street=sl, pc=pc, town=town,
                    streetline=sl, pctown=f"{pc} {town}", kind='rural')
    st = pick(r, HU_B if style == 'nostreet' else HU_S)
    no = f"{r.randint(1, 90)}."
    sl = f"{st} {no}"
    if r.random() < 0.35:
        unit = pick(r, HU_UNIT)
        sl = f"{sl} {unit}"
    else:
        unit = ''
    # Hungarian envelope: name / town / street / postcode
    return Addr('HU', [town, sl, pc], inline=f"{pc} {town}, {sl}", street=st, no=no, unit=unit,
                pc=pc, town=town, streetline=sl, pctown=f"{pc} {town}")


# ---------------------------------------------------------------- RO
RO_T = [("010011", "București", "Sector 1"), ("020081", "București", "Sector 2"),
        ("400001", "Cluj-Napoca", "jud. Cluj"), ("700001", "Iași", "jud. Iași"),
        ("300001", "Timișoara", "jud. Timiș"), ("900001", "Constanța", "jud. Constanța"),
        ("500001", "Brașov", "jud. Brașov"), ("410001", "Oradea", "jud. Bihor"),
        ("550001", "Sibiu", "jud. Sibiu"), ("200001", "Craiova", "jud. Dolj")]
RO_S = ["Str. Mihai Eminescu", "Calea Victoriei", "Bd. Unirii", "Str. Florilor", "Aleea Trandafirilor",
        "Șos. Kiseleff", "Str. Avram Iancu", "Bd. 21 Decembrie 1989", "Str. Horea",
        "Splaiul Independenței", "Str. Lalelelor", "Bd. Eroilor", "Calea Moșilor"]
RO_B = ["Piața Unirii", "Piața Sfatului", "Piața Mare", "Cartierul Tineretului", "Piața Victoriei"]
RO_V = [("Valea Mare", "com. Cornu", "jud. Prahova", "107181"),
        ("Sâncraiu", "com. Sâncraiu", "jud. Cluj", "407505"),
        ("Vadu Izei", "com. Vadu Izei", "jud. Maramureș", "437365")]


def RO(r, style):
    pc, town, cty = pick(r, RO_T)
    if style == 'nostreet' and r.random() < 0.35:
        v, com, jud, vpc = pick(r, RO_V)
        sl = f"sat {v} nr. {r.randint(1, 400)}"
        pt = f"{com}, {jud}, {vpc}"
        return Addr('RO', [sl, pt], street=f"sat {v}", pc=vpc, town=v, kind='rural')
    st = pick(r, RO_B if style == 'nostreet' else RO_S)
    no = f"nr. {r.randint(1, 140)}"
    parts = [f"{st} {no}"]
    if r.random() < 0.5:
        parts.append(f"bl. {pick(r, ['A3', 'B2', 'C7', '14', 'M5', 'G12'])}, sc. {pick(r, 'ABCD')}, "
                     f"et. {r.randint(1, 10)}, ap. {r.randint(1, 90)}")
    sl = ', '.join(parts)
    if town == 'București':
        pt = f"{cty}, {town} {pc}" if r.random() < 0.5 else f"{pc} {town}, {cty}"
    else:
        pt = f"{pc} {town}, {cty}"
    return Addr('RO', [sl, pt], street=st, no=no, unit=', '.join(parts[1:]), pc=pc, town=town)


# ---------------------------------------------------------------- BG
BG_T = [("1000", "София"), ("1407", "София"), ("4000", "Пловдив"), ("9000", "Варна"),
        ("8000", "Бургас"), ("7000", "Русе"), ("6000", "Стара Загора"), ("5800", "Плевен"),
        ("5000", "Велико Търново"), ("2700", "Благоевград")]
BG_S = ["ул. „Граф Игнатиев“", "бул. „Витоша“", "ул. „Шипка“", "ул. „Г. С. Раковски“",
        "бул. „Цар Освободител“", "ул. „Княз Борис I“", "ул. „Оборище“", "бул. „България“",
        "ул. „Иван Вазов“", "ул. „Христо Ботев“", "ул. „Васил Левски“"]
BG_JK = ["ж.к. „Младост 1“", "ж.к. „Люлин 5“", "ж.к. „Тракия“", "ж.к. „Изгрев“", "кв. „Лозенец“",
         "ж.к. „Възраждане“"]


def BG(r, style):
    pc, town = pick(r, BG_T)
    if style == 'nostreet':
        k = r.random()
        if k < 0.3:
            v = pick(r, [("с. Горна баня", "общ. Самоков", "обл. София"),
                         ("с. Арбанаси", "общ. Велико Търново", "обл. Велико Търново"),
                         ("с. Ковачевица", "общ. Гърмен", "обл. Благоевград")])
            sl = f"{v[0]}, ул. „{pick(r, ['Първа', 'Втора', 'Шеста'])}“ № {r.randint(1, 40)}"
            pt = f"{v[1]}, {v[2]}"
            return Addr('BG', [sl, pt], street=v[0], town=v[0], kind='rural')
        jk = pick(r, BG_JK)
        sl = f"{jk}, бл. {r.randint(1, 300)}, вх. {pick(r, 'АБВГ')}, ет. {r.randint(1, 15)}, ап. {r.randint(1, 90)}"
        pt = f"{town} {pc}" if r.random() < 0.5 else f"{pc} {town}"
        if r.random() < 0.5:
            return Addr('BG', [f"гр. {town} {pc}", sl], inline=f"гр. {town} {pc}, {sl}", street=jk,
                        pc=pc, town=town, streetline=sl, pctown=f"гр. {town} {pc}", kind='block')
        return Addr('BG', [sl, pt], street=jk, pc=pc, town=town, kind='block')
    st = pick(r, BG_S)
    no = f"№ {r.randint(1, 140)}"
    sl = f"{st} {no}"
    unit = ''
    if r.random() < 0.4:
        unit = f"ет. {r.randint(1, 8)}, ап. {r.randint(1, 30)}"
        sl = f"{sl}, {unit}"
    if r.random() < 0.5:
        return Addr('BG', [f"гр. {town} {pc}", sl], inline=f"гр. {town} {pc}, {sl}", street=st, no=no,
                    unit=unit, pc=pc, town=town, streetline=sl, pctown=f"гр. {town} {pc}")
    return Addr('BG', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- GR
GR_T = [("105 63", "Αθήνα"), ("115 26", "Αθήνα"), ("546 24", "Θεσσαλονίκη"), ("262 21", "Πάτρα"),
        ("712 02", "Ηράκλειο"), ("412 22", "Λάρισα"), ("382 21", "Βόλος"), ("451 10", "Ιωάννινα"),
        ("731 00", "Χανιά"), ("851 00", "Ρόδος"), ("176 71", "Καλλιθέα")]
GR_S = ["Ερμού", "Σταδίου", "Πανεπιστημίου", "Αγίου Δημητρίου", "Τσιμισκή", "Εγνατία",
        "Λεωφ. Αλεξάνδρας", "Πατησίων", "Βασ. Σοφίας", "Μητροπόλεως", "Καραϊσκάκη",
        "28ης Οκτωβρίου", "Λεωφ. Κηφισίας", "Οδός Αθηνάς", "Ελ. Βενιζέλου"]
GR_B = ["Πλατεία Συντάγματος", "Πλ. Αριστοτέλους", "Πλατεία Γεωργίου Α΄", "Πλ. Ελευθερίας",
        "Νέα Παραλία", "Ακτή Μιαούλη", "Πλατεία Αγίου Νικολάου"]


def GR(r, style):
    pc, town = pick(r, GR_T)
    if style == 'nostreet' and r.random() < 0.25:
        sl = f"Τ.Θ. {r.randint(100, 9999)}"
        return Addr('GR', [sl, f"{pc} {town}"], street='Τ.Θ.', pc=pc, town=town, kind='po')
    st = pick(r, GR_B if style == 'nostreet' else GR_S)
    no = str(r.randint(1, 180))
    sl = f"{st} {no}"
    unit = ''
    if r.random() < 0.25:
        unit = pick(r, [f"{r.randint(1, 7)}ος όροφος", f"διαμ. {r.randint(1, 20)}"])
        sl = f"{sl}, {unit}"
    return Addr('GR', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- IT
IT_T = [("20121", "Milano", "MI"), ("00184", "Roma", "RM"), ("10121", "Torino", "TO"),
        ("40121", "Bologna", "BO"), ("50122", "Firenze", "FI"), ("80133", "Napoli", "NA"),
        ("90133", "Palermo", "PA"), ("37121", "Verona", "VR"), ("35122", "Padova", "PD"),
        ("16121", "Genova", "GE"), ("53100", "Siena", "SI"), ("70122", "Bari", "BA")]
IT_S = ["Via Roma", "Via Garibaldi", "Via dei Mille", "Corso Vittorio Emanuele II", "Viale Europa",
        "Via Dante Alighieri", "Via Nazionale", "Via San Francesco", "Vicolo del Pozzo",
        "Via Giuseppe Verdi", "Viale della Repubblica", "Via Cavour", "Corso Italia"]
IT_B = ["Piazza Garibaldi", "Piazzale Loreto", "Lungarno Corsini", "Lungotevere dei Mille",
        "Borgo San Jacopo", "Largo Augusto", "Salita San Nicola", "Piazza del Duomo",
        "Contrada Santa Lucia", "Campo San Polo"]
IT_V = [("Località Poggio Alto", "53024", "Montalcino", "SI"), ("Frazione San Martino", "38050", "Castelnuovo", "TN"),
        ("Località Case Sparse", "06081", "Assisi", "PG"), ("Contrada Fontanelle", "70011", "Alberobello", "BA")]


def IT(r, style):
    pc, town, pr = pick(r, IT_T)
    if style == 'nostreet' and r.random() < 0.35:
        v, pc, town, pr = pick(r, IT_V)
        sl = f"{v}, {r.randint(1, 60)}"
        return Addr('IT', [sl, f"{pc} {town} ({pr})"], street=v, pc=pc, town=town, kind='rural')
    st = pick(r, IT_B if style == 'nostreet' else IT_S)
    no = str(r.randint(1, 150)) + (pick(r, ['/A', '/B', ' bis']) if r.random() < 0.1 else '')
    sl = f"{st}, {no}" if (r.random() < 0.5 or st.endswith(' II')) else f"{st} {no}"
    unit = ''
    if style == 'std' and r.random() < 0.25:
        unit = pick(r, [f"scala {pick(r, 'ABC')}, int. {r.randint(1, 20)}", f"piano {r.randint(1, 6)}",
                        f"int. {r.randint(1, 30)}"])
        sl = f"{sl}, {unit}"
    pt = f"{pc} {town} ({pr})" if r.random() < 0.6 else f"{pc} {town}"
    return Addr('IT', [sl, pt], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- ES
ES_T = [("28013", "Madrid"), ("08007", "Barcelona"), ("46002", "Valencia"), ("41001", "Sevilla"),
        ("50001", "Zaragoza"), ("29015", "Málaga"), ("48001", "Bilbao"), ("15001", "A Coruña"),
        ("37002", "Salamanca"), ("18009", "Granada"), ("33003", "Oviedo"), ("07001", "Palma")]
ES_S = ["Calle Mayor", "C/ Alcalá", "Avda. de la Constitución", "Calle de Serrano", "Paseo de Gracia",
        "Calle Real", "Ronda de Atocha", "Camino de Ronda", "Avenida de América", "C/ San Vicente Mártir",
        "Calle del Carmen", "Avda. Andalucía", "Calle Uría"]
ES_B = ["Plaza de España", "Plaza Mayor", "Glorieta de Bilbao", "Rambla de Catalunya",
        "Urbanización Los Pinos", "Travesía del Carmen", "Paseo Marítimo", "Plaza del Pilar",
        "Barrio de la Estación"]
ES_UNIT = ["3.º B", "2.º izda.", "bajo", "ático", "5.º dcha.", "1.º A", "esc. 2, 4.º C"]


def ES(r, style):
    pc, town = pick(r, ES_T)
    if style == 'nostreet':
        k = r.random()
        if k < 0.2:
            sl = f"Apartado de Correos {r.randint(10, 9999)}"
            return Addr('ES', [sl, f"{pc} {town}"], street='Apartado de Correos', pc=pc, town=town, kind='po')
        if k < 0.4:
            v = pick(r, [("Diseminado Los Llanos", "30840", "Alhama de Murcia"),
                         ("Lugar de Outeiro", "15886", "Teo"), ("Cortijo El Romeral", "18320", "Santa Fe")])
            sl = f"{v[0]}, {r.randint(1, 40)}"
            return Addr('ES', [sl, f"{v[1]} {v[2]}"], street=v[0], pc=v[1], town=v[2], kind='rural')
        st = pick(r, ES_B)
    else:
        st = pick(r, ES_S)
    no = str(r.randint(1, 160))
    sl = f"{st}, {no}" if r.random() < 0.6 else f"{st} {no}"
    unit = ''
    if r.random() < 0.45:
        unit = pick(r, ES_UNIT)
        sl = f"{sl}, {unit}"
    pt = f"{pc} {town}" + (f" ({town})" if r.random() < 0.0 else '')
    return Addr('ES', [sl, pt], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- PT
PT_T = [("1100-053", "Lisboa"), ("1250-096", "Lisboa"), ("4000-322", "Porto"), ("3000-141", "Coimbra"),
        ("4700-035", "Braga"), ("8000-138", "Faro"), ("3810-193", "Aveiro"), ("2900-001", "Setúbal"),
        ("7000-501", "Évora"), ("4900-321", "Viana do Castelo")]
PT_S = ["Rua Augusta", "Av. da Liberdade", "Rua de Santa Catarina", "Rua do Ouro", "Travessa do Carmo",
        "Avenida da República", "Rua Dr. António Granjo", "Rua Direita", "Calçada da Estrela",
        "Rua das Flores", "Av. Fernão de Magalhães", "Rua de Cedofeita"]
PT_B = ["Largo do Chiado", "Praça do Comércio", "Cais do Sodré", "Bairro da Boavista",
        "Praça da República", "Largo da Sé", "Quinta das Flores, Lote"]
PT_UNIT = ["2.º Esq.", "R/C Dto.", "3.º Frente", "1.º Dto.", "5.º B", "Cave"]


def PT(r, style):
    pc, town = pick(r, PT_T)
    if style == 'nostreet':
        k = r.random()
        if k < 0.2:
            sl = f"Apartado {r.randint(10, 999)}"
            return Addr('PT', [sl, f"{pc} {town}"], street='Apartado', pc=pc, town=town, kind='po')
        if k < 0.4:
            v = pick(r, [("Lugar de Vilar", "4730-260", "Vila Verde"), ("Casal do Monte", "2640-001", "Mafra"),
                         ("Monte da Azinheira", "7080-011", "Vendas Novas")])
            sl = f"{v[0]}, n.º {r.randint(1, 40)}" if r.random() < 0.6 else v[0]
            return Addr('PT', [sl, f"{v[1]} {v[2]}"], street=v[0], pc=v[1], town=v[2], kind='rural')
        st = pick(r, PT_B)
    else:
        st = pick(r, PT_S)
    no = str(r.randint(1, 300))
    sl = f"{st}, {no}" if (r.random() < 0.6 and not st.endswith('Lote')) else f"{st} {no}"
    unit = ''
    if r.random() < 0.45:
        unit = pick(r, PT_UNIT)
        sl = f"{sl}, {unit}"
    return Addr('PT', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- FR
FR_T = [("69002", "Lyon"), ("75011", "Paris"), ("13001", "Marseille"), ("31000", "Toulouse"),
        ("33000", "Bordeaux"), ("44000", "Nantes"), ("67000", "Strasbourg"), ("59000", "Lille"),
        ("35000", "Rennes"), ("34000", "Montpellier"), ("21000", "Dijon"), ("63000", "Clermont-Ferrand")]
FR_S = ["rue de la République", "avenue Jean Jaurès", "boulevard Voltaire", "rue Victor Hugo",
        "chemin des Vignes", "allée des Tilleuls", "impasse du Moulin", "rue du Général de Gaulle",
        "avenue de la Gare", "rue des Lilas", "boulevard Gambetta", "rue Pasteur", "route de Vienne"]
FR_B = ["place Bellecour", "quai des Chartrons", "cours Mirabeau", "place du Marché", "quai de la Fosse",
        "parvis Notre-Dame", "square Montholon", "cours Lafayette"]
FR_V = [("Lieu-dit Les Granges", "24260", "Le Bugue"), ("Le Bourg", "19120", "Beaulieu-sur-Dordogne"),
        ("Hameau de la Croix", "71250", "Cluny"), ("Lieu-dit Kerjean", "29270", "Carhaix-Plouguer")]


def FR(r, style):
    pc, town = pick(r, FR_T)
    if style == 'nostreet':
        k = r.random()
        if k < 0.2:
            sl = f"BP {r.randint(10, 999)}"
            return Addr('FR', [sl, f"{pc} {town} Cedex"], street='BP', pc=pc, town=town, kind='po',
                        envelope=[sl, f"{pc} {town.upper()} CEDEX"])
        if k < 0.45:
            v, pc, town = pick(r, FR_V)
            return Addr('FR', [v, f"{pc} {town}"], street=v, pc=pc, town=town, kind='rural',
                        envelope=[v, f"{pc} {town.upper()}"])
        st = pick(r, FR_B)
    else:
        st = pick(r, FR_S)
    no = str(r.randint(1, 140)) + (pick(r, [' bis', ' ter']) if r.random() < 0.12 else '')
    sl = f"{no} {st}"
    pre = ''
    if r.random() < 0.25:
        pre = pick(r, [f"Bât. {pick(r, 'ABCD')}, Apt {r.randint(1, 60)}",
                       f"Résidence Les Glycines, Esc. {r.randint(1, 4)}", f"Apt {r.randint(1, 90)}, 3e étage"])
    pt = f"{pc} {town}"
    lines = ([pre] if pre else []) + [sl, pt]
    env = ([pre] if pre else []) + [sl, f"{pc} {town.upper()}"]
    return Addr('FR', lines, inline=', '.join(lines), street=st, no=no, unit=pre, pc=pc, town=town,
                streetline=(f"{pre}, {sl}" if pre else sl), envelope=env)


# ---------------------------------------------------------------- NL
NL_T = [("1015 CJ", "Amsterdam"), ("3511 LK", "Utrecht"), ("2514 EA", "Den Haag"), ("3011 AD", "Rotterdam"),
        ("9711 LM", "Groningen"), ("5611 AZ", "Eindhoven"), ("6811 DK", "Arnhem"), ("2311 VJ", "Leiden"),
        ("8011 NA", "Zwolle"), ("4811 XJ", "Breda"), ("6211 CK", "Maastricht")]
NL_S = ["Dorpsstraat", "Kerkstraat", "Stationsweg", "Julianalaan", "Laan van Meerdervoort",
        "Burgemeester de Withstraat", "Molenweg", "Nieuwe Binnenweg", "Wilhelminastraat",
        "Beatrixlaan", "Zuiderdiep", "Vondelstraat"]
NL_B = ["Keizersgracht", "Prinsengracht", "Oudegracht", "Grote Markt", "Het Rond", "Buitenhof",
        "Coolsingel", "Lange Voorhout", "Vrijthof", "Nieuwe Haven", "Brink", "Hooigracht"]


def NL(r, style):
    pc, town = pick(r, NL_T)
    if style == 'nostreet' and r.random() < 0.2:
        sl = f"Postbus {r.randint(10, 9999)}"
        return Addr('NL', [sl, f"{pc} {town}"], street='Postbus', pc=pc, town=town, kind='po',
                    envelope=[sl, f"{pc}  {town.upper()}"])
    st = pick(r, NL_B if style == 'nostreet' else NL_S)
    no = str(r.randint(1, 260))
    x = r.random()
    if x < 0.12:
        no += pick(r, ['a', 'b', 'A'])
    elif x < 0.25:
        no += pick(r, ['-II', '-1', ' hs', '-3'])
    sl = f"{st} {no}"
    return Addr('NL', [sl, f"{pc} {town}"], street=st, no=no, pc=pc, town=town,
                envelope=[sl, f"{pc}  {town.upper()}"])


# ---------------------------------------------------------------- SE
SE_T = [("111 52", "Stockholm"), ("411 38", "Göteborg"), ("211 20", "Malmö"), ("753 20", "Uppsala"),
        ("582 24", "Linköping"), ("702 11", "Örebro"), ("903 26", "Umeå"), ("722 15", "Västerås"),
        ("252 21", "Helsingborg"), ("971 71", "Luleå")]
SE_S = ["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Vasagatan", "Östra Hamngatan",
        "Skolvägen", "Björkvägen", "Linnégatan", "Götgatan", "Trädgårdsgatan", "Järnvägsgatan"]
SE_B = ["Skeppsbron", "Stortorget", "Järntorget", "Slussplan", "Norrmalmstorg", "Lilla Torget",
        "Kungsholmstorg", "Stora Nygatan", "Strandvägen", "Packhusplatsen"]
SE_V = [("Ekeby", "745 97", "Enköping"), ("Västergården", "243 93", "Höör"), ("Lillgården", "725 92", "Västerås"),
        ("Norrby", "744 91", "Heby")]


def SE(r, style):
    pc, town = pick(r, SE_T)
    if style == 'nostreet':
        k = r.random()
        if k < 0.2:
            sl = f"Box {r.randint(10, 9999)}"
            return Addr('SE', [sl, f"{pc} {town}"], street='Box', pc=pc, town=town, kind='po')
        if k < 0.45:
            v, pc, town = pick(r, SE_V)
            sl = f"{v} {r.randint(100, 480)}"
            return Addr('SE', [sl, f"{pc} {town}"], street=v, pc=pc, town=town, kind='rural')
        st = pick(r, SE_B)
    else:
        st = pick(r, SE_S)
    no = str(r.randint(1, 90)) + (pick(r, [' A', ' B', ' C']) if r.random() < 0.25 else '')
    sl = f"{st} {no}"
    unit = ''
    if r.random() < 0.3:
        unit = pick(r, [f"lgh {r.randint(1001, 1404)}", f"{r.randint(1, 5)} tr"])
        sl = f"{sl}, {unit}"
    return Addr('SE', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- DK
DK_T = [("1620", "København V"), ("2100", "København Ø"), ("8000", "Aarhus C"), ("5000", "Odense C"),
        ("9000", "Aalborg"), ("6700", "Esbjerg"), ("7100", "Vejle"), ("8900", "Randers"),
        ("4000", "Roskilde"), ("3000", "Helsingør"), ("2800", "Kongens Lyngby")]
DK_S = ["Vesterbrogade", "Nørregade", "Strandvejen", "Jernbanegade", "Søndergade", "Østerbrogade",
        "Algade", "Skolevej", "Kirkevej", "Ryesgade", "Bøgevej", "Vestergade"]
DK_B = ["Nyhavn", "Kongens Nytorv", "Gammeltorv", "Amagertorv", "Islands Brygge", "Store Torv",
        "Havnegade", "Torvet", "Klostertorv"]
DK_UNIT = ["3. tv.", "st. th.", "2. mf.", "1. sal", "4. th.", "kl."]


def DK(r, style):
    pc, town = pick(r, DK_T)
    if style == 'nostreet' and r.random() < 0.3:
        if r.random() < 0.5:
            sl = f"Postboks {r.randint(10, 999)}"
            return Addr('DK', [sl, f"{pc} {town}"], street='Postboks', pc=pc, town=town, kind='po')
        farm = pick(r, ["Møllegården", "Nørregård", "Skovlyst", "Engholm"])
        v = pick(r, [("Bygaden", "4295", "Stenlille"), ("Hedevej", "6880", "Tarm"), ("Landevejen", "8544", "Mørke")])
        sl = f"{farm}, {v[0]} {r.randint(1, 60)}"
        return Addr('DK', [farm, f"{v[0]} {r.randint(1, 60)}", f"{v[1]} {v[2]}"], street=v[0], pc=v[1],
                    town=v[2], kind='rural', streetline=sl)
    st = pick(r, DK_B if style == 'nostreet' else DK_S)
    no = str(r.randint(1, 180)) + (pick(r, ['A', 'B']) if r.random() < 0.1 else '')
    sl = f"{st} {no}"
    unit = ''
    if r.random() < 0.45:
        unit = pick(r, DK_UNIT)
        sl = f"{sl}, {unit}"
    return Addr('DK', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- FI
FI_T = [("00100", "Helsinki"), ("00530", "Helsinki"), ("33100", "Tampere"), ("20100", "Turku"),
        ("90100", "Oulu"), ("40100", "Jyväskylä"), ("70100", "Kuopio"), ("15110", "Lahti"),
        ("80100", "Joensuu"), ("65100", "Vaasa"), ("96100", "Rovaniemi")]
FI_S = ["Mannerheimintie", "Hämeenkatu", "Aleksanterinkatu", "Kauppakatu", "Koulukatu", "Rantatie",
        "Puistokatu", "Itäinen Pitkäkatu", "Satakunnankatu", "Yliopistonkatu", "Koivukuja",
        "Pihlajatie", "Kirkkokatu"]
FI_B = ["Kauppatori", "Esplanadi", "Rautatientori", "Pohjoisranta", "Eteläranta", "Kalevanpuisto",
        "Linnankoskenaukio", "Raatihuoneentori"]


def FI(r, style):
    pc, town = pick(r, FI_T)
    if style == 'nostreet' and r.random() < 0.3:
        if r.random() < 0.5:
            sl = f"PL {r.randint(10, 999)}"
            return Addr('FI', [sl, f"{pc} {town}"], street='PL', pc=pc, town=town, kind='po')
        v = pick(r, [("Mäkelän tila", "Kivimäentie", "41800", "Korpilahti"),
                     ("Rantala", "Järvitie", "52700", "Mäntyharju"),
                     ("Ylä-Koskela", "Kyläraitti", "61500", "Isokyrö")])
        sl = f"{v[1]} {r.randint(100, 900)}"
        return Addr('FI', [v[0], sl, f"{v[2]} {v[3]}"], street=v[1], pc=v[2], town=v[3], kind='rural',
                    streetline=f"{v[0]}, {sl}")
    st = pick(r, FI_B if style == 'nostreet' else FI_S)
    no = str(r.randint(1, 90))
    sl = f"{st} {no}"
    unit = ''
    if r.random() < 0.5:
        unit = pick(r, [f"{pick(r, 'ABC')} {r.randint(1, 60)}", f"as. {r.randint(1, 40)}", pick(r, 'ABCD')])
        sl = f"{sl} {unit}"
    return Addr('FI', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- EE
EE_T = [("10117", "Tallinn"), ("10145", "Tallinn"), ("51004", "Tartu"), ("80010", "Pärnu"),
        ("20308", "Narva"), ("41531", "Jõhvi"), ("71020", "Viljandi"), ("90502", "Haapsalu"),
        ("93815", "Kuressaare"), ("44307", "Rakvere")]
EE_S = ["Narva mnt", "Pikk tn", "Pärnu mnt", "Tartu mnt", "Riia tn", "Lai tn", "Kalda tee",
        "Mere pst", "Sõpruse pst", "Tähe tn", "Kastani tn", "Jaama tn"]
EE_B = ["Raekoja plats", "Vabaduse väljak", "Rüütli", "Suur-Karja", "Vana-Viru", "Toompea",
        "Rannamõisa", "Vallikraavi"]
EE_V = [("Mäe talu", "Kõrve küla", "Saue vald", "76401", "Harju maakond"),
        ("Metsaveere", "Kaagvere küla", "Kastre vald", "62226", "Tartu maakond"),
        ("Uuetoa", "Kihelkonna küla", "Saaremaa vald", "93401", "Saare maakond")]


def EE(r, style):
    pc, town = pick(r, EE_T)
    if style == 'nostreet' and r.random() < 0.35:
        v = pick(r, EE_V)
        sl = f"{v[0]}, {v[1]}, {v[2]}"
        return Addr('EE', [v[0], f"{v[1]}, {v[2]}", f"{v[3]} {v[4]}"], street=v[0], pc=v[3], town=v[2],
                    kind='rural', streetline=sl)
    st = pick(r, EE_B if style == 'nostreet' else EE_S)
    no = str(r.randint(1, 90)) + (pick(r, ['a', 'b']) if r.random() < 0.1 else '')
    unit = str(r.randint(1, 80)) if r.random() < 0.45 else ''
    sl = f"{st} {no}-{unit}" if unit else f"{st} {no}"
    return Addr('EE', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- LV
LV_T = [("LV-1001", "Rīga"), ("LV-1050", "Rīga"), ("LV-3001", "Jelgava"), ("LV-5401", "Daugavpils"),
        ("LV-3401", "Liepāja"), ("LV-4201", "Valmiera"), ("LV-3601", "Ventspils"), ("LV-2101", "Salaspils"),
        ("LV-2150", "Sigulda")]
LV_S = ["Brīvības iela", "Elizabetes iela", "Krišjāņa Barona iela", "Tērbatas iela", "Lāčplēša iela",
        "Dzirnavu iela", "Raiņa bulvāris", "Kalnciema iela", "Lielā iela", "Skolas iela",
        "Rīgas gatve", "Ganību dambis"]
LV_B = ["Doma laukums", "Rātslaukums", "Līvu laukums", "Krasta iela", "Vecpilsētas", "Zirgu"]
LV_V = [("“Kalnieši”", "Ropažu pag.", "Ropažu nov.", "LV-2135"),
        ("“Ozolmājas”", "Krimuldas pag.", "Siguldas nov.", "LV-2144"),
        ("“Vecsētas”", "Lažas pag.", "Dienvidkurzemes nov.", "LV-3442")]


def LV(r, style):
    pc, town = pick(r, LV_T)
    if style == 'nostreet' and r.random() < 0.4:
        v = pick(r, LV_V)
        sl = f"{v[0]}, {v[1]}, {v[2]}"
        return Addr('LV', [v[0], f"{v[1]}, {v[2]}", v[3]], inline=f"{sl}, {v[3]}", street=v[0], pc=v[3],
                    town=v[2], kind='rural', streetline=sl)
    st = pick(r, LV_B if style == 'nostreet' else LV_S)
    no = str(r.randint(1, 140))
    if r.random() < 0.15:
        no += f" k-{r.randint(1, 4)}"
    unit = str(r.randint(1, 90)) if r.random() < 0.5 else ''
    sl = (f"{st} {no}-{unit}" if r.random() < 0.6 else f"{st} {no}, dz. {unit}") if unit else f"{st} {no}"
    return Addr('LV', [sl, f"{town}, {pc}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- LT
LT_T = [("LT-01103", "Vilnius"), ("LT-08105", "Vilnius"), ("LT-44248", "Kaunas"), ("LT-92121", "Klaipėda"),
        ("LT-76281", "Šiauliai"), ("LT-35173", "Panevėžys"), ("LT-62114", "Alytus"),
        ("LT-59206", "Birštonas"), ("LT-30112", "Utena")]
LT_S = ["Gedimino pr.", "Laisvės al.", "Pilies g.", "Vilniaus g.", "Savanorių pr.", "Taikos pr.",
        "Kauno g.", "J. Basanavičiaus g.", "Žalgirio g.", "Mindaugo g.", "Liepų g.", "Sodų g."]
LT_B = ["Rotušės a.", "Katedros a.", "Teatro a.", "Senamiesčio", "Turgaus", "Žvejų"]
LT_V = [("Pušų g.", "Avižienių k.", "LT-14184", "Vilniaus r. sav."),
        ("Beržų g.", "Ringaudų k.", "LT-53300", "Kauno r. sav."),
        ("Dvaro g.", "Rumšiškių mstl.", "LT-56333", "Kaišiadorių r. sav.")]


def LT(r, style):
    pc, town = pick(r, LT_T)
    if style == 'nostreet' and r.random() < 0.4:
        v = pick(r, LT_V)
        if r.random() < 0.5:
            sl = f"{v[0]} {r.randint(1, 40)}, {v[1]}"
            pt = f"{v[2]} {v[3]}"
        else:
            sl = f"{v[1]} {r.randint(1, 60)}"
            pt = f"{v[2]} {v[3]}"
        return Addr('LT', [sl, pt], street=v[1], pc=v[2], town=v[3], kind='rural')
    st = pick(r, LT_B if style == 'nostreet' else LT_S)
    no = str(r.randint(1, 140)) + (pick(r, ['A', 'B']) if r.random() < 0.1 else '')
    unit = str(r.randint(1, 90)) if r.random() < 0.5 else ''
    sl = f"{st} {no}-{unit}" if unit else f"{st} {no}"
    return Addr('LT', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- SI
SI_T = [("1000", "Ljubljana"), ("2000", "Maribor"), ("3000", "Celje"), ("4000", "Kranj"),
        ("5000", "Nova Gorica"), ("6000", "Koper"), ("8000", "Novo mesto"), ("9000", "Murska Sobota"),
        ("4260", "Bled"), ("6320", "Portorož")]
SI_S = ["Slovenska cesta", "Trubarjeva ulica", "Celovška cesta", "Gosposvetska cesta", "Partizanska cesta",
        "Ulica heroja Staneta", "Kidričeva ulica", "Tržaška cesta", "Prešernova ulica", "Cankarjeva ulica",
        "Ljubljanska cesta", "Ulica talcev"]
SI_B = ["Prešernov trg", "Mestni trg", "Glavni trg", "Breg", "Krekov trg", "Stari trg", "Gornji trg",
        "Nabrežje"]
SI_V = [("Podgorje", "2381", "Podgorje pri Slovenj Gradcu"), ("Zgornje Gorje", "4247", "Zgornje Gorje"),
        ("Dolenja vas", "1331", "Dolenja vas"), ("Kamnica", "2351", "Kamnica")]


def SI(r, style):
    pc, town = pick(r, SI_T)
    if style == 'nostreet' and r.random() < 0.4:
        v, pc, post = pick(r, SI_V)
        sl = f"{v} {r.randint(1, 140)}" + (pick(r, ['a', 'b']) if r.random() < 0.15 else '')
        return Addr('SI', [sl, f"{pc} {post}"], street=v, pc=pc, town=post, kind='rural')
    st = pick(r, SI_B if style == 'nostreet' else SI_S)
    no = str(r.randint(1, 120)) + (pick(r, ['a', 'b', 'c']) if r.random() < 0.15 else '')
    sl = f"{st} {no}"
    return Addr('SI', [sl, f"{pc} {town}"], street=st, no=no, pc=pc, town=town)


# ---------------------------------------------------------------- HR
HR_T = [("10000", "Zagreb"), ("21000", "Split"), ("51000", "Rijeka"), ("31000", "Osijek"), ("23000", "Zadar"),
        ("20000", "Dubrovnik"), ("52100", "Pula"), ("42000", "Varaždin"), ("22000", "Šibenik")]
HR_S = ["Vukovarska ulica", "Ulica Ivana Gundulića", "Savska cesta", "Frankopanska ulica",
        "Ulica kralja Zvonimira", "Kapucinska ulica", "Marmontova ulica", "Zagrebačka cesta",
        "Ulica Matije Gupca", "Put Firula", "Ulica Stjepana Radića"]
HR_B = ["Ilica", "Trg bana Jelačića", "Riva", "Korzo", "Trg Republike Hrvatske", "Obala kneza Branimira",
        "Placa", "Gornji grad", "Trg slobode"]
HR_V = [("Donja Lomnica", "10412", "Donja Lomnica"), ("Brštanovo", "21236", "Vrlika"),
        ("Gornji Kneginec", "42204", "Turčin")]


def HR(r, style):
    pc, town = pick(r, HR_T)
    if style == 'nostreet' and r.random() < 0.3:
        v, pc, post = pick(r, HR_V)
        sl = f"{v} {r.randint(1, 160)}"
        return Addr('HR', [sl, f"{pc} {post}"], street=v, pc=pc, town=post, kind='rural')
    st = pick(r, HR_B if style == 'nostreet' else HR_S)
    no = str(r.randint(1, 150)) + (pick(r, ['a', 'b', 'A']) if r.random() < 0.12 else '')
    sl = f"{st} {no}"
    unit = ''
    if style == 'std' and r.random() < 0.2:
        unit = f"{r.randint(1, 8)}. kat, stan {r.randint(1, 30)}"
        sl = f"{sl}, {unit}"
    return Addr('HR', [sl, f"{pc} {town}"], street=st, no=no, unit=unit, pc=pc, town=town)


# ---------------------------------------------------------------- MT
MT_T = [("VLT 1117", "Il-Belt Valletta"), ("SLM 1549", "Tas-Sliema"), ("STJ 3010", "San Ġiljan"),
        ("BKR 4012", "Birkirkara"), ("QRM 2012", "Ħal Qormi"), ("MST 1010", "Il-Mosta"),
        ("RBT 1234", "Ir-Rabat"), ("VCT 1010", "Ir-Rabat, Għawdex"), ("ZBR 1234", "Ħaż-Żabbar"),
        ("ZBG 1305", "Ħaż-Żebbuġ")]
MT_S = ["Triq ir-Repubblika", "Triq il-Kbira", "Triq San Pawl", "Triq il-Merkanti", "Triq il-Mitħna",
        "Triq Tigné", "Triq il-Kappillan Mifsud", "Triq id-Dejqa", "Triq Birkirkara", "Triq il-Wied",
        "Triq Santa Marija", "Triq l-Imdina"]
MT_B = ["Misraħ San Ġorġ", "Pjazza San Ġorġ", "Ix-Xatt ta' Tas-Sliema", "Pjazza Indipendenza",
        "Il-Wesgħa ta' San Ġwann", "Xatt il-Mollijiet"]
MT_HOUSE = ["'Ave Maria'", "'Santa Rita'", "'Dar il-Ħena'", "'Il-Bejta'", "'Villa Rosa'", "'Sunny Home'"]


def MT(r, style):
    pc, town = pick(r, MT_T)
    st = pick(r, MT_B if style == 'nostreet' else MT_S)
    x = r.random()
    if x < 0.35:
        house = pick(r, MT_HOUSE)
        if r.random() < 0.5:
            house = f"{house}, {r.randint(1, 90)}"
        sl = f"{house}, {st}"
        lines = [house, st, f"{town} {pc}"]
        return Addr('MT', lines, inline=f"{sl}, {town} {pc}", street=st, no=house, pc=pc, town=town,
                    streetline=sl, pctown=f"{town} {pc}")
    if x < 0.6:
        unit = f"Flat {r.randint(1, 12)}, Block {pick(r, 'ABCD')}"
        no = str(r.randint(1, 120))
        sl = f"{unit}, {no}, {st}"
        lines = [unit, f"{no}, {st}", f"{town} {pc}"]
        return Addr('MT', lines, inline=f"{sl}, {town} {pc}", street=st, no=no, unit=unit, pc=pc, town=town,
                    streetline=sl, pctown=f"{town} {pc}")
    no = str(r.randint(1, 200))
    sl = f"{no}, {st}"
    return Addr('MT', [sl, f"{town} {pc}"], street=st, no=no, pc=pc, town=town)


# ---------------------------------------------------------------- IE (English) / IE (Irish)
EIR = "ACDEFHKNPRTVWXY"


def eircode(r, key):
    s = r.choice(EIR) + ''.join(r.choice(EIR + "0123456789") for _ in range(3))
    return f"{key} {s}"


IE_T = [("Dublin 2", "D02"), ("Dublin 8", "D08"), ("Dublin 6W", "D6W"), ("Cork", "T12"), ("Galway", "H91"),
        ("Limerick", "V94"), ("Waterford", "X91"), ("Sligo", "F91"), ("Kilkenny", "R95"),
        ("Athlone, Co. Westmeath", "N37"), ("Drogheda, Co. Louth", "A92")]
IE_S = ["Grafton Street", "Main Street", "Church Road", "Patrick Street", "O'Connell Street",
        "Shop Street", "Strand Road", "Mary Street", "Bridge Street", "Castle Street", "Ballymun Road",
        "Summerhill Road", "Station Road"]
IE_ESTATE = ["Ashgrove Park", "The Paddocks", "Cherry Orchard Drive", "Oakwood Avenue", "Cluain Ard",
             "Beechwood Close", "The Crescent", "Castle View"]
IE_RURAL = [("Knockbrack", "Ballymote, Co. Sligo", "F56"), ("Derrylea", "Clifden, Co. Galway", "H71"),
            ("Rose Cottage, Ballinamore", "Co. Leitrim", "N41"), ("Glebe House, Kilcar", "Co. Donegal", "F94")]


def IE(r, style):
    town, key = pick(r, IE_T)
    ec = eircode(r, key)
    if style == 'nostreet':
        k = r.random()
        if k < 0.4:
            tl, area, key2 = pick(r, IE_RURAL)
            ec = eircode(r, key2)
            return Addr('IE', [tl, area, ec], street=tl, pc=ec, town=area, kind='rural',
                        pctown=f"{area}, {ec}")
        est = pick(r, IE_ESTATE)
        sl = f"{r.randint(1, 120)} {est}"
        return Addr('IE', [sl, town, ec], street=est, pc=ec, town=town, kind='estate',
                    pctown=f"{town}, {ec}")
    st = pick(r, IE_S)
    no = str(r.randint(1, 160))
    sl = f"{no} {st}"
    if r.random() < 0.25:
        unit = pick(r, [f"Apartment {r.randint(1, 60)}", f"Apt {r.randint(1, 40)}, Block {pick(r, 'ABC')}"])
        lines = [unit, sl, town, ec]
        return Addr('IE', lines, street=st, no=no, unit=unit, pc=ec, town=town, streetline=f"{unit}, {sl}",
                    pctown=f"{town}, {ec}")
    return Addr('IE', [sl, town, ec], street=st, no=no, pc=ec, town=town, pctown=f"{town}, {ec}")


IEG_T = [("Gaillimh", "H91"), ("Baile Átha Cliath 2", "D02"), ("Corcaigh", "T12"), ("Luimneach", "V94"),
         ("Port Láirge", "X91"), ("Cill Airne", "V93"), ("An Daingean", "V92"), ("Leitir Ceanainn", "F92")]
IEG_S = ["Sráid Mhór", "Bóthar an Stáisiúin", "Ascaill na Páirce", "Bóthar na hOllscoile", "Sráid an Droichid",
         "Bóthar na Trá", "Lána an tSéipéil", "Sráid na Siopaí", "Bóthar an Chaisleáin"]
IEG_B = [("Baile na hAbhann", "Co. na Gaillimhe", "H91"), ("An Cheathrú Rua", "Co. na Gaillimhe", "H91"),
         ("Gaoth Dobhair", "Co. Dhún na nGall", "F92"), ("Baile an Fheirtéaraigh", "Co. Chiarraí", "V92"),
         ("Ráth Cairn", "Co. na Mí", "C15")]


def IEG(r, style):
    town, key = pick(r, IEG_T)
    if style == 'nostreet':
        v, co, key2 = pick(r, IEG_B)
        ec = eircode(r, key2)
        if r.random() < 0.5:
            house = pick(r, ["Teach na Coille", "Teach an Chnoic", "Árd na Gréine", "Tigh Mhuiris"])
            lines = [house, f"{v}, {co}", ec]
            return Addr('IE', lines, street=house, pc=ec, town=v, kind='building', pctown=f"{v}, {co}, {ec}",
                        streetline=house)
        lines = [f"{r.randint(1, 40)} {pick(r, ['Cois Cuain', 'Páirc an Locha', 'Ard Caoin'])}", f"{v}, {co}", ec]
        return Addr('IE', lines, street=v, pc=ec, town=v, kind='estate', pctown=f"{v}, {co}, {ec}")
    ec = eircode(r, key)
    st = pick(r, IEG_S)
    no = str(r.randint(1, 120))
    sl = f"{no} {st}"
    return Addr('IE', [sl, town, ec], street=st, no=no, pc=ec, town=town, pctown=f"{town}, {ec}")


# ---------------------------------------------------------------- GB
GB_T = [("London", "SE15"), ("London", "N1"), ("Manchester", "M14"), ("Leeds", "LS6"), ("Bristol", "BS6"),
        ("Edinburgh", "EH3"), ("Cardiff", "CF10"), ("York", "YO1"), ("Norwich", "NR2"), ("Glasgow", "G12")]
GB_S = ["High Street", "Station Road", "Church Lane", "Victoria Road", "Marlborough Road", "Queen's Drive",
        "Mill Lane", "Park Avenue", "Albert Terrace", "Kingsway"]
GB_B = ["The Green", "Market Place", "Old Quay", "The Close", "Chapel Yard", "Rose Cottage"]


def gb_pc(r, out):
    return f"{out} {r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}"


def GB(r, style):
    town, out = pick(r, GB_T)
    pc = gb_pc(r, out)
    if style == 'nostreet':
        st = pick(r, GB_B)
        if st == 'Rose Cottage':
            v, out2 = pick(r, [("Little Snoring, Fakenham", "NR21"), ("Much Wenlock", "TF13"),
                               ("Upper Slaughter, Cheltenham", "GL54")])
            pc = gb_pc(r, out2)
            return Addr('GB', [st, v, pc], street=st, pc=pc, town=v, kind='building', pctown=f"{v} {pc}")
        sl = f"{r.randint(1, 40)} {st}"
        return Addr('GB', [sl, town, pc], street=st, pc=pc, town=town, pctown=f"{town} {pc}")
    st = pick(r, GB_S)
    no = str(r.randint(1, 220))
    sl = f"{no} {st}"
    if r.random() < 0.3:
        unit = f"Flat {r.randint(1, 12)}"
        return Addr('GB', [f"{unit}, {sl}", f"{town} {pc}"], street=st, no=no, unit=unit, pc=pc, town=town,
                    envelope=[f"{unit}, {sl}", town.upper(), pc])
    return Addr('GB', [sl, f"{town} {pc}"], street=st, no=no, pc=pc, town=town,
                envelope=[sl, town.upper(), pc])


PROFILES = {
    'DE': DE, 'AT': AT, 'CZ': CZ, 'SK': SK, 'PL': PL, 'HU': HU, 'RO': RO, 'BG': BG, 'GR': GR, 'IT': IT,
    'ES': ES, 'PT': PT, 'FR': FR, 'NL': NL, 'SE': SE, 'DK': DK, 'FI': FI, 'EE': EE, 'LV': LV, 'LT': LT,
    'SI': SI, 'HR': HR, 'MT': MT, 'IE': IE, 'IEG': IEG, 'GB': GB,
}

COUNTRY_EN = {
    'DE': 'GERMANY', 'AT': 'AUSTRIA', 'CZ': 'CZECH REPUBLIC', 'SK': 'SLOVAKIA', 'PL': 'POLAND',
    'HU': 'HUNGARY', 'RO': 'ROMANIA', 'BG': 'BULGARIA', 'GR': 'GREECE', 'IT': 'ITALY', 'ES': 'SPAIN',
    'PT': 'PORTUGAL', 'FR': 'FRANCE', 'NL': 'NETHERLANDS', 'SE': 'SWEDEN', 'DK': 'DENMARK',
    'FI': 'FINLAND', 'EE': 'ESTONIA', 'LV': 'LATVIA', 'LT': 'LITHUANIA', 'SI': 'SLOVENIA',
    'HR': 'CROATIA', 'MT': 'MALTA', 'IE': 'IRELAND', 'IEG': 'IRELAND', 'GB': 'UNITED KINGDOM',
}
