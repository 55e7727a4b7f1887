"""Event types, source and target actors, and negation of one event's sentence.

Pure: takes a sentence (as a stretch of a text) and the actors named in it, with their
character offsets, and returns what happened (one of the 21 types of ONTOLOGY.md: PLOVER's
16 and DISASTER, ACCIDENT, DEATH, STATEMENT, OTHER), who did it, to or with whom, and
whether the sentence says it did not happen.

* **Triggers.** ``events_cli/data/evtypes.tsv`` lists Indonesian stems with the affixed forms
  they take (tangkap: menangkap, ditangkap, tertangkap, penangkapan), English verbs (arrest:
  arrests, arrested, arresting) and phrases ("unjuk rasa", "meminta maaf"), each with its
  type and how surely it names it. The forms are compiled once into a table keyed by the
  first word, and a sentence is read in one pass, the longest phrase at each word first.
  A word not in the table is looked up again without -nya, -lah or -pun ("penyidikannya").
* **Which one.** The surest trigger wins; among equals the first (PLOVER and EVTYPES.md §2: a
  specific type beats a statement, the first of coordinated events wins). A trigger in a
  time or cause clause ("setelah ditangkap, ...") counts for less than the main clause's, and
  when every specific trigger lies in one while the main clause has a speech verb or a verb
  of its own ("Saat bertemu X, Tina mengabadikan ..."), the main clause decides (STATEMENT or
  OTHER; not after a disaster or an accident, whose toll the main clause tells). A speech verb
  alone gives STATEMENT (a bare "jelas", "tegas", "lanjutnya" after a closing quote is one), a
  quote with no trigger too, nothing at all OTHER. Then PLOVER's rulings: a cooperative act
  announced for the future ("akan", "siap") is AGREE; a demand governs the act it demands
  ("mendesak X untuk mundur" is REQUEST, but a call to demonstrate is PROTEST, the caller its
  source); forces deployed to a disaster, or its handling, are AID; a death in an accident, a
  disaster or an attack is of that type; in a sports or market sentence an attack, an arrest or
  a meeting is a figure of speech, and a player barred from a match is SANCTION. A rule's text
  ("remisi diatur dalam Pasal 34") tells no event, nor does a visit to a place or a concert
  tour, a visit to no one named ("mengunjungi Palu"; a country visited is a state visit), a wish
  ("keinginannya bertemu"), or "harus" said of no one named. An act in a condition ("kalau ...") is
  background; harm promised on a condition ("akan mencopot ... jika gagal") is a threat, an attack someone
  is sure another made ("yakin serangan itu dari Iran") his accusation.
* **Who.** Word order around the trigger (Indonesian is subject-verb-object): the named
  actor nearest before an active verb (meN-, ber-, English) is its source, the first after
  it its target; a passive (di-, ter-, English "was ...ed") turns them round, its agent
  the actor after "oleh"/"by" or right after the verb (not after "di", a place). A noun
  ("penangkapan X oleh Y") takes its agent from "oleh", its object from the name after it,
  or acts as a verb after a light verb ("melakukan penangkapan"). Meetings, agreements and
  joint work take the other party ("dengan Y", "X dan Y") as target. The speaker of a
  speech frame ("kata X", "X mengatakan", "menurut X", "said X") is the source of a
  statement and of a verbal act (an accusation, a demand, a refusal...) quoted from him, of
  an allegation he tells ("X diduga ..."), and of any act he tells with "kami/kita/saya"; a
  passive speech verb's agent speaks ("disampaikan oleh X"), a pronoun after "menurut" is no
  one. "antara X dan Y" gives both parties. A bare verb after a pronoun is the pronoun's ("Mereka kami
  amankan": the speaker's, like "kerja sama kita"); who claims responsibility for an attack made it; a
  noun's act "dilakukan (oleh) Y" is Y's; a name cited ("berdasarkan data X", "dilansir dari laman X")
  acts in nothing the sentence tells. The deceased is a death's source, also when buried
  ("X dimakamkan"). Only named actors: a common noun before the verb ("polisi menangkap"), or
  a name after a kin word ("ayah X", "istri X"), leaves the role empty.
* **Negation.** "tidak/tak/belum/bukan/tanpa/not/never" just before the trigger, "hampir"
  (a near miss) or a denial ("membantah", "menyangkal", "denied") shortly before it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

from events_cli.extract.ner import PERSON_NOUNS

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "DISASTER", "ACCIDENT", "DEATH",
         "STATEMENT", "OTHER")
MORPHS = ("id", "en", "lit")
AFFIXES = ("meN", "meN-kan", "meN-i", "di", "di-kan", "di-i", "ter", "ber", "ber-an", "peN-an", "per-an", "pe-an",
           "ke-an", "-an", "0")
_DEFAULT_AFFIXES = "meN,di,peN-an"
_VOICES = ("act", "pas", "nom", "ed")

# Types whose other party is the target: "X bertemu dengan Y", "X dan Y sepakat".
_RECIPROCAL = {"CONSULT", "AGREE", "COOPERATE"}
# Verbal acts: quoted from a speaker, he is their source ("'Kami menolak', kata X").
_VERBAL = {"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONCEDE", "STATEMENT"}
# Nouns of acts done to someone: the name after them is the one it is done to ("penangkapan X").
# (Of a verbal act the name after it is its author: "imbauan Pemkab", "kritik X", "dukungan X".)
_TRANSITIVE = {"COERCE", "ASSAULT", "SANCTION", "ACCUSE"}
# Figures of speech in sport and markets: "menyerang", "membekuk lawan", "bertemu di final".
_FIGURATIVE = {"ASSAULT", "COERCE", "CONSULT", "RETREAT", "ACCIDENT"}

_WORD = re.compile(r"[^\W_]+(?:[-'\u2019][^\W_]+)*")
_SPAN = re.Match.span
_SUFFIXES = ("nya", "lah", "pun")
# Between two words, what ends a clause for the roles: quotes, semicolons, colons (not brackets:
# "Mahkamah Konstitusi (MK) membatalkan", "Dewi Ratnasari (37) menerangkan").
_HARD_BREAK = re.compile(r"[\"“”;:]")
_CLAUSE_END = re.compile(r"[,;:.]")
# Words that open a time or cause clause (background, EVTYPES.md §2.4) or a new clause.
_SUBORDINATE = frozenset(
    "setelah usai seusai sebelum sejak saat ketika karena akibat menyusul lantaran sesudah selepas pasca untuk guna "
    "berdasarkan "
    "jika kalau apabila bilamana seandainya jikalau "  # (a condition: what may happen, not what did)
    "after before since when while because following amid if unless".split())
# verbs after which "kalau" says "that" ("yakin kalau Maira korbannya"), not "if"
_THAT_AFTER = frozenset("yakin tahu mengetahui bilang mengaku mengatakan menyebut menyebutkan merasa berharap percaya "
                        "menilai khawatir sadar menyadari lupa ingat mengingatkan menegaskan menjelaskan".split())
_TOLL = frozenset(("DISASTER", "ACCIDENT"))
_PURPOSE = frozenset("untuk guna berdasarkan".split())
_CONNECTORS = _SUBORDINATE | frozenset(
    "namun tetapi tapi sedangkan sementara bahwa agar supaya jika kalau sehingga hingga but that whereas so".split())
# After a trigger, a word that refers back to an event told before ("Serangan itu adalah ..."): the
# sentence is about something else said of it (EVTYPES.md §2.3).
_ANAPHORIC = frozenset("itu tersebut ini the".split())
_RELATIVE = frozenset(("yang", "which", "who"))
# A sentence opening with one of these sets a scene ("Dalam serangkaian demonstrasi ..., X berkoordinasi").
_SCENE = frozenset("dalam selama menjelang jelang amid during".split())
# Sport and markets, where attacking, capturing, meeting and falling are figures of speech.
_DOMAIN = frozenset("laga pertandingan gol skor klasemen liga juara menang kalah mengalahkan kemenangan kekalahan klub "
                    "stadion turnamen semifinal perempatfinal medali kejuaraan timnas penalti wasit "
                    "ihsg saham rupiah bursa indeks persen".split())
# Vehicles and their drivers, stopped on the road ("memberhentikan satu motor", "... pengendara").
_VEHICLES = ("mobil", "motor", "kendaraan", "truk", "bus", "sepeda", "angkot", "taksi", "pengendara", "pengemudi",
             "sopir")
# Markets, where a currency or an index sinks or slips: no accident told.
_MARKET = frozenset("ihsg saham rupiah bursa indeks kurs dolar".split())
# "Pemecatan X adalah urusan internal": an event named as the subject of a copula is what the
# sentence comments on, not what it tells.
_COPULA = frozenset("adalah merupakan ialah is was".split())
# A court as the one who cancels: it strikes a rule down (SANCTION), not a refusal.
_COURT = frozenset("mahkamah mk ma pengadilan hakim court".split())
# Prepositions after a passive verb that introduce a place or time, not the agent.
_NOT_AGENT = frozenset("di ke dari pada dalam sejak selama untuk sebagai terkait atas karena in at on for from since as".split())
_AGENT = frozenset(("oleh", "by"))
_AIMED_AT = frozenset(("terhadap", "kepada", "against"))  # (after a noun of a transitive type: its target)
_WITH = frozenset(("dengan", "antara", "bersama", "with", "and", "dan"))
# Before a name, a word that makes it the topic of what precedes ("UU tentang KPK"): no actor of the verb after.
_TOPIC = frozenset(("tentang", "mengenai"))
# Before a noun of an act, a verb of receiving it: who acts is named after ("dari X"), the receiver before.
_ANSWER_FOR = (["bertanggungjawab", "atas"], ["responsibility", "for"], ["bertanggung", "jawab", "atas"],
               ["responsibility", "for", "the"])
_CARRIED_OUT = frozenset("dilakukan dilaksanakan digelar diselenggarakan".split())
_CLAIM = frozenset("mengklaim klaim menyatakan mengaku claimed claims claim".split())  # "X mengklaim bertanggung jawab"
_RECEIVE = frozenset("mendapat mendapatkan menerima memperoleh menuai".split())
# Verbs of answering or reacting: what follows one ("menanggapi penolakan ...", "bereaksi terhadap penolakan
# ...", "angkat bicara soal tuduhan ...") is the topic of a statement, not the event told.
_RESPOND = frozenset("menanggapi bereaksi merespons merespon berkomentar mengomentari bicara menjawab".split())
_TOPIC_OF = frozenset("terhadap atas soal mengenai tentang terkait perihal".split())
_SETTING = frozenset("dalam selama menjelang jelang sela acara amid during".split())  # "dalam acara pertemuan X"
_CHAMBER = frozenset("dpr dprd mpr komisi baleg legislasi panja pansus parlemen paripurna".split())  # a legislature's bodies
_QUANTIFIERS = frozenset("seluruh semua segala berbagai beberapa sejumlah".split())
# People named by a common noun, who may do an act themselves ("Pihak rektorat menolak", "investor ... meminta")
_PEOPLE = PERSON_NOUNS | frozenset("pemerintah pemerintahan rektorat investor masyarakat publik warga massa waris keluarga "
                                   "penduduk demonstran pendemo pengunjuk perusuh aparat petugas pejabat orang pihak "
                                   "sebagian kalangan".split())
_LIGHT_VERBS = frozenset(
    "melakukan dilakukan menggelar digelar mengadakan diadakan memberikan diberikan menjalani mendapat mendapatkan "
    "melaksanakan dilaksanakan menyampaikan carried held gave made staged".split())
# "P&G Health melalui brand Neurobion bekerja sama": the name after "melalui" is the means, not the subject.
_THROUGH = frozenset("melalui lewat via through".split())
# Data attributions are not speech (EVTYPES.md §2.2): "IHS Markit mencatat, ... Apple menjual": the
# subject is the one after.
_ATTRIBUTION = frozenset("mencatat menunjukkan melansir dilansir dikutip mengutip pantauan berdasarkan data".split())
_TO_PLACE = frozenset("ke kerja resmi kenegaraan to".split())  # "kunjungan kerja ke X"
_CITED = frozenset("data melansir dilansir dikutip mengutip pantauan laman situs website".split())  # "data BPS"
_CITATION_GLUE = frozenset("dari resmi milik akun".split())  # "dilansir dari laman resmi milik X"
# A word that looks like a verb: meN-, di-, ber-, ter- and the copulas.
_VERB = re.compile(r"(?:me[mn]?|meng|meny|di|ber|ter)[a-z]{3,}|adalah|merupakan|ialah")
# Words that look like verbs and are not: titles, pronouns, prepositions ("Menteri X melakukan ...").
_NOT_VERB = frozenset("menteri mereka media memang melalui meskipun menuju mengenai menurut direktur dirut dirjen direksi dirinya divisi "
                      "dinas dialog diskusi digital dimana diantaranya terhadap terutama terbaru terakhir tersebut "
                      "terlebih berbagai bersama beserta berdasarkan terima mendatang".split())  # (serah terima: a noun)
# Handling a disaster: its response is the event (AID), whichever word names the disaster.
_RESPONSE = frozenset("penanganan menangani ditangani antisipasi mengantisipasi menanggulangi".split())
# Verbs that carry no event of their own: the event they frame is told (EVTYPES.md §2.3).
_FRAMES = frozenset("terjadi berlangsung mengalami terungkap menjadi memiliki mempunyai adalah merupakan ialah berkaitan "
                    "terkait diketahui dikabarkan dilaporkan dikonfirmasi disebutkan".split())
_PRONOUNS = frozenset("dia ia beliau mereka saya kami kita aku he she they".split())
_I_WE = frozenset("saya kami kita aku we".split())  # (the speaker: never a third party named before)
_HE = frozenset("dia ia beliau he she".split())
# Kin and other ties before a name: the one named is not the actor ("ayah Depe", "istri Raffi Ahmad",
# "anak buah Dhani", "warga X"; EVTYPES.md §4).
_KIN = frozenset("ayah ibu istri suami anak putri putra keluarga adik kakak cucu menantu mertua kerabat pacar kekasih "
                 "keponakan sepupu nenek kakek paman bibi tante buah warga".split())
# A thing of his right before a name: the one who owns or made it does nothing the sentence tells ("unggahan foto
# Vanessa menuai komentar", "twit terakhir Dian ditulis ...", "pesawat karya Habibie", "kehadiran Bahaso").
_OWNED = frozenset("unggahan unggahannya foto video twit cuitan kicauan postingan akun karya film lagu album sampul "
                   "versi kehadiran produk terakhir".split())
# A regional body's head written alone ("Dinkes", "Polres"): which body is not said, no actor.
_BARE_BODY = frozenset("dinkes dishub disdik dinsos disnaker pemprov pemkab pemkot pemda polres polsek polda polresta "
                       "polrestabes kejari kejati bpbd dprd bappeda".split())
_BY_CONTEXT = frozenset(("menjanjikan", "koordinasi", "kekerasan"))
# Before "menjanjikan", a word that makes it the adjective ("performa menjanjikan", "tampil menjanjikan": promising);
# so does a clause's end or a preposition after it ("hasilnya menjanjikan.", "menjanjikan sejak menit awal").
_PROMISING = frozenset("tampil tampak terlihat performa penampilan prospek peluang masa hasil karier bisnis "
                       "pasar".split())
_NOT_PROMISED = frozenset("sejak di pada dan bagi dengan dalam untuk hingga".split())
# After "diduga", a frame or a state, not a wrongdoing alleged: "diduga terjadi", "diduga tertidur", "diduga
# akibat korsleting" (an allegation: "diduga menerima suap", "diduga terlibat").
_SUPPOSED = frozenset("akibat karena disebabkan berasal kuat".split())
_ALLEGED_TER = frozenset(("terlibat", "tersangkut"))
# Words of a penalty the law provides: "diancam pidana", "ancaman hukuman 15 tahun" is a charge (ACCUSE), no threat.
_PENALTY = frozenset("pasal pidana hukuman penjara denda kurungan undang-undang uu".split())
_SENTENCE = frozenset("pidana hukuman penjara denda kurungan bui".split())  # what a prosecutor demands
# After "ancaman", a hazard no one makes ("ancaman resesi", "ancaman nikotin"): no threat (one made: "ancaman
# kenaikan tarif", "ancaman pembunuhan", "ancaman terhadap presiden").
_HAZARD = frozenset("resesi krisis bencana banjir kekeringan kebakaran longsor gempa tsunami erupsi penyakit wabah virus "
                    "nikotin narkoba kelaparan inflasi kepunahan abrasi erosi polusi pencemaran asap kabut".split())
_CAPTURED = frozenset("gambar foto citra layar momen kamera sinyal".split())
_ENDS = frozenset("mengakhiri memutus memutuskan menghentikan mengakhirinya".split())
_SQUAD = frozenset("pelatih pemain kontrak klub skuad".split())
_BECOMES = frozenset("menjadi jadi merupakan adalah ialah".split())  # "X menjadi ancaman": X poses a threat (EVTYPES.md)
# What one signs that is an agreement (SUPPORT, PLOVER): a letter, a decree or a form signed is not one.
_PACT = frozenset("mou nota kesepahaman perjanjian kesepakatan kontrak pakta komitmen piagam kerja kerjasama "
                  "memorandum deklarasi agreement traktat konvensi loi".split())
# A law as the subject of a ban or a penalty ("UU melarang ...", "peraturan itu mewajibkan"): its text, no act.
_LAW = frozenset("uu undang-undang perppu perpres permen perda pergub perwali perbup peraturan aturan regulasi "
                 "ketentuan pasal".split())
# Lifting a penalty or a restriction is a concession: "penghapusan sanksi", "pelonggaran pembatasan".
_LIFT = frozenset("penghapusan menghapus menghapuskan dihapus dihapuskan pencabutan mencabut dicabut pelonggaran "
                  "melonggarkan dilonggarkan pembebasan".split())
# What is revoked as a penalty ("mencabut izin/paspor/hak X"); a letter, a ban, a report or a decree withdrawn is
# a concession ("mencabut laporan", "mencabut Penetapan Presiden").
_REVOKED = frozenset("izin izinnya paspor paspornya hak hak-hak haknya kewarganegaraan dukungan dukungannya sim "
                     "lisensi akreditasi gelar".split())
# A warning ("memperingatkan ... akan", "mengingatkan akan mencopot") governs the harm it announces: a threat.
_HARM = frozenset(("SANCTION", "COERCE", "ASSAULT", "MOBILIZE"))
_DEGREE = frozenset("sangat cukup sungguh lebih paling amat makin semakin kian yang".split())
_PURPOSE_OF = frozenset("untuk guna demi rangka agar supaya".split())
# A wish or a fear before a trigger ("keinginannya bertemu X", "panik takut kebakaran"): hoped for or feared,
# not told.
_WISH = frozenset("ingin keinginan keinginannya berkeinginan menginginkan niat berniat takut khawatir cemas".split())
# Words of a rule's text: what it provides is no event ("diatur dalam Pasal 34").
_STATUTE = frozenset("diatur mengatur memperketat memperlonggar tercantum termaktub".split())
# After a visit, a place or an outing: a trip, not a meeting ("kunjungan kerja ke Kota X", "untuk konser").
_TRIP = frozenset("kota kabupaten provinsi desa kecamatan pulau negara wilayah daerah lokasi konser tur wisata liburan "
                  "berlibur syuting manggung".split())
_WE = frozenset("kami kita saya aku pihaknya we i".split())
_BY_PRONOUN = frozenset("kami kita saya aku kau kamu dia mereka".split())  # who does a bare verb after him
# A country, or a capital standing for its government ("Rusia menuduh ...", "Washington mengakhiri ...",
# "tentara Rusia menyerang ..."; EVTYPES.md §4), is an actor where it does a typed act or speaks: as the
# subject or object of the trigger, or after an office of its state ("Menlu Iran"), never after a preposition
# or another noun ("di Rusia", "warga Indonesia": a place, people of it).
CAPITALS = frozenset("washington moskow moscow beijing peking teheran tehran riyadh ankara london paris berlin tokyo "
                     "seoul pyongyang jakarta canberra manila bangkok hanoi islamabad kabul baghdad bagdad damaskus "
                     "damascus kairo cairo doha brussel brussels kiev kyiv taipei yerusalem jerusalem ottawa madrid "
                     "roma rome wellington dhaka caracas havana delhi".split())
_CALENDAR = frozenset("januari februari maret april mei juni juli agustus september oktober november desember senin "
                      "selasa rabu kamis jumat sabtu minggu january february march may june july august october december "
                      "monday tuesday wednesday thursday friday saturday sunday".split())
_STATE_TYPES = frozenset(TYPES[:16]) | {"STATEMENT"}
_STATE_BEFORE = frozenset(
    "pemerintah pemerintahan rezim negara tentara militer pasukan angkatan pejabat otoritas kementerian kemenlu "
    "kedutaan kedubes delegasi diplomat menlu menhan menteri presiden kanselir pm juru jubir "
    "pihak oleh antara dengan kepada terhadap dan serta namun tetapi tapi sementara sedangkan bahwa kini lalu "
    "kemudian akhirnya sebelumnya bahkan government regime army military forces officials authorities by with "
    "against and but".split())
_NEGATORS = frozenset("tidak tak belum bukan tanpa enggak nggak gak not never no didn't doesn't don't wasn't weren't "
                      "hasn't haven't hadn't won't".split())
_DENIALS = frozenset("membantah dibantah bantah menyangkal disangkal menepis denied denies deny".split())
_NEAR_MISS = frozenset(("hampir", "nyaris", "nearly", "almost"))
_FUTURE = frozenset(
    "akan bakal hendak berencana rencana rencananya direncanakan dijadwalkan siap will plan plans planned scheduled to ready"
    .split())
_BELIEVE = frozenset("yakin meyakini menduga mencurigai curiga believe believes believed blamed blames".split())
_CONDITIONAL = frozenset("jika kalau apabila bila bilamana seandainya jikalau if unless".split())
_AUX_PASSIVE = frozenset("was were is are be been being got".split())
# Speech: "kata X" (the speaker after), "X mengatakan" (before), "menurut X" (after).
_SAID_AFTER = frozenset("kata ujar ucap tutur jelas ungkap tegas imbuh papar terang sebut menurut said told according "
                        "says lanjut pungkas tandas tambah sambung kilah timpal seloroh cerita tulis singkat tukas sahut "
                        "jawab tanya keluh kelakar canda".split())
# After a closing quote, the word that tells who spoke ('..." jelas Sarwo Edhy', '..., lanjutnya'): a speech
# verb there even when elsewhere it is an adjective ("jelas", "tegas") or another verb ("tambah").
_AFTER_QUOTE = frozenset("jelas tegas terang lanjut pungkas tandas imbuh tambah sambung papar kilah timpal seloroh ucap "
                         "tutur ungkap ujar kata cerita tulis sebut singkat tukas sahut jawab tanya keluh kelakar "
                         "canda".split())
# a building demonstrators stand before or march to, and the capitalised words of its name
_BUILDING = re.compile(r"\b(?:di depan|depan|di|ke|menuju|di luar|di sekitar) (?:[Gg]edung|[Kk]antor) "
                       r"((?:[A-Z][\w/.-]*)(?:[ \u00a0][A-Z][\w/.-]*)*)")
_ACRONYM = re.compile(r"[A-Z]{2,}[A-Za-z]*(?:[/-][A-Z]{2,}[A-Za-z]*)*")  # DPR, MPR/DPR, DPRD, DPP, PDI-P
_BODY_HEADS = frozenset("Dewan Komisi Badan Mahkamah Kementerian Pengadilan Kejaksaan Majelis".split())
_TIMING = frozenset("musim hujan kemarau jadwal jadwalnya tanggal waktu tenggat pelaksanaan peluncuran".split())
_AFTER_SPEECH = re.compile("[,\"“”„’']")  # what stands before a speech verb that follows what was said
_QUOTES = re.compile("[\"“”„’']")
_SPEAKER_STOP = frozenset("di pada dalam saat ketika kepada seperti usai seusai kemarin when in at on to".split())
_WINDOW = 12  # how many words from the trigger a role is looked for


@dataclass(frozen=True)
class Typed:
    """What an event's sentence tells: its type, who did it to or with whom, whether it is denied."""

    type: str
    source: str | None = None
    target: str | None = None
    negated: bool = False


