"""Table tests for the quote finder: small paragraphs in both languages → the quotes found and who said them.

Each case is a list of paragraphs (pronouns and surnames reach back across
them) and the expected (quote text, proposed speaker name) in order; None is
"no speaker found". The seed article's patterns come first.
"""

from __future__ import annotations

import pytest

from build_scripts.contribute.proposals import person_id, propose_speakers
from build_scripts.contribute.quote_finder import FoundQuote, find_quotes
from build_scripts.model import Person
from build_scripts.read.people_index import match_person, registry_index

Case = tuple[str, list[str], list[tuple[str, str | None]]]

SEED: list[Case] = [
    (
        "id",
        [
            "Menteri Pertahanan AS Lloyd Austin mengatakan pada hari Rabu bahwa ada bukti, dan mengatakan itu adalah “masalah yang sangat serius” jika pasukan bergabung.",
            "“Kami melihat bukti adanya tentara Korea Utara” yang pergi ke Rusia, kata Austin kepada wartawan saat berkunjung ke Roma. “Apa sebenarnya yang mereka lakukan masih harus dilihat.”",
            "Komentarnya merupakan konfirmasi publik pertama. “Jika mereka adalah pihak yang berperang, maka ini sangat berbahaya, tetapi juga di India,” tambah pejabat tersebut. Masalah Pasifik.”",
        ],
        [
            ("masalah yang sangat serius", "Lloyd Austin"),
            ("Kami melihat bukti adanya tentara Korea Utara", "Lloyd Austin"),
            ("Apa sebenarnya yang mereka lakukan masih harus dilihat.", "Lloyd Austin"),
            ("Jika mereka adalah pihak yang berperang, maka ini sangat berbahaya, tetapi juga di India,", "Lloyd Austin"),
            ("Masalah Pasifik.", "Lloyd Austin"),
        ],
    ),
    (
        "id",
        [
            "Menteri Pertahanan AS Lloyd Austin berbicara di Roma. Di Gedung Putih, juru bicara Keamanan Nasional John Kirby mengatakan pada hari Rabu bahwa Amerika Serikat yakin.",
            "“Para prajurit ini kemudian melakukan perjalanan,” kata Kirby. Dia menambahkan: “Kami belum tahu apakah tentara ini akan berpartisipasi.”",
            "Austin mencatat bahwa pengerahan tersebut merupakan “langkah selanjutnya” setelah Korea Utara memberikan senjata kepada Rusia, dan mengatakan Pyongyang dapat menghadapi konsekuensi.",
        ],
        [
            ("Para prajurit ini kemudian melakukan perjalanan,", "John Kirby"),
            ("Kami belum tahu apakah tentara ini akan berpartisipasi.", "John Kirby"),
            ("langkah selanjutnya", "Lloyd Austin"),
        ],
    ),
]

