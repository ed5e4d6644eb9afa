"""Slot resolution for one document."""
import datetime as dt

from . import engine as E
from . import ids


class Ctx:
    def __init__(self, L, rng, persons, card_length=None):
        self.L, self.rng, self.persons = L, rng, persons
        self.cache = {}
        self.card_length = card_length

    # ------------------------------------------------------------------ helpers
    def _date(self, arg=None):
        rng = self.rng
        if arg == "next" and getattr(self, "last_date", None):
            d = self.last_date + dt.timedelta(days=rng.randint(2, 21))
        else:
            d = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randint(0, 900))
        self.last_date = d
        return d

    def _phone(self, mobile, style):
        L, rng = self.L, self.rng
        prefixes = L.MOBILE if mobile else L.FIXED
        region = getattr(L, "PHONE_REGION", L.REGION)
        styles = L.MOBILE_STYLES if mobile else L.PHONE_STYLES
        st = style or rng.choice(styles)
        for _ in range(200):
            num = E.make_phone(rng, region, prefixes, "mobile" if mobile else "fixed")
            out = E.format_phone(rng, num, st, getattr(L, "TRUNK", "0"), getattr(L, "GROUPS", None))
            if st != "local" or len(out.replace(" ", "")) >= 6:
                return out
        raise RuntimeError("local phone")

    def resolve(self, name, arg, key):
        ck = (name, arg, key) if key else None
        if ck and ck in self.cache:
            return self.cache[ck]
        out = self._resolve(name, arg)
        if ck:
            self.cache[ck] = out
        return out

    def _resolve(self, name, arg):
        L, rng = self.L, self.rng
        S = lambda text, t: [(text, t, None)]
        K = lambda text, k: [(text, None, k)]
        if name in self.persons:
            p = self.persons[name]
            if arg == "t":
                return [(L.TITLE[p.gender], None, None)]
            if arg == "age":
                return [(str(E.age_on(p.dob)), None, None)]
            if hasattr(L, "person_slot"):
                r = L.person_slot(p, arg)
                if r is not None:
                    return r
            return S(p.form(arg or "full"), "PERSON")
        if name == "EMAIL":
            p = self._p(arg)
            if "email" not in p.forms:
                p.forms["email"] = E.email_for(rng, p, L.EMAIL_DOMAINS)
            return S(p.forms["email"], "EMAIL_ADDRESS")
        if name == "PHONE":
            return S(self._phone(False, arg), "PHONE_NUMBER")
        if name == "MOBILE":
            return S(self._phone(True, arg), "PHONE_NUMBER")
        if name == "IBAN":
            cc = L.IBAN_CC
            n = E.make_iban(rng, cc, getattr(L, "BANK_CODES", None))
            style = arg or rng.choice(["g", "g", "g", "c"])
            return S(E.group4(n) if style == "g" else n, "IBAN_CODE")
        if name == "CARD":
            _, n, grouping = E.make_card(rng, length=self.card_length)
            self.card_length = None
            return S(E.format_card(rng, n, grouping, arg), "CREDIT_CARD")
        if name == "IP":
            return S(E.make_ipv4(rng), "IP_ADDRESS")
        if name == "IP6":
            return S(E.make_ipv6(rng), "IP_ADDRESS")
        if name == "NID":
            return S(L.nid(rng, self._p(arg)), "NATIONAL_ID")
        if name == "NID2":
            return S(L.nid2(rng, self._p(arg)), "NATIONAL_ID")
        if name == "HIID":
            return S(L.hiid(rng, self._p(arg)), "HEALTH_INSURANCE_ID")
        if name == "EHIC":
            return S(ids.ehic(rng, L.CODE), "HEALTH_INSURANCE_ID")
        if name == "MRN":
            return S(L.mrn(rng), "MEDICAL_RECORD_NUMBER")
        if name == "DOB":
            p = self._p(arg)
            return S(getattr(L, "dob", L.date)(p.dob), "DATE_OF_BIRTH")
        if name == "ADDR":
            return S(L.address(rng, arg == "full"), "STREET_ADDRESS")
        # ---------------- keep values
        if name == "DATE":
            d = self._date(arg)
            f = L.date_long if arg == "long" and hasattr(L, "date_long") else L.date
            return K(f(d), "DATE")
        if name == "AMT":
            return L.amount(rng, arg)
        if name == "ICD":
            return K(rng.choice(L.DX)[1], "CODE")
        if name == "DX":  # "Pneumonie (J18.9)" -> term plain, code keep
            term, code = rng.choice(L.DX)
            return [(term, None, None), (" (", None, None), (code, None, "CODE"), (")", None, None)]
        if name == "DXT":
            return [(rng.choice(L.DX)[0], None, None)]
        if name == "EPO":
            term, code = rng.choice(L.EPO)
            if arg == "code":
                return [(term, None, "DISEASE"), (" (", None, None), (code, None, "CODE"), (")", None, None)]
            return K(term, "DISEASE")
        if name == "DRUG":
            return K(rng.choice(L.DRUGS), "DRUG")
        if name == "ATC":
            return K(rng.choice(ATC), "CODE")
        if name == "REF":
            return K(L.ref(rng), "REF")
        if name == "PROD":
            return K(rng.choice(PROD)(rng), "CODE")
        if name == "PLACE":
            return K(rng.choice(L.PLACES), "PLACE")
        if name == "INST":  # "l'|hôpital Necker" -> article stays plain text, the name is the keep value
            bare = bool(arg) and arg.endswith("0")
            v = rng.choice(L.INST[(arg[:-1] if bare else arg) or "h"])
            if "|" in v and bare:
                v = v.split("|", 1)[1]
            if "|" in v:
                art, nm = v.split("|", 1)
                return [(art, None, None), (nm, None, "INSTITUTION")]
            return K(v, "INSTITUTION")
        if name == "COMPANY":
            return K(rng.choice(L.COMPANIES), "COMPANY")
        if name == "TRAIN":
            return K(rng.choice(L.TRAINS), "STATION")
        if name == "STATION":
            return K(rng.choice(L.STATIONS), "STATION")
        if name == "MEAS":
            return K(L.meas(rng, arg), "MEASURE")
        if name == "CUR":
            return K(arg, "CURRENCY")
        raise KeyError(f"{L.CODE}: unknown slot {name}:{arg}")

    def _p(self, arg):
        """person for an identifier slot: explicit Pn, else P1, else the hidden (never named) data subject."""
        if arg and arg.startswith("P"):
            return self.persons[arg]
        return self.persons.get("P1") or self.persons["_"]


ATC = ["B01AF01", "L04AB04", "A10BK03", "C09DX04", "N02BE01", "C07AB07", "A02BC05", "H03AA01", "N04BA02",
       "L01FF02", "A10BJ06", "C10AA05", "R03AK06", "N06DA02", "M01AE01", "J01CR02", "A10AE04", "B01AF02"]
PROD = [
    lambda r: "SKU-%05d" % r.randint(1000, 99999),
    lambda r: "ART-%d-%03d" % (r.randint(10, 99), r.randint(0, 999)),
    lambda r: "%s%d-%s" % (r.choice(["XR", "MK", "TP", "QX"]), r.randint(100, 999), r.choice(["A", "B", "EU"])),
    lambda r: "PZN %08d" % r.randint(1000000, 19999999),
    lambda r: "LOT %s%05d" % (r.choice("ABCDEFGH"), r.randint(0, 99999)),
]