@dataclass(frozen=True)
class _Entry:
    words: tuple[str, ...]
    type: str
    priority: float
    voice: str  # "act" | "pas" | "nom" | "ed" (English past participle: passive after "was")


_SPEECH_AFTER_QUOTE = _Entry(("",), "STATEMENT", 0.5, "act")  # '..." jelas X': see _AFTER_QUOTE


def _men(stem: str, prefix: str = "me") -> list[str]:
    """meN- (or peN-) before a stem, with the nasal it takes; k, p, t, s before a vowel may drop
    (tangkap -> menangkap, but kritik -> mengkritik): both forms are made, only real ones occur."""
    first, rest = stem[0], stem[1:]
    dropped = rest[:1] in tuple("aeiou")
    if first in "aeiou":
        return [prefix + "ng" + stem]
    if first in "gh":
        return [prefix + "ng" + stem]
    if first == "k":
        return [prefix + "ng" + rest, prefix + "ng" + stem] if dropped else [prefix + "ng" + stem]
    if first == "p":
        return [prefix + "m" + rest, prefix + "m" + stem] if dropped else [prefix + "m" + stem]
    if first in "bfv":
        return [prefix + "m" + stem]
    if first == "t":
        return [prefix + "n" + rest, prefix + "n" + stem] if dropped else [prefix + "n" + stem]
    if first == "s":
        return [prefix + "ny" + rest, prefix + "n" + stem] if dropped else [prefix + "n" + stem]
    if first in "cdjz":
        return [prefix + "n" + stem]
    return [prefix + stem]  # l m n r w y