INDONESIAN: list[Case] = [
    (
        "id",
        ["“Kami akan terus berupaya,” kata Menteri Luar Negeri Retno Marsudi di Jakarta, Senin."],
        [("Kami akan terus berupaya,", "Retno Marsudi")],
    ),
    (
        "id",
        ["Presiden Joko Widodo meresmikan bendungan itu.", "“Ini untuk rakyat,” ujarnya."],
        [("Ini untuk rakyat,", "Joko Widodo")],
    ),
    (
        "id",
        ["Presiden Joko Widodo mengatakan, “Kita harus bekerja lebih keras.”"],
        [("Kita harus bekerja lebih keras.", "Joko Widodo")],
    ),
    (
        "id",
        ["Menurut Kepala BMKG Dwikorita Karnawati, “Cuaca ekstrem masih akan terjadi.”"],
        [("Cuaca ekstrem masih akan terjadi.", "Dwikorita Karnawati")],
    ),
    (
        "id",
        ["“Pelaku sudah kami amankan,” tutur Kabid Humas Polda Metro Jaya Kombes Yusri Yunus."],
        [("Pelaku sudah kami amankan,", "Yusri Yunus")],
    ),
    (
        "id",
        ["Sri Mulyani hadir di DPR.", "“Anggaran cukup,” kata dia. “Tidak ada pemotongan.”"],
        [("Anggaran cukup,", "Sri Mulyani"), ("Tidak ada pemotongan.", "Sri Mulyani")],
    ),
    (
        "id",
        ["Menteri Keuangan Sri Mulyani Indrawati berbicara di Jakarta. Ia menambahkan, “Defisit tetap terjaga.”"],
        [("Defisit tetap terjaga.", "Sri Mulyani Indrawati")],
    ),
    (
        "id",
        ["“Kami menolak tuduhan itu,” imbuhnya.", "Sebelumnya, Budi Santoso membantah laporan tersebut."],
        [("Kami menolak tuduhan itu,", None)],
    ),
    (
        "id",
        ["“Situasi terkendali,” kata juru bicara Kementerian Luar Negeri, Teuku Faizasyah."],
        [("Situasi terkendali,", "Teuku Faizasyah")],
    ),
    (
        "id",
        ["Juru bicara Kementerian Luar Negeri Teuku Faizasyah hadir.", "“Kami memantau,” kata juru bicara itu."],
        [("Kami memantau,", "Teuku Faizasyah")],
    ),
    ("id", ["“Harga akan turun” ungkap Sri Mulyani dalam konferensi pers."], [("Harga akan turun", "Sri Mulyani")]),
    ("id", ["Sri Mulyani menegaskan, pemerintah akan “tetap waspada” terhadap inflasi."], [("tetap waspada", "Sri Mulyani")]),
    ("id", ["“Semua aman,” ujar Kapolri Jenderal Listyo Sigit Prabowo."], [("Semua aman,", "Listyo Sigit Prabowo")]),
    (
        "id",
        ["Dia mengatakan bahwa “tidak ada korban jiwa” dalam kejadian itu.", "Kemarin, Agus Salim meninjau lokasi."],
        [("tidak ada korban jiwa", None)],
    ),
    (
        "id",
        ["Hal itu disampaikan Menteri Kesehatan Budi Gunadi Sadikin di Jakarta, Senin. “Vaksin sudah tersedia,” katanya."],
        [("Vaksin sudah tersedia,", "Budi Gunadi Sadikin")],
    ),
    ("id", ["Demikian dikatakan Kepala BNPB Suharyanto. “Warga diminta waspada.”"], [("Warga diminta waspada.", "Suharyanto")]),
    (
        "id",
        [
            "Presiden Ukraina Volodymyr Zelenskyy menyebut serangan itu “barbar”. “Ukraina akan menang,” tulis Zelenskyy di Telegram."
        ],
        [("barbar", "Volodymyr Zelenskyy"), ("Ukraina akan menang,", "Volodymyr Zelenskyy")],
    ),
    (
        "id",
        ["Juru bicara Kremlin Dmitry Peskov mengatakan kepada wartawan bahwa “tidak ada pembicaraan” yang berlangsung."],
        [("tidak ada pembicaraan", "Dmitry Peskov")],
    ),
    (
        "id",
        [
            "Sekretaris Jenderal PBB Antonio Guterres hadir.",
            "“Situasinya sangat serius,” kata seorang pejabat AS yang tidak mau disebutkan namanya.",
        ],
        [("Situasinya sangat serius,", None)],
    ),
    (
        "id",
        ["Dalam sebuah pernyataan, Kementerian Luar Negeri China mengatakan “semua pihak harus menahan diri.”"],
        [("semua pihak harus menahan diri.", "Kementerian Luar Negeri China")],
    ),
    (
        "id",
        [
            "“Kami tidak akan menyerah,” kata Presiden Volodymyr Zelenskyy, seraya menambahkan bahwa “setiap kota akan dibangun kembali.”"
        ],
        [("Kami tidak akan menyerah,", "Volodymyr Zelenskyy"), ("setiap kota akan dibangun kembali.", "Volodymyr Zelenskyy")],
    ),
    ("id", ['Walaupun kata "pandemi" hanya mengacu pada penyebaran, WHO mencatat perlunya tindakan.'], []),
    (
        "id",
        ["Penjualan “meningkat tajam” minggu lalu, menurut salah seorang juru bicara Woolworths."],
        [("meningkat tajam", "Woolworths")],
    ),
    (
        "id",
        [
            "Politico mengutip Tim Manning, mantan wakil administrator di FEMA, yang mengatakan “FEMA memiliki peran penting” dan “FEMA perlu dilibatkan.”"
        ],
        [("FEMA memiliki peran penting", "Tim Manning"), ("FEMA perlu dilibatkan.", "Tim Manning")],
    ),
    (
        "id",
        [
            "Direktur Jendral WHO Tedros Adhanom Ghebreyesus hadir.",
            "Ghebreyesus menyatakan pandangan serupa, dengan mengatakan “kita belum pernah melihat pandemi seperti ini.”",
        ],
        [("kita belum pernah melihat pandemi seperti ini.", "Tedros Adhanom Ghebreyesus")],
    ),
    (
        "id",
        [
            "Menurut Dr. Tom Frieden, mantan direktur Pusat Pengendalian Penyakit, pandemi ini “belum pernah terjadi.” Ia mengatakan, “tidak ada virus seperti ini.”"
        ],
        [("belum pernah terjadi.", "Tom Frieden"), ("tidak ada virus seperti ini.", "Tom Frieden")],
    ),
    ("id", ["Ketua KPK Firli Bahuri menyebut kasus itu “sangat memalukan”."], [("sangat memalukan", "Firli Bahuri")]),
    ("id", ["Presiden Joko Widodo hadir.", "Warga menyebut banjir itu sebagai “kiriman” dari hulu."], [("kiriman", None)]),
    (
        "id",
        ["Presiden Joko Widodo hadir di Jakarta.", "“Selamat Hari Pers,” ucap Presiden awali sambutan."],
        [("Selamat Hari Pers,", "Joko Widodo")],
    ),
    (
        "id",
        ["Johan Budi Sapto Prabowo berbicara di Bandung.", "Mantan Juru Bicara KPK ini menambahkan: “Jangan bilang no comment.”"],
        [("Jangan bilang no comment.", "Johan Budi Sapto Prabowo")],
    ),
    (
        "id",
        ["Ketua KPK Firli Bahuri hadir.", "“Kami bekerja,” katanya. “Tidak ada yang kebal hukum.”"],
        [("Kami bekerja,", "Firli Bahuri"), ("Tidak ada yang kebal hukum.", "Firli Bahuri")],
    ),
]

