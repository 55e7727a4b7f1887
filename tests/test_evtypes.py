"""Event types, source and target, negation: events_cli/extract/evtypes.py on made-up sentences.

Each case is a sentence, the named actors in it (as the extraction would give them) and what the
sentence tells by ONTOLOGY.md and ../shared/eval/gold/EVTYPES.md.
"""
from dataclasses import dataclass

import pytest

from events_cli.extract import evtypes
from events_cli.extract.evtypes import Typed


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    kind: str


def typed(sentence: str, *names: str) -> Typed:
    """classify() of a sentence whose named actors are `names` (a "!" ends an organisation's name)."""
    mentions = []
    for name in names:
        kind = "organization" if name.endswith("!") else "person"
        name = name.rstrip("!")
        start = sentence.index(name)
        mentions.append(Mention(start, start + len(name), name, kind))
    return evtypes.classify(sentence, 0, len(sentence), mentions)


CASES = [
    # --- one per type
    ("Kementerian Perdagangan dan Asosiasi Petani Kopi sepakat menurunkan harga pupuk mulai Januari.",
     ["Kementerian Perdagangan!", "Asosiasi Petani Kopi!"], Typed("AGREE", "Kementerian Perdagangan", "Asosiasi Petani Kopi")),
    ("Menteri Luar Negeri Rina Kartika akan bertemu dengan Perdana Menteri Hugo Lambert pekan depan.",
     ["Rina Kartika", "Hugo Lambert"], Typed("AGREE", "Rina Kartika", "Hugo Lambert")),  # a future meeting
    ("Gubernur Arman Siregar bertemu dengan Duta Besar Jepang Kenji Sato di Medan, Selasa (3/9/2024).",
     ["Arman Siregar", "Kenji Sato"], Typed("CONSULT", "Arman Siregar", "Kenji Sato")),
    ("Prime Minister Hugo Lambert met President Ana Souza in Lisbon on Monday.",
     ["Hugo Lambert", "Ana Souza"], Typed("CONSULT", "Hugo Lambert", "Ana Souza")),
    ("Ketua DPRD Wahyu Pratama mengapresiasi langkah Dinas Kesehatan menambah puskesmas.",
     ["Wahyu Pratama", "Dinas Kesehatan!"], Typed("SUPPORT", "Wahyu Pratama", "Dinas Kesehatan")),
    ("Nota kesepahaman itu ditandatangani oleh Bank Nusantara dan Pemkot Sukamaju pada Rabu.",
     ["Bank Nusantara!", "Pemkot Sukamaju!"], Typed("SUPPORT", "Bank Nusantara", None)),
    ("Direktur PT Sinar Laut, Joko Lestari, meminta maaf kepada warga atas kebocoran pipa itu.",
     ["PT Sinar Laut!", "Joko Lestari"], Typed("CONCEDE", "Joko Lestari", None)),
    ("Universitas Cendana bekerja sama dengan Kyoto Institute dalam riset padi tahan banjir sejak 2022.",
     ["Universitas Cendana!", "Kyoto Institute!"], Typed("COOPERATE", "Universitas Cendana", "Kyoto Institute")),
    ("Yayasan Pelita menyalurkan bantuan sembako kepada korban banjir di Desa Sukamaju.",
     ["Yayasan Pelita!"], Typed("AID", "Yayasan Pelita", None)),
    ("Kepala Dinas Pariwisata Andi Wijaya mengundurkan diri dari jabatannya pada Jumat (6/9).",
     ["Andi Wijaya"], Typed("RETREAT", "Andi Wijaya", None)),
    ("Bupati Sukamaju Hendra Gunawan mendesak Kementerian Perhubungan memperbaiki jembatan itu.",
     ["Hendra Gunawan", "Kementerian Perhubungan!"], Typed("REQUEST", "Hendra Gunawan", "Kementerian Perhubungan")),
    ("Aliansi Guru Honorer mengkritik Dinas Pendidikan karena gaji terlambat tiga bulan.",
     ["Aliansi Guru Honorer!", "Dinas Pendidikan!"], Typed("ACCUSE", "Aliansi Guru Honorer", "Dinas Pendidikan")),
    ("Mantan kepala desa Suryadi ditetapkan sebagai tersangka korupsi dana desa oleh Kejari Sukamaju.",
     ["Suryadi", "Kejari Sukamaju!"], Typed("ACCUSE", "Kejari Sukamaju", "Suryadi")),
    ("Serikat Nelayan Pantura menolak rencana reklamasi teluk yang diajukan investor.",
     ["Serikat Nelayan Pantura!"], Typed("REJECT", "Serikat Nelayan Pantura", None)),
    ("Kelompok bersenjata itu mengancam akan membakar sekolah bila tuntutannya tidak dipenuhi.",
     [], Typed("THREATEN", None, None)),
    ("Ribuan buruh berunjuk rasa di depan Gedung DPRD Jawa Tengah menolak upah minimum.",
     [], Typed("PROTEST", None, "DPRD Jawa Tengah")),  # (the body protested at: EVTYPES.md §4, session 17)
    ("Pengadilan Negeri Sukamaju memvonis Bambang Irawan delapan tahun penjara.",
     ["Pengadilan Negeri Sukamaju!", "Bambang Irawan"], Typed("SANCTION", "Pengadilan Negeri Sukamaju", "Bambang Irawan")),
    ("Polda Sulawesi Tengah mengerahkan 800 personel untuk mengamankan pemilihan kepala daerah.",
     ["Polda Sulawesi Tengah!"], Typed("MOBILIZE", "Polda Sulawesi Tengah", None)),
    ("Satreskrim Polres Sukamaju menangkap Dedi Kurnia di rumahnya pada Minggu dini hari.",
     ["Satreskrim Polres Sukamaju!", "Dedi Kurnia"], Typed("COERCE", "Satreskrim Polres Sukamaju", "Dedi Kurnia")),
    ("Police arrested Tomas Berg at the airport on Friday.",
     ["Tomas Berg"], Typed("COERCE", None, "Tomas Berg")),
    ("Sekelompok pemuda mengeroyok Rudi Hartono hingga tewas di Jalan Merpati.",
     ["Rudi Hartono"], Typed("ASSAULT", None, "Rudi Hartono")),
    ("Gempa bermagnitudo 5,6 mengguncang Kabupaten Sukamaju pada Senin pagi.",
     [], Typed("DISASTER", None, None)),
    ("Sebuah bus rombongan peziarah terguling di tanjakan Cibodas, Sabtu malam.",
     [], Typed("ACCIDENT", None, None)),
    ("Sastrawan Umar Kayam wafat dalam usia 84 tahun di rumah sakit.",
     ["Umar Kayam"], Typed("DEATH", "Umar Kayam", None)),
    ("\"Harga cabai akan stabil bulan depan,\" kata Kepala Dinas Perdagangan Siti Rahma.",
     ["Dinas Perdagangan!", "Siti Rahma"], Typed("STATEMENT", "Siti Rahma", None)),
    ("Persib Bandung mengalahkan Persija 2-1 dalam laga pekan ketujuh Liga 1.",
     ["Persib Bandung!", "Persija!"], Typed("OTHER", "Persib Bandung", "Persija")),
    ("Harga beras di Pasar Induk naik 5 persen sepanjang Agustus.",
     [], Typed("OTHER", None, None)),
    # --- PLOVER's precedence: the specific act in a quote, an arrest as COERCE
    ("\"Kami menolak tambang itu,\" kata Ketua Adat Lukas Wenda.",
     ["Lukas Wenda"], Typed("REJECT", "Lukas Wenda", None)),
    ("Juru bicara Polda, Benny Saputra, mengatakan polisi telah menangkap dua pelaku pencurian.",
     ["Benny Saputra"], Typed("COERCE", None, None)),  # a spokesman telling what others did
    ("Rina Maharani diperiksa penyidik selama sembilan jam, lalu ditahan di Rutan Pondok Bambu.",
     ["Rina Maharani"], Typed("ACCUSE", None, "Rina Maharani")),  # the questioning told first, then detention
    ("Tersangka yang sudah ditangkap itu dijerat pasal berlapis oleh penyidik Polres Sukamaju.",
     ["Polres Sukamaju!"], Typed("ACCUSE", "Polres Sukamaju", None)),  # a relative clause is background
    # --- passives: the agent after "oleh", or right after the verb, is the source
    ("Fajar Nugroho ditangkap oleh Densus 88 di Bekasi.",
     ["Fajar Nugroho", "Densus 88!"], Typed("COERCE", "Densus 88", "Fajar Nugroho")),
    ("Fajar Nugroho diamankan Polsek Tanjung Priok pada Kamis.",
     ["Fajar Nugroho", "Polsek Tanjung Priok!"], Typed("COERCE", "Polsek Tanjung Priok", "Fajar Nugroho")),
    ("Fajar Nugroho ditahan di Rutan Salemba sejak Juli.",  # a place after "di" is no agent
     ["Fajar Nugroho", "Rutan Salemba!"], Typed("COERCE", None, "Fajar Nugroho")),
    ("The minister was criticised by Green Watch for the dam.",
     ["Green Watch!"], Typed("ACCUSE", "Green Watch", None)),
    # --- negation
    ("Kapolres Sukamaju Agus Salim membantah anggotanya menganiaya Yusuf Maulana.",
     ["Agus Salim", "Yusuf Maulana"], Typed("ASSAULT", None, "Yusuf Maulana", True)),
    ("Polisi tidak menangkap Yusuf Maulana karena bukti belum cukup.",
     ["Yusuf Maulana"], Typed("COERCE", None, "Yusuf Maulana", True)),
    ("Dua kapal hampir bertabrakan di Selat Sunda pada Rabu malam.",
     [], Typed("ACCIDENT", None, None, True)),
    ("The company denied polluting the river.",
     [], Typed("STATEMENT", None, None, False)),  # a denial of no typed act (polluting is none) is a statement
    ("Fraksi Amanat tidak setuju dengan usulan kenaikan pajak itu.",
     ["Fraksi Amanat!"], Typed("REJECT", "Fraksi Amanat", None)),  # "tidak setuju" is a refusal, not negated
    # --- speech verbs give the speaker
    ("Menurut Ketua KPU Dimas Arya, pemungutan suara ulang digelar di 12 TPS.",
     ["KPU!", "Dimas Arya"], Typed("STATEMENT", "Dimas Arya", None)),
    ("Menteri Keuangan Laras Wulandari menjelaskan defisit anggaran masih di bawah tiga persen.",
     ["Laras Wulandari"], Typed("STATEMENT", "Laras Wulandari", None)),  # figures given by a speaker
    # --- rules that carry over to unseen text (issue 15: checked on tests/fixtures/evtypes/evtypes-own.jsonl)
    ("Jalur itu akan dibuka pekan depan karena pekerjaan sudah rampung,\" jelas Bambang Susilo, Senin (2/9/2024).",
     ["Bambang Susilo"], Typed("STATEMENT", "Bambang Susilo", None)),  # a bare "jelas" after a quote is speech
    ("\"Semua kursi sudah terisi sejak pagi dan antrean masih panjang sampai siang.\"",
     [], Typed("STATEMENT", None, None)),  # a quote with no speaker: someone says it
    ("Ketua DPRD Wahyu Pratama mendesak Rudi Hartono untuk mengundurkan diri dari jabatannya.",
     ["Wahyu Pratama", "Rudi Hartono"], Typed("REQUEST", "Wahyu Pratama", "Rudi Hartono")),  # the demand, not the act
    ("Bupati Hendra Gunawan meminta Dinas Kehutanan memanfaatkan musim kemarau untuk mencegah kebakaran hutan.",
     ["Hendra Gunawan", "Dinas Kehutanan!"], Typed("REQUEST", "Hendra Gunawan", "Dinas Kehutanan")),
    ("Ketua Umum Serikat Tani Joko Lestari mengajak anggotanya untuk berunjuk rasa di depan kantor gubernur, Senin.",
     ["Joko Lestari"], Typed("PROTEST", "Joko Lestari", None)),  # a call to demonstrate stays PROTEST
    ("Untuk penanganan kebakaran lahan di Sukamaju, BPBD Sukamaju menyiagakan 300 personel sejak Senin.",
     ["BPBD Sukamaju!"], Typed("AID", "BPBD Sukamaju", None)),  # forces held ready for a fire: relief
    ("Sejak lahir, bayi itu divonis dokter mengidap kelainan jantung bawaan.",
     [], Typed("OTHER", None, None)),  # a doctor's "vonis" is a diagnosis
    ("Ratusan buruh pabrik tekstil turun ke jalan di Bandung, Senin (9/9/2024), menolak pemotongan upah.",
     [], Typed("PROTEST", None, None)),
    ("Gelandang Rudi Hartono dilarang tampil dalam dua laga berikutnya setelah kartu merah pekan lalu.",
     ["Rudi Hartono"], Typed("SANCTION", None, "Rudi Hartono")),  # a player barred from matches: a penalty
    ("Saat bertemu Rina Kartika di acara itu, Dewi Lestari mengabadikan momen tersebut lewat foto.",
     ["Rina Kartika", "Dewi Lestari"], Typed("OTHER", "Dewi Lestari", None)),  # the meeting is background
    ("Wakil Gubernur Arman Siregar bercerita tentang masa kecilnya sebelum ayahnya meninggal dunia pada 2001.",
     ["Arman Siregar"], Typed("STATEMENT", "Arman Siregar", None)),  # the death is background to what he tells
    ("Ratusan warga Cisewu mengungsi ke tenda darurat setelah gempa susulan mengguncang Garut, Kamis malam.",
     [], Typed("DISASTER", None, None)),  # what follows a disaster is its toll, not a main event of its own
    ("Kabar itu terungkap setelah kecelakaan beruntun di Tol Sukamaju, Kamis (5/9/2024).",
     [], Typed("ACCIDENT", None, None)),  # a frame verb ("terungkap") tells no event of its own
    ("Prospek bisnis kopi di daerah itu sungguh menjanjikan tahun ini.",
     [], Typed("OTHER", None, None)),  # "menjanjikan" as an adjective: promising, no promise
    ("Pengerukan sungai itu berlangsung sejak Juni di bawah koordinasi Dinas SDA Sukamaju.",
     ["Dinas SDA Sukamaju!"], Typed("OTHER", "Dinas SDA Sukamaju", None)),  # supervision, no meeting
    ("\"Kami siap membantu warga yang membutuhkan,\" kata Komandan Kodim Sukamaju Andi Wijaya, Senin.",
     ["Andi Wijaya"], Typed("AGREE", "Andi Wijaya", None)),  # ready to help: a commitment
    ("Kepala Dinas Kesehatan Rina Kartika menyarankan warga mengenakan masker saat keluar rumah.",
     ["Rina Kartika"], Typed("REQUEST", "Rina Kartika", None)),  # advice is a request
    ("Ketua Komisi III Arman Siregar menyayangkan sikap Kementerian Agraria yang menunda ganti rugi.",
     ["Arman Siregar", "Kementerian Agraria!"], Typed("ACCUSE", "Arman Siregar", "Kementerian Agraria")),
    ("Pengesahan RUU Pertanahan dilakukan dalam sidang paripurna DPR, Selasa (24/9).",
     ["DPR!"], Typed("OTHER", None, None)),  # one body passing a bill: no trial in "sidang"
    ("\"Warga harus tetap tenang dan mengikuti informasi resmi,\" kata Kepala BPBD Sukamaju Joko Lestari, Senin.",
     ["Joko Lestari"], Typed("STATEMENT", "Joko Lestari", None)),  # "harus" said of no one named: no demand
    ("\"Pemerintah Kota Sukamaju harus segera memperbaiki jembatan itu,\" kata Rina Kartika, Senin.",
     ["Pemerintah Kota Sukamaju!", "Rina Kartika"], Typed("REQUEST", "Rina Kartika", "Pemerintah Kota Sukamaju")),  # said of someone named: the speaker demands it
    ("Wakil Bupati Arman Siregar bercerita tentang keinginannya bertemu dengan Hugo Lambert sejak lama.",
     ["Arman Siregar", "Hugo Lambert"], Typed("STATEMENT", "Arman Siregar", None)),  # a wish, not a meeting
    ("Tim SAR gabungan dikerahkan untuk melakukan pencarian kapal nelayan yang hilang kontak di Selat Sunda.",
     [], Typed("AID", None, None)),  # search and rescue
    ("Pemerintah memutuskan mencabut pembatasan internet di Papua mulai Rabu (4/9/2024).",
     [], Typed("CONCEDE", None, None)),  # lifting a restriction
    ("Mahasiswa melaporkan aparat melakukan tindak kekerasan terhadap peserta aksi, Selasa malam.",
     [], Typed("ASSAULT", None, None)),
    ("Usulan itu diajukan Badan Legislasi dalam sidang paripurna DPR pekan lalu.",
     ["Badan Legislasi!", "DPR!"], Typed("OTHER", "Badan Legislasi", None)),  # a plenary, no trial
    ("Dalam peraturan itu, pemberian remisi bagi narapidana diatur dalam Pasal 34.",
     [], Typed("OTHER", None, None)),  # a rule's text tells no event
    ("Band Nusantara Lima akan mengunjungi Singapura untuk konser di Marina Arena pada 11 Oktober.",
     ["Nusantara Lima!"], Typed("OTHER", "Nusantara Lima", None)),  # a concert tour meets no one
    ("Menteri Kesehatan Rina Kartika melakukan kunjungan kerja ke Kota Sukamaju, Selasa (17/9/2024).",
     ["Rina Kartika"], Typed("OTHER", "Rina Kartika", None)),  # a trip to a place
    ("Warga mengikuti pemeriksaan kesehatan gratis di Puskesmas Sukamaju, Sabtu (14/9/2024).",
     [], Typed("OTHER", None, None)),  # a check-up is no investigation
    ("Andi Wijaya berhenti sebagai kepala dinas pada Juli setelah dicopot dari jabatan komisaris.",
     ["Andi Wijaya"], Typed("RETREAT", "Andi Wijaya", None)),  # the main clause's event first
    ("\"Bendungan itu dibangun dalam rangka mendukung produksi pertanian,\" kata Menteri Rina Kartika, Rabu.",
     ["Rina Kartika"], Typed("STATEMENT", "Rina Kartika", None)),  # supporting as a purpose backs no one
    ("Kedua klub akan saling bertemu di Stadion Gelora Sukamaju pada Rabu (18/9/2024).",
     [], Typed("OTHER", None, None)),  # two teams meeting: a match
    ("Sejumlah pasal dalam revisi undang-undang itu menuai perdebatan di publik.",
     [], Typed("ACCUSE", None, None)),  # like "menuai polemik": criticism
    # --- roles that carry over to unseen text (issue 15)
    ("Menkes Rina Kartika menginstruksikan kepada pihak Dinkes untuk menyiagakan seluruh puskesmas.",
     ["Rina Kartika", "Dinkes!"], Typed("REQUEST", "Rina Kartika", None)),  # a kind of office, no place: no name
    ("Menurut dia, perolehan suara Partai Nusantara naik dibandingkan pemilu sebelumnya.",
     ["Partai Nusantara!"], Typed("STATEMENT", None, None)),  # "menurut dia": the speaker is a pronoun
    ("Hal tersebut disampaikan Rina Kartika pada pembukaan pameran di Sukamaju, Senin (16/9/2024).",
     ["Rina Kartika"], Typed("STATEMENT", "Rina Kartika", None)),  # a passive speech verb's agent speaks
    ("Pada Kamis (12/9), diadakan pertemuan antara Persatuan Bulu Tangkis Garuda dan Komisi Anak Nasional.",
     ["Persatuan Bulu Tangkis Garuda!", "Komisi Anak Nasional!"],
     Typed("CONSULT", "Persatuan Bulu Tangkis Garuda", "Komisi Anak Nasional")),  # "antara X dan Y"
    ("Kolaborasi dengan Nordmesse yang dimulai tahun ini menambah jumlah peserta pameran.",
     ["Nordmesse!"], Typed("COOPERATE", None, "Nordmesse")),  # the partner after "dengan"
    ("Keluarga menyebut Hendra Gunawan akan dimakamkan di kampung halamannya pada Minggu.",
     ["Hendra Gunawan"], Typed("DEATH", "Hendra Gunawan", None)),  # the one buried is the source
    ("Seperti diketahui, ayah Dewi Lestari telah meninggal dunia pada Juni lalu.",
     ["Dewi Lestari"], Typed("DEATH", None, None)),  # "ayah X": the actor is not X
    ("Rekor sebelumnya dipegang oleh Andi Wijaya pada musim 2007.",
     ["Andi Wijaya"], Typed("OTHER", "Andi Wijaya", None)),  # a passive with no trigger: its agent
    ("Tersangka Budi Santoso yang sudah ditangkap dijerat Pasal 362 KUHP tentang pencurian.",
     ["Budi Santoso"], Typed("ACCUSE", None, "Budi Santoso")),  # the verb after a relative clause's is the main one
    ("Penjualan mobil listrik naik 20 persen, didukung dengan promosi yang gencar sejak Agustus.",
     [], Typed("OTHER", None, None)),  # "didukung dengan": a means, no one's backing
    ("Indeks Harga Saham Gabungan (IHSG) ditutup terperosok semakin dalam pada sore ini.",
     [], Typed("OTHER", None, None)),  # a market slips: no accident
    ("\"Waktu itu saya panik, takut kebakaran,\" cerita Dewi Lestari, Senin (16/9/2024).",
     ["Dewi Lestari"], Typed("STATEMENT", "Dewi Lestari", None)),  # a fire feared, not one told
    ("Kemenangan terbesar musim ini terjadi saat Persija Jakarta mengalahkan Persib Bandung 4-0 pada Mei.",
     ["Persija Jakarta!", "Persib Bandung!"], Typed("OTHER", "Persija Jakarta", "Persib Bandung")),  # the verb's roles
    ("Brigadir Andi Wijaya memberhentikan sebuah truk bermuatan pasir di Jalan Raya Bogor, Senin (16/9/2024).",
     ["Andi Wijaya"], Typed("COERCE", "Andi Wijaya", None)),  # a vehicle stopped, no one dismissed
    ("Presiden memberhentikan Menteri Hugo Lambert dari jabatannya, Senin (16/9/2024).",
     ["Hugo Lambert"], Typed("SANCTION", None, "Hugo Lambert")),
    ("Juru bicara Arman Siregar menuturkan, Suryadi diduga menerima suap sebesar Rp 2 miliar.",
     ["Arman Siregar", "Suryadi"], Typed("ACCUSE", "Arman Siregar", "Suryadi")),  # the teller alleges
    # --- general patterns found on tests/fixtures/evtypes/evtypes-train.jsonl (session 14)
    ("Pelecehan seksual itu diduga terjadi pada 2012 di sebuah asrama di Bogor.",
     [], Typed("ASSAULT", None, None)),  # "diduga terjadi": supposed, no one accused
    ("Diduga tertidur di atas rel, seorang pria tewas terlindas kereta api di Medan, Senin (16/9/2024).",
     [], Typed("ACCIDENT", None, None)),
    ("Atas perbuatannya, Budi Santoso diancam dengan Pasal 81 UU Perlindungan Anak dengan hukuman 15 tahun penjara.",
     ["Budi Santoso"], Typed("ACCUSE", None, "Budi Santoso")),  # a penalty the law provides: a charge
    ("Suryadi terancam hukuman lima tahun penjara karena menggelapkan dana koperasi.",
     ["Suryadi"], Typed("ACCUSE", None, "Suryadi")),
    ("Ancaman resesi global membayangi ekonomi Indonesia tahun depan.",
     [], Typed("OTHER", None, None)),  # a hazard, no threat made
    ("Dalam kasus ini, Andi Wijaya disangka melanggar Pasal 12 UU Tipikor.",
     ["Andi Wijaya"], Typed("ACCUSE", None, "Andi Wijaya")),
    ("Dewi Lestari melayangkan somasi kepada Hendra Gunawan melalui kuasa hukumnya pekan lalu.",
     ["Dewi Lestari", "Hendra Gunawan"], Typed("ACCUSE", "Dewi Lestari", "Hendra Gunawan")),
    ("Puncak acara itu menurut rencana akan dibuka oleh Gubernur Arman Siregar pada Sabtu.",
     ["Arman Siregar"], Typed("OTHER", "Arman Siregar", None)),  # a plan told, no one speaking
    ("Petugas pemadam kebakaran Hendra Gunawan menyebut ular itu hanya ular sanca biasa.",
     ["Hendra Gunawan"], Typed("STATEMENT", "Hendra Gunawan", None)),  # the fire service names no fire
    ("Persija Jakarta ditahan imbang Persib Bandung 1-1 di Stadion Patriot, Minggu (15/9/2024).",
     ["Persija Jakarta!", "Persib Bandung!"], Typed("OTHER", "Persib Bandung", None)),  # held to a draw: no detention
    ("Ganda putri Indonesia bertemu wakil Denmark di perempatfinal kejuaraan itu pada Jumat.",
     [], Typed("OTHER", None, None)),  # a match, no meeting
    ("Surat itu ditandatangani Sekretaris Fraksi Andi Wijaya pada Senin (16/9/2024).",
     ["Andi Wijaya"], Typed("OTHER", "Andi Wijaya", None)),  # a letter signed: no agreement
    ("Presiden menandatangani keppres pemberhentian Hugo Lambert sebagai menteri, Jumat (20/9/2024).",
     ["Hugo Lambert"], Typed("SANCTION", None, "Hugo Lambert")),  # what the decree does is the event
    ("Persib Bandung tampil menjanjikan sejak menit awal di Stadion Si Jalak Harupat.",
     ["Persib Bandung!"], Typed("OTHER", "Persib Bandung", None)),  # promising, no promise
    ("Sekadar mengingatkan, Andi Wijaya adalah pelatih yang membawa timnya juara pada 2010.",
     ["Andi Wijaya"], Typed("OTHER", "Andi Wijaya", None)),  # a formula of the news, no reminder to anyone
    ("Bapenda juga akan melakukan penghapusan sanksi administrasi pajak kendaraan sampai akhir tahun.",
     ["Bapenda!"], Typed("CONCEDE", "Bapenda", None)),  # lifting a penalty
    ("Front Pembebasan Selatan memperingatkan bahwa pejuangnya akan mengintensifkan serangan terhadap pasukan pemerintah.",
     ["Front Pembebasan Selatan!"], Typed("THREATEN", "Front Pembebasan Selatan", None)),  # the warning is the event
    ("Andi Wijaya berbicara empat mata dengan Hendra Gunawan di Solo, Rabu (18/9/2024).",
     ["Andi Wijaya", "Hendra Gunawan"], Typed("CONSULT", "Andi Wijaya", "Hendra Gunawan")),
    ("\"Laskar Senja 2\" dijadwalkan tayang di bioskop pada 7 Mei 2025 mendatang.",
     [], Typed("OTHER", None, None)),  # a quoted title opens the sentence: no one speaks
    ("Hal tersebut ia ungkapkan melalui sebuah video singkat yang diunggah Kamis (19/9/2024).",
     [], Typed("STATEMENT", None, None)),  # "ia ungkapkan": the object-first passive of speech
    ("Andi Wijaya meninggal dunia akibat kecelakaan tunggal di Sleman, Selasa (13/9/2024).",
     ["Andi Wijaya"], Typed("ACCIDENT", "Andi Wijaya", None)),  # the one who died in the accident is its subject
    ("Ia saat itu dijatuhi hukuman dua tahun penjara oleh Pengadilan Negeri Sukamaju, mulai Mei 2011 dan bebas bersyarat pada 2012.",
     ["Pengadilan Negeri Sukamaju!"], Typed("SANCTION", "Pengadilan Negeri Sukamaju", None)),  # "saat itu": then, no clause
    ("Presiden Hugo Lambert membatalkan pertemuan dengan Front Pembebasan Selatan di Camp Hijau pekan ini.",
     ["Hugo Lambert", "Front Pembebasan Selatan!"], Typed("REJECT", "Hugo Lambert", "Front Pembebasan Selatan")),
    ("Jaksa menuntut Suryadi dengan hukuman lima tahun penjara dalam sidang di Pengadilan Tipikor, Kamis (9/5/2024).",
     ["Suryadi"], Typed("ACCUSE", None, "Suryadi")),  # a sentencing demand, not a request
    ("Persija Jakarta secara resmi melayangkan surat keberatan atas insiden pelemparan bus usai laga, Sabtu malam.",
     ["Persija Jakarta!"], Typed("ACCUSE", "Persija Jakarta", None)),
    ("Persija Jakarta mendapat sanksi dari Komisi Disiplin Liga pekan lalu karena ulah suporternya.",
     ["Persija Jakarta!", "Komisi Disiplin Liga!"], Typed("SANCTION", "Komisi Disiplin Liga", "Persija Jakarta")),  # received
    ("Revisi Undang-Undang tentang Komisi Anti Suap menuai penolakan keras dari masyarakat.",
     ["Komisi Anti Suap!"], Typed("REJECT", None, None)),  # a law's topic is no actor
    ("\"Menjadi saya itu membosankan,\" singkat Andi Wijaya dalam sebuah acara televisi, Rabu (18/9/2024).",
     ["Andi Wijaya"], Typed("STATEMENT", "Andi Wijaya", None)),  # '..." singkat X': X speaks
    ("\"Selama UU kita masih melarang sebaiknya dipatuhi,\" kata Dewi Lestari kepada wartawan, Rabu (18/9/2024).",
     ["Dewi Lestari"], Typed("STATEMENT", "Dewi Lestari", None)),  # a law that bans: its text, no act
    # the object-focus passive: the bare verb after its doer, a pronoun; the speaker of "kami" is its source
    ('"Ketiga pelaku sudah kami amankan di Mapolsek," kata Budi Santoso, Selasa (17/9/2019).', ["Budi Santoso"],
     Typed("COERCE", "Budi Santoso", None)),
    ('"Rudi Hartono akan kami periksa pekan depan," kata Dedi Irawan, Senin (16/9/2019).', ["Rudi Hartono", "Dedi Irawan"],
     Typed("ACCUSE", "Dedi Irawan", "Rudi Hartono")),
    # the same bare verb after "kami" in colloquial active order: its object after it
    ('"Kami dukung penuh langkah Ridwan Kamil," ujar Taufik Hidayat, Senin (16/9/2019).', ["Ridwan Kamil", "Taufik Hidayat"],
     Typed("SUPPORT", "Taufik Hidayat", "Ridwan Kamil")),
    # a bare stem another phrase starts with ("minta maaf"): its meN- verb after the pronoun still counts
    ('"Mereka kami minta tetap tenang," kata Dedi Irawan, Senin (16/9/2019).', ["Dedi Irawan"],
     Typed("REQUEST", "Dedi Irawan", None)),
    # where the figures or the report come from is no one acting in what they tell (EVTYPES.md §2.2)
    ("Berdasarkan data dari Dinas Kesehatan Riau, ada 20.000 warga menderita ISPA akibat kabut asap sejak Agustus 2019.",
     ["Dinas Kesehatan Riau!"], Typed("DISASTER", None, None)),
    ("Dilansir dari laman resmi Komisi Penyiaran, sanksi itu dijatuhkan pada Rabu (2/10/2019).",
     ["Komisi Penyiaran!"], Typed("SANCTION", None, None)),
    # a name after "data" that acts in its own clause still acts
    ("Tim gabungan Manggala Agni memadamkan api di lahan gambut itu sejak data titik api muncul, Senin (9/9/2019).",
     ["Manggala Agni!"], Typed("AID", "Manggala Agni", None)),
    # who claims responsibility for an attack made it
    ("Kelompok pemberontak Houthi mengklaim bertanggung jawab atas serangan drone ke kilang Aramco, Sabtu (14/9/2019).",
     ["Houthi!", "Aramco!"], Typed("ASSAULT", "Houthi", "Aramco")),
    ("Houthi claimed responsibility for the attack on Aramco on Saturday.", ["Houthi!", "Aramco!"],
     Typed("ASSAULT", "Houthi", "Aramco")),
    # "kerja sama kita": the speaker's side does it
    ('"Kerja sama kita di bidang energi berjalan baik sejak 2015," ujar Jokowi di Jakarta, Rabu (11/9/2019).',
     ["Jokowi"], Typed("COOPERATE", "Jokowi", None)),
    # a visit to a place, no one named met there: a trip (EVTYPES.md §1 CONSULT)
    ("Menteri Sosial Agus Gumiwang mengunjungi Palu, Sulawesi Tengah, Selasa (17/9/2019).", ["Agus Gumiwang"],
     Typed("OTHER", "Agus Gumiwang", None)),
    ("Wapres Jusuf Kalla melakukan kunjungan kerja ke Kota Pekanbaru, Selasa (17/9/2019).", ["Jusuf Kalla"],
     Typed("OTHER", "Jusuf Kalla", None)),
    # the host named: a meeting
    ("Bobby Nasution berkunjung ke kantor Partai NasDem Sumut di Medan, Selasa (10/9/2019).",
     ["Bobby Nasution", "Partai NasDem Sumut!"], Typed("CONSULT", "Bobby Nasution", "Partai NasDem Sumut")),
    ("Presiden Joko Widodo mengunjungi Megawati Soekarnoputri di kediamannya, Selasa (10/9/2019).",
     ["Joko Widodo", "Megawati Soekarnoputri"], Typed("CONSULT", "Joko Widodo", "Megawati Soekarnoputri")),
    # harm announced for the future on a condition: a threat (EVTYPES.md §1 THREATEN)
    ("Presiden Donald Trump mengisyaratkan akan mengerahkan militer jika pelakunya sudah diketahui, Minggu (15/9/2019).",
     ["Donald Trump"], Typed("THREATEN", "Donald Trump", None)),
    ("Gubernur Anies Baswedan bakal mencopot Kepala Dinas Lingkungan Hidup apabila target itu tidak tercapai.",
     ["Anies Baswedan"], Typed("THREATEN", "Anies Baswedan", None)),
    # harm in the consequence of someone's conduct
    ('"Kalau mereka tetap berjualan di trotoar, kami sita gerobaknya," kata Arifin Hidayat, Senin (9/9/2019).',
     ["Arifin Hidayat"], Typed("THREATEN", "Arifin Hidayat", None)),
    # the same act announced with no condition keeps its type
    ("Gubernur Anies Baswedan akan mencopot Kepala Dinas Lingkungan Hidup pekan depan.", ["Anies Baswedan"],
     Typed("SANCTION", "Anies Baswedan", None)),
    # the act named by a noun, carried out by its doer: "X dilakukan (oleh) Y"
    ("Penangkapan itu dilakukan Tim Resmob Polda Jambi di Sarolangun, Kamis (19/9/2019).", ["Tim Resmob Polda Jambi!"],
     Typed("COERCE", "Tim Resmob Polda Jambi", None)),
    ("Pemeriksaan terhadap Budi Santoso dilakukan penyidik KPK di Jakarta, Kamis (19/9/2019).", ["Budi Santoso", "KPK!"],
     Typed("ACCUSE", "KPK", "Budi Santoso")),
    # an act in a condition may happen, it did not: what is said is the speaker's statement
    ('"Kalau dewan pengawas tidak mengizinkan penggeledahan ya surat itu tidak keluar," ujar Alex Marwata, Rabu (18/9/2019).',
     ["Alex Marwata"], Typed("STATEMENT", "Alex Marwata", None)),
    ('"Padahal jika lewat terowongan kita bisa menyelamatkan hutan itu," ungkap Basuki Hadimuljono, Rabu (18/9/2019).',
     ["Basuki Hadimuljono"], Typed("STATEMENT", "Basuki Hadimuljono", None)),
    # "kalau" after a verb of knowing or saying is "that": the act it brings is told
    ("Warga yakin kalau Maira ditabrak mobil Selina di tikungan itu, Rabu (18/9/2019).", ["Maira", "Selina"],
     Typed("ACCIDENT", "Selina", "Maira")),
    # an attack someone believes another made: an allegation, the believer's
    ('"Kami yakin kelompok Houthi melakukan serangan itu," kata Taro Kono, Selasa (17/9/2019).', ["Houthi!", "Taro Kono"],
     Typed("ACCUSE", "Taro Kono", "Houthi")),
    ("Pejabat itu mengatakan Washington yakin serangan itu diluncurkan dari wilayah barat daya, Selasa (17/9/2019).",
     ["Washington!"], Typed("ACCUSE", "Washington", None)),
    # words that look like ter-/meN- verbs and are not ("serah terima", "mendatang"): the verb after them tells who acts
    ("Serah terima jabatan Kapolda itu dipimpin oleh Kapolri Jenderal Tito Karnavian di Jayapura, Selasa (17/9/2019).",
     ["Tito Karnavian"], Typed("OTHER", "Tito Karnavian", None)),
    ("Munas itu berlangsung pada 16-18 September mendatang dan akan dibuka oleh Presiden Joko Widodo.",
     ["Joko Widodo"], Typed("OTHER", "Joko Widodo", None)),
    # a verb of answering or reacting: the act it is about is the topic of a statement, not the event told
    ("Partai Cahaya menanggapi penolakan sejumlah kalangan terhadap rancangan undang-undang itu, Senin (9/9/2024).",
     ["Partai Cahaya!"], Typed("STATEMENT", "Partai Cahaya", None)),
    ("Wali Kota Rudi Hartono bereaksi terhadap penolakan bantuan yang dikirim Pemkot Batu untuk warga Desa Oro, Rabu (4/9/2024).",
     ["Rudi Hartono", "Pemkot Batu!"], Typed("STATEMENT", "Rudi Hartono", None)),
    ("Penyanyi Sinta Dewi akhirnya angkat bicara mengenai seluruh tuduhan yang dialamatkan kepadanya, Sabtu (14/9/2024).",
     ["Sinta Dewi"], Typed("STATEMENT", "Sinta Dewi", None)),
    # a meeting named as the setting of what the sentence tells ("dalam acara pertemuan", "di sela kunjungan") is background
    ('"Semua jemaah sudah kembali ke Tanah Air," kata Menkes di sela kunjungan ke Klinik Haji Madinah, Kamis (13/9/2024).',
     [], Typed("STATEMENT", None, None)),
    ("Investor menanti penurunan suku bunga menjelang pertemuan Bank Sentral Eropa, hari ini.", ["Bank Sentral Eropa!"],
     Typed("OTHER", None, None)),
    # "membantu" a process or an act of no type along is no aid; helping people, or helping put a fire out, is
    ("Kampanye itu telah membantu mengurangi konsumsi gula warga kota sejak 2018.", [],
     Typed("OTHER", None, None)),
    ("Perusahaan itu akan menyiapkan kamera untuk membantu proses verifikasi pelanggan mulai Oktober 2024.", [],
     Typed("OTHER", None, None)),
    ("BPBD Riau membantu memadamkan api di lahan gambut itu, Senin (16/9/2024).", ["BPBD Riau!"],
     Typed("AID", "BPBD Riau", None)),
    # a legislature agreeing within itself decides alone (OTHER); with the government beside it, two parties agree
    ("Komisi Hukum DPR sepakat memilih lima calon anggota dewan pengawas, Jumat (13/9/2024).", ["Komisi Hukum DPR!"],
     Typed("OTHER", "Komisi Hukum DPR", None)),
    ("Komisi Hukum DPR bersama pemerintah sepakat membawa rancangan itu ke paripurna, Jumat (13/9/2024).",
     ["Komisi Hukum DPR!"], Typed("AGREE", "Komisi Hukum DPR", None)),
    # words of fault-finding, accidents and disasters the lexicon lacked
    ('"Dari bukti yang kami temukan, memang ada kelalaian dari sopir bus itu," kata Kasat Lantas Andi Wijaya, Rabu (18/9/2024).',
     ["Andi Wijaya"], Typed("ACCUSE", "Andi Wijaya", None)),
    ("Sebuah mobil yang sedang melaju di Jalan Sudirman tertimpa pohon yang tumbang, Selasa (10/9/2024).", [],
     Typed("ACCIDENT", None, None)),
    ('"Dalam dua hari ini nilai ISPU telah mencapai 180," kata Kepala Dinas Lingkungan Hidup, Kamis (19/9/2024).', [],
     Typed("DISASTER", None, None)),
    # people named by a common noun do the verbal act the speaker tells of; he does what "kami" does
    ('"Pihak yayasan menolak kehadiran wartawan di lokasi itu," jelas Kapolsek Rudi Santoso, Senin (9/9/2024).',
     ["Rudi Santoso"], Typed("REJECT", None, None)),
    ('"Beberapa investor yang mau masuk itu meminta kepastian hukum," kata Gubernur Rina Wati, Sabtu (21/9/2024).',
     ["Rina Wati"], Typed("REQUEST", None, None)),
    ('"Kami bersama warga menolak rencana tambang itu," kata Rina Wati, Sabtu (21/9/2024).',
     ["Rina Wati"], Typed("REJECT", "Rina Wati", None)),
    # where and when a speaker spoke, after "kata X": no event he tells (session 17)
    ('"Kami akan menambah armada bus tahun depan," kata Kepala Dinas Perhubungan Rudi Hartono dalam acara '
     'Penandatanganan Nota Kesepahaman di Balai Kota, Senin (2/9/2024).', ["Rudi Hartono"],
     Typed("STATEMENT", "Rudi Hartono", None)),
    ('"Ini pekerjaan besar yang sulit diselesaikan sendiri," ujar Bupati Rina Wati dalam Rapat Penanganan Kebakaran Lahan di Palangkaraya, '
     'Senin (16/9/2024) malam.', ["Rina Wati"], Typed("STATEMENT", "Rina Wati", None)),
    ("Menurut Rina Wati, kasus itu masih dalam penyelidikan oleh Polres Sukamaju.", ["Rina Wati", "Polres Sukamaju!"],
     Typed("ACCUSE", "Polres Sukamaju", None)),  # (after "menurut X," comes what he tells)
    # a demonstration before a body's building protests at that body (EVTYPES.md §4: "di Gedung KPK" -> KPK)
    ("Ratusan mahasiswa berunjuk rasa di depan Gedung DPRD Sukamaju, Senin (23/9/2024).", [],
     Typed("PROTEST", None, "DPRD Sukamaju")),
    ("Ribuan buruh menggelar aksi unjuk rasa di depan Gedung MPR/DPR, Jakarta, Selasa (24/9/2024).", [],
     Typed("PROTEST", None, "MPR/DPR")),
    ("Ribuan buruh berdemo di depan Gedung Sate, Bandung, Selasa (24/9/2024).", [], Typed("PROTEST", None, None)),
    # what an act was done for ("untuk", "agar") is not what happened
    ("Wali Kota Rina Wati menemui Gubernur Arman Siregar di Medan pada Senin (9/9/2024) untuk menyampaikan "
     "pengunduran dirinya.", ["Rina Wati", "Arman Siregar"], Typed("CONSULT", "Rina Wati", "Arman Siregar")),
    ("Serikat Buruh Sukamaju mendesak Bupati Hendra Gunawan untuk mundur dari jabatannya.",
     ["Serikat Buruh Sukamaju!", "Hendra Gunawan"], Typed("REQUEST", "Serikat Buruh Sukamaju", "Hendra Gunawan")),
    # a season or a schedule that "mundur" is put off: no one steps back
    ('"Musim hujan tahun ini (diprediksi) mundur hingga November," kata Kepala Stasiun Klimatologi Rina Wati.',
     ["Rina Wati"], Typed("STATEMENT", "Rina Wati", None)),
    # one side resolving on an act that is no cooperation: the act is told (EVTYPES.md §2.6), the subject its source
    ("Serikat Pekerja Nusantara sepakat untuk menggelar aksi unjuk rasa pada Kamis (3/10/2024).",
     ["Serikat Pekerja Nusantara!"], Typed("PROTEST", "Serikat Pekerja Nusantara", None)),
    ("Pengurus Partai Maju Bersama sepakat mendukung Rina Wati sebagai ketua umum, Senin (7/10/2024).",
     ["Partai Maju Bersama!", "Rina Wati"], Typed("SUPPORT", "Partai Maju Bersama", "Rina Wati")),
    ("Kementerian Perdagangan dan Asosiasi Petani Kopi sepakat mendukung program itu, Senin (7/10/2024).",
     ["Kementerian Perdagangan!", "Asosiasi Petani Kopi!"],
     Typed("AGREE", "Kementerian Perdagangan", "Asosiasi Petani Kopi")),  # (two parties: an agreement)
    # withdrawing one's letter, report or decree is a concession; revoking a permit or a passport a penalty
    ("Lembaga Perlindungan Anak Sukamaju mencabut surat edarannya tentang audisi itu pada Selasa (10/9/2024).",
     ["Lembaga Perlindungan Anak Sukamaju!"], Typed("CONCEDE", "Lembaga Perlindungan Anak Sukamaju", None)),
    ('"Saya memaafkan dan mencabut laporan saya," kata Rina Wati di Mapolda Sukamaju, Selasa (17/9/2024).', ["Rina Wati"],
     Typed("CONCEDE", "Rina Wati", None)),
    ("Kementerian Hukum mencabut paspor Hendra Gunawan pada Jumat (13/9/2024).", ["Kementerian Hukum!", "Hendra Gunawan"],
     Typed("SANCTION", "Kementerian Hukum", "Hendra Gunawan")),
    ("Mahkamah Konstitusi pada Senin (7/10/2024) mencabut Undang-Undang Nomor 4 Tahun 1963.", ["Mahkamah Konstitusi!"],
     Typed("SANCTION", "Mahkamah Konstitusi", None)),
    # a saying verb before "agar/supaya" reports a demand
    ("Bupati Rina Wati minta agar warga tidak membakar sampah di lahan gambut, Senin (16/9/2024).", ["Rina Wati"],
     Typed("REQUEST", "Rina Wati", None)),
    # a pronoun between a name and the verb is the verb's subject: the one named does not act
    ('"Dalam rapat dengan Menteri Hendra Gunawan, saya sampaikan agar pemerintah bertindak," ujar Rina Wati, Rabu (18/9/2024).',
     ["Hendra Gunawan", "Rina Wati"], Typed("REQUEST", "Rina Wati", None)),
    ("Rina Wati mengatakan, saat berkunjung ke kampus Universitas Sukamaju, ia mengkritik rencana itu.",
     ["Rina Wati", "Universitas Sukamaju!"], Typed("ACCUSE", "Rina Wati", None)),
    ("Ketika Hendra Gunawan menjabat menteri, dia memerintahkan pembangunan radar di pulau itu.", ["Hendra Gunawan"],
     Typed("REQUEST", "Hendra Gunawan", None)),  # (he is the one named)
    # a thing of someone's right before his name: the owner or maker does nothing the sentence tells
    ("Unggahan foto Rina Wati di Instagram pada Senin (16/9/2024) langsung menuai beragam komentar.", ["Rina Wati"],
     Typed("OTHER", None, None)),
    ("Pesawat karya Hendra Gunawan itu pertama kali terbang pada tahun 1994.", ["Hendra Gunawan"], Typed("OTHER", None, None)),
    ("Dalam film itu, Hendra Gunawan berhasil membangun suasana Jakarta tahun 1969.", ["Hendra Gunawan"],
     Typed("OTHER", "Hendra Gunawan", None)),  # (the film's own clause ends at the comma)
    # passive and ber- speech verbs
    ("Hal tersebut dikatakan saat menjadi narasumber acara televisi pada Senin (9/9/2024).", [], Typed("STATEMENT")),
    ("Pakar hukum Hendra Gunawan berujar, aturan itu sudah usang.", ["Hendra Gunawan"],
     Typed("STATEMENT", "Hendra Gunawan", None)),
    # something that "becomes a threat" poses one: no threat made (EVTYPES.md §1 THREATEN)
    ('"Peretas kini menjadi ancaman bagi data nasabah," ujar Rina Wati, Kamis (12/9/2024).', ["Rina Wati"],
     Typed("STATEMENT", "Rina Wati", None)),
    # an image captured is no arrest
    ("Satelit Aqua menangkap gambar langit Riau pada Senin (16/9/2024).", [], Typed("OTHER")),
    # helping a process along is no aid; helping a search is
    ('"Susu bisa membantu penurunan berat badan," kata dokter Rina Wati, Senin (9/9/2024).', ["Rina Wati"],
     Typed("STATEMENT", "Rina Wati", None)),
    ("Relawan membantu pencarian korban longsor di Desa Sukamaju, Senin (9/9/2024).", [], Typed("AID")),
    # joint work ended: ties cut, or in sport a coach's contract ended
    ("Kementerian Perdagangan mengakhiri kerja sama dengan PT Sinar Jaya pada Senin (9/9/2024).",
     ["Kementerian Perdagangan!", "PT Sinar Jaya!"], Typed("SANCTION", "Kementerian Perdagangan", "PT Sinar Jaya")),
    ("Hendra Gunawan harus mengakhiri kerja sama dengan klub Persiba usai kalah, Kamis (19/9/2024).",
     ["Hendra Gunawan", "Persiba!"], Typed("OTHER", "Hendra Gunawan", "Persiba")),
    # "ditetapkan jadi/menjadi tersangka" names a suspect as "ditetapkan sebagai tersangka" does
    ("Hendra Gunawan ditetapkan jadi tersangka oleh Kejaksaan Negeri Sukamaju pada Rabu (18/9/2024).",
     ["Hendra Gunawan", "Kejaksaan Negeri Sukamaju!"], Typed("ACCUSE", "Kejaksaan Negeri Sukamaju", "Hendra Gunawan")),
    # a wanted list ("daftar pencarian orang") is a step of the prosecution, not a search and rescue
    ("Polda Sulsel menerbitkan daftar pencarian orang terhadap Hendra Gunawan, Jumat (20/9/2024).",
     ["Polda Sulsel!"], Typed("ACCUSE", "Polda Sulsel", None)),
    # ... aimed at the one after "terhadap" ("kepada", "against") a few words on
    ("Polda Sulsel menerbitkan daftar pencarian orang (DPO) terhadap tersangka Hendra Gunawan, Jumat (20/9/2024).",
     ["Polda Sulsel!", "Hendra Gunawan"], Typed("ACCUSE", "Polda Sulsel", "Hendra Gunawan")),
]


