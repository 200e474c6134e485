"""The words the quote finder reads speech by, per language: reporting verbs, pronouns, titles, function words.

Everything here is data: to teach the finder a new word ("menukas", "quipped"),
add it to its list; to add a language, add a `Lexicon` to `LEXICONS`. A
language without one is read with the English words.
"""

from __future__ import annotations

from dataclasses import dataclass

from build_scripts import dates


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _folded(text: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in text.split())


@dataclass(frozen=True)
class Lexicon:
    """The reporting words of one language."""

    verbs: frozenset[str]
    """Reporting verbs with their subject before them: "Austin said", "Austin mengatakan"."""
    inverted: frozenset[str]
    """Reporting verbs whose subject may follow them: "said Austin", "kata Austin", "ujarnya"."""
    according: frozenset[str]
    """Words naming the source after them: "according (to) X", "menurut X"."""
    pronouns: frozenset[str]
    person_nouns: frozenset[str]
    """Nouns that, made definite ("the official", "pejabat tersebut"), stand for a person named before."""
    definite_before: frozenset[str]
    definite_after: frozenset[str]
    described: frozenset[str]
    """Nouns describing a person by who they are rather than an office ("the 45-year-old", "the mother of three",
    "pria berusia 40 tahun itu", "ibu dua anak tersebut"): made definite, they stand for the person named before."""
    skip: frozenset[str]
    """Adverbs and auxiliaries that sit between a subject and its verb ("also", "juga")."""
    joins: frozenset[str]
    """Words after which a verb has the sentence's subject: "and said", "dengan mengatakan", "by saying"."""
    relatives: frozenset[str]
    affiliation: frozenset[str]
    """Words joining a person to an organisation or place ("Doug Miller of Milltech Marine")."""
    passive_by: frozenset[str]
    word_mention: frozenset[str]
    """Nouns that put a word itself in quotation marks ("the word", "kata"), not speech."""
    fields_after_office: bool = False
    """Whether an office names its field after it ("Sekretaris Kabinet", not "Cabinet Secretary"): then a word
    between an office and a name may be the field, not a given name."""