def indonesian_forms(stem: str, affixes: str) -> list[tuple[str, str]]:
    """(form, voice) of each affixed form of an Indonesian stem; a phrase's first word takes the
    affixes ("kerja sama" -> "bekerja sama" is listed as written)."""
    head, _, tail = stem.partition(" ")
    tail = " " + tail if tail else ""
    out: list[tuple[str, str]] = []
    for code in (affixes or _DEFAULT_AFFIXES).split(","):
        code = code.strip()
        if code not in AFFIXES:
            raise ValueError(f"unknown affix {code!r} for {stem!r}")
        if code == "0":
            forms, voice = [head], "nom"
        elif code.startswith("meN"):
            forms, voice = [f + code[3:].lstrip("-") for f in _men(head)], "act"
        elif code.startswith("di"):
            forms, voice = ["di" + head + code[2:].lstrip("-")], "pas"
        elif code == "ter":
            forms, voice = [("te" if head[0] == "r" else "ter") + head], "pas"
        elif code.startswith("ber"):
            forms, voice = [("be" if head[0] == "r" else "ber") + head + code[3:].lstrip("-")], "act"
        elif code == "peN-an":
            forms, voice = [f + "an" for f in _men(head, "pe")], "nom"
        elif code == "-an":
            forms, voice = [head + "an"], "nom"
        else:  # per-an, pe-an, ke-an
            forms, voice = [code.split("-")[0] + head + "an"], "nom"
        out.extend((f + tail, voice) for f in forms)
    return out


def english_forms(verb: str) -> list[tuple[str, str]]:
    """(form, voice) of an English verb: base, -s, -ed (a participle: passive after "was"), -ing."""
    head, _, tail = verb.partition(" ")
    tail = " " + tail if tail else ""
    stem = head[:-1] if head.endswith("e") else head
    forms = [(head, "act"), (head + ("es" if head.endswith(("s", "sh", "ch", "x")) else "s"), "act"),
             (stem + "ing", "act"), (stem + "ed", "ed")]
    if head.endswith("y") and head[-2:-1] not in tuple("aeiou"):
        forms += [(head[:-1] + "ies", "act"), (head[:-1] + "ied", "ed")]
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", head):  # stop -> stopped, ban -> banned
        forms += [(head + head[-1] + "ed", "ed"), (head + head[-1] + "ing", "act")]
    return [(f + tail, v) for f, v in forms]


def _literal_voice(form: str) -> str:
    first = form.split(" ")[0]
    if re.match(r"me[mny]?|meng|ber|be[kr]", first) and len(first) > 4:
        return "act"
    if first.startswith("di") and len(first) > 5:
        return "pas"
    return "nom"


def read_lexicon(lines) -> list[tuple[str, str, float, str, str]]:
    """The rows (form, type, priority, morph, affixes) of a lexicon file; raises ValueError at a bad row."""
    rows = []
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (4, 5):
            raise ValueError(f"line {n}: {len(cells)} columns, not 4 or 5: {line!r}")
        form, type_, priority, morph = cells[:4]
        affixes = cells[4] if len(cells) == 5 else ""
        if type_ not in TYPES:
            raise ValueError(f"line {n}: unknown type {type_!r}")
        if morph not in MORPHS:
            raise ValueError(f"line {n}: unknown morph {morph!r}")
        if morph == "lit" and affixes not in ("", *_VOICES):
            raise ValueError(f"line {n}: a literal's voice is one of {', '.join(_VOICES)}, not {affixes!r}")
        if form != form.lower().strip() or not form:
            raise ValueError(f"line {n}: a form is written in lower case: {form!r}")
        rows.append((form, type_, float(priority), morph, affixes))
    return rows


def compile_lexicon(rows) -> dict[str, list[_Entry]]:
    """First word -> entries starting with it, longest first. A form listed twice keeps its surest row."""
    best: dict[tuple[str, ...], _Entry] = {}
    for form, type_, priority, morph, affixes in rows:
        if morph == "id":
            forms = indonesian_forms(form, affixes)
        elif morph == "en":
            forms = english_forms(form)
        else:  # a literal's affixes column, when given, is its voice: "met" act, "fined" ed
            forms = [(form, affixes or _literal_voice(form))]
        for f, voice in forms:
            words = tuple(f.split())
            old = best.get(words)
            if old is None or priority > old.priority:
                best[words] = _Entry(words, type_, priority, voice)
    table: dict[str, list[_Entry]] = {}
    for entry in best.values():
        table.setdefault(entry.words[0], []).append(entry)
    for entries in table.values():
        entries.sort(key=lambda e: -len(e.words))
    return table