@pytest.mark.parametrize("sentence, names, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_classify(sentence, names, expected):
    assert typed(sentence, *names) == expected


def typed_with_states(sentence: str, names: list[str], states: list[str]) -> Typed:
    """classify() with `states` (each written once in the sentence) given as its countries and capitals."""
    mentions = []
    for name in states:
        start = sentence.index(name)
        mentions.append(Mention(start, start + len(name), name, "organization"))
    actors = []
    for name in names:
        start = sentence.index(name)
        actors.append(Mention(start, start + len(name), name, "person"))
    return evtypes.classify(sentence, 0, len(sentence), actors, mentions)


STATE_CASES = [
    ("Rusia menuduh Amerika Serikat melanggar perjanjian itu, Senin (16/9/2024).", [], ["Rusia", "Amerika Serikat"],
     Typed("ACCUSE", "Rusia", "Amerika Serikat")),
    ("Pada bulan Mei, Washington mengakhiri keringanan sanksi bagi importir minyak.", [], ["Washington"],
     Typed("SANCTION", "Washington", None)),  # a capital for its government; a date and a comma before it
    ("Tentara Rusia menyerang sebuah desa di perbatasan pada Sabtu.", [], ["Rusia"], Typed("ASSAULT", "Rusia", None)),
    ("Uni Eropa mulai memberikan sanksi kepada Iran pada 2012.", [], ["Iran"], Typed("SANCTION", None, "Iran")),
    ("Iran mengatakan pihaknya siap berunding, Selasa (17/9/2024).", [], ["Iran"], Typed("AGREE", "Iran", None)),
    # a named person keeps his part; a place named as such, people of a country, a visit: no actor
    ("Menteri Rina Kartika menuduh Iran mendalangi serangan itu.", ["Rina Kartika"], ["Iran"],
     Typed("ACCUSE", "Rina Kartika", "Iran")),
    ("Polisi menangkap dua pencuri di Malaysia pada Senin (16/9/2024).", [], ["Malaysia"], Typed("COERCE", None, None)),
    ("Warga Jepang mengecam kenaikan pajak itu pada Senin (16/9/2024).", [], ["Jepang"], Typed("ACCUSE", None, None)),
    ("Presiden Hugo Lambert mengunjungi Jepang pada Senin (16/9/2024).", ["Hugo Lambert"], ["Jepang"],
     Typed("CONSULT", "Hugo Lambert", None)),
    ("Ditemui di TMP Kalibata, Jakarta, Kamis (12/9/2024), penyanyi itu mengaku sedih.", [], ["Jakarta"],
     Typed("STATEMENT", None, None)),  # an address, not a speaker
    ("Laporan dari media Amerika Serikat (AS) menyebut alat itu ditemukan pada 2017.", [], ["Amerika Serikat", "AS"],
     Typed("STATEMENT", None, None)),  # a country's media: no act of the state
    ("Pelatih berpaspor Belanda itu dipecat pada Kamis (19/9/2024).", [], ["Belanda"], Typed("SANCTION", None, None)),
    ("Jepang diguncang gempa bermagnitudo 6,1 pada Senin (16/9/2024).", [], ["Jepang"], Typed("DISASTER", None, None)),
]


@pytest.mark.parametrize("sentence, names, states, expected", STATE_CASES, ids=[c[0][:40] for c in STATE_CASES])
def test_countries_and_capitals_act(sentence, names, states, expected):
    assert typed_with_states(sentence, names, states) == expected


def test_a_state_that_acts_is_an_actor_of_the_article():
    import datetime as dt

    from events_cli.extract import extract_article
    from events_cli.models import Article

    record = extract_article(Article(text="Rusia menuduh Amerika Serikat melanggar perjanjian itu, Senin (16/9/2019).",
                                     origin="x", external_id="x", published=dt.date(2019, 9, 17)))
    event = record.main_event
    assert (event.type, event.source, event.target) == ("ACCUSE", "Rusia", "Amerika Serikat")
    # actors of the event, not ones the article names (no mentions: no organisation in the article's list)
    assert {(a.name, a.kind, tuple(a.mentions)) for a in record.actors} == {
        ("Rusia", "organization", ()), ("Amerika Serikat", "organization", ())}
    assert {p.name for p in record.places} >= {"Rusia"}  # still a place of the article
    # "RI" qualifies an office ("Presiden RI keenam"): never the republic acting, no actor
    record = extract_article(Article(text='"Ini membahayakan bangsa," kata Presiden RI keenam itu, Senin (9/9/2019).',
                                     origin="x", external_id="y", published=dt.date(2019, 9, 9)))
    assert "RI" not in {a.name for a in record.actors}


def test_a_protested_body_no_tagger_found_is_stored_as_the_event_target(tmp_path):
    """A target evtypes reads from the words ("di depan Gedung DPRD Sukamaju") with no place in the sentence
    is an actor of the event too, and the store writes it (it had no kind to write: KeyError)."""
    import datetime as dt

    from events_cli import store
    from events_cli.extract import extract_article
    from events_cli.models import Article

    record = extract_article(Article(text="Ratusan mahasiswa berunjuk rasa di depan Gedung DPRD Sukamaju, Senin (23/9/2024).",
                                     origin="x", external_id="x", published=dt.date(2024, 9, 24)))
    assert (record.main_event.type, record.main_event.target) == ("PROTEST", "DPRD Sukamaju")
    assert ("DPRD Sukamaju", "organization") in {(a.name, a.kind) for a in record.actors}
    con = store.connect(str(tmp_path / "e.duckdb"))
    store.write_articles(con, [record])
    assert con.execute("select type from events").fetchall() == [("PROTEST",)]


@pytest.mark.parametrize("stem, affixes, forms", [
    ("tangkap", "meN,di,ter,peN-an", ["menangkap", "mentangkap", "ditangkap", "tertangkap", "penangkapan", "pentangkapan"]),
    ("serang", "meN,-an", ["menyerang", "menserang", "serangan"]),
    ("pukul", "meN", ["memukul", "mempukul"]),
    ("kritik", "meN", ["mengkritik"]),
    ("bantu", "meN,di,-an", ["membantu", "dibantu", "bantuan"]),
    ("dukung", "meN", ["mendukung"]),
    ("larang", "meN,di,-an", ["melarang", "dilarang", "larangan"]),
    ("ajak", "meN", ["mengajak"]),
    ("gugat", "meN", ["menggugat"]),
    ("temu", "ber,meN-i,per-an", ["bertemu", "menemui", "mentemui", "pertemuan"]),
    ("runding", "ber", ["berunding"]),
    ("sepakat", "ke-an,meN-i", ["kesepakatan", "menyepakati", "mensepakati"]),
])
def test_indonesian_forms(stem, affixes, forms):
    assert [f for f, _ in evtypes.indonesian_forms(stem, affixes)] == forms


def test_english_forms():
    assert [f for f, _ in evtypes.english_forms("arrest")] == ["arrest", "arrests", "arresting", "arrested"]
    assert [f for f, _ in evtypes.english_forms("ban")] == ["ban", "bans", "baning", "baned", "banned", "banning"]


def test_shipped_lexicon_is_well_formed():
    from importlib import resources
    rows = evtypes.read_lexicon(
        resources.files("events_cli.data").joinpath("evtypes.tsv").read_text(encoding="utf-8").splitlines())
    assert {t for _, t, *_ in rows} == set(evtypes.TYPES)
    table = evtypes.lexicon()
    assert table["ditangkap"][0].type == "COERCE" and table["ditangkap"][0].voice == "pas"
    assert table["meminta"][0].words == ("meminta", "maaf")  # the longest phrase is tried first


@pytest.mark.parametrize("line, message", [
    ("tangkap\tARREST\t3\tid", "unknown type 'ARREST'"),
    ("tangkap\tCOERCE\t3\tverb", "unknown morph 'verb'"),
    ("Tangkap\tCOERCE\t3\tlit", "lower case"),
    ("tangkap\tCOERCE", "2 columns"),
])
def test_a_bad_lexicon_row_is_refused(line, message):
    with pytest.raises(ValueError, match=message):
        evtypes.read_lexicon([line])


def test_a_bad_affix_is_refused():
    with pytest.raises(ValueError, match="unknown affix 'meng'"):
        evtypes.indonesian_forms("tangkap", "meng")


def test_shipped_lexicon_passes_its_script_check():
    """scripts/evtypes_lexicon.py: every type has a row, no form is two types at one priority."""
    import importlib.util

    from conftest import ROOT

    spec = importlib.util.spec_from_file_location("evtypes_lexicon", ROOT / "scripts" / "evtypes_lexicon.py")
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.check() == []


@pytest.mark.parametrize("text, speaker", [
    # a speaker whose name is also a common word, named after the quote and its speech verb
    ('"Kami sudah berkenalan sejak lama," ucap Cinta dalam jumpa pers di Jakarta, Kamis (19/9/2019).', "Cinta"),
    ('"Semua kantor tetap buka seperti biasa," kata Pantas saat ditemui di Jakarta, Selasa (10/9/2019).', "Pantas"),
    # the closing quote as one bulk article in seven decodes it
    ('"Semua kantor tetap buka seperti biasa,\u201a\u00c4\u00f9 ujar Pantas, Selasa (10/9/2019).', "Pantas"),
])
def test_a_speaker_the_tagger_misses_is_named_by_the_speech_frame(text, speaker):
    from events_cli.extract import extract_article
    from events_cli.models import Article

    event = extract_article(Article(text=text, origin="x", external_id="x")).main_event
    assert (event.type, event.source) == ("STATEMENT", speaker)


def test_a_title_after_a_speech_verb_is_no_speaker():
    from events_cli.extract.actors import _speakers_untagged

    text = '"Semua kantor tetap buka," kata Kepala Dinas di Jakarta, Selasa (10/9/2019).'
    assert _speakers_untagged(text, []) == []
    text = '"Semua kantor tetap buka," ujar Sandi Mulya saat ditemui, Selasa (10/9/2019).'
    assert [e.text for e in _speakers_untagged(text, [])] == ["Sandi Mulya"]
    # one word stands for the fuller name written before it: both are the person's
    text = 'Peneliti LSM itu, Pantas Wibowo, hadir. "Semua kantor tetap buka," kata Pantas, Selasa (10/9/2019).'
    assert sorted(e.text for e in _speakers_untagged(text, [])) == ["Pantas", "Pantas Wibowo"]
