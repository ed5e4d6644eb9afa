"""Curate names_raw.json (harvested by extract_names.py) into per-language given-name / surname pools.

Curation steps (all recorded here, nothing hidden):
 * drop placeholder / project / non-person strings and people who are credited in many
   languages or clearly belong to another language area (GLOBAL_DROP, DROP[lang]);
 * repair harvesting artefacts (section headings glued to the name, "Traduzione di ...");
 * restore national diacritics where the credit was ASCII-folded (FIX[lang], e.g. cs "Tomas Vondra"
   -> "Tomáš Vondra"); reorder Hungarian surname-first credits (HU_SURNAME_FIRST);
 * Greek and Bulgarian credits are mostly written in Latin letters: they are transliterated to
   native script by hand (EL, BG tables below, with the case forms Greek needs);
 * female given names are rare in these FOSS credits, so a few common female given names were
   added from general knowledge (SUPP_FEMALE, declared in the README); they are only combined with
   harvested surnames.
Output: names_pool.json {lang: {"given_m": [...], "given_f": [...], "surnames": [...],
                                 "source_people": n, "real_pairs": [[given, surname], ...]}}
"""
import collections
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

GLOBAL_DROP = {
    "Colin Watson", "Fabrizio Polacco", "Farizio Polacco", "Rik Faith", "Willem Kasdorp", "Willema Kasdorpa",
    "Wichert Akkerman", "Clint Adams", "Joe Bloggs", "Guillem Jover", "Raphael Hertzog", "Raphaël Hertzog",
    "Petter Reinholdtsen", "Juergen Weigert", "Tony Nugent", "Chris Leonard", "Joost Witteveen",
    "Jaromir Capik", "Jaromír Cápíc", "Julianne Frances Haugh", "Quentin PAGÈS", "Mike Harris",
    "Branko Lankester", "Daniel Burrows", "Dustin Kirkland", "Alan Cox", "Salvatore Valente",
    "David Beattie Linus Torvalds", "Prihateam Networks", "Klarälvdalens Datakonsult AB", "British English",
    "Canadian English", "United Kingdom", "Attractive Chaos", "Fedora Spanish", "Joe Dalton", "Jean Dupont",
    "Hizkuntza Politikarako Sailburuordetza", "Pjotr Vertaalt", "Manfred Pohler", "Thomas Koch",
    "Balint Reczey", "Nicholas Miell", "Matt Welsh", "Phil Blundell", "Henry Ware", "Larry Greenfield",
    "Bill Triggs", "Charles Blake", "Michael Shields", "Albert Cahalan", "Fred Baumgarten",
    "Bernd Eckenfels", "Christian Perrier", "Guido van Rossum", "Porras Peralta", "Hjorth Larsen",
    "Frans Spiesschaer", "Antonnio Valentino", "Lele Gaifax", "Gogo Gogsi", "Peter Eisentraut",
}
DROP = {
    "de": {"Arafat Medini", "Ascher Stefan", "Bo Thorsen", "Christophe Saout", "Ettore Atalan",
           "Goldwyn Rodrigues", "Hoang Ngoc Tu", "Mashrab Kuvatov", "Nathan Schimmoller", "Niels Provos",
           "Pedro Monreal", "Raoul Gunnar Borenius", "Thierry Reding", "John Paul Adrian Glaubitz",
           "Andi Kleen", "Mike Gabriel", "Jürgen Benvenuti", "Bjoern Hoehrmann", "Joerg Hoh", "Joerg Ziefle",
           "Teil von Matt Welsh", "Zeit von Phil Blundel"},
    "fr": {"David Engel", "Gustavo Grieco", "Kim-Minh Kaplan", "Fabian Frederick", "Maurice Szmurlo",
           "Dimitri Papadopoulos", "Steve Petruzzello", "Sam Hocevar", "Jean-Baka Domelevo Entfellner",
           "Patrice Karatchentzeff", "Julien Khayat", "David Amouyal"},
    "es": {"Alex Henrie", "Joseba Bidaurrazaga van Dierdonck", "Ruben Porras", "Giovanni Alfredo Garciliano Diaz",
           "Claudio Rodrigo Pereyra Diaz", "Javier Fernandez-Sanguino", "Rudy Godoy", "Omar Campagne",
           "Santiago Vila", "Antonio Ceballos", "Daniel Mustieles", "Jorge González", "Rubén Porras"},
    "it": {"Bortolozzo Giovanni"},
    "nl": {"Benjamin Goodger", "Jim Mintha", "Peter Wu", "Frodo Looijaard", "Nathan Follens", "Ray Dassen"},
    "pl": {"Armin Beširović", "Kenan Hadžiavdić", "Bartosz Fenski", "Bartosz Feñski", "Willema Kasdorpa"},
    "sv": {"Sebastian Rasmussen", "Niels Möller", "Pierre Ossman"},
    "da": {"Jens Axboe", "David Zeuthen", "Sune Vuorela", "Jesper Dangaard Brouer"},
    "en": {"Alban Crequy", "Alessandro Decina", "Gerrit Renker", "Herbert Xu", "Jelmer Vernooĳ",
           "Laurent Coudeur", "Le Blanc", "Lilit Sargsyan", "Marcus Kuhn", "Sebastian Dröge", "Sjoerd Simons",
           "Thiago Santos", "Tomeu Vizoso", "Adam D Barratt", "Gaius Mulley", "Zander Brown", "Cerion Armour-Brown"},
    "sk": {"Serge Karpesh", "Frantisek Sumsal", "Peter Mann"},
    "ro": {"Reşat SABIQ", "Sami POTIRCA", "Eddy Petrisor", "Eddy Petrişor", "Andrei POPESCU"},
    "hr": {"Milo Ivir"},
    "fi": {"Jiri Grönroos"},
    "cs": {"Petr Pisar", "Jarsolav Kysela"},
    "sl": {"Andrej Znidarsic", "Primoz PETERLIN"},
    "pt": set(),
    "hu": {"Andras Timar", "Balázs Meskó", "CSILLAG Tamas", "SZERVÁC Attila"},
}
FIX = {
    "de": {"Übersetzung Ralf Bächle": "Ralf Bächle", "Daniel Leidert (dale)": "Daniel Leidert", "Rene Engelhard": "René Engelhard"},
    "fr": {"Savola TRADUCTION Sylvain Cherrier": "Sylvain Cherrier", "ALIENOR PICAUD": "Aliénor Picaud",
           "Ariel VARDI": "Ariel Vardi", "Jean Michel VANSTEENE": None, "Jean-Michel VANSTEENE": "Jean-Michel Vansteene",
           "Thibaut GRIDEL": None, "Celestin Matte": "Célestin Matte", "Sebastien Badia": "Sébastien Badia",
           "Stephane Carrez": "Stéphane Carrez", "Benoit Person": "Benoît Person", "Fabian Frédérick": None,
           "Florent Ussel": None},
    "it": {"Aggiornamento di Giuseppe Sacco": None, "Traduzione di Bortolozzo Giovanni": None,
           "Traduzione di Giovanni Bortolozzo": "Giovanni Bortolozzo"},
    "es": {"Belen Masia": "Belén Masiá", "Diego Gutierrez": "Diego Gutiérrez",
           "Facundo Dario Illanes": "Facundo Darío Illanes", "NOK. Debian L10n Spanish": None},
    "cs": {"Street PŘELOŽIL Ondřej Pavlíček": "Ondřej Pavlíček", "Frantisek Sumsal": "František Šumsal",
           "Jan Vcelak": "Jan Včelák", "Jakub Jelinek": "Jakub Jelínek", "Lubomir Bulej": "Lubomír Bulej",
           "Petr Baudis": "Petr Baudiš", "Petr Kovar": "Petr Kovář", "Stanislav Visnovsky": "Stanislav Višňovský",
           "Stepan Kasal": "Štěpán Kasal", "Tomas Vondra": "Tomáš Vondra", "Vladimir Michl": "Vladimír Michl",
           "Miloslav Trmac": "Miloslav Trmač"},
    "sk": {"Jan Hovancik": "Ján Hovančík", "Jaroslav IMRICH": "Jaroslav Imrich"},
    "hu": {"Attila Hammer": "Attila Hammer", "Gabor Burjan": "Gábor Burján", "Gabor Kelemen": "Gábor Kelemen",
           "Janos Farkas": "János Farkas", "Jozsef Kadlecsik": "József Kadlecsik", "Laszlo Dvornik": "László Dvornik",
           "Szabolcs Ban": "Szabolcs Bán", "Zoltan Herczeg": "Zoltán Herczeg", "Balint Reczey": "Bálint Reczey"},
    "ro": {"Laurentiu Buzdugan": "Laurențiu Buzdugan", "Alecsa Maria": "Maria Alecsa",
           "Stan Ioan-Eugen": "Ioan-Eugen Stan"},
    "pt": {"Bruno Queiros": "Bruno Queirós"},
    "sv": {"Joergen Haegg": "Jörgen Hägg", "Peter Astrand": "Peter Åstrand", "Tom Bjorkholm": "Tom Björkholm",
           "Torbjorn Granlund": "Torbjörn Granlund", "Savola ÖVERSÄTTNING David Weinehall": "David Weinehall",
           "Farizio Polacco": None},
    "da": {"Soeren Sandmann": "Søren Sandmann", "Jess Thrysoee": "Jess Thrysøe"},
    "fi": {"Tatu Ylonen": "Tatu Ylönen", "Jiri Grönroos": None},
    "sl": {"Andrej Žnidarši": "Andrej Žnidaršič"},
    "pl": {"Dominik Zablotny": "Dominik Zabłotny"},
    "en": {},
    "nl": {},
    "hr": {},
}
# Hungarian credits written surname-first (the Hungarian order): reorder to (given, surname)
HU_SURNAME_FIRST = {"Babos Gábor", "Doma Gergő", "Gál Ferenc", "Hermann Benedek", "Horváth András",
                    "Mamuzsics Péter", "Meskó Balázs", "Nagy Elemér Károly", "Nagy Ferenc László",
                    "Niedermayer Miklós", "Szervác Attila", "Székely Krisztián", "Tímár András"}

FEMALE_SOURCED = {"de": {"Fiona"}, "fr": {"Aliénor", "Claire", "Laëtitia"}, "es": {"Belén"}, "it": {"Beatrice"},
                  "nl": {"Hannie"}, "sv": {"Luna"}, "da": {"Marie"}, "ro": {"Maria", "Florentina"},
                  "en": {"Clytie"}, "el": {"Τζένη"}}
# supplementary female given names (general knowledge; see README)
SUPP_FEMALE = {
    "de": ["Anna", "Katharina", "Ursula", "Sabine", "Petra"], "en": ["Sarah", "Helen", "Margaret", "Siobhan", "Emma"],
    "fr": ["Marie", "Isabelle", "Nathalie", "Sophie", "Camille"], "it": ["Giulia", "Francesca", "Chiara", "Paola", "Maria"],
    "es": ["María", "Carmen", "Lucía", "Pilar", "Montserrat"], "pl": ["Anna", "Katarzyna", "Agnieszka", "Małgorzata", "Joanna"],
    "fi": ["Aino", "Liisa", "Sari", "Hanna", "Johanna"], "sv": ["Anna", "Karin", "Ingrid", "Elin", "Maja"],
    "el": ["Μαρία", "Ελένη", "Αικατερίνη", "Σοφία", "Δέσποινα"], "bg": ["Мария", "Елена", "Десислава", "Гергана", "Йорданка"],
    "sl": ["Ana", "Maja", "Nina", "Mojca", "Špela"], "nl": ["Anouk", "Marieke", "Sanne", "Els", "Ingrid"],
    "cs": ["Jana", "Eva", "Lucie", "Petra", "Kateřina"], "hu": ["Anna", "Katalin", "Zsuzsanna", "Erzsébet", "Eszter"],
    "ro": ["Ioana", "Elena", "Andreea", "Mihaela", "Cristina"], "pt": ["Ana", "Maria", "Inês", "Beatriz", "Joana"],
    "da": ["Mette", "Karen", "Signe", "Ida", "Birgitte"], "hr": ["Ana", "Ivana", "Marija", "Petra", "Katarina"],
    "sk": ["Zuzana", "Mária", "Katarína", "Lucia", "Jana"],
}