@lru_cache(maxsize=1)
def lexicon() -> dict[str, list[_Entry]]:
    """The shipped lexicon, compiled once."""
    text = resources.files("events_cli.data").joinpath("evtypes.tsv").read_text(encoding="utf-8")
    return compile_lexicon(read_lexicon(text.splitlines()))


@dataclass(frozen=True)
class _Hit:
    first: int  # token index of its first word
    last: int  # of its last word
    entry: _Entry
    score: float
    background: bool = False  # in a time, cause or relative clause


def find_triggers(words: list[str], table: dict[str, list[_Entry]]) -> list[tuple[int, int, _Entry]]:
    """(first, last, entry) of each trigger in a list of lower-case words, longest phrase first, left to right."""
    found = []
    i, n = 0, len(words)
    while i < n:
        w = words[i]
        entries = table.get(w)
        if entries is None and w[-3:] in _SUFFIXES and len(w) > 5:  # (every suffix has three letters)
            entries = table.get(w[:-3])
        matched = None
        for e in entries or ():
            k = len(e.words)
            if k == 1 or (i + k <= n and all(_same(words[i + j], e.words[j]) for j in range(1, k))):
                matched = e
                break
        if matched is None and i and words[i - 1] in _BY_PRONOUN and len(w) > 3:
            # the bare verb after its doer, a pronoun: "Mereka kami amankan", "akan kami periksa" (the
            # object-focus passive), "kami dukung penuh": the meN- verb's entry, its doer the pronoun
            matched = next((replace(e, voice="pro") for f in _men(w) for e in table.get(f, ())
                            if len(e.words) == 1 and e.voice == "act"), None)
        if matched is not None:
            if matched.priority > 0:  # (0: a look-alike that is no trigger)
                found.append((i, i + len(matched.words) - 1, matched))
            i += len(matched.words)
        else:
            i += 1
    return found


def _same(word: str, form: str) -> bool:
    return word == form or (word.startswith(form) and word[len(form):] in _SUFFIXES)


def classify(text: str, start: int, end: int, actors: Sequence, states: Sequence = ()) -> Typed:
    """The type, source, target and negation of the sentence ``text[start:end]``.

    `actors` are the named actors found in it: objects with ``start``, ``end`` (offsets into
    `text`) and ``name`` (the canonical name, which is what source and target hold), and
    ``kind`` ("person" | "organization"). `states` are its countries and capitals, the same way:
    one is a source or target only where it acts (see CAPITALS) and no named actor has the part.
    """
    spans = list(map(_SPAN, _WORD.finditer(text, start, end)))
    low = text[start:end].lower()
    if len(low) == end - start:  # (lower case of the whole sentence at once, when it keeps the offsets)
        words = [low[a - start:b - start] for a, b in spans]
    else:
        words = [text[a:b].lower() for a, b in spans]
    if not words:
        return Typed("OTHER")
    table = lexicon()
    # what stands between word k and word k + 1 (mostly one space)
    gaps = [text[a[1]:b[0]] for a, b in zip(spans, spans[1:])]
    breaks = [g != " " and _HARD_BREAK.search(g) is not None for g in gaps]
    commas = [g != " " and "," in g for g in gaps]
    # which words lie in a time or cause clause: from its connector to the next comma or break
    subordinate = [False] * len(words)
    inside = words[0] in _SCENE
    if inside or not _SUBORDINATE.isdisjoint(words):
        for k, w in enumerate(words):
            if w in _SUBORDINATE and words[k + 1:k + 2] != ["itu"] and not (w == "kalau" and k and (
                    words[k - 1] in _THAT_AFTER or words[k - 1] in _SAID_AFTER)):
                # ("saat itu", "setelah itu": then, no clause; "yakin kalau X ...": that, no condition)
                inside = True
            subordinate[k] = inside
            if k < len(breaks) and (breaks[k] or commas[k]):
                inside = False
    found = find_triggers(words, table)
    starts = [a for a, _ in spans]
    if "harus" in words:  # "must" is a demand when said to someone named ("AS harus menghormati ..."), else a
        # statement of what is needed ("masyarakat harus memiliki keterampilan")
        found = [t for t in found if not (t[2].type == "REQUEST" and t[2].priority < 1 and not _named_before(
            t[0], spans, actors))]
    if '"' in low or "\u201d" in low or "\u2019" in low:
        found = _after_quotes(text, start, end, starts, words, found)
    setting = _speech_setting(words, gaps, found)
    figurative = not _DOMAIN.isdisjoint(words)
    market = figurative and not _MARKET.isdisjoint(words)
    hits = []
    purposive, wishful = not _PURPOSE_OF.isdisjoint(words), not _WISH.isdisjoint(words)
    topic = -2  # the last word of a noun a verb of answering is about
    for first, last, e in found:
        if words[first] in _BY_CONTEXT and first:  # a few words whose sense the word before decides
            before, word = words[first - 1], words[first]
            if word == "menjanjikan" and (before in _DEGREE or before in _PROMISING or last + 1 == len(words) or (
                    gaps[last] != " " and _CLAUSE_END.search(gaps[last])) or words[last + 1] in _NOT_PROMISED):
                continue  # "sungguh menjanjikan", "tampil menjanjikan sejak menit awal": promising, no promise
            if word == "koordinasi" and before == "bawah":
                e = replace(e, type="OTHER", priority=1.0, voice="nom")  # "di bawah koordinasi X": X supervises
            elif word == "kekerasan" and (before == "tindak" or before in _LIGHT_VERBS):
                e = replace(e, priority=2.0)  # "melakukan tindak kekerasan"
        if words[first] == "mundur" and not _TIMING.isdisjoint(words[max(0, first - 5):first]):
            continue  # "musim hujan (diprediksi) mundur", "jadwalnya mundur": put off, no one steps back
        if first in setting and e.type != "STATEMENT":
            continue  # '..., " kata Basuki dalam acara Penandatanganan Naskah Hibah': where he spoke, not what he told
        follows = words[last + 1] if last + 1 < len(words) else ""
        if words[first] == "diduga" and (follows in _FRAMES or follows in _SUPPOSED or (
                follows.startswith("ter") and follows not in _ALLEGED_TER)):
            continue  # "diduga terjadi pada 2012", "diduga tertidur di atas rel": supposed, no one accused
        if e.type == "REQUEST" and "untut" in words[first] and not _SENTENCE.isdisjoint(words[last + 1:last + 7]):
            e = replace(e, type="ACCUSE", priority=2.0)  # "jaksa menuntut X lima tahun penjara": a charge, no request
        if e.type == "THREATEN" and "ancam" in words[first]:
            if not _PENALTY.isdisjoint(words[last + 1:last + 5]):
                e = replace(e, type="ACCUSE")  # "diancam dengan pasal 81", "ancaman hukuman 15 tahun": a charge
            elif e.voice == "nom" and (follows in _HAZARD or (first and words[first - 1] in _BECOMES)):
                continue  # "ancaman resesi", "malware menjadi ancaman bagi ...": a hazard, not a threat made
        if e.type == "SUPPORT" and "tangan" in words[last] and _PACT.isdisjoint(words[max(0, first - 3):last + 6]) and \
                follows not in _WITH:
            continue  # "surat itu ditandatangani X", "menandatangani kepres pemberhentian X": no agreement signed (two
            # parties sign one: "ditandatangani antara Rusia dan AS")
        if e.type == "REJECT" and "batal" in words[first] and any(
                f2 - last <= 3 and e2.type in _RECIPROCAL for f2, _, e2 in found if f2 > last):
            e = replace(e, priority=3.0)  # "membatalkan pertemuan dengan Taliban": the meeting cancelled is refused
        if e.type in ("SANCTION", "COERCE") and e.voice == "act" and not _LAW.isdisjoint(words[max(0, first - 3):first]):
            continue  # "selama UU masih melarang", "Perda itu melarang ...": a rule's text, no one acts
        if e.type == "CONCEDE" and "cabut" in words[first] and not _REVOKED.isdisjoint(words[last + 1:last + 3]):
            e = replace(e, type="SANCTION", priority=2.0)  # "mencabut paspor/hak X": a right taken away, no concession
        if e.type in ("SANCTION", "COERCE") and first and words[first - 1] in _LIFT:
            e = replace(e, type="CONCEDE")  # "penghapusan sanksi", "pelonggaran pembatasan": lifted
        if e.type == "COERCE" and "angkap" in words[first] and follows in _CAPTURED:
            continue  # "menangkap gambar langit", "ditangkap kamera": an image taken, no one arrested
        if words[first] == "membantu" and _helps_to(words, last, found):
            continue  # "kampanye itu membantu mengurangi konsumsi", "membantu proses verifikasi": helps something happen
        if e.voice == "nom" and e.type not in ("STATEMENT", "OTHER") and (
                _responds_to(words, gaps, first) or (topic == first - 1 and gaps[topic] == " ")):
            topic = last  # "Projo menanggapi penolakan ...", "bereaksi terhadap penolakan bantuan": what he speaks about
            continue
        background = subordinate[first] and _in_time_clause(words, first)
        score = e.priority - (0.75 if subordinate[first] else 0.0)
        if e.type == "CONSULT" and e.voice == "nom" and not subordinate[first] and not _SETTING.isdisjoint(
                words[max(0, first - 2):first]):
            score -= 0.75  # "dalam acara pertemuan ...", "di sela kunjungan ke ...", "menjelang pertemuan ECB": a meeting
            background = True  # as the setting of what the sentence tells
        if e.voice == "nom" and ((last + 1 < len(words) and words[last + 1] in _ANAPHORIC) or not _COPULA.isdisjoint(
                words[last + 1:last + 7])):
            score -= 0.75  # "Serangan itu ...", "Pemecatan X adalah ...": the topic, not the event told
        elif _in_relative(words, first, found):
            score -= 0.75  # "tersangka yang ditangkap itu ...": a relative clause is background
        if purposive and e.type == "SUPPORT" and not _PURPOSE_OF.isdisjoint(words[max(0, first - 2):first]):
            continue  # "untuk mendukung produksi", "dalam rangka mendukung program": a purpose, no backing given
        if purposive and _purpose_of_act(words, first, hits):
            score -= 0.75  # "menemui Presiden untuk menyampaikan pengunduran diri": the visit happened, the resignation
            background = True  # is what it was for (a demand's purpose stays: "mendesak X untuk mundur")
        if e.type == "SUPPORT" and e.voice == "pas" and words[last + 1:last + 2] == ["dengan"]:
            continue  # "tetap sehat didukung dengan penerapan prinsip ...": a means, not an actor's backing ("oleh")
        if wishful and not _WISH.isdisjoint(words[max(0, first - 2):first]) and not any(breaks[max(0, first - 2):first]):
            score -= 0.75  # "keinginannya bertemu X": a wish, not what happened
            background = True
        if words[first] == "memberhentikan" and any(w.startswith(_VEHICLES) for w in words[last + 1:last + 3]):
            e = replace(e, type="COERCE")  # "memberhentikan sebuah mobil": stopping a vehicle, no dismissal
        if market and e.type == "ACCIDENT":
            continue  # "rupiah tenggelam semakin dalam", "IHSG ditutup terperosok"
        if figurative and e.type == "COERCE" and "larang" in words[first]:
            e = replace(e, type="SANCTION")  # a player barred from a match: the league's penalty, no figure
        elif figurative and e.type in _FIGURATIVE and e.priority < 3:
            if e.type == "CONSULT":
                continue  # two teams meeting ("kedua klub akan saling bertemu"): a match, no consultation
            score -= 1.0
        if e.type == "CONSULT" and "unjung" in words[first] and (
                any(w in _TRIP for w in words[last + 1:last + 6])):
            continue  # a trip to a place, a concert tour: no one is met
        hits.append(_Hit(first, last, e, score, background))
    # whose words: actor -> (first word, last word)
    placed = []
    for m in actors:
        if m.name.lower() in _BARE_BODY:
            continue  # "pihak Dinkes", "Polres": a kind of office with no place is no name (EVTYPES.md §4)
        i = _index_at(starts, m.start)
        j = _index_at(starts, m.end - 1)
        if i is not None and j is not None and not (i and _cited(words, gaps, i)):
            placed.append((i, j, m))
    placed.sort(key=lambda t: t[0])
    if any(h.entry.type == "CONSULT" and "unjung" in words[h.first] for h in hits):
        countries = [(i, i, None) for i in (_index_at(starts, m.start) for m in states) if i is not None]
        hits = [h for h in hits if not (h.entry.type == "CONSULT" and "unjung" in words[h.first] and _no_host(
            h, placed + countries, words, breaks))]  # (a country visited: a state visit, its government met)
    acting = _acting_states(states, text, starts, words, gaps, placed) if states else []
    speech = {k for h in hits if h.entry.type == "STATEMENT" for k in range(h.first, h.last + 1)}
    if not _ATTRIBUTION.isdisjoint(words):
        speech.update(k for k, w in enumerate(words) if w in _ATTRIBUTION)
    roles = _Roles(text, spans, words, breaks, commas, placed, speech, subordinate)
    speaker = roles.speaker(hits)
    if acting:  # the same roles with the countries and capitals that may act: one fills a part no name has
        roles_states = _Roles(text, spans, words, breaks, commas, sorted(placed + acting, key=lambda t: t[0]),
                              speech, subordinate)
        state_names = {m.name: i for i, _, m in acting}
        if speaker is None and (state := roles_states.speaker(hits)) in state_names and not any(
                roles._comma(min(state_names[state], h.first), max(state_names[state], h.first))
                for h in hits if h.entry.type == "STATEMENT"):
            speaker = state  # "Iran mengatakan ...", "kata Kemenlu Rusia"

    specific = [h for h in hits if h.entry.type not in ("STATEMENT", "OTHER") and h.score > 0]
    chosen = max(specific, key=lambda h: (h.score, -h.first), default=None)
    if chosen is not None and chosen.background:  # the main clause's event first (EVTYPES.md §2.4)
        chosen = max((h for h in specific if not h.background), key=lambda h: (h.score, -h.first), default=chosen)
    if chosen is not None and chosen.entry.voice == "nom" and not _STATUTE.isdisjoint(words):
        chosen = None  # "pemberian remisi diatur dalam Pasal 34", "PP itu memperketat pemberian remisi": a rule's text
    others = [h for h in hits if h.entry.type == "OTHER"]
    if chosen is not None and all(h.background for h in specific) and (
            any(h.entry.type == "STATEMENT" and not h.background for h in hits) or chosen.entry.type not in _TOLL and any(
                w not in _NOT_VERB and _VERB.fullmatch(w) and w not in _FRAMES and w not in _LIGHT_VERBS and not subordinate[k]
                and _RELATIVE.isdisjoint(words[max(0, k - 3):k]) and not any(h.first <= k <= h.last for h in hits)
                for k, w in enumerate(words))):
        # every specific event lies in a time or cause clause, and the main clause has a verb of its own ("Saat
        # bertemu X, Tina mengabadikan ...", "Dinas memperpanjang libur karena kabut asap"): the main clause tells
        # what the sentence is about (EVTYPES.md §2.4); but what follows a disaster or an accident is its toll
        # ("warga mengungsi setelah gempa", "rumah terendam akibat banjir")
        chosen = None
    if chosen is None or (others and max(h.score for h in others) > chosen.score):
        # nothing of the 19 specific types: what someone says is his statement ("Pasal 4 tidak
        # menyebutkan ...": a text is no one), else OTHER
        if any(h.entry.type == "STATEMENT" for h in hits) and (speaker is not None or not others or any(
                words[h.first] in _SAID_AFTER or words[h.first][:-3] in _SAID_AFTER for h in hits)):
            return Typed("STATEMENT", speaker, None)
        if _QUOTES.match(text[start:start + 1]) and chosen is None and not _quoted_title(text, start, end):
            return Typed("STATEMENT")  # a quote with nothing of the specific types: someone says it
        # (a verb's roles before a noun's: "kemenangan terbesar terjadi saat X mengalahkan Y")
        other = min(others, key=lambda h: (h.entry.voice == "nom", h.first), default=None)
        source, target = roles.subject_object(other) if other else (None, None)
        return Typed("OTHER", roles.subject_only()[0] or source, target)
    told = chosen
    type_, chosen = _ruling(chosen, hits, words, gaps)
    negated = _negated(words, breaks, chosen)
    if negated and type_ == "AGREE" and words[chosen.first].startswith(("setuju", "sepakat")):
        type_, negated = "REJECT", False  # "tidak setuju": disagreeing is a refusal
    source, target = roles.of(chosen, type_)
    if type_ == "COOPERATE" and chosen.first and (words[chosen.first - 1] in _ENDS or words[chosen.first - 2:chosen.first] == [
            "tidak", "melanjutkan"]):  # "mengakhiri kerja sama dengan Persija", "tidak melanjutkan kerja sama dengan X": ties
        # cut (PLOVER SANCTION), in sport a coach's contract ended (OTHER, EVTYPES.md §3); the parties stay as they were
        type_, negated = ("OTHER" if not _DOMAIN.isdisjoint(words) or not _SQUAD.isdisjoint(words) else "SANCTION"), False
    if told.entry.type == "DEATH" and type_ in _TOLL:  # "X meninggal akibat kecelakaan": the one who died in it is
        source = roles.of(told, "DEATH")[0] or source  # the subject (EVTYPES.md §4)
    if acting and type_ in _STATE_TYPES and (source is None or target is None):
        # "Rusia menuduh ...", "menuduh Iran", "sanksi kepada Iran": the roles read with the states among the names
        source_state, target_state = roles_states.of(chosen, type_)
        if source is None and source_state in state_names and not roles._comma(
                min(state_names[source_state], chosen.first), max(state_names[source_state], chosen.first)):
            source = source_state  # (a subject with no comma before its verb: "bahwa Iran bersiap ..., suatu
            # pelanggaran" is what is alleged, not who alleges it)
        if target is None and target_state in state_names and (
                type_ != "CONSULT" or words[state_names[target_state] - 1] in _WITH):
            target = target_state  # (not a country visited: "mengunjungi Jepang")
    if words[chosen.first] == "harus" and type_ == "REQUEST":  # "AS harus menghormati ...", kata X: X demands of AS
        source, target = speaker, source
    if type_ == "PROTEST" and source is None:  # "X mengajak anggotanya untuk berunjuk rasa": the caller mobilises
        call = _demand_before(chosen, hits, gaps)
        if call is not None:
            source = roles.before(call.first) or (speaker if roles.we_before(call.first) else None)
    # a verbal act quoted from the speaker, or an act he tells as "kami" (not a passive accusation: "X
    # diperiksa", "X dituduh" tell what others did to X)
    if source is None and ((chosen.entry.type in _VERBAL and not (type_ == "ACCUSE" and chosen.entry.voice == "pas")
                            and not (chosen.entry.voice == "act" and roles.unnamed_subject(chosen.first)))
                           or roles.we_before(chosen.first) or roles.ours(chosen) or words[chosen.first] == "diduga"):
        # (and "X diduga menerima suap" told by a speaker: the allegation is his)
        source = speaker

    if type_ == "PROTEST" and target is None and not chosen.background and _RELATIVE.isdisjoint(
            words[max(0, chosen.first - 6):chosen.first]):  # (not a protest told in passing: "korban dalam aksi ...")
        target = _protested_building(text, start, end)
    if source is not None and source == target:
        target = None
    if type_ == "AGREE" and target is None and "sepakat" in words[chosen.first] and _one_chamber(words, breaks, chosen.first):
        type_ = "OTHER"  # "DPR sepakat mengesahkan RUU", "Komisi Hukum DPR sepakat memilih ...": one body decides, no
        # second party agrees (EVTYPES.md §3)
    return Typed(type_, source, target, negated)


def _one_chamber(words: list[str], breaks: list[bool], k: int) -> bool:
    """Whether the subject of word k is a legislature or one of its bodies, with no other party beside it."""
    before = []
    for j in range(k - 1, max(-1, k - 10), -1):
        if breaks[j]:
            break
        before.append(words[j])
    return not _CHAMBER.isdisjoint(before) and _WITH.isdisjoint(before) and "pemerintah" not in before


