"""Conservative inflection of person names (only the case forms the frames use).

A function returns None when it is not confident; the person factory then draws another name,
so no doubtful inflected form reaches the gold data.
"""

# ---------------------------------------------------------------- Polish
PL_SOFT_EK = {"Marek": "Mark", "Jacek": "Jack", "Paweł": "Pawł", "Fiertek": "Fiertk"}


def _pl_m_noun(w):
    """masculine noun-type word -> (gen, ins, acc) ; acc = gen for persons"""
    if w.endswith(("ski", "cki", "dzki")) or w.endswith("i") and len(w) > 3:
        return w + "ego", w + "m", w + "ego"
    if w.endswith("y") and w[-2] in "nłwrż":  # adjectival Górny, Dulny, Owsiany, Zabłotny
        return w[:-1] + "ego", w[:-1] + "ym", w[:-1] + "ego"
    if w.endswith(("a", "o")):  # Luberda, Zaręba, Trojnara, Kłoczko
        st = w[:-1]
        g = st + ("i" if st[-1] in "kgl" else "y")
        return g, st + "ą", st + "ę"
    stem = PL_SOFT_EK.get(w, w)
    if stem[-1] in "kg":
        return stem + "a", stem + "iem", stem + "a"
    if stem[-1] in "aeiouyąęó":
        return None
    return stem + "a", stem + "em", stem + "a"


def _pl_f_first(w):
    if not w.endswith("a"):
        return None
    st = w[:-1]
    if st.endswith("i"):  # Maria -> Marii
        g = st + "i"
    elif st[-1] in "kgl" or st.endswith(("j",)):
        g = st + "i"
    else:
        g = st + "y"
    return g, st + "ą", st + "ę"


def _pl_adj(w):
    return w.endswith(("ski", "cki", "dzki")) or (w.endswith("y") and w[-2] in "nłwrż")


def _pl_f_last(w_m):
    """w_m: masculine surname part -> (nom_f, gen, ins, acc)"""
    if _pl_adj(w_m):
        fem = w_m[:-1] + "a"
        gen = fem[:-1] + ("iej" if fem[-2] in "kg" else "ej")
        return fem, gen, fem[:-1] + "ą", fem[:-1] + "ą"
    if w_m.endswith("a"):  # Luberda, Zaręba: decline like Anna
        g, i, a = _pl_f_first(w_m)
        return w_m, g, i, a
    return w_m, w_m, w_m, w_m  # noun surnames are indeclinable for women


def pl_forms(first, last, g):
    """returns the complete set of forms (nominative included); last is the masculine/base surname"""
    parts = last.split("-")
    if g == "m":
        fi = _pl_m_noun(first)
        ls = [_pl_m_noun(p) for p in parts]
        nom_last = last
        if fi is None or any(x is None for x in ls):
            return None
    else:
        fi = _pl_f_first(first)
        if fi is None:
            return None
        fl = [_pl_f_last(p) for p in parts]
        nom_last = "-".join(x[0] for x in fl)
        ls = [x[1:] for x in fl]
    out = {"last_nom": nom_last}
    for i, case in enumerate(["gen", "ins", "acc"]):
        out[case] = f"{fi[i]} {'-'.join(l[i] for l in ls)}"
    out["last_gen"] = "-".join(l[0] for l in ls)
    out["last_ins"] = "-".join(l[1] for l in ls)
    return out


# ---------------------------------------------------------------- Czech / Slovak
CS_SOFT = "žščřcjďťňľ"
CS_FIRST_GEN = {"Jiří": "Jiřího", "Peter": "Petra", "Pavol": "Pavla", "Karel": "Karla"}


def _cs_m(w, lang):
    if w in CS_FIRST_GEN:
        return CS_FIRST_GEN[w]
    if w.endswith(("ý", "í")) and lang == "cs":
        return w[:-1] + ("ého" if w.endswith("ý") else "ího")
    if w.endswith("ý") and lang == "sk":
        return w[:-1] + "ého"
    if w.endswith("y") and lang == "sk":  # Tuhársky, Podobný already ý
        return w[:-1] + "eho"
    if w.endswith("a"):
        return w[:-1] + ("y" if lang == "cs" else "u")
    if w.endswith("o"):
        return w[:-1] + "a" if lang == "sk" else None
    if w.endswith("e"):
        return None
    if w.endswith("něk"):
        return w[:-3] + "ňka"
    if w.endswith("ek") and len(w) > 4:
        return w[:-2] + "ka"
    if w.endswith("ec") and len(w) > 4:
        return w[:-2] + "ce"
    if w[-1] in CS_SOFT:
        return w + ("e" if lang == "cs" else "a")
    return w + "a"


