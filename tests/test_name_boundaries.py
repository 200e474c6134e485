"""Where a title ends and a name starts, where a role ends, and who a description names: paragraphs → (quote,
speaker, role), in both languages.

Each rule reads evidence from the article itself rather than from a list of
words: a later mention by surname, a word printed in lowercase elsewhere, a
relative clause after an apposition, an indefinite description set off before
a name. The sentences are written for these tests; a control in each table
shows what the rule must leave alone.
"""

from __future__ import annotations

import pytest

from build_scripts.contribute.quote_finder import find_quotes

Row = tuple[str, str | None, str | None]
Case = tuple[str, list[str], list[Row]]

SURNAME_TELLS_WHERE_THE_NAME_STARTS: list[Case] = [
    (
        "id",
        [
            "Ketua Kelompok Nelayan Tuna Karang Indah Samsudin mengatakan solar langka.",
            "“Kapal kami tidak melaut,” kata Samsudin.",
        ],
        [("Kapal kami tidak melaut,", "Samsudin", "Ketua Kelompok Nelayan Tuna Karang Indah")],
    ),
    (
        "id",
        [
            "Ketua Koperasi Unit Desa Sumber Makmur Karyono mengatakan pupuk langka.",
            "“Petani menunggu sejak Januari,” kata Karyono.",
        ],
        [("Petani menunggu sejak Januari,", "Karyono", "Ketua Koperasi Unit Desa Sumber Makmur")],
    ),
    (
        "id",
        ["Ketua Asosiasi Pengusaha Indonesia Shinta Widjaja Kamdani mengatakan upah naik.", "“Kami keberatan,” kata Shinta."],
        [("Kami keberatan,", "Shinta Widjaja Kamdani", "Ketua Asosiasi Pengusaha Indonesia")],
    ),
    (
        "id",
        [
            "Juru bicara Balai Wilayah Sungai Citarum, Dedi Rustandi Putra, menyebut tanggul sudah diperkuat. Menurut Dedi, "
            "“Pintu air dibuka bertahap.”"
        ],
        [("Pintu air dibuka bertahap.", "Dedi Rustandi Putra", "Juru bicara Balai Wilayah Sungai Citarum")],
    ),
    (
        "id",
        [
            "Kepala Dinas Pertanian Provinsi Jambi Muhammad Fadli Harahap mengatakan panen mundur.",
            "“Benih datang terlambat,” kata Fadli di Jambi.",
        ],
        [("Benih datang terlambat,", "Muhammad Fadli Harahap", "Kepala Dinas Pertanian Provinsi Jambi")],
    ),
    (
        "id",
        [
            "Kepala Balai Karantina Kota Kupang Siti Rahmawati Lubis mengatakan sapi diperiksa.",
            "“Semua sapi sehat,” ujar Rahmawati.",
        ],
        [("Semua sapi sehat,", "Siti Rahmawati Lubis", "Kepala Balai Karantina Kota Kupang")],
    ),
    (
        "id",
        ["Dukuh Ngablak Parjiman mengatakan jalan desa rusak.", "“Truk lewat tiap malam,” kata Parjiman."],
        [("Truk lewat tiap malam,", "Parjiman", "Dukuh Ngablak")],
    ),
    (
        "en",
        [
            "Finance Minister Carlos Mendes Pereira said the budget was final.",
            '"We will not borrow more," Mendes Pereira told reporters.',
        ],
        [("We will not borrow more,", "Carlos Mendes Pereira", "Finance Minister")],
    ),
    (
        "en",
        [
            "Shopkeeper Ahmed Farouk, whose stock was ruined, said the water rose within minutes.",
            '"Everything on the bottom shelves is gone," Farouk said.',
        ],
        [("Everything on the bottom shelves is gone,", "Ahmed Farouk", "Shopkeeper")],
    ),
    (
        "en",
        ["Beekeeper Hannah Clarke lost half her hives this winter.", '"It was the worst year I remember," Clarke said.'],
        [("It was the worst year I remember,", "Hannah Clarke", "Beekeeper")],
    ),
    (
        "en",
        ["Senator John T. Marsh opposed the bill.", '"It spends money we do not have," Marsh said.'],
        [("It spends money we do not have,", "John T. Marsh", "Senator")],
    ),
    (
        "en",
        ["Juan Carlos Ruiz, a fisherman, lost his boat.", '"The storm came at night," Ruiz said.'],
        [("The storm came at night,", "Juan Carlos Ruiz", "a fisherman")],
    ),
    (
        "id",
        [
            "Menteri Perikanan Takumi Sato mengatakan stok ikan terus menurun.",
            "“Kami akan membatasi tangkapan mulai bulan depan,” ujar Sato.",
        ],
        [("Kami akan membatasi tangkapan mulai bulan depan,", "Takumi Sato", "Menteri Perikanan")],
    ),
    (
        "id",
        [
            "Direktur Observatorium Eliza Montes menyebut hujan meteor akan terlihat jelas.",
            "“Langit di selatan akan cerah malam ini,” kata Montes.",
        ],
        [("Langit di selatan akan cerah malam ini,", "Eliza Montes", "Direktur Observatorium")],
    ),
    (
        "id",
        ["Ketua Parlemen Jonas Berg menerima delegasi itu.", "“Kerja sama ini sudah lama kami tunggu,” ujar Berg."],
        [("Kerja sama ini sudah lama kami tunggu,", "Jonas Berg", "Ketua Parlemen")],
    ),
    (
        "id",
        [
            "Presiden Brasil Luiz Inácio Lula tiba di Jakarta, Senin.",
            "“Hutan tropis adalah urusan kita bersama,” kata Lula.",
        ],
        [("Hutan tropis adalah urusan kita bersama,", "Luiz Inácio Lula", "Presiden Brasil")],
    ),
]