def _no_host(hit: _Hit, placed: list, words: list[str], breaks: list[bool]) -> bool:
    """Whether a visit goes to no one named: "mengunjungi Palu", "kunjungan kerja ke Riau", "berkunjung ke
    pusat-pusat pelayanan" (a trip to a place, EVTYPES.md §1 CONSULT), not "ke kantor Partai NasDem"."""
    k = hit.last + 1
    while k < len(words) and words[k] in _TO_PLACE:
        k += 1
    if k >= len(words) or any(breaks[hit.last:k]) or words[k] in _WITH or words[k] in _RELATIVE or \
            words[k] in _PRONOUNS or words[k] in _ANAPHORIC:
        return False  # ("kunjungan itu", "kunjungan mereka", "kunjungan dengan X", "yang ..."): not where it goes
    return not any(k <= i <= k + 3 for i, _, _ in placed)


def _cited(words: list[str], gaps: list[str], i: int) -> bool:
    """Whether the name at word i is where the sentence's figures or report come from ("berdasarkan data
    Dinas Kesehatan", "dilansir dari laman resmi KPI", "hasil pantauan BMKG"): a source cited, no one
    acting in what it tells (EVTYPES.md §2.2)."""
    for k in range(i - 1, max(-1, i - 5), -1):
        if gaps[k] != " " and gaps[k].strip():
            return False
        if words[k] in _CITED:
            return True
        if words[k] not in _CITATION_GLUE:
            return False
    return False


def _acting_states(states: Sequence, text: str, starts: list[int], words: list[str], gaps: list[str],
                   placed: list) -> list:
    """The countries and capitals placed by word index where they may act (see CAPITALS): at the clause's
    start, after a meN- or di- verb (its object, a passive's agent: not "berpaspor Belanda") or after a word
    of _STATE_BEFORE; not after a name and a comma, an address ("di TMP Kalibata, Jakarta")."""
    taken = {k for i, j, _ in placed for k in range(i, j + 1)}
    acting, last = [], None
    for m in states:
        i, j = _index_at(starts, m.start), _index_at(starts, m.end - 1)
        if i is None or j is None or taken.intersection(range(i, j + 1)):
            continue
        before, follows = (words[i - 1] if i else ""), last
        last = j
        if i and "(" in gaps[i - 1] and follows == i - 1:
            continue  # "Amerika Serikat (AS)": one state, named in full first
        if i and "," in gaps[i - 1] and text[starts[i - 1]].isupper() and words[i - 1] not in _CALENDAR:
            continue
        if not i or gaps[i - 1].strip() or before in _STATE_BEFORE or (before.startswith(("me", "di")) and (
                before not in _NOT_VERB and before not in _FRAMES and _VERB.fullmatch(before))):
            acting.append((i, j, m))
    return acting


_PROCESS = re.compile(r"(?:pe[mn]?|peng|peny|per|ke)[a-z]{3,}an")
# Nouns of relief work: helping with them is aid ("membantu pencarian korban", "membantu pemadaman api").
_RELIEF = frozenset("pencarian pemadaman pengobatan perawatan pengungsian pendistribusian pengiriman pemulihan "
                    "pembangunan perbaikan penanggulangan pembersihan penyaluran pengamanan penyelamatan "
                    "pertolongan".split())


def _helps_to(words: list[str], last: int, found: list) -> bool:
    """Whether "membantu" at word `last` helps a process or an act of no type along ("membantu mengurangi ...",
    "membantu proses verifikasi"), not a person or an act of aid ("membantu korban", "membantu memadamkan api",
    "membantu melakukan pencarian", "membantu menangani karhutla")."""
    k = last + 1
    if k < len(words) and words[k] == "proses":
        k += 1
    if k < len(words) and _PROCESS.fullmatch(words[k]) and words[k] not in _RESPONSE and words[k] not in _RELIEF and all(
            e.type == "OTHER" for first, _, e in found if first == k):
        return True  # "membantu penurunan berat badan", "membantu penyerbukan": a process, no one in need
    if k >= len(words) or any(first == k for first, _, _ in found):
        return False
    w = words[k]
    return k > last + 1 or (w.startswith(("me", "ber")) and _VERB.fullmatch(w) is not None and w not in _NOT_VERB
                            and w not in _LIGHT_VERBS and w not in _RESPONSE)


def _responds_to(words: list[str], gaps: list[str], k: int) -> bool:
    """Whether the noun at word k is what a verb of answering or reacting is about: right after it
    ("menanggapi penolakan"), or after its "terhadap/soal/mengenai" ("bereaksi terhadap penolakan bantuan",
    "angkat bicara mengenai seluruh tuduhan"), a determiner between allowed ("seluruh", "semua")."""
    j = k - 1
    while j >= 0 and words[j] in _QUANTIFIERS and gaps[j] == " ":
        j -= 1
    if j >= 0 and words[j] in _TOPIC_OF and gaps[j] == " ":
        j -= 1
    return j >= 0 and words[j] in _RESPOND and gaps[j] == " " and (words[j] != "bicara" or words[j - 1:j] == ["angkat"])


def _protested_building(text: str, start: int, end: int) -> str | None:
    """The body whose building a demonstration stands before: "di depan Gedung DPR" -> DPR, "Gedung DPRD Jawa
    Barat" -> DPRD Jawa Barat, "Gedung Merah Putih KPK" -> KPK, "gedung Dewan Perwakilan Rakyat" (EVTYPES.md §4:
    "di Gedung KPK" -> KPK); a building named with no body in it ("Gedung Sate") names no one."""
    for m in _BUILDING.finditer(text, start, end):
        run = m.group(1).split()
        for n, w in enumerate(run):
            if _ACRONYM.fullmatch(w) or w in _BODY_HEADS:
                return " ".join(run[n:])
    return None


def _purpose_of_act(words: list[str], first: int, hits: list) -> bool:
    """Whether the trigger at word `first` opens a purpose clause ("untuk", "agar", with a light verb between) of
    an earlier act of a specific type that is no demand."""
    k = first - 1
    while k >= 0 and first - k <= 3 and words[k] in _LIGHT_VERBS:
        k -= 1
    return k >= 0 and words[k] in _PURPOSE_OF and any(
        h.last < k and not h.background and h.entry.type not in ("STATEMENT", "OTHER", "REQUEST") for h in hits) and not any(
        h.last < k and h.entry.type == "REQUEST" for h in hits)


def _speech_setting(words: list[str], gaps: list[str], found: list) -> set[int]:
    """The words that tell where or when a speaker spoke: after "kata/ujar X" and a word of place or time
    ("dalam", "di", "saat", "usai"), up to the clause's end ('," ujar Jokowi dalam Ratas Penanganan Karhutla, Senin')."""
    setting = set()
    for first, last, e in found:
        if e.type != "STATEMENT" or (words[first] not in _SAID_AFTER and words[first][:-3] not in _SAID_AFTER) or \
                words[first] in ("menurut", "according") or not first or not _AFTER_SPEECH.search(gaps[first - 1]) or \
                last + 1 >= len(words) or _CLAUSE_END.search(gaps[last]):
            continue  # (only the verb after what was said: '...," kata X di ...', not "menurut X, ..." nor "yang katanya")
        for k in range(last + 1, min(len(words), last + 10)):
            if k > last + 1 and _CLAUSE_END.search(gaps[k - 1]) and not words[k - 1].isdigit():
                break
            if words[k] in _SPEAKER_STOP and words[k] not in ("kepada", "to", "seperti"):
                m = k
                while m < len(words) and not (m > k and (_CLAUSE_END.search(gaps[m - 1]) or _QUOTES.search(gaps[m - 1]))):
                    setting.add(m)
                    m += 1
                break
    return setting


def _in_relative(words: list[str], k: int, found: list) -> bool:
    """Whether word k is the verb of a relative clause: "yang" within the three words before it, and no
    trigger between ("tersangka yang sudah ditangkap dijerat Pasal ...": "dijerat" is the main clause's)."""
    for y in range(k - 1, max(-1, k - 4), -1):
        if words[y] in _RELATIVE:
            return not any(y < first < k for first, _, _ in found)
    return False


def _named_before(k: int, spans, actors) -> bool:
    """Whether a named actor ends within the three words before word k ("AS harus menghormati")."""
    lo = spans[max(0, k - 3)][0]
    return any(lo <= m.end <= spans[k][0] for m in actors)


def _in_time_clause(words: list[str], k: int) -> bool:
    """Whether the subordinate clause holding word k is one of time or cause ("setelah", "karena"), not of
    purpose ("untuk") or basis ("berdasarkan"), which may hold what the sentence tells."""
    for j in range(k, max(-1, k - _WINDOW), -1):
        if words[j] in _SUBORDINATE and words[j + 1:j + 2] != ["itu"]:
            return words[j] not in _PURPOSE
    return False


def _after_quotes(text: str, start: int, end: int, starts: list[int], words: list[str], found: list) -> list:
    """The triggers, with the speech verb that follows a closing quote ('..., " jelas X') when the lexicon
    does not make it one (a bare "jelas", "tegas", "lanjutnya")."""
    extra = []
    for q in _QUOTES.finditer(text, start, end):
        k = bisect_right(starts, q.start())  # the word after the quote mark
        if k < len(words) and (words[k] in _AFTER_QUOTE or (words[k][-3:] == "nya" and words[k][:-3] in _AFTER_QUOTE)) \
                and all(first != k for first, _, _ in found):
            extra.append((k, k, _SPEECH_AFTER_QUOTE))
    return sorted(found + extra, key=lambda t: t[0]) if extra else found


def _quoted_title(text: str, start: int, end: int) -> bool:
    """Whether the quote opening the sentence is a title ('"Doctor Strange" dijadwalkan tayang ...'): it closes
    within a few words with no stop or comma before its closing mark, as a quoted sentence would have."""
    close = _QUOTES.search(text, start + 1, min(end, start + 80))
    return close is not None and text[close.start() - 1].isalnum() and close.end() < end and \
        text[close.end():close.end() + 1] in (" ", "\u00a0")


def _index_at(starts: list[int], offset: int) -> int | None:
    """The word containing `offset` (None when it falls before the first word)."""
    lo = bisect_right(starts, offset)
    return lo - 1 if lo else None


def _demand_before(hit: _Hit, hits: list[_Hit], gaps: list[str]) -> _Hit | None:
    """An active demand, call or appeal that governs the trigger in its clause ("mendesak X untuk mundur",
    "mengajak anggotanya untuk berunjuk rasa")."""
    return next((h for h in hits if h.entry.type == "REQUEST" and h.entry.voice == "act" and 0 < hit.first - h.last <= 10
                 and h.score >= h.entry.priority and not any(
                     gaps[k] != " " and _CLAUSE_END.search(gaps[k]) for k in range(h.last, hit.first))), None)