ENGLISH: list[Case] = [
    (
        "en",
        ['"The government will fully withdraw the bill," Lam said in a televised announcement.'],
        [("The government will fully withdraw the bill,", "Lam")],
    ),
    ("en", ['"We are ready," said Secretary of State Antony Blinken.'], [("We are ready,", "Antony Blinken")]),
    ("en", ["Carrie Lam spoke on Wednesday.", '"It is over," she told reporters.'], [("It is over,", "Carrie Lam")]),
    (
        "en",
        ["Defense Secretary Lloyd Austin visited Rome.", '"It is a very serious issue," the official said.'],
        [("It is a very serious issue,", "Lloyd Austin")],
    ),
    (
        "en",
        ['"Nothing has changed," said a senior official who spoke on condition of anonymity.'],
        [("Nothing has changed,", None)],
    ),
    (
        "en",
        ['White House press secretary Karine Jean-Pierre said "the president is focused on the economy."'],
        [("the president is focused on the economy.", "Karine Jean-Pierre")],
    ),
    (
        "en",
        ['"We will respond," Biden said in a statement. "This will not stand."'],
        [("We will respond,", "Biden"), ("This will not stand.", "Biden")],
    ),
    (
        "en",
        ['According to Tristan Smith, "crews might turn their transponders off."'],
        [("crews might turn their transponders off.", "Tristan Smith")],
    ),
    ("en", ['"Why now?" Smith asked.'], [("Why now?", "Smith")]),
    (
        "en",
        ['"What is so sad for me", Cengiz said, "is not seeing the punishment."'],
        [("What is so sad for me", "Cengiz"), ("is not seeing the punishment.", "Cengiz")],
    ),
    ("en", ['"It will take time," Austin, who is visiting Rome, told reporters.'], [("It will take time,", "Austin")]),
    (
        "en",
        ['The Senate Minority Leader, Chuck Schumer, said on Friday "We made a plea" and "He resisted."'],
        [("We made a plea", "Chuck Schumer"), ("He resisted.", "Chuck Schumer")],
    ),
    (
        "en",
        ['Nancy Pelosi, the Speaker of the House, said "We are committed to keeping our border safe."'],
        [("We are committed to keeping our border safe.", "Nancy Pelosi")],
    ),
    (
        "en",
        ['Doug Miller of Milltech Marine said "It is a little hard to say."'],
        [("It is a little hard to say.", "Doug Miller")],
    ),
    (
        "en",
        ['"Walter was brilliant," said University of California, San Diego\'s chancellor, Pradeep Khosla.'],
        [("Walter was brilliant,", "Pradeep Khosla")],
    ),
    ("en", ['"I am in awe," tweeted Mayor of London Sadiq Khan.'], [("I am in awe,", "Sadiq Khan")]),
    (
        "en",
        ['WHO Director-General Tedros Adhanom Ghebreyesus spoke in Geneva. Tedros said: "This is a pandemic."'],
        [("This is a pandemic.", "Tedros Adhanom Ghebreyesus")],
    ),
    (
        "en",
        ["Greek prime minister Kyriakos Mitsotakis spoke in Washington.", '"The agreement is void", he added.'],
        [("The agreement is void", "Kyriakos Mitsotakis")],
    ),
    (
        "en",
        ['He also commented on the agreement, calling it "null and void" and "geographically ridiculous".'],
        [("null and void", None), ("geographically ridiculous", None)],
    ),
    (
        "en",
        [
            "Greek prime minister Kyriakos Mitsotakis met Trump.",
            'He also commented on the agreement, calling it "null and void" and "geographically ridiculous".',
        ],
        [("null and void", "Kyriakos Mitsotakis"), ("geographically ridiculous", "Kyriakos Mitsotakis")],
    ),
    (
        "en",
        [
            "Stores of Coles and ALDI limited sales.",
            'Coles said demand was "unprecedented", while ALDI, in a Facebook post on Tuesday, called it "unexpected".',
        ],
        [("unprecedented", "Coles"), ("unexpected", "ALDI")],
    ),
    ("en", ['Residents described the flood as "a gift" from upstream.'], [("a gift", None)]),
    (
        "en",
        [
            'House of Commons Speaker John Bercow commented on the matter — which the BBC noted as unusual — "It is blindingly obvious."'
        ],
        [("It is blindingly obvious.", "John Bercow")],
    ),
    (
        "en",
        ['The WHO\'s website said: "There is no evidence that current medicine can prevent the disease."'],
        [("There is no evidence that current medicine can prevent the disease.", "WHO")],
    ),
    ("en", ['Reports on the implement used vary between a knife and a "sharp tool".'], [("sharp tool", None)]),
    ("en", ['During ABC\'s "A Tribute For a King", celebrities appeared. It was a program called "Learning Together".'], []),
    ("en", ['Although the word "pandemic" only refers to how widespread a disease is, officials acted.'], []),
    (
        "en",
        [
            'Baslan Damang, a security official from the port, on Tuesday told The Jakarta Post broadcasts were used. He added authorities "are still waiting for updates".'
        ],
        [("are still waiting for updates", "Baslan Damang")],
    ),
    (
        "en",
        ['Fitness was a big factor according to Kidston. "We have been working hard," he said.'],
        [("We have been working hard,", "Kidston")],
    ),
    (
        "en",
        [
            '"ISIS is not defeated [...] The caliphate is destroyed", Graham continued. "[T]his impulsive decision has undone all the gains."'
        ],
        [
            ("ISIS is not defeated [...] The caliphate is destroyed", "Graham"),
            ("[T]his impulsive decision has undone all the gains.", "Graham"),
        ],
    ),
    (
        "en",
        [
            'Brett McGurk, a former envoy, also criticized the decision via Twitter. "The statement demonstrates a complete lack of understanding."'
        ],
        [("The statement demonstrates a complete lack of understanding.", "Brett McGurk")],
    ),
    (
        "en",
        ['"The WH statement on "United States" policy is wrong," McGurk wrote.'],
        [('The WH statement on "United States" policy is wrong,', "McGurk")],
    ),
    (
        "en",
        [
            "President Donald Trump announced the withdrawal.",
            'Trump, also on Twitter, defended his decision, "It is time now for others in the region to protect their own territory."',
        ],
        [("It is time now for others in the region to protect their own territory.", "Donald Trump")],
    ),
    (
        "en",
        [
            'Jane Doe said: "This is the first paragraph of a long quote.',
            '"This continues it, still without a closing mark.',
            '"And this ends it."',
        ],
        [
            ("This is the first paragraph of a long quote.", "Jane Doe"),
            ("This continues it, still without a closing mark.", "Jane Doe"),
            ("And this ends it.", "Jane Doe"),
        ],
    ),
    ("en", ['"Straight opening, curly closing,” said Jane Doe.'], [("Straight opening, curly closing,", "Jane Doe")]),
    ("en", ["“Curly quotes work too,” said Jane Doe."], [("Curly quotes work too,", "Jane Doe")]),
    (
        "en",
        [
            "Artist Ebonie Fifita explains that creating ngatu involves layers. She says earlier practices used symbols.",
            '"The practice is communal."',
        ],
        [("The practice is communal.", "Ebonie Fifita")],
    ),
    (
        "en",
        ['Engineer Tom Baker inspected the bridge. "It depends on the weather," he said.'],
        [("It depends on the weather,", "Tom Baker")],
    ),
    ("en", ['Rep. Mike Lawler (R-N.Y.) said the letter was a "positive step" toward peace.'], [("positive step", "Mike Lawler")]),
    (
        "en",
        [
            "U.N. Secretary-General Antonio Guterres spoke.",
            '"The situation is very serious," said a U.S. official who spoke on condition of anonymity.',
        ],
        [("The situation is very serious,", None)],
    ),
    (
        "en",
        ['"We will not surrender," Zelenskyy said in his nightly address, adding that "every city will be rebuilt."'],
        [("We will not surrender,", "Zelenskyy"), ("every city will be rebuilt.", "Zelenskyy")],
    ),
    (
        "en",
        [
            'John Smith, 45, said: "I saw the water rising."',
            '"It was terrifying," said Smith, a farmer from the valley. "We lost everything."',
        ],
        [("I saw the water rising.", "John Smith"), ("It was terrifying,", "John Smith"), ("We lost everything.", "John Smith")],
    ),
    (
        "en",
        ['"We are monitoring the situation," President Joe Biden posted on X.'],
        [("We are monitoring the situation,", "Joe Biden")],
    ),
    ("en", ['"I never expected this," Maria Gonzalez says.'], [("I never expected this,", "Maria Gonzalez")]),
    (
        "en",
        ['Mohammad bin Salman spoke to PBS. "It happened under my watch," said Crown Prince Mohammad bin Salman.'],
        [("It happened under my watch,", "Mohammad bin Salman")],
    ),
]