LOWERCASE_ELSEWHERE_IS_A_TITLE: list[Case] = [
    (
        "en",
        ["Several boatbuilders lost their workshops.", '"The sea took everything," said Boatbuilder Kofi Mensah.'],
        [("The sea took everything,", "Kofi Mensah", "Boatbuilder")],
    ),
    (
        "en",
        ["The shepherd moved his flock before dawn.", 'Shepherd Dawit Bekele said: "The grass is gone."'],
        [("The grass is gone.", "Dawit Bekele", "Shepherd")],
    ),
    (
        "en",
        ["Local beekeepers met on Monday.", '"Half the hives died," Beekeeper Hannah Clarke told the meeting.'],
        [("Half the hives died,", "Hannah Clarke", "Beekeeper")],
    ),
    (
        "id",
        [
            "Puluhan penambang pasir berunjuk rasa di depan kantor bupati.",
            "Penambang Joko Susilo mengatakan, “Kami hanya ingin bekerja.”",
        ],
        [("Kami hanya ingin bekerja.", "Joko Susilo", "Penambang")],
    ),
    (
        "id",
        [
            "Para pemulung di tempat pembuangan akhir kehilangan penghasilan.",
            "“Sampah plastik makin sedikit,” kata Pemulung Darto Sumarno.",
        ],
        [("Sampah plastik makin sedikit,", "Darto Sumarno", "Pemulung")],
    ),
    (
        "id",
        ["Pemandangan dari puncak itu indah sekali.", "“Kami datang setiap tahun,” kata Indah Permata Sari."],
        [("Kami datang setiap tahun,", "Indah Permata Sari", None)],
    ),
]

A_ROLE_ENDS_BEFORE_A_LONG_RELATIVE_CLAUSE: list[Case] = [
    (
        "en",
        ['"We lost the harvest," said Paul Ochieng, a farmer who watched the river wash away two seasons of maize.'],
        [("We lost the harvest,", "Paul Ochieng", "a farmer")],
    ),
    (
        "en",
        ['"The ward is full," said Ana Silva, a nurse at the district hospital who worked double shifts after the storm.'],
        [("The ward is full,", "Ana Silva", "a nurse at the district hospital")],
    ),
    (
        "en",
        ['"Prices doubled," said Lee Wong, an analyst at Harbour Bank, which tracks shipping rates in forty ports across Asia.'],
        [("Prices doubled,", "Lee Wong", "an analyst at Harbour Bank")],
    ),
    (
        "en",
        ['"The rope held," said Tom Reed, a climber who led the rescue.'],
        [("The rope held,", "Tom Reed", "a climber who led the rescue")],
    ),
    (
        "id",
        ["“Kami kehilangan semuanya,” kata Siti Aminah, petani yang mengungsi bersama tiga anaknya ke masjid di pusat desa."],
        [("Kami kehilangan semuanya,", "Siti Aminah", "petani")],
    ),
    (
        "id",
        ["“Kami siap,” kata Dewi Lestari, relawan yang memimpin evakuasi."],
        [("Kami siap,", "Dewi Lestari", "relawan yang memimpin evakuasi")],
    ),
    (
        "id",
        ["“Jalan ditutup sampai besok,” kata Bambang Irawan, Ketua RT yang baru, kepada wartawan."],
        [("Jalan ditutup sampai besok,", "Bambang Irawan", "Ketua RT yang baru")],
    ),
]