# What one side may resolve on that is no cooperation of two (EVTYPES.md §2.6: planned conflict acts keep their type,
# a future concession stays CONCEDE, backing is SUPPORT).
_AND = frozenset(("dan", "serta", "and"))
_RESOLVED = frozenset(("SUPPORT", "CONCEDE", "REJECT", "ACCUSE", "THREATEN", "PROTEST", "SANCTION", "COERCE", "ASSAULT"))


def _agreed_act(hit: _Hit, hits: list[_Hit], words: list[str], gaps: list[str]) -> _Hit | None:
    """The act right after "sepakat (untuk)" ("sepakat untuk mengadakan aksi", "sepakat mencabut") when it is one of
    _RESOLVED and no second party stands beside the subject ("X dan Y sepakat", "sepakat dengan Y": an agreement)."""
    if not _AND.isdisjoint(words[max(0, hit.first - 6):hit.first]) or words[hit.last + 1:hit.last + 2] == ["dengan"]:
        return None
    k = hit.last + 1
    if words[k:k + 1] == ["untuk"]:
        k += 1
    while k < len(words) and words[k] in _LIGHT_VERBS:
        k += 1
    if any(gaps[m] != " " for m in range(hit.last, min(k, len(gaps)))):
        return None
    return next((h for h in hits if k <= h.first <= k + 1 and h.entry.type in _RESOLVED), None)  # ("aksi unjuk rasa")


def _ruling(chosen: _Hit, hits: list[_Hit], words: list[str], gaps: list[str]) -> tuple[str, _Hit]:
    """PLOVER's rulings on the chosen trigger's type (EVTYPES.md §3): the type, and the trigger
    whose words give the roles."""
    type_ = chosen.entry.type
    resolving = next((h for h in hits if h.entry.type == "AGREE" and "sepakat" in words[h.first] and h.last < chosen.first
                      and chosen.first - h.last <= 6), chosen) if type_ in _RESOLVED else chosen
    if resolving.entry.type == "AGREE" and "sepakat" in words[resolving.first]:
        agreed = _agreed_act(resolving, hits, words, gaps)
        if agreed is not None and (agreed is chosen or chosen is resolving):
            # "buruh sepakat untuk mengadakan aksi massa", "KPAI sepakat mencabut suratnya": one side resolves on an
            # act that is no cooperation: that act is told, the one who resolves on it its source
            return agreed.entry.type, replace(resolving, entry=replace(resolving.entry, voice="act"))
    if type_ not in ("REQUEST", "PROTEST"):  # "mendesak X untuk mundur", "meminta X memanfaatkan ...": the demand
        # is the event (a call to demonstrate stays PROTEST: PLOVER's mobilising supporters)
        demand = _demand_before(chosen, hits, gaps)
        if demand is not None and demand.entry.priority >= 2:
            return "REQUEST", demand
    if type_ in _HARM:  # "memperingatkan bahwa pejuangnya akan mengintensifkan serangan": the warning is the event
        warning = next((h for h in hits if h.entry.voice == "act" and h.first < chosen.first and (
            h.entry.type == "THREATEN" or "ingat" in words[h.first]) and "akan" in words[h.last + 1:chosen.first]
            and chosen.first - h.last <= 12 and not any(
                gaps[k] != " " and _CLAUSE_END.search(gaps[k]) for k in range(h.last, chosen.first))), None)
        if warning is not None:
            return "THREATEN", warning
        conditions = [k for k in range(max(0, chosen.first - 12), min(len(words), chosen.last + 13))
                      if words[k] in _CONDITIONAL and not any(gaps[m] != " " and _HARD_BREAK.search(gaps[m])
                                                               for m in range(min(k, chosen.first), max(k, chosen.last)))]
        if conditions and (any(w in _FUTURE for w in words[max(0, chosen.first - 3):chosen.first]) or any(
                k < chosen.first and any("," in gaps[m] for m in range(k, chosen.first)) for k in conditions)):
            # "bakal mencopot pejabat jika gagal ...", "kalau dia mengerahkan, ya kami beri sanksi": harm promised
            # on a condition, in its consequence
            return "THREATEN", chosen
    if type_ == "ASSAULT":  # "Washington yakin serangan itu berasal dari Iran": who did it, alleged by the believer
        belief = next((k for k in range(chosen.first - 1, max(-1, chosen.first - 7), -1) if words[k] in _BELIEVE and not any(
            gaps[m] != " " and _HARD_BREAK.search(gaps[m]) for m in range(k, chosen.first))), None)
        if belief is not None:
            return "ACCUSE", _Hit(belief, belief, _Entry((words[belief],), "ACCUSE", 1.0, "act"), chosen.score)
    if type_ in ("CONSULT", "COOPERATE", "AID", "SUPPORT") and any(
            w in _FUTURE for w in words[max(0, chosen.first - 4):chosen.first]):
        return "AGREE", chosen  # a cooperative act announced for the future: the commitment happened
    if (type_ == "REJECT" and "batal" in words[chosen.first] or type_ == "CONCEDE" and "cabut" in words[chosen.first]) \
            and any(w in _COURT for w in words):
        return "SANCTION", chosen  # a court striking a rule down
    if type_ == "COERCE":  # "diperiksa ... lalu ditahan": the investigation told first is the event
        first = next((h for h in hits if h.entry.type == "ACCUSE" and h.entry.priority >= 1 and h.first < chosen.first
                      and h.score > 0.5), None)
        if first is not None:
            return "ACCUSE", first
    if type_ == "MOBILIZE" and any(h.entry.type == "DISASTER" or (h.entry.type == "AID" and h.first > chosen.first)
                                   for h in hits):
        return "AID", chosen  # forces deployed to a disaster, or to search, rescue, evacuate
    cause = None
    if type_ == "DISASTER":  # relief for a disaster's victims, forces deployed to it: the response is the event
        cause = next((h for h in hits if h.entry.type == "AID" or (h.entry.type == "MOBILIZE" and h.score > 0)), None)
        if cause is not None:
            return "AID", cause
        if not _RESPONSE.isdisjoint(words):  # "penanganan karhutla", "antisipasi banjir"
            return "AID", chosen
    elif type_ == "DEATH":  # killed in an accident, a disaster, an attack
        cause = next((h for h in hits if h.entry.type in ("ACCIDENT", "DISASTER", "ASSAULT") and h.entry.priority >= 2),
                     None)
    if cause is not None:
        return cause.entry.type, cause
    return type_, chosen


def _negated(words: list[str], breaks: list[bool], hit: _Hit) -> bool:
    """Whether a negator stands just before the trigger (or a denial shortly before it)."""
    for k in range(hit.first - 1, max(-1, hit.first - 6), -1):
        if breaks[k]:
            return False
        w = words[k]
        if w in _DENIALS:
            return True
        if hit.first - k <= 3 and (w in _NEGATORS or w in _NEAR_MISS or w.endswith("n't")):
            return True
    return False


