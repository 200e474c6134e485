"""Paragraphs written in the house styles of the newsrooms `new` reads (AP, Reuters, AFP, Wikinews; ANTARA,
Kompas, Tempo, Detik, CNN Indonesia), each with the speaker and role shapes such newsrooms print most: a title
before the name with its institution and abbreviation in brackets, "selaku", "yang juga", "menurut", a quote
introduced by a colon, an attribution inside a quote, a nickname ("atau Tiko", "yang akrab disapa Bu Iyah"), a
companion between the speaker and the verb ("yang didampingi …"), a doctor's "dr." in lowercase, an initial
opening a name ("R. Gani Muhamad"), numbered neighbourhood units ("RT 03/RW 05"), a possessor before a role. Paragraphs →
(quote, speaker, role), as an editor would annotate them; the sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from build_scripts.contribute.quote_finder import find_quotes

Row = tuple[str, str | None, str | None]
Case = tuple[str, list[str], list[Row]]

INDONESIAN_NEWSROOMS: list[Case] = [
    (
        "id",
        [
            'Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Maritim Tanjung Perak, Dedi Kurniawan, mengatakan gelombang tinggi diperkirakan hingga Jumat. "Nelayan kami minta tidak melaut dulu," kata Dedi di Surabaya, Rabu (12/3/2025).'
        ],
        [
            (
                "Nelayan kami minta tidak melaut dulu,",
                "Dedi Kurniawan",
                "Kepala Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) Stasiun Maritim Tanjung Perak",
            )
        ],
    ),
    (
        "id",
        [
            'Ketua panitia, Rahmat Hidayat selaku Kepala Bidang Kebudayaan Dinas Pendidikan Kota Padang, menyebut acara dibuka gubernur. "Ada 40 sanggar yang tampil," ujarnya.'
        ],
        [("Ada 40 sanggar yang tampil,", "Rahmat Hidayat", "Ketua panitia")],
    ),
    (
        "id",
        [
            '"Kami sudah siapkan 12 pompa portabel," kata Slamet Riyadi, yang juga Kepala Seksi Kedaruratan BPBD Kota Semarang, Selasa.'
        ],
        [("Kami sudah siapkan 12 pompa portabel,", "Slamet Riyadi", "Kepala Seksi Kedaruratan BPBD Kota Semarang")],
    ),
    (
        "id",
        [
            'Menurut Direktur Eksekutif Institute for Development of Economics and Finance (Indef) Esther Sri Astuti, kenaikan harga beras dipicu panen yang mundur. "Pasokan dari sentra produksi belum masuk," ujar Esther.'
        ],
        [
            (
                "Pasokan dari sentra produksi belum masuk,",
                "Esther Sri Astuti",
                "Direktur Eksekutif Institute for Development of Economics and Finance (Indef)",
            )
        ],
    ),
    (
        "id",
        ['Camat Tamalate, Andi Fadly, menegaskan: "Pedagang yang berjualan di trotoar akan kami tertibkan mulai pekan depan."'],
        [("Pedagang yang berjualan di trotoar akan kami tertibkan mulai pekan depan.", "Andi Fadly", "Camat Tamalate")],
    ),
    (
        "id",
        [
            '"Saya tidak tahu harus ke mana," kata seorang pengungsi, Marlina (34), sambil menggendong anaknya. "Rumah kami sudah rata dengan tanah," lanjutnya.'
        ],
        [
            ("Saya tidak tahu harus ke mana,", "Marlina", "pengungsi"),
            ("Rumah kami sudah rata dengan tanah,", "Marlina", "pengungsi"),
        ],
    ),
    (
        "id",
        [
            'Juru bicara Kementerian Luar Negeri (Kemlu) RI Rolliansyah Soemirat mengatakan pemerintah memantau situasi. Roy, sapaan akrabnya, menambahkan, "Belum ada laporan WNI yang menjadi korban."'
        ],
        [
            (
                "Belum ada laporan WNI yang menjadi korban.",
                "Rolliansyah Soemirat",
                "Juru bicara Kementerian Luar Negeri (Kemlu) RI",
            )
        ],
    ),
    (
        "id",
        [
            '"Kami minta warga tetap tenang," kata Wali Kota Bogor Dedie A Rachim kepada wartawan di Balai Kota Bogor. Dedie yang didampingi Sekretaris Daerah Kota Bogor Denny Mulyadi menambahkan, "Posko sudah dibuka 24 jam."'
        ],
        [
            ("Kami minta warga tetap tenang,", "Dedie A Rachim", "Wali Kota Bogor"),
            ("Posko sudah dibuka 24 jam.", "Dedie A Rachim", "Wali Kota Bogor"),
        ],
    ),
    (
        "id",
        [
            'Direktur Utama PT Transportasi Jakarta (Transjakarta), Welfizon Yuza, memastikan layanan tetap berjalan. Menurut Welfizon, "Armada cadangan sudah kami siagakan di setiap depo."'
        ],
        [
            (
                "Armada cadangan sudah kami siagakan di setiap depo.",
                "Welfizon Yuza",
                "Direktur Utama PT Transportasi Jakarta (Transjakarta)",
            )
        ],
    ),
    (
        "id",
        [
            'Pengamat transportasi dari Universitas Katolik Soegijapranata, Djoko Setijowarno, menilai tarif perlu dievaluasi. "Subsidi harus tepat sasaran," kata Djoko saat dihubungi, Minggu.'
        ],
        [("Subsidi harus tepat sasaran,", "Djoko Setijowarno", "Pengamat transportasi dari Universitas Katolik Soegijapranata")],
    ),
]

INDONESIAN_POLICE_AND_REGIONS: list[Case] = [
    (
        "id",
        [
            'Kapolres Metro Jakarta Selatan Kombes Ade Rahmat Idnal mengatakan pelaku ditangkap di Depok. "Pelaku sudah kami amankan," kata Ade.'
        ],
        [("Pelaku sudah kami amankan,", "Ade Rahmat Idnal", "Kapolres Metro Jakarta Selatan Kombes")],
    ),
    (
        "id",
        ['"Stok pupuk subsidi aman sampai Juni," tutur Kepala Puskesmas Cibeber dr. Rina Marlina kepada detikJabar.'],
        [("Stok pupuk subsidi aman sampai Juni,", "Rina Marlina", "Kepala Puskesmas Cibeber")],
    ),
    (
        "id",
        [
            '"Kami mendesak pemerintah menghentikan impor," kata anggota Komisi IV DPR RI dari Fraksi PKB, Daniel Johan, di Kompleks Parlemen.'
        ],
        [("Kami mendesak pemerintah menghentikan impor,", "Daniel Johan", "anggota Komisi IV DPR RI dari Fraksi PKB")],
    ),
    (
        "id",
        [
            'Ketua Umum Asosiasi Pedagang Pasar Seluruh Indonesia (APPSI) Sudaryono mengatakan harga cabai naik. "Pasokan dari petani turun," ujar Sudaryono.'
        ],
        [("Pasokan dari petani turun,", "Sudaryono", "Ketua Umum Asosiasi Pedagang Pasar Seluruh Indonesia (APPSI)")],
    ),
    (
        "id",
        [
            'Wakil Menteri BUMN Kartika Wirjoatmodjo atau Tiko mengatakan restrukturisasi rampung. "Semua sudah disetujui kreditur," kata Tiko.'
        ],
        [("Semua sudah disetujui kreditur,", "Kartika Wirjoatmodjo", "Wakil Menteri BUMN")],
    ),
    (
        "id",
        [
            'Kepala Desa Sukamaju, Ujang Supriatna, saat ditemui di kantornya, Senin (3/3/2025), mengatakan jalan desa rusak. "Sudah tiga tahun tidak diaspal," ungkapnya.'
        ],
        [("Sudah tiga tahun tidak diaspal,", "Ujang Supriatna", "Kepala Desa Sukamaju")],
    ),
    (
        "id",
        [
            'Plt Kepala Dinas Kesehatan Kabupaten Cianjur dr. Frida Laila Yahya mengimbau warga waspada. Menurut dia, "Kasus DBD naik dua kali lipat."'
        ],
        [("Kasus DBD naik dua kali lipat.", "Frida Laila Yahya", "Plt Kepala Dinas Kesehatan Kabupaten Cianjur")],
    ),
    (
        "id",
        ['"Bantuan sudah kami salurkan ke 14 desa," ujar Sekretaris Daerah (Sekda) Kabupaten Garut, Nurdin Yana, Kamis.'],
        [("Bantuan sudah kami salurkan ke 14 desa,", "Nurdin Yana", "Sekretaris Daerah (Sekda) Kabupaten Garut")],
    ),
    (
        "id",
        ['Salah seorang sopir angkot, Jajang (45), mengaku pendapatannya turun. "Sehari cuma dapat Rp50 ribu," katanya.'],
        [("Sehari cuma dapat Rp50 ribu,", "Jajang", "sopir angkot")],
    ),
    (
        "id",
        [
            'Kasi Humas Polres Garut Iptu Ridwan Tampubolon menjelaskan kronologi kejadian. "Korban sempat dibawa ke rumah sakit," jelas Ridwan.'
        ],
        [("Korban sempat dibawa ke rumah sakit,", "Ridwan Tampubolon", "Kasi Humas Polres Garut Iptu")],
    ),
]

ENGLISH_NEWSROOMS: list[Case] = [
    (
        "en",
        [
            'MANILA, March 3 (Reuters) - The Philippine central bank held rates steady on Thursday. "Inflation is within our target range," Bangko Sentral ng Pilipinas (BSP) Governor Eli Remolona told reporters.'
        ],
        [("Inflation is within our target range,", "Eli Remolona", "Bangko Sentral ng Pilipinas (BSP) Governor")],
    ),
    (
        "en",
        [
            '"We\'re not going to rush this," said Maria Gonzalez, director of the Center for Water Policy at the University of Arizona. "It took ten years to build."'
        ],
        [
            (
                "We're not going to rush this,",
                "Maria Gonzalez",
                "director of the Center for Water Policy at the University of Arizona",
            ),
            (
                "It took ten years to build.",
                "Maria Gonzalez",
                "director of the Center for Water Policy at the University of Arizona",
            ),
        ],
    ),
    (
        "en",
        [
            'The ministry\'s spokesperson, Ahmed Karimi, said the border would stay closed. Karimi, a former diplomat, added: "This is a temporary measure."'
        ],
        [("This is a temporary measure.", "Ahmed Karimi", "ministry's spokesperson")],
    ),
    (
        "en",
        [
            'According to Dr. Lena Fischer, an epidemiologist at Charité hospital in Berlin, the wave has peaked. "Cases are falling in every district," she said.'
        ],
        [("Cases are falling in every district,", "Lena Fischer", "an epidemiologist at Charité hospital in Berlin")],
    ),
    (
        "en",
        ['Police Commissioner Rajesh Kumar said: "We have identified three suspects."'],
        [("We have identified three suspects.", "Rajesh Kumar", "Police Commissioner")],
    ),
    (
        "en",
        ['"I think," said Anna Kowalski, the festival\'s artistic director, "that people simply wanted to be together again."'],
        [
            ("I think,", "Anna Kowalski", "the festival's artistic director"),
            ("that people simply wanted to be together again.", "Anna Kowalski", "the festival's artistic director"),
        ],
    ),
    (
        "en",
        ['U.N. Secretary-General Antonio Guterres warned that "time is running out" for the talks.'],
        [("time is running out", "Antonio Guterres", "U.N. Secretary-General")],
    ),
    (
        "en",
        ['"We stand with the farmers," Jean-Pierre Martin, head of the FNSEA farmers\' union in Brittany, told AFP.'],
        [("We stand with the farmers,", "Jean-Pierre Martin", "head of the FNSEA farmers' union in Brittany")],
    ),
    (
        "en",
        [
            'The company\'s chief executive, Laura Chen, said in a statement that "safety is our first priority." Chen, 52, took over in January.'
        ],
        [("safety is our first priority.", "Laura Chen", "company's chief executive")],
    ),
]

ENGLISH_WIRES: list[Case] = [
    (
        "en",
        [
            'NAIROBI, Kenya (AP) — Kenya\'s Health Cabinet Secretary Aden Duale said the vaccine doses would arrive by Friday. "We are ready," Duale said.'
        ],
        [("We are ready,", "Aden Duale", "Kenya's Health Cabinet Secretary")],
    ),
    (
        "en",
        ['Lt. Gov. Dan Patrick, a Republican, told reporters the bill would pass. "We have the votes," Patrick said.'],
        [("We have the votes,", "Dan Patrick", "a Republican")],
    ),
    (
        "en",
        ['"No one told us anything," said a 34-year-old mother of two, who asked not to be named for fear of reprisals.'],
        [("No one told us anything,", None, None)],
    ),
    (
        "en",
        [
            'Sheikh Hasina\'s adviser, Salman F. Rahman, said on Monday the talks would resume. "Both sides want a deal," Rahman said.'
        ],
        [("Both sides want a deal,", "Salman F. Rahman", "Sheikh Hasina's adviser")],
    ),
    (
        "en",
        ['In a statement, the Federal Aviation Administration said it was "reviewing the incident."'],
        [("reviewing the incident.", "Federal Aviation Administration", None)],
    ),
    (
        "en",
        ['"The roof just went," said Gareth Evans, 61, a retired miner from Merthyr Tydfil, Wales.'],
        [("The roof just went,", "Gareth Evans", "a retired miner from Merthyr Tydfil, Wales")],
    ),
    (
        "en",
        ['Maj. Gen. Pat Ryder, the Pentagon press secretary, said: "We\'re not going to speculate."'],
        [("We're not going to speculate.", "Pat Ryder", "the Pentagon press secretary")],
    ),
    (
        "en",
        ['"Prices will keep rising," warned Sophie Dubois, chief economist at BNP Paribas in Paris.'],
        [("Prices will keep rising,", "Sophie Dubois", "chief economist at BNP Paribas in Paris")],
    ),
    (
        "en",
        [
            'Former President Jimmy Carter\'s grandson, Jason Carter, said the family was grateful. "He would have loved this," Carter said.'
        ],
        [("He would have loved this,", "Jason Carter", "Former President Jimmy Carter's grandson")],
    ),
]

INDONESIAN_LATER_MENTIONS: list[Case] = [
    (
        "id",
        ['"Kami tidak menaikkan tarif tahun ini," ujar Syafrin Liputo yang juga Kepala Dinas Perhubungan (Dishub) DKI Jakarta.'],
        [("Kami tidak menaikkan tarif tahun ini,", "Syafrin Liputo", "Kepala Dinas Perhubungan (Dishub) DKI Jakarta")],
    ),
    (
        "id",
        ['Pj Gubernur Jawa Barat Bey Machmudin meninjau lokasi banjir. "Warga terdampak akan mendapat bantuan tunai," kata Bey.'],
        [("Warga terdampak akan mendapat bantuan tunai,", "Bey Machmudin", "Pj Gubernur Jawa Barat")],
    ),
    (
        "id",
        ['Pj. Wali Kota Bekasi R. Gani Muhamad mengatakan pompa ditambah. "Ada enam pompa baru," kata Gani.'],
        [("Ada enam pompa baru,", "R. Gani Muhamad", "Pj. Wali Kota Bekasi")],
    ),
    (
        "id",
        ['"Kalau hujan deras, air langsung masuk rumah," tutur Sumarni (52), warga RT 03/RW 05 Kelurahan Cawang.'],
        [("Kalau hujan deras, air langsung masuk rumah,", "Sumarni", "warga RT 03/RW 05 Kelurahan Cawang")],
    ),
    (
        "id",
        ['Ketua RT setempat, Pak Darto, mengatakan warga sudah mengungsi sejak subuh. "Yang lansia kami dahulukan," kata Darto.'],
        [("Yang lansia kami dahulukan,", "Darto", "Ketua RT setempat")],
    ),
    (
        "id",
        [
            '"Kami baru tahu dari media sosial," tutur perempuan yang akrab disapa Bu Iyah itu. Iyah adalah pedagang sayur di Pasar Kramat Jati.'
        ],
        [("Kami baru tahu dari media sosial,", "Iyah", None)],
    ),
    (
        "id",
        [
            'CEO PT Eduka Nusantara, Rizky Pratama, mengatakan platformnya menjangkau 2 juta siswa. "Kami fokus ke daerah 3T," ujar Rizky.'
        ],
        [("Kami fokus ke daerah 3T,", "Rizky Pratama", "CEO PT Eduka Nusantara")],
    ),
    (
        "id",
        [
            'Ketua Himpunan Nelayan Seluruh Indonesia (HNSI) Jawa Tengah, Riswanto, meminta solar ditambah. "Kuota kami habis di pertengahan bulan," katanya.'
        ],
        [("Kuota kami habis di pertengahan bulan,", "Riswanto", "Ketua Himpunan Nelayan Seluruh Indonesia (HNSI) Jawa Tengah")],
    ),
    (
        "id",
        [
            'Menurut Kepala Badan Pusat Statistik (BPS) Amalia Adininggar Widyasanti, inflasi Februari terkendali. "Harga pangan mulai turun," ujar Amalia.'
        ],
        [("Harga pangan mulai turun,", "Amalia Adininggar Widyasanti", "Kepala Badan Pusat Statistik (BPS)")],
    ),
    (
        "id",
        [
            'Hal itu disampaikan Kepala Bidang Humas Polda Metro Jaya Kombes Ade Ary Syam Indradi di Jakarta, Senin. "Tersangka dijerat pasal berlapis," kata Ade Ary.'
        ],
        [("Tersangka dijerat pasal berlapis,", "Ade Ary Syam Indradi", "Kepala Bidang Humas Polda Metro Jaya Kombes")],
    ),
]

ENGLISH_TITLES_AND_PLACES: list[Case] = [
    (
        "en",
        ['"We expect deliveries to recover," Tesla Inc Chief Financial Officer Vaibhav Taneja told analysts.'],
        [("We expect deliveries to recover,", "Vaibhav Taneja", "Tesla Inc Chief Financial Officer")],
    ),
    (
        "en",
        ['"Search teams are working around the clock," said Jorge Ramos, a spokesman for Mexico\'s civil protection agency.'],
        [("Search teams are working around the clock,", "Jorge Ramos", "a spokesman for Mexico's civil protection agency")],
    ),
    (
        "en",
        [
            'Hungarian Prime Minister Viktor Orban\'s chief of staff Gergely Gulyas said the veto stood. "Nothing has changed," Gulyas said.'
        ],
        [("Nothing has changed,", "Gergely Gulyas", "Hungarian Prime Minister Viktor Orban's chief of staff")],
    ),
    (
        "en",
        [
            '"We are monitoring the situation closely," said Dr. Tedros Adhanom Ghebreyesus, director-general of the World Health Organization (WHO).'
        ],
        [
            (
                "We are monitoring the situation closely,",
                "Tedros Adhanom Ghebreyesus",
                "director-general of the World Health Organization (WHO)",
            )
        ],
    ),
    (
        "en",
        ['Speaking at a news conference in Geneva, WHO spokesperson Margaret Harris said: "The numbers are still rising."'],
        [("The numbers are still rising.", "Margaret Harris", "WHO spokesperson")],
    ),
    (
        "en",
        [
            'A government spokesperson, Siti Nurbaya, told AFP the fires were under control. "We have deployed 3,000 firefighters," she said.'
        ],
        [("We have deployed 3,000 firefighters,", "Siti Nurbaya", "government spokesperson")],
    ),
    (
        "en",
        ['"The ice road opened three weeks late," said Mary Kudlak, an elder in Ulukhaktok, in Canada\'s Northwest Territories.'],
        [("The ice road opened three weeks late,", "Mary Kudlak", "an elder in Ulukhaktok, in Canada's Northwest Territories")],
    ),
    (
        "en",
        ['European Commission President Ursula von der Leyen told lawmakers: "Europe must be able to defend itself."'],
        [("Europe must be able to defend itself.", "Ursula von der Leyen", "European Commission President")],
    ),
    (
        "en",
        ['"It\'s like a war zone," Jean Baptiste, 38, a teacher in Les Cayes, told Reuters by phone.'],
        [("It's like a war zone,", "Jean Baptiste", "a teacher in Les Cayes")],
    ),
    (
        "en",
        ['"The decision is final," said Judge Amanda Whitfield of the U.S. District Court in Manhattan.'],
        [("The decision is final,", "Amanda Whitfield", "Judge")],
    ),
]

INDONESIAN_OFFICES_AND_ELDERS: list[Case] = [
    (
        "id",
        [
            'Ketua DPRD Kabupaten Sleman, H. Haris Sugiharto, S.E., M.M., mengatakan anggaran sudah disetujui. "Tinggal eksekusi," kata Haris.'
        ],
        [("Tinggal eksekusi,", "Haris Sugiharto", "Ketua DPRD Kabupaten Sleman")],
    ),
    (
        "id",
        ['"Kami sudah menyurati kementerian," ujar Nurhayati, salah seorang pedagang di Pasar Induk Caringin.'],
        [("Kami sudah menyurati kementerian,", "Nurhayati", "salah seorang pedagang di Pasar Induk Caringin")],
    ),
    (
        "id",
        [
            'Dosen Fakultas Ekonomi dan Bisnis Universitas Gadjah Mada (UGM) Eddy Junarsin menilai suku bunga terlalu tinggi. "Kredit UMKM akan tertahan," katanya.'
        ],
        [("Kredit UMKM akan tertahan,", "Eddy Junarsin", "Dosen Fakultas Ekonomi dan Bisnis Universitas Gadjah Mada (UGM)")],
    ),
    (
        "id",
        ['"Pelaku terancam lima tahun penjara," kata Kasatreskrim Polres Bantul AKP Muhammad Faizal Firdaus.'],
        [("Pelaku terancam lima tahun penjara,", "Muhammad Faizal Firdaus", "Kasatreskrim Polres Bantul AKP")],
    ),
    (
        "id",
        ['Warga lainnya, Suparno (61), mengaku belum menerima bantuan. "Belum ada yang datang," ucapnya.'],
        [("Belum ada yang datang,", "Suparno", "Warga lainnya")],
    ),
    (
        "id",
        [
            'Direktur Jenderal Perhubungan Darat Kementerian Perhubungan Hendro Sugiatno mengatakan uji emisi diperketat. "Bus tua tidak akan lolos," ujar Hendro.'
        ],
        [("Bus tua tidak akan lolos,", "Hendro Sugiatno", "Direktur Jenderal Perhubungan Darat Kementerian Perhubungan")],
    ),
    (
        "id",
        [
            'Seorang petugas SPBU di Jalan Ahmad Yani, Dimas (24), mengatakan antrean mengular sejak pagi. "Solar habis jam sepuluh," kata Dimas.'
        ],
        [("Solar habis jam sepuluh,", "Dimas", "petugas SPBU di Jalan Ahmad Yani")],
    ),
    (
        "id",
        ['"Tanah ini warisan leluhur," tegas Tetua Adat Dayak Iban Sungai Utik, Apai Janggut.'],
        [("Tanah ini warisan leluhur,", "Apai Janggut", "Tetua Adat Dayak Iban Sungai Utik")],
    ),
    (
        "id",
        [
            'Guru Besar Ilmu Tanah Institut Pertanian Bogor (IPB) Prof. Dr. Budi Mulyanto mengingatkan bahaya alih fungsi lahan. "Sawah yang hilang tidak kembali," kata Budi.'
        ],
        [("Sawah yang hilang tidak kembali,", "Budi Mulyanto", "Guru Besar Ilmu Tanah Institut Pertanian Bogor (IPB)")],
    ),
]

INDONESIAN_DESCRIPTIONS_WITH_PLACES: list[Case] = [
    (
        "id",
        [
            'Seorang pembudi daya ikan kerapu di Desa Sumberkima, Kabupaten Buleleng, Made Artawan (47), mengatakan ikannya mati mendadak. "Dalam dua hari 300 ekor mati," katanya.'
        ],
        [("Dalam dua hari 300 ekor mati,", "Made Artawan", "pembudi daya ikan kerapu di Desa Sumberkima, Kabupaten Buleleng")],
    ),
    (
        "id",
        [
            'Salah satu pedagang di Pasar Beringharjo, Yogyakarta, Sutinah (58), mengaku omzetnya turun. "Pembeli sepi sejak Lebaran," ujar Sutinah.'
        ],
        [("Pembeli sepi sejak Lebaran,", "Sutinah", "pedagang di Pasar Beringharjo, Yogyakarta")],
    ),
    (
        "id",
        ['"Order turun hampir separuh," kata Agus Salim, salah satu pengemudi ojek daring di kawasan Sudirman, Jakarta Pusat.'],
        [("Order turun hampir separuh,", "Agus Salim", "salah satu pengemudi ojek daring di kawasan Sudirman, Jakarta Pusat")],
    ),
    (
        "id",
        ['"Gunung ini masih aktif," kata ahli vulkanologi dari Institut Teknologi Bandung (ITB), Mirzam Abdurrachman.'],
        [("Gunung ini masih aktif,", "Mirzam Abdurrachman", "ahli vulkanologi dari Institut Teknologi Bandung (ITB)")],
    ),
    (
        "id",
        [
            'Juru bicara Badan Pengawas Obat dan Makanan (BPOM), Eka Rosmalasari, mengatakan produk itu ditarik. "Izin edarnya kami cabut," ujar Eka.'
        ],
        [("Izin edarnya kami cabut,", "Eka Rosmalasari", "Juru bicara Badan Pengawas Obat dan Makanan (BPOM)")],
    ),
    (
        "id",
        ['"Kami kehabisan tabung oksigen," ungkap seorang perawat di RSUD Dr. Soetomo, Surabaya, yang enggan disebut namanya.'],
        [("Kami kehabisan tabung oksigen,", None, None)],
    ),
    (
        "id",
        [
            'Peneliti Pusat Riset Iklim dan Atmosfer Badan Riset dan Inovasi Nasional (BRIN) Erma Yulihastin mengingatkan cuaca ekstrem. "Hujan lebat bisa datang tiba-tiba," kata Erma.'
        ],
        [
            (
                "Hujan lebat bisa datang tiba-tiba,",
                "Erma Yulihastin",
                "Peneliti Pusat Riset Iklim dan Atmosfer Badan Riset dan Inovasi Nasional (BRIN)",
            )
        ],
    ),
    (
        "id",
        [
            'Ketua Kelompok Pembudidaya Rumput Laut Mandiri Jaya, Baharuddin Daeng Sila, mengatakan harga jatuh. "Sekilo cuma Rp8.000," kata Baharuddin.'
        ],
        [("Sekilo cuma Rp8.000,", "Baharuddin Daeng Sila", "Ketua Kelompok Pembudidaya Rumput Laut Mandiri Jaya")],
    ),
    (
        "id",
        ['"Sudah tiga hari kami tidak melaut," tutur nelayan asal Muara Angke, Jakarta Utara, Rohim (50).'],
        [("Sudah tiga hari kami tidak melaut,", "Rohim", "nelayan asal Muara Angke, Jakarta Utara")],
    ),
    (
        "id",
        [
            'Direktur Eksekutif Lembaga Bantuan Hukum (LBH) Jakarta Fadhil Alfathan menilai penggusuran itu melanggar hukum. "Warga tidak pernah diajak bicara," ujarnya.'
        ],
        [("Warga tidak pernah diajak bicara,", "Fadhil Alfathan", "Direktur Eksekutif Lembaga Bantuan Hukum (LBH) Jakarta")],
    ),
]

ENGLISH_FEATURES: list[Case] = [
    (
        "en",
        ['"There is no money left for repairs," the city\'s finance director, Tomasz Nowak, told the council.'],
        [("There is no money left for repairs,", "Tomasz Nowak", "city's finance director")],
    ),
    (
        "en",
        [
            'In an interview with Wikinews, festival organiser Hanna Berg said the event would return. "We will be back next summer," Berg said.'
        ],
        [("We will be back next summer,", "Hanna Berg", "festival organiser")],
    ),
    (
        "en",
        ['According to police spokesperson Anna Lindqvist, "the driver was not under the influence."'],
        [("the driver was not under the influence.", "Anna Lindqvist", "police spokesperson")],
    ),
    (
        "en",
        ['Local councillor Mark Davies, a Labour member, said: "Residents deserve answers."'],
        [("Residents deserve answers.", "Mark Davies", "Local councillor")],
    ),
    (
        "en",
        [
            'Dr. Priya Raman, a cardiologist, and her colleague Dr. Omar Saleh both signed the letter. "We could not stay silent," Raman said.'
        ],
        [("We could not stay silent,", "Priya Raman", "a cardiologist")],
    ),
    (
        "en",
        ['Volunteer firefighter Luis Ortega described the scene. "The flames jumped the road in seconds," Ortega said.'],
        [("The flames jumped the road in seconds,", "Luis Ortega", "Volunteer firefighter")],
    ),
    (
        "en",
        ['"I have never seen it this low," said boatman Nguyen Van Hai, pointing at the riverbank.'],
        [("I have never seen it this low,", "Nguyen Van Hai", "boatman")],
    ),
    (
        "en",
        ['Residents such as Rosa Mendes, a 70-year-old widow, said they had nowhere to go. "Where would I live?" Mendes asked.'],
        [("Where would I live?", "Rosa Mendes", "a 70-year-old widow")],
    ),
]

INDONESIAN_DETIK_AND_CNN: list[Case] = [
    (
        "id",
        [
            'Dikonfirmasi terpisah, Kapolsek Cibeunying Kaler AKP Dedi Supriadi membenarkan kejadian tersebut. "Korban sudah kami antar ke rumah sakit," kata dia.'
        ],
        [("Korban sudah kami antar ke rumah sakit,", "Dedi Supriadi", "Kapolsek Cibeunying Kaler AKP")],
    ),
    (
        "id",
        ['Hal senada diungkapkan Sumarno, warga setempat. "Jalan ini gelap kalau malam," ucapnya.'],
        [("Jalan ini gelap kalau malam,", "Sumarno", "warga setempat")],
    ),
    (
        "id",
        [
            'Kepala Sekolah SDN 3 Cikole, Euis Komariah, saat dikonfirmasi detikJabar, Senin (3/3/2025), mengatakan murid dipulangkan. "Atap kelas bocor semua," katanya.'
        ],
        [("Atap kelas bocor semua,", "Euis Komariah", "Kepala Sekolah SDN 3 Cikole")],
    ),
    (
        "id",
        [
            'Sementara itu, Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Jawa Tengah, Muhamad Chomsul, menuturkan, "Kami sudah kirim logistik sejak subuh."'
        ],
        [
            (
                "Kami sudah kirim logistik sejak subuh.",
                "Muhamad Chomsul",
                "Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Jawa Tengah",
            )
        ],
    ),
    (
        "id",
        ['"Ini bukan kejadian pertama," ujar Ketua RW 07, Encep Saepudin, saat ditemui di lokasi, Minggu (2/3).'],
        [("Ini bukan kejadian pertama,", "Encep Saepudin", "Ketua RW 07")],
    ),
    (
        "id",
        [
            'Hal tersebut disampaikan Wakil Ketua DPR RI Sufmi Dasco Ahmad di Kompleks Parlemen, Senayan. "Kami minta semua pihak menahan diri," ujar Dasco.'
        ],
        [("Kami minta semua pihak menahan diri,", "Sufmi Dasco Ahmad", "Wakil Ketua DPR RI")],
    ),
    (
        "id",
        [
            'Anggota Badan Permusyawaratan Desa (BPD) Cilame, Ujang Rahmat, menyebut warga belum menerima ganti rugi. "Janjinya bulan lalu," kata Ujang.'
        ],
        [("Janjinya bulan lalu,", "Ujang Rahmat", "Anggota Badan Permusyawaratan Desa (BPD) Cilame")],
    ),
    (
        "id",
        [
            '"Ada sekitar 40 rumah yang rusak berat," kata Camat Pangalengan Dadang Hermawan kepada detikJabar melalui sambungan telepon, Selasa (4/3/2025).'
        ],
        [("Ada sekitar 40 rumah yang rusak berat,", "Dadang Hermawan", "Camat Pangalengan")],
    ),
    (
        "id",
        [
            'Menurut Ketua Asosiasi Petani Tembakau Indonesia (APTI) Jawa Timur, K. Muhammad Sodik, cuaca buruk membuat daun busuk. "Kualitasnya turun jauh," ujar Sodik.'
        ],
        [("Kualitasnya turun jauh,", "K. Muhammad Sodik", "Ketua Asosiasi Petani Tembakau Indonesia (APTI) Jawa Timur")],
    ),
    (
        "id",
        ['Pemilik warung, Bu Tatik (55), mengaku dagangannya hanyut. "Semua hanyut, tidak ada yang tersisa," kata Tatik.'],
        [("Semua hanyut, tidak ada yang tersisa,", "Tatik", "Pemilik warung")],
    ),
]

INDONESIAN_TEMPO_AND_AP: list[Case] = [
    (
        "id",
        [
            '"Kami tidak bisa mengonfirmasi jumlah korban," kata Sarah Ferguson, juru bicara Palang Merah Internasional, kepada The Associated Press.'
        ],
        [("Kami tidak bisa mengonfirmasi jumlah korban,", "Sarah Ferguson", "juru bicara Palang Merah Internasional")],
    ),
    (
        "id",
        [
            '"Keputusan itu sudah final," kata seorang pejabat kementerian yang tidak mau disebutkan namanya karena tidak berwenang berbicara kepada media.'
        ],
        [("Keputusan itu sudah final,", None, None)],
    ),
    (
        "id",
        [
            'Mantan Menteri Kelautan dan Perikanan Susi Pudjiastuti mengkritik kebijakan ekspor pasir laut. "Ini merusak ekosistem," kata Susi melalui akun media sosialnya.'
        ],
        [("Ini merusak ekosistem,", "Susi Pudjiastuti", "Mantan Menteri Kelautan dan Perikanan")],
    ),
    (
        "id",
        [
            'Guru honorer di SD Negeri 1 Sukamaju, Cianjur, Neneng Hasanah, mengaku belum digaji tiga bulan. "Kami tetap mengajar," ujarnya.'
        ],
        [("Kami tetap mengajar,", "Neneng Hasanah", "Guru honorer di SD Negeri 1 Sukamaju, Cianjur")],
    ),
    (
        "id",
        ['"Saya sudah 20 tahun berjualan di sini," kata Haji Mahmud, pedagang kambing di Pasar Hewan Jonggol.'],
        [("Saya sudah 20 tahun berjualan di sini,", "Mahmud", "pedagang kambing di Pasar Hewan Jonggol")],
    ),
    (
        "id",
        [
            'Direktur Jenderal Imigrasi Silmy Karim menyatakan, paspor akan dicetak di daerah. Menurut Silmy, "Antrean di Jakarta terlalu panjang."'
        ],
        [("Antrean di Jakarta terlalu panjang.", "Silmy Karim", "Direktur Jenderal Imigrasi")],
    ),
    (
        "id",
        [
            '"Saya khawatir anak-anak tidak bisa sekolah," kata Yohana Kogoya, ibu tiga anak di Distrik Sinak, Kabupaten Puncak, Papua Tengah.'
        ],
        [
            (
                "Saya khawatir anak-anak tidak bisa sekolah,",
                "Yohana Kogoya",
                "ibu tiga anak di Distrik Sinak, Kabupaten Puncak, Papua Tengah",
            )
        ],
    ),
    (
        "id",
        [
            'Komisioner Komisi Nasional Hak Asasi Manusia (Komnas HAM) Anis Hidayah mengatakan pihaknya menerima aduan. "Kami akan turun ke lapangan," kata Anis.'
        ],
        [("Kami akan turun ke lapangan,", "Anis Hidayah", "Komisioner Komisi Nasional Hak Asasi Manusia (Komnas HAM)")],
    ),
    (
        "id",
        [
            '"Kalau tidak ada hujan, sawah kami puso," ucap Tarmin (60), petani di Desa Karangsari, Kecamatan Cikarang Timur, Kabupaten Bekasi.'
        ],
        [
            (
                "Kalau tidak ada hujan, sawah kami puso,",
                "Tarmin",
                "petani di Desa Karangsari, Kecamatan Cikarang Timur, Kabupaten Bekasi",
            )
        ],
    ),
    (
        "id",
        [
            'Ketua Fraksi Partai Gerindra Budisatrio Djiwandono mengatakan fraksinya setuju. "Kami tidak akan terburu-buru," kata Budisatrio.'
        ],
        [("Kami tidak akan terburu-buru,", "Budisatrio Djiwandono", "Ketua Fraksi Partai Gerindra")],
    ),
]

ENGLISH_REUTERS_AND_AP: list[Case] = [
    (
        "en",
        ['"We will not negotiate under threat," Ukrainian Foreign Minister Andrii Sybiha told a news conference in Kyiv.'],
        [("We will not negotiate under threat,", "Andrii Sybiha", "Ukrainian Foreign Minister")],
    ),
    (
        "en",
        [
            'Brazil\'s environment minister, Marina Silva, said deforestation fell 30%. "It is the result of enforcement," Silva said.'
        ],
        [("It is the result of enforcement,", "Marina Silva", "Brazil's environment minister")],
    ),
    (
        "en",
        ['"The market had priced this in," said Kyle Rodda, senior financial market analyst at Capital.com in Melbourne.'],
        [("The market had priced this in,", "Kyle Rodda", "senior financial market analyst at Capital.com in Melbourne")],
    ),
    (
        "en",
        ['A spokesperson for the ministry, who declined to be named, said "all options are on the table."'],
        [("all options are on the table.", None, None)],
    ),
    (
        "en",
        [
            '"It was chaos," said Maria Fernanda Rojas, 29, a nurse at the Hospital San Juan de Dios. Rojas said the emergency room ran out of beds.'
        ],
        [("It was chaos,", "Maria Fernanda Rojas", "a nurse at the Hospital San Juan de Dios")],
    ),
    (
        "en",
        [
            'Kenyan President William Ruto\'s spokesman Hussein Mohamed said in a statement that "the government will not be intimidated."'
        ],
        [("the government will not be intimidated.", "Hussein Mohamed", "Kenyan President William Ruto's spokesman")],
    ),
    (
        "en",
        ['Amina J. Mohammed, the U.N. deputy secretary-general, told delegates: "We are off track."'],
        [("We are off track.", "Amina J. Mohammed", "the U.N. deputy secretary-general")],
    ),
    (
        "en",
        ['"I\'ve lost three cows this month," said herder Batbayar Dorj, 54, standing beside a frozen carcass.'],
        [("I've lost three cows this month,", "Batbayar Dorj", "herder")],
    ),
    (
        "en",
        ['Lt. Col. Nadav Shoshani, an Israeli military spokesman, said troops had "struck dozens of targets."'],
        [("struck dozens of targets.", "Nadav Shoshani", "an Israeli military spokesman")],
    ),
]

INDONESIAN_ANTARA: list[Case] = [
    (
        "id",
        [
            'Pelaksana Tugas (Plt) Kepala Dinas Lingkungan Hidup Kota Depok, Abdul Rahman, mengatakan armada sampah ditambah. "Kami tambah sepuluh truk," ujar dia.'
        ],
        [("Kami tambah sepuluh truk,", "Abdul Rahman", "Pelaksana Tugas (Plt) Kepala Dinas Lingkungan Hidup Kota Depok")],
    ),
    (
        "id",
        [
            '"Kami sudah berkoordinasi dengan pemerintah daerah," kata Budi Santoso selaku Kepala Kantor SAR Kelas A Semarang, Sabtu.'
        ],
        [("Kami sudah berkoordinasi dengan pemerintah daerah,", "Budi Santoso", "Kepala Kantor SAR Kelas A Semarang")],
    ),
    (
        "id",
        [
            'Kepala Stasiun Geofisika BMKG Yogyakarta, Setyo Aji Prayudi, mengimbau warga tidak panik. Ia menjelaskan gempa tidak berpotensi tsunami. "Warga tetap tenang," katanya.'
        ],
        [("Warga tetap tenang,", "Setyo Aji Prayudi", "Kepala Stasiun Geofisika BMKG Yogyakarta")],
    ),
    (
        "id",
        [
            '"Pengiriman ke Eropa naik 12 persen," kata Kepala Balai Karantina Pertanian Kelas I Denpasar I Putu Terunanegara di Denpasar, Rabu.'
        ],
        [("Pengiriman ke Eropa naik 12 persen,", "I Putu Terunanegara", "Kepala Balai Karantina Pertanian Kelas I Denpasar")],
    ),
    (
        "id",
        [
            'Anggota DPRD Provinsi Papua Barat Daya, Yosias Saroy, mendesak pemerintah membuka akses jalan. "Warga di pedalaman terisolasi," kata Yosias.'
        ],
        [("Warga di pedalaman terisolasi,", "Yosias Saroy", "Anggota DPRD Provinsi Papua Barat Daya")],
    ),
    (
        "id",
        [
            'Kapolda Sumatera Utara Irjen Pol Whisnu Hermawan Februanto mengatakan pelaku sudah dibekuk. "Dua orang kami tangkap," ujar Whisnu.'
        ],
        [("Dua orang kami tangkap,", "Whisnu Hermawan Februanto", "Kapolda Sumatera Utara Irjen Pol")],
    ),
    (
        "id",
        [
            'Di tempat terpisah, pengamat kebijakan publik Universitas Trisakti Trubus Rahadiansyah menilai aturan itu tumpang tindih. "Harus ada harmonisasi," kata Trubus.'
        ],
        [("Harus ada harmonisasi,", "Trubus Rahadiansyah", "pengamat kebijakan publik Universitas Trisakti")],
    ),
    (
        "id",
        [
            'Menteri Koordinator Bidang Pangan Zulkifli Hasan atau yang akrab disapa Zulhas mengatakan stok beras aman. "Tidak perlu impor," kata Zulhas.'
        ],
        [("Tidak perlu impor,", "Zulkifli Hasan", "Menteri Koordinator Bidang Pangan")],
    ),
    (
        "id",
        [
            '"Pembangunan jembatan ditargetkan selesai Desember," ujar Kepala Bidang Bina Marga Dinas PUPR Kabupaten Bantul, Aris Suharyanta.'
        ],
        [
            (
                "Pembangunan jembatan ditargetkan selesai Desember,",
                "Aris Suharyanta",
                "Kepala Bidang Bina Marga Dinas PUPR Kabupaten Bantul",
            )
        ],
    ),
    (
        "id",
        [
            'Ketua Umum Perkumpulan Petani Garam Rakyat Indonesia, Jakfar Sodikin, menyebut harga garam anjlok. "Petani rugi," katanya.'
        ],
        [("Petani rugi,", "Jakfar Sodikin", "Ketua Umum Perkumpulan Petani Garam Rakyat Indonesia")],
    ),
]

INDONESIAN_PERSON_NOUNS_IN_AN: list[Case] = [
    (
        "id",
        ['"Kami menolak relokasi," kata Darmin, perwakilan warga Kampung Bayam.'],
        [("Kami menolak relokasi,", "Darmin", "perwakilan warga Kampung Bayam")],
    ),
    (
        "id",
        ['Pensiunan guru asal Klaten, Sutarmi (67), mengaku baru pertama kali ikut demonstrasi. "Saya ikut demi cucu," ujarnya.'],
        [("Saya ikut demi cucu,", "Sutarmi", "Pensiunan guru asal Klaten")],
    ),
    (
        "id",
        ['"Seni harus hadir di ruang publik," kata budayawan Butet Kartaredjasa di Yogyakarta.'],
        [("Seni harus hadir di ruang publik,", "Butet Kartaredjasa", "budayawan")],
    ),
]

INDONESIAN_CORPORATE_TITLES: list[Case] = [
    (
        "id",
        [
            'Corporate Secretary PT Kereta Commuter Indonesia (KCI) Joni Martinus dalam keterangan tertulisnya menyampaikan: "Perjalanan KRL kembali normal pukul 10.00 WIB."'
        ],
        [
            (
                "Perjalanan KRL kembali normal pukul 10.00 WIB.",
                "Joni Martinus",
                "Corporate Secretary PT Kereta Commuter Indonesia (KCI)",
            )
        ],
    ),
    (
        "id",
        [
            '"Kami mohon maaf atas ketidaknyamanan ini," kata Vice President Public Relations KAI Anne Purba dalam keterangan tertulis, Kamis (6/3/2025).'
        ],
        [("Kami mohon maaf atas ketidaknyamanan ini,", "Anne Purba", "Vice President Public Relations KAI")],
    ),
    (
        "id",
        [
            'Kepala Seksi Pengendalian dan Operasi (Kasi Dalops) Damkar Jakarta Timur, Gatot Sulaeman, membenarkan adanya kebakaran. "Api berasal dari korsleting listrik," jelasnya saat dikonfirmasi Kompas.com.'
        ],
        [
            (
                "Api berasal dari korsleting listrik,",
                "Gatot Sulaeman",
                "Kepala Seksi Pengendalian dan Operasi (Kasi Dalops) Damkar Jakarta Timur",
            )
        ],
    ),
    (
        "id",
        ['"Ini bentuk kepedulian kami," tutur General Manager PLN UID Jakarta Raya, Lasiran, dalam siaran pers.'],
        [("Ini bentuk kepedulian kami,", "Lasiran", "General Manager PLN UID Jakarta Raya")],
    ),
    (
        "id",
        [
            'Sekretaris Perusahaan PT Jasa Marga (Persero) Tbk, Lisye Octaviana, mengatakan tarif baru berlaku Minggu. "Penyesuaian tarif sesuai undang-undang," kata Lisye.'
        ],
        [("Penyesuaian tarif sesuai undang-undang,", "Lisye Octaviana", "Sekretaris Perusahaan PT Jasa Marga (Persero) Tbk")],
    ),
    (
        "id",
        ['"Sudah dua minggu air PDAM mati," keluh Rina (38), ibu rumah tangga di Perumahan Villa Mutiara, Kota Bekasi.'],
        [("Sudah dua minggu air PDAM mati,", "Rina", "ibu rumah tangga di Perumahan Villa Mutiara, Kota Bekasi")],
    ),
    (
        "id",
        ["“Kami mohon maaf,” kata Vice President Public Relations KAI Anne Purba.", "Menurutnya, “Tarif tidak naik.”"],
        [
            ("Kami mohon maaf,", "Anne Purba", "Vice President Public Relations KAI"),
            ("Tarif tidak naik.", "Anne Purba", "Vice President Public Relations KAI"),
        ],
    ),
]

ENGLISH_LAWMAKERS_AND_AFFILIATIONS: list[Case] = [
    (
        "en",
        ['"This bill is dead on arrival," said Senate Majority Leader John Thune, R-S.D.'],
        [("This bill is dead on arrival,", "John Thune", "Senate Majority Leader")],
    ),
    (
        "en",
        ['House Speaker Mike Johnson, R-La., told reporters the vote would happen Friday. "We have the numbers," Johnson said.'],
        [("We have the numbers,", "Mike Johnson", "House Speaker")],
    ),
    (
        "en",
        [
            '"We\'re not going to accept cuts to Medicaid," said Rep. Rosa DeLauro of Connecticut, the top Democrat on the Appropriations Committee.'
        ],
        [("We're not going to accept cuts to Medicaid,", "Rosa DeLauro", "the top Democrat on the Appropriations Committee")],
    ),
    (
        "en",
        [
            'Texas Agriculture Commissioner Sid Miller said the screwworm threat was real. "We have to stop it at the border," Miller said.'
        ],
        [("We have to stop it at the border,", "Sid Miller", "Texas Agriculture Commissioner")],
    ),
    (
        "en",
        ['"The governor has been clear," said Izzy Gardon, a spokesman for Gov. Gavin Newsom.'],
        [("The governor has been clear,", "Izzy Gardon", "a spokesman for Gov. Gavin Newsom")],
    ),
    (
        "en",
        ['Former Secretary of State Hillary Clinton wrote on social media that "democracy is on the ballot."'],
        [("democracy is on the ballot.", "Hillary Clinton", "Former Secretary of State")],
    ),
    (
        "en",
        ['"I\'m not going anywhere," Mayor Brandon Johnson said at City Hall.'],
        [("I'm not going anywhere,", "Brandon Johnson", "Mayor")],
    ),
    (
        "en",
        ['The White House press secretary, Karoline Leavitt, said: "The president will sign it."'],
        [("The president will sign it.", "Karoline Leavitt", "White House press secretary")],
    ),
    (
        "en",
        ['"Crews may switch it off," said Tristan Hale of University College London, a shipping researcher.'],
        [("Crews may switch it off,", "Tristan Hale", "a shipping researcher")],
    ),
    (
        "en",
        ['"It broadcasts on its own," said Doug Marsh of Milltech Marine, a firm specialising in tracking.'],
        [("It broadcasts on its own,", "Doug Marsh", None)],
    ),
]

INDONESIAN_ATTRIBUTION_AFTER_THE_QUOTE: list[Case] = [
    (
        "id",
        [
            "“Tahun ini kami targetkan 50.000 wisatawan.” Demikian dikatakan Kepala Dinas Pariwisata Kabupaten Belitung, "
            "Hendra Gunawan, di Tanjung Pandan, Sabtu."
        ],
        [("Tahun ini kami targetkan 50.000 wisatawan.", "Hendra Gunawan", "Kepala Dinas Pariwisata Kabupaten Belitung")],
    ),
    (
        "id",
        ["“Jalan sudah kami perbaiki.” Hal itu disampaikan Kepala Dinas PUPR Kota Bekasi Arief Maulana di Bekasi, Senin."],
        [("Jalan sudah kami perbaiki.", "Arief Maulana", "Kepala Dinas PUPR Kota Bekasi")],
    ),
    (
        "id",
        ["“Stok darah menipis,” ujar Kepala Unit Donor Darah PMI Kota Medan dr. Ruben Pardede."],
        [("Stok darah menipis,", "Ruben Pardede", "Kepala Unit Donor Darah PMI Kota Medan")],
    ),
    (
        "id",
        ["“Pemeriksaan saksi masih berlangsung,” tutur Kasi Penkum Kejati Sulsel Soetarmi kepada wartawan."],
        [("Pemeriksaan saksi masih berlangsung,", "Soetarmi", "Kasi Penkum Kejati Sulsel")],
    ),
]


UNSEEN_ROUND_SEVEN_CLASSES: list[Case] = [
    # A lowercase degree between the office and the name belongs to the person ("drg.", "drh."); a capitalised one too.
    (
        "id",
        [
            'Kepala Seksi Kesehatan Lingkungan Dinas Kesehatan Kabupaten Sikka drh. Maria Goreti Wodon mengatakan vaksinasi rabies dimulai pekan depan. "Stok vaksin cukup untuk 20 ribu ekor," kata Maria.'
        ],
        [
            (
                "Stok vaksin cukup untuk 20 ribu ekor,",
                "Maria Goreti Wodon",
                "Kepala Seksi Kesehatan Lingkungan Dinas Kesehatan Kabupaten Sikka",
            )
        ],
    ),
    (
        "id",
        [
            'Kepala Puskesmas Kota Ende Ir. Yohanes Bata mengatakan air bersih terbatas. "Kami kirim tangki setiap pagi," kata Yohanes.'
        ],
        [("Kami kirim tangki setiap pagi,", "Yohanes Bata", "Kepala Puskesmas Kota Ende")],
    ),
    # A position outside the lists opening the sentence, with the country it serves, before the name set off by commas.
    (
        "id",
        ['Juri Malaysia, Ahmad Zaki, menilai laga berjalan sportif. "Tidak ada protes resmi," tutur Zaki.'],
        [("Tidak ada protes resmi,", "Ahmad Zaki", "Juri Malaysia")],
    ),
    # Controls: a body opening the sentence, and a list of names after a place, are no role.
    (
        "id",
        ['Timnas Indonesia, kata Budi Santoso, siap bertanding. "Pemain sudah pulih semua," ujar Budi.'],
        [("Pemain sudah pulih semua,", "Budi Santoso", None)],
    ),
    (
        "id",
        ['Jakarta, Budi Santoso, dan Andi Wijaya hadir di acara itu. "Acara ini penting," kata Budi.'],
        [("Acara ini penting,", "Budi Santoso", None)],
    ),
    # A role printed only at a later mention by one name is the full name's; the first role printed stays.
    (
        "id",
        [
            "Sri Lestari Handayani menjual sayur di pasar itu sejak 1998.",
            'Sri, yang juga Ketua Paguyuban Pedagang Pasar Legi, menolak relokasi. "Pembeli kami di sini," kata Sri.',
        ],
        [("Pembeli kami di sini,", "Sri Lestari Handayani", "Ketua Paguyuban Pedagang Pasar Legi")],
    ),
    (
        "id",
        [
            'Sekretaris desa Ngadirejo, Wahyu Santoso, membenarkan kejadian itu. "Ada tiga rumah rusak," kata Wahyu.',
            'Wahyu, yang juga Ketua Karang Taruna Ngadirejo, menyebut pemuda ikut membantu. "Mereka bekerja sampai malam," ujar Wahyu.',
        ],
        [
            ("Ada tiga rumah rusak,", "Wahyu Santoso", "Sekretaris desa Ngadirejo"),
            ("Mereka bekerja sampai malam,", "Wahyu Santoso", "Sekretaris desa Ngadirejo"),
        ],
    ),
    (
        "id",
        [
            'Dedi Kurniawan Saputra membuka bengkel las sejak 2010. Dedi, yang juga Ketua Paguyuban Bengkel Las Cimahi, menolak kenaikan tarif listrik. "Pelanggan kami kecil-kecil," kata Dedi.'
        ],
        [("Pelanggan kami kecil-kecil,", "Dedi Kurniawan Saputra", "Ketua Paguyuban Bengkel Las Cimahi")],
    ),
    # Control: a country mentioned alone with an apposition lends it to no one.
    (
        "id",
        [
            "Menteri Luar Negeri Sugiono menemui mitranya di Jenewa.",
            'Indonesia, negara kepulauan terbesar, menyiapkan bantuan. "Kami kirim dua kapal," kata Sugiono.',
        ],
        [("Kami kirim dua kapal,", "Sugiono", "Menteri Luar Negeri")],
    ),
    # Spanish names with "de los", "de las": the later mention keeps the particle, and stands for the full name.
    (
        "en",
        ['Juan de los Rios, 44, a fisherman, said the catch was poor. "The river is too low," de los Rios said.'],
        [("The river is too low,", "Juan de los Rios", "a fisherman")],
    ),
    (
        "en",
        [
            'Maria de las Mercedes Ortiz, a teacher in Rosario, said classes were cut. "We teach in shifts now," de las Mercedes Ortiz said.'
        ],
        [("We teach in shifts now,", "Maria de las Mercedes Ortiz", "a teacher in Rosario")],
    ),
    # Control: "Los" capitalised in a place is no particle.
    (
        "en",
        ['Health officer Jane Cole, who came from Los Angeles, said the clinic was full. "We turn people away," Cole said.'],
        [("We turn people away,", "Jane Cole", "Health officer")],
    ),
    # An office whose fields go on after "dan", named after the verb: its holder comes after the whole title.
    (
        "id",
        [
            '"Stok darah menipis sejak libur panjang," kata Kepala Bidang Pelayanan dan Pengembangan Unit Transfusi Darah PMI Kota Medan dr. Sari Nasution saat dihubungi.'
        ],
        [
            (
                "Stok darah menipis sejak libur panjang,",
                "Sari Nasution",
                "Kepala Bidang Pelayanan dan Pengembangan Unit Transfusi Darah PMI Kota Medan",
            )
        ],
    ),
    # Control: two office holders joined by "dan"; the first is the speaker.
    (
        "id",
        ['"Kapal sudah siap," kata Menteri Luar Negeri Sugiono dan Menteri Pertahanan Sjafrie Sjamsoeddin.'],
        [("Kapal sudah siap,", "Sugiono", "Menteri Luar Negeri")],
    ),
    # A body speaking by a common noun is nobody, not the last person or body named; by its name after "the", the
    # whole name is the body's (none of its words a title).
    (
        "id",
        [
            'Yayasan Kanker Anak Indonesia mencatat 200 pasien baru tahun ini. "Sebagian besar datang dari luar Jawa," tulis yayasan tersebut.'
        ],
        [("Sebagian besar datang dari luar Jawa,", None, None)],
    ),
    (
        "id",
        ['Kepala BPS Amalia Adininggar mencatat inflasi naik. "Harga cabai menjadi penyumbang terbesar," kata lembaga itu.'],
        [("Harga cabai menjadi penyumbang terbesar,", None, None)],
    ),
    (
        "en",
        [
            'The World Food Programme said deliveries had stopped. "Our trucks cannot get through," the agency said in a statement.'
        ],
        [("Our trucks cannot get through,", None, None)],
    ),
    (
        "en",
        [
            'The Riverside Hockey League announced the schedule on Monday. "Every team will play at home twice," the Riverside Hockey League said.'
        ],
        [("Every team will play at home twice,", "Riverside Hockey League", None)],
    ),
    # Controls: a person named after "the" and an office, or after a title of address, speaks.
    (
        "en",
        ['Union leader Tom Reyes called the offer weak. "We will vote on Friday," said the Kenyan President William Ruto.'],
        [("We will vote on Friday,", "William Ruto", "Kenyan President")],
    ),
    (
        "id",
        ['Kepala BPS Amalia Adininggar mencatat inflasi naik. "Harga cabai menjadi penyumbang terbesar," kata Amalia.'],
        [("Harga cabai menjadi penyumbang terbesar,", "Amalia Adininggar", "Kepala BPS")],
    ),
    # A name right after the quote is its speaker however long the apposition before the verb.
    (
        "en",
        [
            '"The wells ran dry in June," Amara Diallo, a herder who keeps 40 goats on the edge of the town of Gao, told local radio.'
        ],
        [("The wells ran dry in June,", "Amara Diallo", "a herder who keeps 40 goats on the edge of the town of Gao")],
    ),
    # A new person introduced by an office "of" its portfolio takes the pronoun from the speaker before.
    (
        "en",
        [
            'Dairy farmer Jo Pike spoke first. "We need rain," Pike said.',
            'Minister of Agriculture Lena Holt toured the valley on Friday. "Help is coming," she said.',
        ],
        [("We need rain,", "Jo Pike", "Dairy farmer"), ("Help is coming,", "Lena Holt", "Minister of Agriculture")],
    ),
]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    INDONESIAN_NEWSROOMS
    + INDONESIAN_POLICE_AND_REGIONS
    + INDONESIAN_LATER_MENTIONS
    + INDONESIAN_OFFICES_AND_ELDERS
    + INDONESIAN_DESCRIPTIONS_WITH_PLACES
    + INDONESIAN_DETIK_AND_CNN
    + INDONESIAN_TEMPO_AND_AP
    + INDONESIAN_ANTARA
    + INDONESIAN_PERSON_NOUNS_IN_AN
    + INDONESIAN_CORPORATE_TITLES
    + INDONESIAN_ATTRIBUTION_AFTER_THE_QUOTE
    + ENGLISH_NEWSROOMS
    + ENGLISH_WIRES
    + ENGLISH_TITLES_AND_PLACES
    + ENGLISH_FEATURES
    + ENGLISH_REUTERS_AND_AP
    + ENGLISH_LAWMAKERS_AND_AFFILIATIONS
    + UNSEEN_ROUND_SEVEN_CLASSES,
    ids=lambda v: str(v)[:40],
)
def test_speakers_and_roles_in_the_shapes_newsrooms_print(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected
