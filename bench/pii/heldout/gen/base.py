"""Helpers shared by the language modules: number/money/date formatting, default person forms."""
import datetime as dt


def num(v, th, dec, nd=2):
    s = f"{v:,.{nd}f}"  # 1,234.56
    s = s.replace(",", "\x00").replace(".", dec).replace("\x00", th)
    return s


def money(rng, th, dec, curs, lo=20, hi=250000, decimals=(0, 2), dash=False):
    """curs: list of (currency text, position) with position in 'after', 'before', 'after_nospace', 'before_nospace'.
    Returns list of (text, span_type, keep_kind)."""
    mag = rng.choice([2, 2, 3, 3, 4, 4, 5])
    v = round(rng.uniform(10 ** mag, 10 ** (mag + 1)) if 10 ** mag < hi else rng.uniform(lo, hi), 2)
    nd = rng.choice(decimals)
    if nd == 0:
        v = round(v)
    amount = num(v, th, dec, nd)
    if nd == 0 and dash and rng.random() < 0.15:
        amount += ",-"
    cur, pos = rng.choice(curs)
    if pos == "after":
        return [(amount, None, "AMOUNT"), (" ", None, None), (cur, None, "CURRENCY")]
    if pos == "after_nospace":
        return [(amount, None, "AMOUNT"), (cur, None, "CURRENCY")]
    if pos == "before":
        return [(cur, None, "CURRENCY"), (" ", None, None), (amount, None, "AMOUNT")]
    return [(cur, None, "CURRENCY"), (amount, None, "AMOUNT")]


def dmy(d, sep=".", pad=True, year4=True):
    y = d.year if year4 else d.year % 100
    if pad:
        return f"{d.day:02d}{sep}{d.month:02d}{sep}{y:02d}" if not year4 else f"{d.day:02d}{sep}{d.month:02d}{sep}{y}"
    return f"{d.day}{sep}{d.month}{sep}{y}"


def iso(d):
    return d.isoformat()


def initials(first):
    return "-".join(x[0] + "." for x in first.split("-"))


def default_forms(first, last, gender):
    return {
        "full": f"{first} {last}", "first": first, "last": last,
        "ini": f"{initials(first)} {last}",
        "sf": f"{last} {first}", "SF": f"{last.upper()} {first}", "sfc": f"{last}, {first}",
    }


def pick(rng, seq):
    return rng.choice(seq)