class _Roles:
    """Who does what in one sentence: named actors placed by word index, found by word order."""

    def __init__(self, text, spans, words, breaks, commas, placed, speech, subordinate):
        self.text, self.spans, self.words, self.breaks, self.placed = text, spans, words, breaks, placed
        self.commas = commas  # whether a comma stands after each word
        self.speech = speech  # indices of speech verbs' words: what follows one is what is said
        self.subordinate = subordinate  # whether each word stands in a time or cause clause

    def _gap_breaks(self, a: int, b: int) -> bool:
        """Whether a clause breaks between words a and b (a < b): a hard break, a connector, a speech verb."""
        return (True in self.breaks[a:b] or not _CONNECTORS.isdisjoint(self.words[a + 1:b])
                or (bool(self.speech) and not self.speech.isdisjoint(range(a + 1, b))))

    def _comma(self, a: int, b: int) -> bool:
        """Whether a comma stands between words a and b: an object follows its verb without one."""
        return any(self.commas[a:b])

    def before(self, k: int, stop_words=frozenset()) -> str | None:
        """The named actor nearest before word k in its clause."""
        for n in range(len(self.placed) - 1, -1, -1):
            i, j, m = self.placed[n]
            if j < k:
                if k - j > _WINDOW or self._gap_breaks(j, k) or any(w in stop_words for w in self.words[j + 1:k]):
                    return None
                between = self.words[max(j + 1, k - 3):k]  # (the verb's own subject stands just before it)
                if not _I_WE.isdisjoint(between) or (m.kind == "organization" and not _HE.isdisjoint(between)):
                    return None  # "(Siti Nurbaya), saya sampaikan agar ...", "di kampus Universitas X, ia telah ...": the
                    # pronoun is the verb's subject, and not the one named ("ketika BJ Habibie menjabat ..., dia
                    # memerintahkan": he is; "mereka" may be those named too)
                while n > 0 and self.words[self.placed[n - 1][1] + 1:self.placed[n][0]][:1] and \
                        self.words[self.placed[n - 1][1] + 1] in _THROUGH:
                    n -= 1  # "P&G Health melalui brand Neurobion": the one acting through the other
                chain = self._coordinated(n)
                k = n - len(chain) + 1
                while k > 0 and self.placed[k - 1][1] + 1 == self.placed[k][0]:
                    k -= 1  # (a name's acronym after it: "Komisi Pemberantasan Korupsi (KPK)")
                if self.placed[k][0] and self.words[self.placed[k][0] - 1] in _TOPIC:
                    return None  # "Revisi UU tentang KPK menuai penolakan": a topic, not the subject
                return None if self._kin(n - len(chain) + 1) else chain[0].name
        return None

    def _coordinated(self, n: int) -> list:
        """The names joined with the n-th by "dan", "dengan", "and" ("X dan Y sepakat"), first to last."""
        chain = [self.placed[n][2]]
        while n > 0:
            i, j, m = self.placed[n - 1]
            between = self.words[j + 1:self.placed[n][0]]
            if not between or len(between) > 3 or not all(w in _WITH or w == "serta" for w in between[:1]):
                break
            chain.insert(0, m)
            n -= 1
        return chain

    def after(self, k: int, reach: int = 6, skip_places: bool = False) -> str | None:
        """The first named actor after word k, within `reach` words and its clause."""
        for n, (i, j, m) in enumerate(self.placed):
            if i > k:
                if i - k > reach or self._gap_breaks(k, i) or self._comma(k, i):
                    return None
                if skip_places and any(w in _NOT_AGENT for w in self.words[k + 1:i]):
                    return None
                return None if self._kin(n) else self._person_of(n).name
        return None

    def _kin(self, n: int) -> bool:
        """Whether a kin word or tie stands right before the n-th name ("ayah Depe"): the actor is not the one named."""
        i = self.placed[n][0]
        return i > 0 and (self.words[i - 1] in _KIN or (
            self.words[i - 1] in _OWNED and not self.text[self.spans[i - 1][1]:self.spans[i][0]].strip()))

    def _person_of(self, n: int):
        """The n-th name, or the person named right after it when it is the organisation of his
        title ("Presiden Direktur XL Axiata, Dian Siswarini" -> Dian Siswarini)."""
        i, j, m = self.placed[n]
        if m.kind == "organization" and n + 1 < len(self.placed):
            i2, j2, m2 = self.placed[n + 1]
            if m2.kind == "person" and i2 - j <= 4 and not self._gap_breaks(j, i2) and not any(
                    w in _WITH or w in _NOT_AGENT for w in self.words[j + 1:i2]):
                return m2
        return m

    def agent(self, last: int) -> str | None:
        """A passive's agent: after "oleh"/"by" in the clause, or right after the verb."""
        for k in range(last + 1, min(len(self.words), last + _WINDOW)):
            if k > last + 1 and self.breaks[k - 1]:
                break
            if self.words[k] in _AGENT:
                return self.after(k, reach=8)
        return self.after(last, reach=3, skip_places=True)

    def partner(self, hit: _Hit, source: str | None) -> str | None:
        """The other party of a meeting, an agreement, joint work: "dengan Y", "X dan Y"."""
        for k in range(hit.last + 1, min(len(self.words), hit.last + _WINDOW)):
            if self.breaks[k - 1]:
                break
            if self.words[k] in _WITH:
                name = self.after(k, reach=6)
                if name is not None and name != source:
                    return name
        # "X dan Y sepakat": the actor coordinated with the subject
        mine = [n for n, (i, j, m) in enumerate(self.placed) if j < hit.first]
        if mine:
            chain = self._coordinated(mine[-1])
            if len(chain) > 1 and chain[0].name == source:
                return chain[1].name
        return None

    def of(self, hit: _Hit, type_: str) -> tuple[str | None, str | None]:
        voice, first, last = hit.entry.voice, hit.first, hit.last
        if voice == "ed":
            voice = "pas" if any(w in _AUX_PASSIVE for w in self.words[max(0, first - 2):first]) else "act"
        for n in (2, 3):  # "Houthi mengklaim bertanggung jawab atas serangan itu", "claimed responsibility for
            # the attack": who answers for an attack made it
            if self.words[max(0, first - n):first] in _ANSWER_FOR:
                k = first - n - (first > n and self.words[first - n - 1] in _CLAIM)
                return self.before(k), self.after(last)
        if voice == "nom" and first and self.words[first - 1] in _RECEIVE:
            # "X mendapat sanksi dari KPI", "menerima bantuan dari UNHCR": the giver after, the receiver before
            source, target = self.after(last, reach=6), self.before(first - 1)
            return (source, None) if source == target else (source, target)
        if voice == "nom" and any(w in _LIGHT_VERBS for w in self.words[max(0, first - 2):first]):
            voice, first = "act", first - 1 - (self.words[first - 1] not in _LIGHT_VERBS)
        elif voice == "nom" and first and self.words[first - 1] in ("sebagai", "as"):
            # "KPK menetapkan ESA sebagai tersangka": the verb before "sebagai" gives the roles
            for k in range(first - 2, max(-1, first - 8), -1):
                if self.words[k] not in _NOT_VERB and _VERB.fullmatch(self.words[k]):
                    voice = "pas" if self.words[k].startswith("di") else "act"
                    first = last = k
                    break
        if voice == "pro":  # done by the pronoun before it ("X kami tangkap", "kami dukung X"): no name does it
            source, target = None, self.before(first - 1) or self.after(last)
        elif voice == "act":
            source, target = self.before(first), self.after(last)
        elif voice == "pas":
            source, target = self.agent(last), self.before(first)
        else:  # a noun: "penangkapan X oleh Y", "kunjungan X ke Y", "X: bentrokan"
            source = None
            for k in range(last + 1, min(len(self.words), last + 8)):
                if self.words[k] in _AGENT:
                    source = self.after(k, reach=8)
                    break
                if self.words[k] in _CARRIED_OUT and not self._gap_breaks(last, k):
                    # "Penangkapan itu dilakukan Tim Resmob Polda Jambi": who carries the act out does it
                    source = self.agent(k)
                    break
            follows = self.after(last, reach=3, skip_places=True)
            if type_ in _TRANSITIVE and follows is None:
                # "DPO terhadap tersangka X", "sanksi kepada X", "charges against X": the one it is aimed at
                for k in range(last + 1, min(len(self.words), last + 6)):
                    if self.words[k] in _AIMED_AT:
                        follows = self.after(k, reach=3)
                        break
            if type_ in _TRANSITIVE:
                target = follows
                source = source or self.before(first)
            elif type_ in _RECIPROCAL and last + 1 < len(self.words) and self.words[last + 1] in _WITH:
                target = follows  # "kolaborasi dengan X": the partner
                source = source or self.before(first)
            else:
                target = None
                source = source or follows or self.before(first)
        if type_ == "DEATH" and voice == "pas" and target is not None:
            source, target = target, None  # "X dimakamkan": the deceased is the source (EVTYPES.md §4)
        if type_ in _RECIPROCAL or type_ == "SUPPORT":
            pair = self.between(last)
            if pair is not None:
                source, target = pair  # "pertemuan antara X dan Y", "ditandatangani antara X dan Y"
        if type_ in _RECIPROCAL and source is not None and target is None:
            target = self.partner(hit, source)
        if type_ in ("DISASTER", "STATEMENT"):
            target = None if type_ == "STATEMENT" else target
        return source, target

    def between(self, last: int) -> tuple[str, str] | None:
        """The two parties of "antara X dan/dengan Y" right after word `last`."""
        if last + 1 >= len(self.words) or self.words[last + 1] not in ("antara", "between"):
            return None
        for n, (i, j, m) in enumerate(self.placed):
            if i > last + 1:
                if i - last > 3 or n + 1 == len(self.placed) or self._gap_breaks(last + 1, i):
                    return None
                i2, j2, m2 = self.placed[n + 1]
                words = self.words[j + 1:i2]
                if 1 <= len(words) <= 3 and words[0] in _WITH:
                    return m.name, m2.name
                return None
        return None

    def subject_object(self, hit: _Hit) -> tuple[str | None, str | None]:
        """OTHER with a trigger ("mengalahkan"): its subject and object by the trigger's voice."""
        return self.of(hit, "OTHER")

    def subject_only(self) -> tuple[str | None, None]:
        """OTHER with no trigger: the name before the first verb of the main clause ("BRI menyalurkan
        ...", "Nahrawi adalah ..."), a data attribution passed over ("IHS Markit mencatat, Apple menjual")."""
        for k, w in enumerate(self.words):
            if k in self.speech or self.subordinate[k] or w in _NOT_VERB or not _VERB.fullmatch(w) or w in _FRAMES:
                continue  # (a frame has no subject of its own: "telah dikonfirmasi bahwa BTS akan ...")
            agent = self.agent(k) if w.startswith("di") else None
            if agent is not None:
                return agent, None  # "Rekor itu dipegang oleh X", "Usulan itu diajukan Badan Legislasi"
            return self.before(k), None
        return None, None

    def speaker(self, hits: list[_Hit]) -> str | None:
        """Who speaks in the sentence: "kata X", "menurut X", "said X" (the person among the names
        after it: "kata Kepala BMKG Dwikorita" -> Dwikorita), else "X mengatakan", "X said"."""
        for h in hits:
            if h.entry.type != "STATEMENT" or h.entry.priority > 1:
                continue
            w = self.words[h.first]
            if w in _SAID_AFTER:
                if h.last + 1 < len(self.words) and self.words[h.last + 1] in _PRONOUNS:
                    continue  # "menurut dia, ... NasDem ...": the speaker is a pronoun
                for n, (i, j, m) in enumerate(self.placed):
                    if i > h.last:
                        if i - h.last <= 8 and not any(x in _SPEAKER_STOP for x in self.words[h.last + 1:i]) and not any(
                                self.breaks[k] for k in range(h.last, i)):
                            return self._person_of(n).name
                        break
                if w in ("said", "told", "says"):
                    name = self.before(h.first)
                    if name:
                        return name
            else:
                # "Hal itu disampaikan (oleh) X": a passive speech verb's agent speaks
                name = self.agent(h.last) if h.entry.voice == "pas" else self.before(h.first)
                if name:
                    return name
        return None

    def ours(self, hit: _Hit) -> bool:
        """Whether a noun is "kami/kita"'s: "kerja sama kita", "bantuan kami" (the speaker's side does it)."""
        return hit.entry.voice == "nom" and self.words[hit.last + 1:hit.last + 2] in (["kami"], ["kita"])

    def unnamed_subject(self, k: int) -> bool:
        """Whether people named by a common noun are the subject of the verb at word k, in its clause and
        with no "kami/saya" among them ("Pihak rektorat menolak ...", "ahli waris menolak ...", "investor yang
        mau masuk itu meminta ...", "Pemerintah sebelumnya telah sepakat"): they do the act, not its teller."""
        seen = []
        for j in range(k - 1, max(-1, k - 8), -1):
            if self.breaks[j] or self.commas[j]:
                break
            seen.append(self.words[j])
        return _PRONOUNS.isdisjoint(seen) and _WE.isdisjoint(seen) and not _PEOPLE.isdisjoint(seen)

    def we_before(self, k: int) -> bool:
        """Whether "kami/kita/saya/pihaknya" is the subject just before word k."""
        return any(w in _WE for w in self.words[max(0, k - 3):k])