# Greek: Latin-script credits -> native script (hand transliteration). surname: (nom_m, gen_m, acc_m, fem)
EL_PEOPLE = {  # source credit -> (given, surname)
    "Bakaoukas Nikolaos": ("Νικόλαος", "Μπακαούκας"), "Dimitris Maroulidis": ("Δημήτρης", "Μαρουλίδης"),
    "Efstathios Iosifidis": ("Ευστάθιος", "Ιωσηφίδης"), "Emmanuel Galatoulas": ("Εμμανουήλ", "Γαλατούλας"),
    "George Papamichelakis": ("Γιώργος", "Παπαμιχελάκης"), "Georgios Kokolatos": ("Γεώργιος", "Κοκολάτος"),
    "Jennie Petoumenou": ("Τζένη", "Πετουμένος"), "Jimmy Angelakos": ("Δημήτρης", "Αγγελάκος"),
    "Kostas Papadimas": ("Κώστας", "Παπαδήμας"), "Lefteris Dimitroulakis": ("Λευτέρης", "Δημητρουλάκης"),
    "Michael Kotsarinis": ("Μιχάλης", "Κοτσαρίνης"), "Nikos Kannelopoulos": ("Νίκος", "Κανελλόπουλος"),
    "Nikos Mavroyanopoulos": ("Νίκος", "Μαυρογιαννόπουλος"), "Simos Xenitellis": ("Σίμος", "Ξενιτέλλης"),
    "THANOS SIOURDAKIS": ("Θάνος", "Σιουρδάκης"), "Thomas Vasileiou": ("Θωμάς", "Βασιλείου"),
    "Tom Tryfonidis": (None, "Τρυφωνίδης"), "Vangelis Skarmoutsos": ("Βαγγέλης", "Σκαρμούτσος"),
    "ΔΗΜΗΤΡΗΣ ΣΠΙΓΓΟΣ": ("Δημήτρης", "Σπίγγος"), "Konstantinos Margaritis": ("Κωνσταντίνος", "Μαργαρίτης"),
    "Savvas Radevic": ("Σάββας", None),
}
EL_SURNAME = {
    "Μπακαούκας": ("Μπακαούκα", "Μπακαούκα", "Μπακαούκα"), "Μαρουλίδης": ("Μαρουλίδη", "Μαρουλίδη", "Μαρουλίδου"),
    "Ιωσηφίδης": ("Ιωσηφίδη", "Ιωσηφίδη", "Ιωσηφίδου"), "Γαλατούλας": ("Γαλατούλα", "Γαλατούλα", "Γαλατούλα"),
    "Παπαμιχελάκης": ("Παπαμιχελάκη", "Παπαμιχελάκη", "Παπαμιχελάκη"), "Κοκολάτος": ("Κοκολάτου", "Κοκολάτο", "Κοκολάτου"),
    "Πετουμένος": ("Πετουμένου", "Πετουμένο", "Πετουμένου"), "Αγγελάκος": ("Αγγελάκου", "Αγγελάκο", "Αγγελάκου"),
    "Παπαδήμας": ("Παπαδήμα", "Παπαδήμα", "Παπαδήμα"), "Δημητρουλάκης": ("Δημητρουλάκη", "Δημητρουλάκη", "Δημητρουλάκη"),
    "Κοτσαρίνης": ("Κοτσαρίνη", "Κοτσαρίνη", "Κοτσαρίνη"), "Κανελλόπουλος": ("Κανελλόπουλου", "Κανελλόπουλο", "Κανελλοπούλου"),
    "Μαυρογιαννόπουλος": ("Μαυρογιαννόπουλου", "Μαυρογιαννόπουλο", "Μαυρογιαννοπούλου"),
    "Ξενιτέλλης": ("Ξενιτέλλη", "Ξενιτέλλη", "Ξενιτέλλη"), "Σιουρδάκης": ("Σιουρδάκη", "Σιουρδάκη", "Σιουρδάκη"),
    "Βασιλείου": ("Βασιλείου", "Βασιλείου", "Βασιλείου"), "Τρυφωνίδης": ("Τρυφωνίδη", "Τρυφωνίδη", "Τρυφωνίδου"),
    "Σκαρμούτσος": ("Σκαρμούτσου", "Σκαρμούτσο", "Σκαρμούτσου"), "Σπίγγος": ("Σπίγγου", "Σπίγγο", "Σπίγγου"),
    "Μαργαρίτης": ("Μαργαρίτη", "Μαργαρίτη", "Μαργαρίτη"),
}
EL_GIVEN = {  # nom -> (gen, acc, gender)
    "Νικόλαος": ("Νικολάου", "Νικόλαο", "m"), "Δημήτρης": ("Δημήτρη", "Δημήτρη", "m"),
    "Ευστάθιος": ("Ευσταθίου", "Ευστάθιο", "m"), "Εμμανουήλ": ("Εμμανουήλ", "Εμμανουήλ", "m"),
    "Γιώργος": ("Γιώργου", "Γιώργο", "m"), "Γεώργιος": ("Γεωργίου", "Γεώργιο", "m"),
    "Κώστας": ("Κώστα", "Κώστα", "m"), "Λευτέρης": ("Λευτέρη", "Λευτέρη", "m"), "Μιχάλης": ("Μιχάλη", "Μιχάλη", "m"),
    "Νίκος": ("Νίκου", "Νίκο", "m"), "Σίμος": ("Σίμου", "Σίμο", "m"), "Θάνος": ("Θάνου", "Θάνο", "m"),
    "Θωμάς": ("Θωμά", "Θωμά", "m"), "Βαγγέλης": ("Βαγγέλη", "Βαγγέλη", "m"),
    "Κωνσταντίνος": ("Κωνσταντίνου", "Κωνσταντίνο", "m"), "Σάββας": ("Σάββα", "Σάββα", "m"),
    "Τζένη": ("Τζένης", "Τζένη", "f"), "Μαρία": ("Μαρίας", "Μαρία", "f"), "Ελένη": ("Ελένης", "Ελένη", "f"),
    "Αικατερίνη": ("Αικατερίνης", "Αικατερίνη", "f"), "Σοφία": ("Σοφίας", "Σοφία", "f"),
    "Δέσποινα": ("Δέσποινας", "Δέσποινα", "f"),
}
# Bulgarian: Latin-script credits -> Cyrillic (two credits were already in Cyrillic)
BG_PEOPLE = {
    "Alexander Shopov": ("Александър", "Шопов"), "Anton Zinoviev": ("Антон", "Зиновиев"),
    "Borislav Aleksandrov": ("Борислав", "Александров"), "Damyan Ivanov": ("Дамян", "Иванов"),
    "Georgi Georgiev": ("Георги", "Георгиев"), "Nikola Kasabov": ("Никола", "Касабов"),
    "Ognyan Kulev": ("Огнян", "Кулев"), "Roumen Petrov": ("Румен", "Петров"), "Румен Петров": ("Румен", "Петров"),
    "Vladimir Petkov": ("Владимир", "Петков"), "Yassen Roussev": ("Ясен", "Русев"), "Арангел Ангов": ("Арангел", "Ангов"),
}
# a few more credits found by scanning the same copyright/changelog files for South-Slavic surnames
# (their e-mail TLD did not identify the language); source file recorded for provenance
MANUAL_EXTRA = {"sl": [("Vanja Cvelbar", "copyright:util-linux"), ("Bojan Resnik", "copyright:libboost")],
                "hr": [("Tin Tvrtković", "changelog:python3.11")]}