EN = Lexicon(
    verbs=_words(
        "say says said saying tell tells told telling add adds added adding state states stated stating "
        "ask asks asked asking write writes wrote writing tweet tweets tweeted tweeting "
        "explain explains explained explaining note notes noted noting continue continues continued continuing "
        "remark remarks remarked remarking comment comments commented commenting claim claims claimed claiming "
        "argue argues argued arguing insist insists insisted insisting warn warns warned warning "
        "caution cautions cautioned cautioning announce announces announced announcing "
        "declare declares declared declaring recall recalls recalled recalling describe describes described "
        "describing call calls called calling propose proposes proposed proposing reply replies replied replying "
        "respond responds responded responding admit admits admitted admitting acknowledge acknowledges "
        "acknowledged acknowledging elaborate elaborates elaborated elaborating stress stresses stressed stressing "
        "emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing urge urges urged "
        "urging quip quips quipped concede concedes conceded conceding predict predicts predicted predicting "
        "vow vows vowed vowing joke jokes joked joking complain complains complained complaining "
        "reveal reveals revealed revealing talk talks talked talking speak speaks spoke speaking "
        "suggest suggests suggested suggesting report reports reported reporting thank thanks thanked thanking "
        "cite cites cited citing criticize criticizes criticized criticizing criticise criticises criticised "
        "criticising condemn condemns condemned condemning denounce denounces denounced denouncing "
        "defend defends defended defending praise praises praised praising welcome welcomes welcomed welcoming "
        "posted"
    ),
    inverted=_words(
        "said says added adds wrote writes tweeted asked asks continued continues explained stated recalled "
        "recalls noted remarked replied quipped warned urged insisted argued cautioned admitted conceded declared "
        "complained acknowledged"
    ),
    according=_words("according"),
    pronouns=_words("he she they"),
    person_nouns=_words(
        "official spokesman spokeswoman spokesperson minister president secretary director chief judge "
        "mayor governor senator leader coach officer doctor professor expert lawyer prosecutor ambassador "
        "envoy chancellor premier king queen prince pope archbishop bishop actor actress singer player captain "
        "manager executive founder chairman chairwoman analyst researcher scientist author activist general "
        "commander diplomat lawmaker legislator representative politician economist engineer teacher nurse "
        "biologist lecturer academic"
    ),
    definite_before=_words("the"),
    definite_after=frozenset(),
    described=_words(
        "man woman boy girl mother father son daughter wife husband widow grandmother grandfather teacher farmer "
        "resident villager driver worker nurse student fisherman herder trader vendor shopkeeper owner survivor "
        "witness victim veteran retiree pensioner mechanic miner volunteer brother sister neighbour neighbor cousin "
        "uncle aunt grandson granddaughter partner colleague friend"
    ),
    skip=_words(
        "also later then again further previously recently once still reportedly allegedly earlier initially "
        "has have had would will simply just"
    ),
    joins=_words("and but by while after before"),
    relatives=_words("who as"),
    affiliation=_words("of from at for"),
    passive_by=_words("by"),
    word_mention=_words("word words term terms phrase phrases"),
)
ID = Lexicon(
    verbs=_words(
        "mengatakan berkata menyatakan menambahkan mengungkapkan menjelaskan menegaskan menuturkan memperingatkan "
        "menulis mencuit melanjutkan menyebut menyebutnya menggambarkan bertanya menanyakan mengklaim mengumumkan "
        "menekankan mencatat mengakui menilai berpendapat menyampaikan mengimbau menceritakan bercerita berujar "
        "berkomentar menandaskan mengingatkan membantah menjawab menanggapi mengusulkan mengkritik mengecam "
        "memuji menyambut membela menyebutkan memaparkan menerangkan mengemukakan memastikan membenarkan"
    ),
    inverted=_words(
        "kata ujar ungkap tambah jelas tegas tutur imbuh lanjut tulis sebut seru pungkas terang papar cetus ucap "
        "keluh kenang beber sambung timpal tandas kilah sahut "
        # Passive: "Hal itu disampaikan Menteri Kesehatan Budi Gunadi Sadikin".
        "disampaikan dikatakan diungkapkan dijelaskan ditegaskan dituturkan disebutkan"
    ),
    according=_words("menurut"),
    pronouns=_words("dia ia beliau mereka"),
    person_nouns=_words(
        "pejabat bicara menteri presiden direktur kepala ketua hakim gubernur walikota kota pelatih dokter "
        "profesor pakar ahli analis pengacara jaksa saksi pemain aktor aktris penyanyi "
        "sekretaris besar jenderal komandan pemimpin politisi anggota diplomat politikus legislator ekonom "
        "pengamat peneliti akademisi dosen perawat bidan advokat aktivis pengusaha petugas"
    ),
    definite_before=frozenset(),
    definite_after=_words("tersebut itu ini"),
    described=_words(
        "pria wanita perempuan lelaki laki-laki ayah ibu bapak nenek kakek warga pedagang petani nelayan sopir "
        "pengemudi pemilik mahasiswa mahasiswi siswa guru remaja bocah gadis pemuda korban buruh karyawan pegawai "
        "perajin peternak pemulung relawan istri suami anak adik kakak tetangga paman bibi cucu rekan teman sahabat "
        "kerabat menantu mertua"
    ),
    skip=_words("juga telah sudah sempat kemudian lalu pun lagi pernah akan masih hanya"),
    joins=_words("dan serta dengan sambil seraya"),
    relatives=_words("yang"),
    affiliation=_words("dari di pada untuk"),
    passive_by=_words("oleh"),
    word_mention=_words("kata istilah frasa sebutan"),
    fields_after_office=True,
)
LEXICONS = {"en": EN, "id": ID}
ROLES = frozenset(
    w.casefold()
    for w in (
        "President Presiden Vice Wakil Prime Perdana Minister Menteri Secretary Sekretaris Director Direktur "
        "Director-General Direktur-Jenderal General Jenderal Jendral Senator Sen Representative Rep Congressman "
        "Congresswoman Governor Gubernur Gov Mayor Walikota Wali Chancellor Chairman Chairwoman Chair Ketua Chief "
        "Kepala Executive Eksekutif Speaker Leader Whip Judge Hakim Justice Attorney Jaksa Prosecutor Officer "
        "Commissioner Inspector Detective Sergeant Sgt Captain Kapten Capt Colonel Kolonel Col Lieutenant Letnan "
        "Lt Admiral Laksamana Ambassador Duta Envoy Spokesman Spokeswoman Spokesperson Juru Bicara Dr Doctor "
        "Dokter Prof Professor Profesor Mr Mrs Ms Sir Dame Lord Lady King Raja Queen Ratu Prince Pangeran "
        "Princess Putri Crown Emperor Pope Paus Cardinal Kardinal Archbishop Uskup Agung Bishop Reverend Rev "
        "Imam Rabbi Sheikh Coach Pelatih Manager Founder Pendiri CEO Premier Deputy Assistant Acting Former "
        "Mantan Foreign Luar Negeri Defense Defence Pertahanan Interior Health Kesehatan Finance Keuangan State "
        "Negara Security Keamanan National Nasional Federal Minority Majority House Senate Monsenor Monsignor "
        "Pak Bapak Bu Ibu Tuan Nyonya Haji Hj Ustaz Kiai Bupati Anggota Member MP Legislator Penasihat Adviser "
        "Advisor Chairperson Head Kapolri Kapolda Komisaris Kombes AKBP AKP Kompol Iptu Ipda Brigjen Irjen Komjen "
        "Kapolres Kapolsek Kabid Kasat Kasubdit Kadiv Humas Letjen Mayjen Laksda Marsekal Panglima Camat Lurah "
        "Sekjen Dirut Jubir Plt Gen Maj Cmdr Adm Supt Insp Det Commander Marshal Secretary-General Councillor "
        "Councilman Councilwoman Sheriff Father Pastor Magistrate MEP Muda Madya Letkol Serka Sertu Aiptu Aipda Bripka "
        "Briptu Bripda Menko Wamen Kasi Kabag Kasubag Kadis Danramil Danrem Kasdam Dirjen Sekda Wagub Wabup Wawali "
        "Kapuspen Kabareskrim Kakorlantas Kadispen Kapendam Kapuspenkum Direktur Dirut Komut Umum Utama Koordinator "
        "Pelaksana Harian Deputi Besar Dukuh Kadus Ir Drs Dra KH Kasatpol Kasatreskrim Kasatlantas Kanit Kaur "
        "Kalapas Karutan Kakanwil Kasubbag"
    ).split()
)
"""Offices and titles printed before a name ("Menteri Pertahanan AS Lloyd Austin"); alone, one stands for a person
("ucap Presiden")."""
FIELDS = frozenset(
    w.casefold()
    for w in (
        "Pertanian Perdagangan Perindustrian Perhubungan Pendidikan Kebudayaan Sosial Agama Hukum Ketenagakerjaan "
        "Pariwisata Kelautan Perikanan Kehutanan Energi Pertanahan Perumahan Komunikasi Informatika Investasi "
        "Kependudukan Kesejahteraan Perencanaan Kepemudaan Olahraga"
    ).split()
)
"""The fields an Indonesian office names after it ("Menteri Pertanian Andi Amran Sulaiman"): part of the title,
never of the name after it."""
PORTFOLIOS = _words(
    "economy finance defence defense agriculture education energy interior labour labor transport culture tourism "
    "environment fisheries forestry mining health justice trade"
)
"""A ministry's portfolio after "of" in an English office ("Deputy Minister of Economy Arpine Hakobyan-Melikyan"):
part of the title, not the first word of the name after it; portfolios are a closed class."""
COURTESY = frozenset(
    w.casefold()
    for w in "Mr Mrs Ms Miss Dr Prof Sir Dame Pak Bapak Bu Ibu Tuan Nyonya Haji Hj H KH Ustaz Kiai Ir Drs Dra".split()
)
"""Titles of address: never a role ("Dr. Amina Yusuf")."""
HONORIFICS = COURTESY | frozenset(
    w.casefold()
    for w in (
        "Sen Rep Gov Rev Reverend General Jenderal Komisaris Besar Laksamana Muda Madya Kombes AKBP AKP "
        "Kompol Iptu Ipda Aiptu Aipda Bripka Brigpol Briptu Bripda Brigjen Irjen Komjen Jenderal Letjen "
        "Mayjen Laksda Laksma Marsda Marsma Kolonel Letkol Kapten Lettu Letda Serka Sertu Serda Kopda Pratu "
        "Gen Maj Col Lt Capt Sgt Cmdr Adm Brig Supt Insp Det"
    ).split()
)
"""Titles of address and ranks, printed with a name: a role only when nothing else is ("Dr. Amina Yusuf, a physician")."""
RANK_SUFFIXES = frozenset("pol inf tni czi kav art mar".split())
"""Corps after a rank ("Kombes Pol", "Letkol Inf"): a title's word only after one."""
OCCUPATIONS = frozenset(
    w.casefold()
    for w in (
        "Engineer Broadcaster Journalist Reporter Editor Writer Author Actor Actress Singer Rapper Musician Producer "
        "Economist Analyst Historian Lawyer Scientist Researcher Physician Surgeon Nurse Teacher Student Resident "
        "Activist Campaigner Chef Pilot Athlete Striker Goalkeeper Midfielder Designer Architect Artist Commissioner "
        "Councillor Inspector Superintendent Administrator Treasurer Warden Ranger Keeper Curator Dean Sergeant "
        "Photographer Filmmaker Novelist Poet Comedian Presenter Commentator Entrepreneur Businessman Businesswoman "
        "Investor Official Diplomat Lawmaker Politician Candidate Protester Witness Survivor Suspect Defendant "
        "Insinyur Wartawan Jurnalis Penyiar Pengamat Peneliti Ekonom Sejarawan Pengacara Advokat Penulis Aktor "
        "Aktris Penyanyi Sutradara Pemain Pendiri Pemilik Petani Guru Mahasiswa Siswa Warga Perawat Ilmuwan Pakar "
        "Ahli Analis Aktivis Politisi Politikus Pengusaha Saksi Tersangka Terdakwa Pedagang Pengemudi Penjual "
        "Nelayan Buruh Sopir Pengungsi Relawan Korban Pemerhati Pegiat Dosen Rektor Dekan Kades Tokoh Spesialis "
        "Volunteer Farmer Worker Owner Vendor Driver Trader Fisherman Resident Victim Expert Specialist Strategist "
        "Head Chair Fellow Member Employee Staffer Consultant Adviser Advisor Partner Economist Kuasa Runner "
        "Pengendara Penumpang Pemudik Pengunjung Pembeli Penghuni Pelajar Pegawai Karyawan Ojek Orangtua Ayah Ibu "
        "Istri Suami Kakak Adik Paman Bibi Kerabat Tetangga Mother Father Daughter Wife Husband Brother Sister "
        "Relative Neighbour Neighbor Coordinator Herder Shepherd Beekeeper Grower Welder Mechanic Labourer Laborer Perajin "
        "Pengrajin Peternak Petambak Pekebun Pemulung Penjahit Bidan Grandson Granddaughter Nephew Niece Cousin Uncle "
        "Aunt Grandmother Grandfather Widow Widower Cucu Keponakan Sepupu Tetua Sesepuh Pemangku Pemuka Bendesa Kelian "
        "Penghulu Juragan Mandor Pengelola Pengurus Pembina Pendamping Penyuluh Pengasuh Pimpinan Pemimpin Pengawas "
        "Penggagas Penggerak Pawang Chieftain Caretaker Custodian Perwakilan Pensiunan Lulusan Sukarelawan Budayawan "
        "Sastrawan Rohaniwan Seniman Agamawan Attorney Mahasiswi Siswi Pemandu"
    ).split()
)
"""Occupations printed before a name ("Engineer Tom Baker", "Pengamat Budi Santoso"); alone, one is nobody in
particular ("Warga menyebut…")."""
INSTITUTIONS = frozenset(
    w.casefold()
    for w in (
        "Association Organization Organisation Ministry Department Agency Office Committee Council Commission "
        "Party Union Institute University College School Bureau Service Forces Force Army Navy Police Foundation "
        "Society Company Corporation Group Bank Court Congress Parliament Government Times Post News Press "
        "Journal Herald Guardian Network Center Centre Hospital League Federation Club Assembly Fund "
        "International Nations Affairs House Palace Administration Authority "
        "Asosiasi Organisasi Kementerian Departemen Badan Kantor Komite Dewan Komisi Partai Lembaga Institut "
        "Universitas Sekolah Biro Pasukan Angkatan Polisi Kepolisian Yayasan Perusahaan Pengadilan Pemerintah "
        "Rumah Sakit Liga Federasi Majelis Pusat Gedung Istana Dinas Pemprov Pemkab Pemkot"
    ).split()
)
"""Words of organisation names: a run holding one is an organisation, never stripped to a "name"."""
PARTICLES = frozenset(
    "ab af al ap bin binti ibn van von de da del della dela delos der den du dos das el le la los las ter y zu uulu kyzy"
    " ogly oglu".split()
)
"""Lowercase words inside personal names ("Mohammad bin Salman", Welsh "Dafydd ap Rhys")."""
_WEEKDAYS = frozenset(w.casefold() for language in LEXICONS for w in dates.weekday_names(language))
MONTHS = frozenset(w.casefold() for language in LEXICONS for w in dates.month_names(language))
"""Month names: not names beside a number ("May 5", "5 Mei"), but names elsewhere ("Theresa May", "Mei Chen")."""
ENGLISH_OPENERS = _folded(
    "The A An In On At Of For To From By With As After Before During Since While When Where Why How What "
    "Who Which This That These Those There Here It Its He She They We I You His Her Their Our My Your Him "
    "Them Us Yesterday Today Tonight Tomorrow Meanwhile However But And Or So Also Still Although Though "
    "Because If Unless Despite Earlier Later Previously Reportedly According One Two Three Some Many Most "
    "Several All Both Each Every Another Other Such No Not Nor Over Under Around About Among Between Last "
    "Next Then Now Thus Instead Regarding Speaking Following Per Like Unlike Even Only Just Yes"
)
"""English function words that start sentences: in an Indonesian text, such a word inside a name is a name's."""
INDONESIAN_OPENERS = _folded(
    "Pada Di Ke Dari Dalam Untuk Dengan Yang Dan Atau Ini Itu Tersebut Namun Tetapi Tapi Sementara Hingga "
    "Sejak Saat Ketika Setelah Sebelum Menurut Kemarin Besok Sebuah Seorang Para Semua Beberapa Banyak "
    "Dia Ia Mereka Kami Kita Saya Aku Anda Beliau Selain Meski Meskipun Walaupun Jika Kalau Karena Sebab "
    "Oleh Bagi Tentang Secara Sedangkan Adapun Bahkan Juga Lalu Kemudian Akhirnya Selama Terhadap Begitu "
    "Berdasarkan"
)
"""Indonesian function words that start sentences: in an English text, such a word inside a name is a name's."""
NOT_NAMES = ENGLISH_OPENERS | INDONESIAN_OPENERS | _WEEKDAYS | MONTHS
"""Capitalised words that are never (the start of) a speaker's name: sentence openers, days, months."""
TIME = _words("on yesterday today tonight earlier later this week pada hari kemarin ini") | _WEEKDAYS
"""Time words that may sit between a subject and its verb ("Damang on Tuesday told", "Austin pada hari Rabu")."""
PLACES = frozenset(
    w.casefold()
    for w in (
        "North South East West Central United States Kingdom Republic Island Islands City Province Utara Selatan "
        "Barat Timur Tengah Pusat Serikat Raya Republik Kerajaan Pulau Kota Provinsi Asia Eropa Europe Africa Pasifik Pacific "
        "Kabupaten Kecamatan Kelurahan Desa Jakarta Jawa Sumatera Sumatra Kalimantan Sulawesi Papua Bali Maluku "
        "Bandung Surabaya Semarang Medan Makassar Yogyakarta Denpasar Palembang Bogor Bekasi Depok Tangerang"
    ).split()
)
"""Words of place names ("Korea Utara", "United States", "DKI Jakarta"): a run holding one is not a person."""
REGIONAL = frozenset("bupati gubernur walikota camat lurah kapolres kapolda kapolsek pangdam dandim kajari kajati".split())
"""Offices printed with their region before the name ("Bupati Garut Rudy Gunawan"): the word after one is the region."""
ADMINISTRATIVE = frozenset(
    "kabupaten kab kota kecamatan kelurahan desa provinsi kampung distrik county gedung istana terminal bandara "
    "pelabuhan stasiun pasar kementerian partai bank pt bidang bpbd polres polda polsek dprd kodim korem kodam "
    "kejari kejati dusun dukuh padukuhan".split()
)
"""Words naming a place or body by the word after them ("Kabupaten Bogor", "Gedung Putih", "Bank Permata"): both
words are the place or body, not part of a name after them."""
GIVEN_NAMES = frozenset(
    w.casefold()
    for w in (
        "Muhammad Mohammad Mohamad Muhamad Mochammad Mochamad Moch Moh Muh Mhd Ahmad Achmad Akhmad Abdul Sri Siti "
        "Nur Nurul I Ni Made Putu Gede Wayan Nengah Nyoman Ketut Komang Kadek Gusti Lalu Baiq Andi Teuku Tengku Raden "
        "Ida Bagus Ayu Cokorda Cut Nyak Daeng Opu"
    ).split()
)
"""Words that open Indonesian personal names and never a title or field ("Muhammad Ilyas Rahim", "Sri Wahyuni
Handayani", the Sasak "Lalu Marzuki"): a person often goes by the name after it ("kata Ilyas"), which stays theirs."""
NAME_PREFIXES = _words("i ni ida andi cut teuku tengku raden cokorda lalu baiq")
"""Words that only ever open an Indonesian name, never stand inside one ("I Wayan", "Ida Bagus", "Andi", "Cut
Nyak"): after a title outside the lists ("Bendesa Adat Kuta Ida Bagus Ketut Sudira"), the name starts there."""
BODY_OPENERS = _words(
    "kelompok komunitas paguyuban forum koperasi yayasan asosiasi himpunan perkumpulan gabungan serikat ikatan persatuan"
)
"""Words opening the name of an Indonesian group or association, which goes on in common words and places
("Kelompok Pemburu Madu Hutan Batu Dulang"): where it ends, a later mention of the person tells."""
ORGANISATION_NOUNS = _words(
    "company firm group carrier airline agency ministry lender insurer retailer conglomerate utility startup "
    "exporter operator producer manufacturer developer contractor supplier distributor "
    "foundation association league union council commission charity organisation organization "
    "perusahaan maskapai emiten pabrikan badan lembaga kementerian yayasan organisasi asosiasi komisi dinas"
)
"""Lowercase nouns naming a kind of organisation: one capitalised word right after one is that organisation
("logistics firm Transnet", "maskapai Garuda"), never a person."""
LOCATIVE = _words("in near inside outside di")
"""Prepositions of place: one capitalised word right after one is a place ("an official in Nairobi"), not a name."""
TITLE_ENDINGS = ("ologist", "ographer", "ician", "ist")
"""Endings of occupations outside the lists ("Volcanologist Jane Doe", "Seismologist"): a title, not a first name."""
COUNTRIES = frozenset(
    w.casefold()
    for w in (
        "AS Amerika Inggris Britania Prancis Perancis Jerman Rusia Ukraina China Tiongkok Jepang Korea India Israel "
        "Palestina Iran Irak Suriah Turki Saudi Mesir Yordania Lebanon Qatar Yaman Australia Kanada Italia Spanyol "
        "Belanda Belgia Swedia Norwegia Finlandia Denmark Polandia Hungaria Austria Swiss Yunani Portugal Malaysia "
        "Singapura Filipina Thailand Vietnam Myanmar Kamboja Afghanistan Pakistan Bangladesh Brasil Meksiko "
        "Argentina Kolombia Venezuela Kuba Nigeria Afrika Kenya Ethiopia Sudan Libya Tunisia Aljazair Maroko "
        "Indonesia Taiwan Mongolia Kazakhstan Belarus Armenia Azerbaijan Serbia Kroasia Kremlin Pentagon Vatikan "
        "PBB NATO ASEAN UE Eropa Gaza Hamas Taliban US UK Britain France Germany Russia Ukraine Japan Spain Italy "
        "Turkey Egypt Syria Iraq Canada Mexico Brazil"
    ).split()
)
"""Countries and bodies an Indonesian title names after the office, before the name: "Presiden Ukraina
Volodymyr Zelenskyy", "Juru bicara Kremlin Dmitry Peskov"; and what "a U.S. official" is not."""

ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof sr jr st gen gov sen rep lt col capt sgt mt ft no inc ltd co corp vs etc jan feb mar apr "
    "jun jul aug sep sept oct nov dec hj ir drs dra muh moh moch mochd mohd ny tn sdr kh brig maj cmdr adm cpl pvt supt "
    "insp det hon pj plt plh drg drh".split()
)
"""Words whose full stop does not end a sentence ("Dr. Tom Frieden", "Oct. 31")."""
PASSIVE = frozenset("is are was were be been being am get gets got become became".split())
"""Words before a verb that make it passive ("was commonly called"): its subject is not the speaker."""
CLAUSE_WORDS = frozenset(
    "while whereas and but as when after before because although though since if which who that where "
    "sementara dan tetapi tapi namun sedangkan ketika saat karena yang bahwa setelah".split()
)
"""Words that open a new clause: a subject after one belongs to that clause, not to the quote before."""
DETERMINERS = frozenset("the a an his her their its this that seorang sebuah".split())
QUANTIFIERS = frozenset(
    "these those many several some other another few all both every each para beberapa banyak puluhan ratusan "
    "ribuan sejumlah semua setiap tiap kaum sesama".split()
)
"""Words counting the noun after them ("several boatbuilders", "para pemulung"): that word is a common noun."""
INDEFINITE = frozenset("a an one seorang sebuah salah".split())
"""Words making a description indefinite: "a U.S. official", "seorang pejabat AS" name nobody in particular."""
ROLE_NOUNS = (
    EN.person_nouns
    | ID.person_nouns
    | _words(
        "prime former deputy vice foreign interior health defense defence state assistant acting eksekutif mantan "
        "wakil juru perdana luar negeri dalam son"
    )
)
"""Lowercase role words between a country or party and a name: "Greek prime minister Kyriakos Mitsotakis"."""
NAMING = _words("call calls called calling dub dubbed name named menyebut menyebutnya dijuluki disebut bernama")
"""Verbs that give a name rather than report speech: "a program called "Learning Together"."""