def _speakers(found: list[FoundQuote]) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), SEED + INDONESIAN + ENGLISH)
def test_quotes_and_speakers(language: str, paragraphs: list[str], expected: list[tuple[str, str | None]]) -> None:
    assert _speakers(find_quotes(paragraphs, language)) == expected


def test_a_quote_is_the_exact_text_between_its_marks() -> None:
    paragraph = "Dia berkata: “  Kami siap. ” Lalu dia pergi."
    (quote,) = find_quotes([paragraph], "id")
    assert paragraph[quote.start : quote.end] == quote.text == "Kami siap."


def test_every_proposal_says_why() -> None:
    found = find_quotes(["“Kami siap,” kata Austin. “Sangat siap.”"], "id")
    assert [q.cue for q in found] == ["kata Austin", "continues the quote before"]


PEOPLE = {
    "lloyd-austin": Person("lloyd-austin", "Lloyd Austin", aliases=("Austin",)),
    "lolita-c-baldor": Person("lolita-c-baldor", "Lolita C. Baldor", aliases=("Baldor",)),
    "recep-tayyip-erdogan": Person("recep-tayyip-erdogan", "Recep Tayyip Erdoğan"),
    "jane-doe": Person("jane-doe", "Jane Doe"),
    "john-doe": Person("john-doe", "John Doe"),
}


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Lloyd Austin", "lloyd-austin"),
        ("austin", "lloyd-austin"),  # an alias, any case
        ("Baldor", "lolita-c-baldor"),
        ("Recep Tayyip Erdogan", "recep-tayyip-erdogan"),  # accents ignored
        ("Erdoğan", "recep-tayyip-erdogan"),  # the only registered name ending with it
        ("Doe", None),  # two registered names end with it
        ("Jane Roe", None),
    ],
)
def test_names_match_the_registry(name: str, expected: str | None) -> None:
    assert match_person(name, registry_index(PEOPLE)) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Łukasz Szumowski", "lukasz-szumowski"),
        ("Agnès Callamard", "agnes-callamard"),
        ("Man-kei Tam", "man-kei-tam"),
        ("Robert Downey Jr.", "robert-downey-jr"),
    ],
)
def test_new_ids_are_lowercase_ascii_with_hyphens(name: str, expected: str) -> None:
    assert person_id(name) == expected


def test_proposals_use_registry_ids_and_new_ids() -> None:
    found = find_quotes(["“Siap,” kata Austin. “Tidak,” kata Jane Roe. “Ya,” kata Jane Roe. “Ini,” kata Jane Doe."], "id")
    proposals = propose_speakers(found, registry_index(PEOPLE))
    assert [(p.person, p.is_new) for p in proposals] == [
        ("lloyd-austin", False),
        ("jane-roe", True),
        ("jane-roe", True),
        ("jane-doe", False),
    ]


def test_a_new_id_never_takes_a_registered_one() -> None:
    people = {"jane-roe": Person("jane-roe", "Jane Q. Roe")}
    (proposal,) = propose_speakers(find_quotes(["“Tidak,” kata Jane Roe."], "id"), registry_index(people))
    assert (proposal.person, proposal.is_new) == ("jane-roe-2", True)