ES_PT_GIVEN_MIDDLE = {"Javier", "Darío", "Pedro", "Luis", "Manuel", "Othón", "Rodrigo", "Alfredo"}
PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "del", "dos", "das", "Van", "De", "le", "la"}


def split_name(lang, name):
    toks = name.split()
    if lang == "hu" and name in HU_SURNAME_FIRST:
        return toks[-1] if len(toks) == 2 else toks[1], toks[0]
    given = toks[0]
    rest = toks[1:]
    # particles belong to the surname (nl "de Kruijf", "van Leeuwen")
    for i, t in enumerate(rest):
        if t in PARTICLES:
            return given, " ".join(rest[i:])
    if lang in ("es", "pt"):
        if len(rest) == 2 and rest[0] in ES_PT_GIVEN_MIDDLE:
            return given + " " + rest[0], rest[1]
        surs = [t for t in rest if t not in ES_PT_GIVEN_MIDDLE]
        return given, " ".join(surs[-2:])
    return given, rest[-1]


def main():
    raw = json.load(open(os.path.join(HERE, "names_raw.json"), encoding="utf-8"))
    pools = {}
    for lang in ["en", "de", "fr", "it", "es", "pl", "fi", "sv", "el", "bg", "sl", "nl", "cs", "hu", "ro", "pt", "da", "hr", "sk"]:
        people = []
        srcs = {}
        for r in raw.get(lang, []):
            n = r["name"]
            if n in GLOBAL_DROP or n in DROP.get(lang, set()):
                continue
            if n in FIX.get(lang, {}):
                n = FIX[lang][n]
                if n is None:
                    continue
            if not all(t[0].isupper() for t in n.split() if t not in PARTICLES):
                continue
            if lang in ("el", "bg"):
                continue
            people.append(n)
            srcs.setdefault(r["src"].split(":")[0], set()).add(n)
        for n, src in MANUAL_EXTRA.get(lang, []):
            people.append(n)
        given_m, given_f, surnames, pairs = [], [], [], []
        if lang == "el":
            for k, (g, s) in EL_PEOPLE.items():
                if any(k == r["name"] for r in raw.get("el", [])):
                    people.append(k)
                    if g:
                        (given_f if EL_GIVEN[g][2] == "f" else given_m).append(g)
                    if s:
                        surnames.append(s)
                    if g and s:
                        pairs.append([g, s])
        elif lang == "bg":
            for k, (g, s) in BG_PEOPLE.items():
                if any(k == r["name"] for r in raw.get("bg", [])):
                    people.append(k)
                    given_m.append(g); surnames.append(s); pairs.append([g, s])
        else:
            for n in people:
                g, s = split_name(lang, n)
                pairs.append([g, s])
                if n == "Vanja Cvelbar":  # gender-ambiguous given name: use the surname only
                    surnames.append(s)
                    continue
                (given_f if g in FEMALE_SOURCED.get(lang, set()) else given_m).append(g)
                # es/pt: the two-surname block is split so that surnames can be recombined freely
                surnames.extend(s.split(" ") if lang in ("es", "pt") else [s])
        # provenance: which harvested source types credit the kept people (a person can be in several)
        kept = set(people)
        prov = collections.Counter()
        for r in raw.get(lang, []):
            nm = FIX.get(lang, {}).get(r["name"], r["name"])
            if nm in kept or r["name"] in kept:
                prov[r["src"].split(":")[0]] += 1
        for n, src in MANUAL_EXTRA.get(lang, []):
            prov[src.split(":")[0] + " (manual scan)"] += 1
        sourced_f = sorted(set(given_f))
        given_f = sorted(set(given_f) | set(SUPP_FEMALE.get(lang, [])))
        pools[lang] = {
            "given_m": sorted(set(given_m)), "given_f": given_f, "given_f_sourced": sourced_f,
            "given_f_supplement": sorted(set(SUPP_FEMALE.get(lang, [])) - set(sourced_f)),
            "surnames": sorted(set(surnames)), "source_people": len(set(people)), "source_records": dict(prov), "real_pairs": sorted(map(list, set(map(tuple, pairs)))),
        }
        print(f"{lang}: people={len(set(people))} given_m={len(pools[lang]['given_m'])} given_f={len(given_f)} "
              f"(sourced {len(sourced_f)}) surnames={len(pools[lang]['surnames'])}")
    json.dump(pools, open(os.path.join(HERE, "names_pool.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