A_PRESENT_TENSE_RELATIVE_CLAUSE_IS_PART_OF_THE_ROLE: list[Case] = [
    (
        "id",
        ["“Air datang tiba-tiba,” ujar Rudi Hartono, sopir angkot yang sudah mengemudi di terminal itu selama dua puluh tahun."],
        [("Air datang tiba-tiba,", "Rudi Hartono", "sopir angkot yang sudah mengemudi di terminal itu selama dua puluh tahun")],
    ),
    (
        "en",
        [
            '"The ward is full," said Ana Silva, a nurse at the district hospital who has worked double shifts since the storm began.'
        ],
        [
            (
                "The ward is full,",
                "Ana Silva",
                "a nurse at the district hospital who has worked double shifts since the storm began",
            )
        ],
    ),
    (
        "en",
        ['"Salt eats the hulls," said Omar Haddad, a welder at the Aqaba yard who repairs trawlers for the fishing fleet.'],
        [("Salt eats the hulls,", "Omar Haddad", "a welder at the Aqaba yard who repairs trawlers for the fishing fleet")],
    ),
    (
        "en",
        ['"Prices fell," said Li Na, a trader who buys tea from growers near Hangzhou, 180 km (112 miles) south of Shanghai.'],
        [("Prices fell,", "Li Na", "a trader who buys tea from growers near Hangzhou, 180 km (112 miles) south of Shanghai")],
    ),
    (
        "en",
        ['"The pass is closed," said Kofi Mensah, a guide who was stranded on the ridge for three nights last week.'],
        [("The pass is closed,", "Kofi Mensah", "a guide")],
    ),
]

