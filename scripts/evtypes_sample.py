"""Draw sentences to label for a check of event typing (tests/fixtures/evtypes/README.md).

Seeded, from the bulk articles that are not in ../shared/eval/gold/evtypes-dev.jsonl: 70 random ones
(one sentence of 8-60 words holding a date expression each), then 7 for each specific type whose
sentence holds one of the type's example triggers in EVTYPES.md (the codebook's, not the lexicon's).
Writes the records in the gold format with the labels empty (type null), to be labelled by reading.

    python scripts/evtypes_sample.py OUT.jsonl [--seed 1515] [--random 70] [--per-type 7] [--exclude GOLD.jsonl ...] [--prefix own]

(tests/fixtures/evtypes/evtypes-own.jsonl is the default draw; evtypes-fresh.jsonl is
`--seed 2015 --random 40 --per-type 3 --exclude tests/fixtures/evtypes/evtypes-own.jsonl`, ids renamed fresh-;
evtypes-fresh2.jsonl is `--seed 2026 --random 43 --per-type 3 --exclude tests/fixtures/evtypes/evtypes-own.jsonl
tests/fixtures/evtypes/evtypes-fresh.jsonl --prefix fresh2`.)
"""
import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from events_cli.extract.text import split_sentences  # noqa: E402

BULK = ROOT.parent / "shared" / "data" / "bulk" / "click-id-19k.jsonl.gz"
DEV = ROOT.parent / "shared" / "eval" / "gold" / "evtypes-dev.jsonl"
ap = argparse.ArgumentParser()
ap.add_argument("out")
ap.add_argument("--seed", type=int, default=1515)
ap.add_argument("--random", type=int, default=70)
ap.add_argument("--per-type", type=int, default=7)
ap.add_argument("--exclude", nargs="*", default=[], help="gold files whose articles are left out too")
ap.add_argument("--prefix", default="own", help="the records' id prefix")
args = ap.parse_args()
dev_urls = {json.loads(line)["url"] for path in [DEV, *args.exclude] for line in open(path, encoding="utf-8")}
DATE = re.compile(r"\b(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|kemarin|hari ini|pekan lalu|bulan lalu|tahun lalu|20[01]\d|19\d\d)\b|\(\d{1,2}/\d{1,2}(/\d{2,4})?\)", re.I)
KW = {
 'AGREE': r"sepakat|menyepakati|disepakati|kesepakatan|berjanji|menjanjikan|bersedia|titik temu|akan bertemu",
 'CONSULT': r"bertemu|menemui|pertemuan|berkunjung|mengunjungi|kunjungan|menjenguk|berunding|perundingan|berkoordinasi|silaturahmi",
 'SUPPORT': r"mendukung|didukung|dukungan|mengapresiasi|apresiasi|memuji|pujian|menandatangani|ditandatangani|penandatanganan",
 'CONCEDE': r"meminta maaf|minta maaf|permintaan maaf|mencabut|mengizinkan|diizinkan|divonis bebas|grasi|remisi",
 'COOPERATE': r"bekerja sama|kerja sama|kerjasama|berkolaborasi|kolaborasi|latihan gabungan|ekstradisi",
 'AID': r"membantu|bantuan|menyalurkan|penyaluran|evakuasi|mengevakuasi|dievakuasi|menyelamatkan|memadamkan|pemadaman|santunan",
 'RETREAT': r"mengundurkan diri|pengunduran diri|membebaskan|dibebaskan|menyerahkan diri|penarikan",
 'REQUEST': r"meminta|diminta|mendesak|desakan|mengimbau|imbauan|memerintahkan|diperintahkan|menuntut",
 'ACCUSE': r"menuduh|dituduh|tuduhan|mengkritik|kritik|mengecam|kecaman|menggugat|digugat|gugatan|dilaporkan|tersangka|didakwa|dakwaan|diperiksa|penyidikan|penyelidikan|diduga",
 'REJECT': r"menolak|ditolak|penolakan|tidak setuju|menentang|membatalkan|mangkir",
 'THREATEN': r"mengancam|diancam|ancaman|memperingatkan|peringatan",
 'PROTEST': r"unjuk rasa|berunjuk rasa|demo|demonstrasi|berdemo|demonstran|mogok|boikot|memboikot",
 'SANCTION': r"divonis|vonis|dijatuhi|didenda|dipecat|memecat|pemecatan|dicopot|mencopot|sanksi|diskors",
 'MOBILIZE': r"mengerahkan|dikerahkan|pengerahan|menyiagakan|disiagakan|latihan militer",
 'COERCE': r"menangkap|ditangkap|penangkapan|dibekuk|diringkus|diamankan|ditahan|penahanan|menggerebek|menggeledah|disita|menyita|dilarang|melarang|dideportasi",
 'ASSAULT': r"menyerang|diserang|serangan|penyerangan|membunuh|dibunuh|pembunuhan|menembak|ditembak|penembakan|dianiaya|penganiayaan|dikeroyok|diculik|bentrok|bentrokan",
 'DISASTER': r"gempa|banjir|longsor|erupsi|kebakaran|terbakar|karhutla|kabut asap|titik api|kekeringan",
 'ACCIDENT': r"kecelakaan|tabrakan|bertabrakan|menabrak|ditabrak|tertabrak|terjatuh|tenggelam|terjebak|keracunan|ambruk|roboh",
 'DEATH': r"meninggal|wafat|tutup usia|berpulang|dimakamkan|pemakaman|berduka|belasungkawa",
}
KWRE = {t: re.compile(r"\b(" + p + r")\b", re.I) for t, p in KW.items()}
arts = []
with gzip.open(BULK, 'rt', encoding='utf-8') as f:
    for l in f:
        d = json.loads(l)
        if d['url'] not in dev_urls and d.get('text'):
            arts.append(d)
rng = random.Random(args.seed)
rng.shuffle(arts)
def cands(d):
    t = d['text']
    out = []
    for s, e in split_sentences(t):
        sent = t[s:e]
        n = len(sent.split())
        if 8 <= n <= 60 and DATE.search(sent):
            out.append((s, sent))
    return out
picked, used = [], set()
it = iter(arts)
def add(d, s, sent, stratum):
    used.add(d['url'])
    picked.append({"id": f"{args.prefix}-{len(picked)+1:04d}", "url": d['url'], "published": d['published'], "sentence": sent,
                   "type": None, "source": None, "target": None, "negated": False, "note": "", "char_start": s, "stratum": stratum})
while sum(p['stratum'] == 'random' for p in picked) < args.random:
    d = next(it)
    c = cands(d)
    if c:
        s, sent = rng.choice(c)
        add(d, s, sent, 'random')
for t in KW:
    k = 0
    for d in arts:
        if k >= args.per_type: break
        if d['url'] in used: continue
        c = [(s, sent) for s, sent in cands(d) if KWRE[t].search(sent)]
        if c and rng.random() < 0.5:
            s, sent = rng.choice(c)
            add(d, s, sent, 'kw:' + t); k += 1
with open(args.out, "w", encoding="utf-8") as out:
    for p in picked:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
print(len(picked), "sentences to label")