def cs_feminine(last, lang="cs"):
    if last.endswith("ý"):
        return last[:-1] + "á"
    if last.endswith("y") and lang == "sk":
        return last[:-1] + "a"
    if last.endswith("í"):
        return last
    if last.endswith(("a", "o")):
        return last[:-1] + "ová"
    if last.endswith("e"):
        return None
    if last.endswith("něk"):
        return last[:-3] + "ňková"
    if last.endswith("ek") and len(last) > 4:
        return last[:-2] + "ková"
    if last.endswith("ec") and len(last) > 4:
        return last[:-2] + "cová"
    return last + "ová"


def _cs_f(w, lang, is_last):
    if is_last:
        if w.endswith("ová"):
            return w[:-1] + ("é" if lang == "cs" else "ej")
        if w.endswith("á"):
            return w[:-1] + ("é" if lang == "cs" else "ej")
        return None
    if w.endswith("ia") and lang == "sk":
        return w[:-1] + "e"
    if w.endswith("ie"):
        return w
    if w.endswith("a"):
        st = w[:-1]
        if lang == "cs" and st[-1] in CS_SOFT:
            return st + "e"
        return st + "y"
    return None


def _cs_f_acc(w, lang, is_last):
    if is_last:
        if w.endswith("ová"):
            return w[:-1] + ("ou" if lang == "cs" else "ú")
        if w.endswith("á"):
            return w[:-1] + ("ou" if lang == "cs" else "ú")
        return None
    if w.endswith("ie"):
        return w[:-1] + "i"
    if w.endswith("a"):
        return w[:-1] + "u"
    return None


def cs_forms(first, last, g, lang="cs"):
    if g == "m":
        fg, lg = _cs_m(first, lang), _cs_m(last, lang)
        fa, la = fg, lg
    else:
        fg, lg = _cs_f(first, lang, False), _cs_f(last, lang, True)
        fa, la = _cs_f_acc(first, lang, False), _cs_f_acc(last, lang, True)
    if not fg or not lg or not fa or not la:
        return None
    return {"gen": f"{fg} {lg}", "last_gen": lg, "acc": f"{fa} {la}", "last_acc": la}


# ---------------------------------------------------------------- Slovenian / Croatian (genitive)
SL_GEN = {"Košir": "Koširja", "Maurer": "Maurerja", "Cvelbar": "Cvelbarja", "Peterlin": "Peterlina", "Srebotnjak": "Srebotnjaka",
          "Urbančič": "Urbančiča", "Žnidaršič": "Žnidaršiča", "Resnik": "Resnika",
          "Andrej": "Andreja", "Klemen": "Klemena", "Martin": "Martina", "Matej": "Mateja", "Primož": "Primoža", "Roman": "Romana",
          "Bojan": "Bojana"}
HR_GEN = {"Karamatić": "Karamatića", "Krznar": "Krznara", "Mihelač": "Mihelača", "Miletić": "Miletića", "Putanec": "Putanca",
          "Rodin": "Rodina", "Tvrtković": "Tvrtkovića",
          "Bojan": "Bojana", "Božidar": "Božidara", "Josip": "Josipa", "Tomislav": "Tomislava", "Vedran": "Vedrana", "Tin": "Tina"}


def south_slavic_forms(first, last, g, table, lang="sl"):
    """genitive and accusative (masculine animate acc = gen; women's surnames do not decline)"""
    if g == "m":
        fg, lg = table.get(first), table.get(last)
        fa, la = fg, lg
    else:
        if not first.endswith("a"):
            return None
        fg, lg = first[:-1] + "e", last
        fa, la = first[:-1] + ("o" if lang == "sl" else "u"), last
    if not fg or not lg:
        return None
    return {"gen": f"{fg} {lg}", "last_gen": lg, "acc": f"{fa} {la}", "last_acc": la}


# ---------------------------------------------------------------- Finnish (genitive of the last element only)
FI_GEN = {"Arajärvi": "Arajärven", "Edelmann": "Edelmannin", "Hietaniemi": "Hietaniemen", "Jyrinki": "Jyringin",
          "Kaijanaho": "Kaijanahon", "Karvonen": "Karvosen", "Kerola": "Kerolan", "Kivilinna": "Kivilinnan",
          "Kuparinen": "Kuparisen", "Lehtonen": "Lehtosen", "Liehu": "Liehun", "Mäkisara": "Mäkisaran", "Niemi": "Niemen",
          "Nieminen": "Niemisen", "Nurmi": "Nurmen", "Pesonen": "Pesosen", "Ruohonen": "Ruohosen", "Savolainen": "Savolaisen",
          "Skyttä": "Skytän", "Tuohela": "Tuohelan", "Tyni": "Tynin", "Vainikainen": "Vainikaisen", "Virtanen": "Virtasen",
          "Voipio": "Voipion", "Vuori": "Vuoren", "Wirzenius": "Wirzeniuksen", "Ylönen": "Ylösen"}


def fi_forms(first, last, g):
    lg = FI_GEN.get(last)
    if not lg:
        return None
    return {"gen": f"{first} {lg}", "last_gen": lg}