A_DESCRIPTION_THEN_A_NAME_IS_A_NEW_SPEAKER: list[Case] = [
    (
        "id",
        [
            "Perajin tenun di Desa Sukarara, Lalu Ahmad Fauzi, mengatakan benang makin mahal. “Kami kurangi produksi,” kata Fauzi.",
            "Lalu Anwar datang membawa kain. “Ini tenun terakhir,” kata Anwar.",
        ],
        [
            ("Kami kurangi produksi,", "Lalu Ahmad Fauzi", "Perajin tenun di Desa Sukarara"),
            ("Ini tenun terakhir,", "Anwar", None),
        ],
    ),
    (
        "id",
        [
            "Warga Desa Sukamulya yang juga ketua kelompok ternak, Darmini, menolak rencana itu. “Kami tidak diajak bicara,” ujar Darmini."
        ],
        [("Kami tidak diajak bicara,", "Darmini", "Warga Desa Sukamulya yang juga ketua kelompok ternak")],
    ),
    (
        "id",
        ["Seorang tukang parkir yang biasa berjaga di Pasar Legi, Slamet (52), mengeluh. “Motor makin sepi,” katanya."],
        [("Motor makin sepi,", "Slamet", "tukang parkir yang biasa berjaga di Pasar Legi")],
    ),
    (
        "en",
        ['A retired nurse who lives near the dam, Ann Cole, watched the water rise. "It came fast," she said.'],
        [("It came fast,", "Ann Cole", "retired nurse who lives near the dam")],
    ),
    (
        "en",
        [
            '"The road is open," Mayor John Smith said.',
            'A bus driver from the northern depot, Kwame, described the queues. "We waited four hours," he said.',
        ],
        [("The road is open,", "John Smith", "Mayor"), ("We waited four hours,", "Kwame", "bus driver from the northern depot")],
    ),
    (
        "en",
        [
            '"The dam is safe," Engineer Paul Grant said.',
            'One resident of the valley, Maria Lopez, disagreed. "The cracks are getting wider," she said.',
        ],
        [
            ("The dam is safe,", "Paul Grant", "Engineer"),
            ("The cracks are getting wider,", "Maria Lopez", "resident of the valley"),
        ],
    ),
    (
        "en",
        [
            '"We are ready," Coach Ben Ali said.',
            'A teenage goalkeeper from the youth team, Sami, trains every morning. "We want the cup," he said.',
        ],
        [("We are ready,", "Ben Ali", "Coach"), ("We want the cup,", "Sami", "teenage goalkeeper from the youth team")],
    ),
    (
        "id",
        [
            "“Stok beras aman,” kata Budi Waseso, Direktur Utama Bulog.",
            "Seorang penjual sayur di Pasar Kramat Jati, Warsini, mengeluhkan harga cabai. “Pembeli berkurang,” katanya.",
        ],
        [
            ("Stok beras aman,", "Budi Waseso", "Direktur Utama Bulog"),
            ("Pembeli berkurang,", "Warsini", "penjual sayur di Pasar Kramat Jati"),
        ],
    ),
    (
        "id",
        [
            "“Api berasal dari dapur,” kata Kapolsek Cempaka Putih Kompol Agus Salim.",
            "Salah satu warga Kampung Baru, Hendra Gunawan, melihat api dari rumahnya. “Suaranya keras sekali,” ujarnya.",
        ],
        [
            ("Api berasal dari dapur,", "Agus Salim", "Kapolsek Cempaka Putih Kompol"),
            ("Suaranya keras sekali,", "Hendra Gunawan", "warga Kampung Baru"),
        ],
    ),
    (
        "id",
        [
            "“Tanggul akan kami perbaiki,” kata Bupati Demak Eisti Setyawati.",
            "Seorang ibu rumah tangga, Murni, terpaksa mengungsi ke balai desa. “Kasur kami basah semua,” tuturnya.",
        ],
        [
            ("Tanggul akan kami perbaiki,", "Eisti Setyawati", "Bupati Demak"),
            ("Kasur kami basah semua,", "Murni", "ibu rumah tangga"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), SURNAME_TELLS_WHERE_THE_NAME_STARTS, ids=lambda v: str(v)[:40])
def test_a_later_mention_by_surname_tells_where_the_name_starts(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


@pytest.mark.parametrize(("language", "paragraphs", "expected"), LOWERCASE_ELSEWHERE_IS_A_TITLE, ids=lambda v: str(v)[:40])
def test_a_word_printed_as_a_lowercase_noun_elsewhere_is_a_title(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"), A_ROLE_ENDS_BEFORE_A_LONG_RELATIVE_CLAUSE, ids=lambda v: str(v)[:40]
)
def test_a_role_ends_before_a_long_relative_clause(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"), A_PRESENT_TENSE_RELATIVE_CLAUSE_IS_PART_OF_THE_ROLE, ids=lambda v: str(v)[:40]
)
def test_a_present_tense_relative_clause_is_part_of_the_role(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"), A_DESCRIPTION_THEN_A_NAME_IS_A_NEW_SPEAKER, ids=lambda v: str(v)[:40]
)
def test_a_description_then_a_name_is_a_new_speaker(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_BRACKETED_ACRONYM_ENDS_THE_OFFICE: list[Case] = [
    (
        "id",
        [
            "Sementara itu, Ketua Harian Yayasan Lembaga Perlindungan Pasien (YLPP) Sari Wulandari meminta antrean "
            "dipangkas. “Pasien jangan menunggu di lorong,” ucapnya."
        ],
        [("Pasien jangan menunggu di lorong,", "Sari Wulandari", "Ketua Harian Yayasan Lembaga Perlindungan Pasien (YLPP)")],
    ),
    (
        "id",
        ["Ketua Asosiasi Petani Garam Nusantara (Apgan) Hendro Wibisono menolak impor. “Kami keberatan,” katanya."],
        [("Kami keberatan,", "Hendro Wibisono", "Ketua Asosiasi Petani Garam Nusantara (Apgan)")],
    ),
    (
        "id",
        [
            "Ketua Umum Persatuan Bidan Desa Indonesia (PBDI) Ratna Kumalasari meminta honor dinaikkan. “Mereka sudah "
            "lama menunggu,” kata dia."
        ],
        [("Mereka sudah lama menunggu,", "Ratna Kumalasari", "Ketua Umum Persatuan Bidan Desa Indonesia (PBDI)")],
    ),
    (
        "en",
        ['Meanwhile, Executive Director of the Tenants Alliance (TA) Mark Ellison urged calm. "Rents will settle," he said.'],
        [("Rents will settle,", "Mark Ellison", "Executive Director of the Tenants Alliance (TA)")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_BRACKETED_ACRONYM_ENDS_THE_OFFICE, ids=lambda v: str(v)[:40])
def test_a_bracketed_acronym_ends_the_office_before_its_holder(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


PARTICLES_INSIDE_A_NAME: list[Case] = [
    (
        "en",
        ['Reverend Gethin ab Owain, the vicar of St Mary\'s, said the church stayed open. "We made tea for everyone," he said.'],
        [("We made tea for everyone,", "Gethin ab Owain", "the vicar of St Mary's")],
    ),
    (
        "en",
        ['Councillor Carl af Ugglas said the ferry would run. "Nobody will be stranded," he said.'],
        [("Nobody will be stranded,", "Carl af Ugglas", "Councillor")],
    ),
    (
        "en",
        ['Singer Rhiannon ap Gwilym told reporters the concert went on. "We sang by candlelight," she said.'],
        [("We sang by candlelight,", "Rhiannon ap Gwilym", "Singer")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), PARTICLES_INSIDE_A_NAME, ids=lambda v: str(v)[:40])
def test_a_lowercase_particle_stays_inside_the_name(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_PLACE_PRINTED_ALONE_ENDS_THE_TITLE: list[Case] = [
    (
        "id",
        [
            "Seekor ular piton muncul di Pekanbaru, Riau.",
            "“Ular itu masuk ke dapur warga,” ujar Kepala Bidang Penyelamatan Damkar Pekanbaru Noviarman saat dihubungi.",
        ],
        [("Ular itu masuk ke dapur warga,", "Noviarman", "Kepala Bidang Penyelamatan Damkar Pekanbaru")],
    ),
    (
        "id",
        [
            "Stok vaksin di Medan menipis.",
            "Kepala Dinas Kesehatan (Dinkes) Medan Alwi Hasibuan menjelaskan vaksin tersedia. “Stok cukup,” tuturnya.",
        ],
        [("Stok cukup,", "Alwi Hasibuan", "Kepala Dinas Kesehatan (Dinkes) Medan")],
    ),
    (
        "id",
        [
            "Banjir melanda Sukabumi.",
            "Kepala Pelaksana BPBD Sukabumi Deden Sumpena menjelaskan evakuasi. “Semua selamat,” ujarnya.",
        ],
        [("Semua selamat,", "Deden Sumpena", "Kepala Pelaksana BPBD Sukabumi")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_PLACE_PRINTED_ALONE_ENDS_THE_TITLE, ids=lambda v: str(v)[:40])
def test_a_place_printed_alone_elsewhere_ends_the_title_before_a_one_word_name(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_TITLE_OF_ADDRESS_OPENS_THE_NAME: list[Case] = [
    (
        "id",
        [
            "Kepala Bidang Operasi KSOP Tanjung Priok Capt. Yosef Manurung mengatakan pemeriksaan dilakukan setiap pagi.",
            "“Kapal tanpa pelampung tidak boleh berangkat,” kata Yosef.",
        ],
        [("Kapal tanpa pelampung tidak boleh berangkat,", "Yosef Manurung", "Kepala Bidang Operasi KSOP Tanjung Priok")],
    ),
    (
        "id",
        [
            "Wakil Ketua Komisi III DPRD Kabupaten Lebak Hj. Ratu Enong Suryani meminta dinas turun. “Jangan tunggu antrean,” tegas Ratu."
        ],
        [("Jangan tunggu antrean,", "Ratu Enong Suryani", "Wakil Ketua Komisi III DPRD Kabupaten Lebak")],
    ),
    (
        "id",
        [
            "Kepala Dinas Pertanian Kabupaten Bone Ir. Andi Muh. Yusuf Tenri mengatakan benih disalurkan. “Benih cukup,” kata Yusuf."
        ],
        [("Benih cukup,", "Andi Muh. Yusuf Tenri", "Kepala Dinas Pertanian Kabupaten Bone")],
    ),
    (
        "id",
        [
            "Kepala Pelaksana BPBD Kabupaten Sinjai, Drs. Andi Muh. Arfah Baso, mengatakan tim masih mendata. “Jalan putus,” kata Arfah."
        ],
        [("Jalan putus,", "Andi Muh. Arfah Baso", "Kepala Pelaksana BPBD Kabupaten Sinjai")],
    ),
    (
        "id",
        ["Ketua Kelompok Tenun Songket Ni Made Sariasih menyebut harga benang naik. “Benang emas mahal,” ujar Sariasih."],
        [("Benang emas mahal,", "Ni Made Sariasih", "Ketua Kelompok Tenun Songket")],
    ),
    (
        "id",
        ["Bendesa Adat Kuta Ida Bagus Ketut Sudira mengatakan upacara tetap digelar. “Tidak bisa ditunda,” kata Sudira."],
        [("Tidak bisa ditunda,", "Ida Bagus Ketut Sudira", "Bendesa Adat Kuta")],
    ),
    (
        "id",
        ["Kepala Dinas Kelautan Aceh Besar Cut Nyak Rahmah mengatakan bantuan segera tiba. “Perahu sudah dikirim,” ujar Rahmah."],
        [("Perahu sudah dikirim,", "Cut Nyak Rahmah", "Kepala Dinas Kelautan Aceh Besar")],
    ),
    (
        "id",
        ["Kapolres Bone AKBP Dr. Andi Erwin Saputra mengatakan pelaku ditahan. “Kami dalami motifnya,” kata Erwin."],
        [("Kami dalami motifnya,", "Andi Erwin Saputra", "Kapolres Bone AKBP")],
    ),
    (
        "en",
        ["“The channel is closed until further notice,” harbour master Capt. Owen Price told reporters."],
        [("The channel is closed until further notice,", "Owen Price", "harbour master")],
    ),
    (
        "en",
        ["Police Chief Supt. Daniel Okoro said two men were arrested. “They were caught at the border,” Okoro said."],
        [("They were caught at the border,", "Daniel Okoro", "Police Chief")],
    ),
    (
        "en",
        ["“We will hold the line,” said Army Gen. Mark Ellison."],
        [("We will hold the line,", "Mark Ellison", "Army Gen.")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_TITLE_OF_ADDRESS_OPENS_THE_NAME, ids=lambda v: str(v)[:40])
def test_a_title_of_address_or_name_prefix_after_a_title_belongs_to_the_name(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    """ "Capt.", "Hj.", "Drs." are the person's, never the title's tail; "Andi", "Muh.", "Ni Made", "Ida Bagus",
    "Cut Nyak" and a word of rank after such a title ("Hj. Ratu") open the name; a police rank stays the office's
    (the gold's convention); a rank alone is the role (control)."""
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_PLACE_IS_NEVER_A_SPEAKER: list[Case] = [
    (
        "id",
        ["Badan meteorologi nasional Spanyol mengatakan panas ekstrem akan bertahan “setidaknya hingga akhir pekan”."],
        [("setidaknya hingga akhir pekan", None, None)],
    ),
    (
        "id",
        ["Kementerian luar negeri Jerman menyatakan bahwa perundingan akan berlanjut “dalam waktu dekat”."],
        [("dalam waktu dekat", None, None)],
    ),
    ("id", ["“Kami tidak akan mundur,” kata Filipina dalam pernyataan resmi."], [("Kami tidak akan mundur,", None, None)]),
    ("id", ["Provinsi Jawa Tengah menyebut stok beras “cukup sampai Lebaran”."], [("cukup sampai Lebaran", None, None)]),
    (
        "en",
        ["The national weather service of Portugal said the heat would last “well into next week”."],
        [("well into next week", None, None)],
    ),
    ("en", ["“We will not pay,” Mexico said in a statement."], [("We will not pay,", None, None)]),
    (
        "id",
        ["Hujan belum turun di Tarragona.", "Dinas pertanian Tarragona menyebut panen “hilang separuh”."],
        [("hilang separuh", None, None)],
    ),
    ("en", ["“We sold out by noon,” said Sydney Tan, a baker."], [("We sold out by noon,", "Sydney Tan", "a baker")]),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_PLACE_IS_NEVER_A_SPEAKER, ids=lambda v: str(v)[:40])
def test_a_country_province_or_city_is_never_proposed_as_a_speaker(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    """Countries in either language's spelling, provinces, cities and places the article prints ("di
    Tarragona") are nobody; a person named like a city is still a person (control)."""
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected
