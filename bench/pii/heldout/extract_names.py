"""Harvest real-world person names from Debian sources on this machine.

Sources (all real credits, not fake-data lists):
  A  /usr/share/doc/*/copyright           "Copyright: 2010 Jane Doe <jane@...>"
  B  /work/corpus/manpages.jsonl          author/translator credits in localized man pages
  C  /usr/share/locale/<ll>/LC_MESSAGES/*.mo  gettext header "Last-Translator: Name <mail>"
Output: names_raw.json  {lang: [{"name":..., "src":..., "email":...}, ...]}
Language is assigned from the localized source (B, C) or, for A, from the e-mail
country TLD / national characters.  build_pools() then splits into given names
and surnames (Hungarian sources may be surname-first).
"""
import gettext, glob, json, re, collections, os

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚΑ-ΩΆΈΉΊΌΎΏА-ЯЁ"
LO = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžșțα-ωάέήίόύώϊϋΐΰа-яё"
TOK = rf"[{UP}][{LO}]+(?:[-'’][{UP}][{LO}]+)?"
NAME = rf"((?:{TOK}|[{UP}]{{2,}})(?:\s+(?:{TOK}|[{UP}]{{2,}}|van|von|de|der|den|da|di|del|la|le|du|dos|das)){{1,3}})"
MAIL = r"[\w.+\-]+(?:@|\s+at\s+)[\w.\-]+(?:\.|\s+dot\s+)[\w.\s]*?\w+"
PAT = re.compile(NAME + r"\s*[<(]\s*(" + MAIL + r")\s*[>)]")

TLD = {'de': 'de', 'at': 'de', 'ch': None, 'fr': 'fr', 'it': 'it', 'es': 'es', 'pl': 'pl', 'fi': 'fi',
       'se': 'sv', 'gr': 'el', 'bg': 'bg', 'si': 'sl', 'nl': 'nl', 'cz': 'cs', 'hu': 'hu', 'ro': 'ro',
       'pt': 'pt', 'dk': 'da', 'hr': 'hr', 'sk': 'sk', 'uk': 'en', 'ie': 'en', 'au': 'en', 'nz': 'en'}
CHARS = [('pl', 'łśżźćń'), ('hu', 'őű'), ('cs', 'řůě'), ('sk', 'ľĺŕô'), ('ro', 'șțşţă'),
         ('hr', 'đ'), ('es', 'ñ'), ('pt', 'ãõ'), ('el', 'αβγδεζηθικλμνξοπρστυφχψω'), ('bg', 'бвгджзийклмнпрстуфхцчшщъьюя')]
BAD = re.compile(r"(?i)\b(team|project|debian|ubuntu|gnome|kde|launchpad|list|l10n|i18n|full name|"
                 r"foundation|inc|ltd|gmbh|group|translat|software|developers?|maintainers?|authors?|"
                 r"copyright|license|university|universit|contributors?|free|linux|the|and|und|et|"
                 r"übersetz|traduc|tradu|vertaling|översätt|tłumacz|manual|page|project|org|com|hbf)\b")
LOCALE = {'de': 'de', 'fr': 'fr', 'it': 'it', 'es': 'es', 'pl': 'pl', 'fi': 'fi', 'sv': 'sv', 'el': 'el',
          'bg': 'bg', 'sl': 'sl', 'nl': 'nl', 'cs': 'cs', 'hu': 'hu', 'ro': 'ro', 'pt': 'pt', 'da': 'da',
          'hr': 'hr', 'sk': 'sk', 'en_GB': 'en', 'en_AU': 'en', 'en_CA': 'en', 'de_CH': 'de'}


def clean(n):
    n = re.sub(r"\s+", " ", n).strip()
    return n


def ok(n):
    if BAD.search(n):
        return False
    toks = n.split()
    if not 2 <= len(toks) <= 4:
        return False
    return True


def tld_lang(mail):
    m = re.search(r"\.([a-z]{2})\s*$", mail.lower().replace(' dot ', '.'))
    return TLD.get(m.group(1)) if m else None


def main():
    recs = collections.defaultdict(list)
    # C: gettext headers
    for f in sorted(glob.glob('/usr/share/locale/*/LC_MESSAGES/*.mo')):
        loc = f.split('/')[4]
        lang = LOCALE.get(loc)
        if not lang:
            continue
        try:
            h = gettext.GNUTranslations(open(f, 'rb'))._info
        except Exception:
            continue
        for field in ('last-translator', 'language-team'):
            for m in PAT.finditer(h.get(field, '')):
                recs[lang].append({'name': clean(m.group(1)), 'email': m.group(2), 'src': 'mo:' + os.path.basename(f)})
    # B: man pages (credits near the end of each page)
    mp = '/work/corpus/manpages.jsonl'
    if os.path.exists(mp):
        for line in open(mp, encoding='utf-8'):
            try:
                d = json.loads(line)
            except Exception:
                continue
            lang = d.get('lang')
            if lang not in LOCALE.values():
                continue
            t = d['text']
            for m in PAT.finditer(t):
                nm = clean(m.group(1))
                # drop a section heading captured at the start ("AUTOR\nName")
                nm = re.sub(rf"^[{UP}]{{3,}}[ {UP}]*\s+(?=[{UP}][{LO}])", "", nm)
                l2 = lang
                if lang == 'en':
                    l2 = tld_lang(m.group(2))
                    if l2 != 'en':
                        continue
                recs[l2].append({'name': nm, 'email': m.group(2), 'src': 'man:' + d.get('source', '')})
    # A: copyright files
    for f in sorted(glob.glob('/usr/share/doc/*/copyright')):
        try:
            t = open(f, encoding='utf-8', errors='replace').read()
        except Exception:
            continue
        for m in PAT.finditer(t):
            nm = clean(m.group(1))
            lang = tld_lang(m.group(2))
            if not lang:
                low = nm.lower()
                for l, cs in CHARS:
                    if any(c in low for c in cs):
                        lang = l
                        break
            if lang:
                recs[lang].append({'name': nm, 'email': m.group(2), 'src': 'copyright:' + f.split('/')[4]})
    # D: Debian/upstream changelogs: "* Polish (Name, Name)", "German translation by Name", " -- Name <mail>"
    LN = {'english': 'en', 'german': 'de', 'french': 'fr', 'italian': 'it', 'spanish': 'es', 'polish': 'pl',
          'finnish': 'fi', 'swedish': 'sv', 'greek': 'el', 'bulgarian': 'bg', 'slovenian': 'sl', 'dutch': 'nl',
          'czech': 'cs', 'hungarian': 'hu', 'romanian': 'ro', 'portuguese': 'pt', 'danish': 'da',
          'croatian': 'hr', 'slovak': 'sk'}
    lnre = re.compile(r"(?i)\b(" + "|".join(LN) + r")\b")
    one = re.compile(rf"^\s*({TOK}(?:\s+(?:{TOK}|van|von|de|der|den|da|di|del|dos|das)){{1,3}})\s*$")
    import gzip
    for f in sorted(glob.glob('/usr/share/doc/*/changelog*')):
        try:
            raw = gzip.open(f).read() if f.endswith('.gz') else open(f, 'rb').read()
            t = raw.decode('utf-8')
        except Exception:
            continue
        pkg = f.split('/')[4]
        for line in t.splitlines():
            m = re.match(r"^ -- (.+?)\s*<([^>]+)>", line)
            if m:
                lang = tld_lang(m.group(2))
                if lang:
                    recs[lang].append({'name': clean(m.group(1)), 'email': m.group(2), 'src': 'changelog:' + pkg})
                continue
            lm = lnre.search(line)
            if not lm or not re.match(r"^\s+[*+-]", line):
                continue
            lang = LN[lm.group(1).lower()]
            if lang == 'pt' and re.search(r"(?i)brazil", line):
                continue
            rest = line[lm.end():]
            cands = []
            for pm in re.finditer(r"\(([^()]+)\)", rest):
                cands += re.split(r"[,;]|\band\b|&", pm.group(1))
            bm = re.search(r"\b(?:by|from|[Tt]hanks to)\s+([^.;,()]+)", rest)
            if bm:
                cands += re.split(r"\band\b|&", bm.group(1))
            for c in cands:
                c = re.sub(r"<[^>]*>", "", c).strip()
                cm = one.match(c)
                if cm and not re.search(r"(?i)closes|bug|lp:", c):
                    recs[lang].append({'name': clean(cm.group(1)), 'email': '', 'src': 'changelog:' + pkg})
    out = {}
    for lang, rs in recs.items():
        seen = {}
        for r in rs:
            if ok(r['name']) and r['name'] not in seen:
                seen[r['name']] = r
        # e-mail addresses are only used to assign the language; they are not stored
        out[lang] = sorted(({"name": r["name"], "src": r["src"]} for r in seen.values()), key=lambda r: r['name'])
    json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'names_raw.json'), 'w'),
              ensure_ascii=False, indent=0)
    for lang in sorted(out):
        print(lang, len(out[lang]))


if __name__ == '__main__':
    main()
