"""Speakers and their roles from titles and appositions, in both languages: paragraphs → (quote, speaker, role).

The speaker is the name alone, never the title before it nor a place or
organisation in it; the role is printed beside the name somewhere in the
article (a title before it, an apposition before or after it) and is proposed
as printed. A later mention by first name or surname resolves to the full name
and carries its role.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from build_scripts.contribute.quote_finder import find_quotes
from build_scripts.contribute.reported_speech import find_claims
from build_scripts.contribute.scaffold import scaffold
from build_scripts.read.raw_text import parse_raw

Row = tuple[str, str | None, str | None]
Case = tuple[str, list[str], list[Row]]

INDONESIAN: list[Case] = [
    (
        "id",
        ["“Pompa sudah kami siagakan,” kata Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani, Selasa."],
        [("Pompa sudah kami siagakan,", "Rina Kusumawardani", "Kepala Dinas SDA DKI Jakarta")],
    ),
    (
        "id",
        ["Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani, mengatakan, “Pompa sudah kami siagakan.”"],
        [("Pompa sudah kami siagakan.", "Rina Kusumawardani", "Kepala Dinas SDA DKI Jakarta")],
    ),
    (
        "id",
        ["Rina Kusumawardani, Kepala Dinas SDA DKI Jakarta, mengatakan, “Pompa sudah kami siagakan.”"],
        [("Pompa sudah kami siagakan.", "Rina Kusumawardani", "Kepala Dinas SDA DKI Jakarta")],
    ),
    (
        "id",
        [
            "“Air mulai naik sejak subuh,” kata Ketua RT 02 RW 05 Kelurahan Kampung Melayu, Hasan Basri, kepada wartawan.",
            "“Warga sudah mengungsi,” ungkap Hasan.",
            "“Kami butuh perahu karet,” jelas Basri.",
        ],
        [
            ("Air mulai naik sejak subuh,", "Hasan Basri", "Ketua RT 02 RW 05 Kelurahan Kampung Melayu"),
            ("Warga sudah mengungsi,", "Hasan Basri", "Ketua RT 02 RW 05 Kelurahan Kampung Melayu"),
            ("Kami butuh perahu karet,", "Hasan Basri", "Ketua RT 02 RW 05 Kelurahan Kampung Melayu"),
        ],
    ),
    (
        "id",
        ["“Kami terus memantau,” ujar pengamat ekonomi Universitas Indonesia Faisal Basri."],
        [("Kami terus memantau,", "Faisal Basri", "pengamat ekonomi Universitas Indonesia")],
    ),
    (
        "id",
        ["“Stok aman,” kata Kepala BNPB Suharyanto di Jakarta."],
        [("Stok aman,", "Suharyanto", "Kepala BNPB")],
    ),
    (
        "id",
        ["Warga Bekasi, Siti Aminah, bercerita tentang banjir itu.", "“Rumah kami terendam,” kata Siti."],
        [("Rumah kami terendam,", "Siti Aminah", "Warga Bekasi")],
    ),
    (
        "id",
        ["“Pelaku sudah kami tangkap,” kata Kapolres Metro Jakarta Selatan Kombes Pol Ade Rahmat Idnal, Selasa."],
        [("Pelaku sudah kami tangkap,", "Ade Rahmat Idnal", "Kapolres Metro Jakarta Selatan Kombes Pol")],
    ),
    (
        "id",
        ["“Kami evakuasi 200 warga,” kata Komandan Tim SAR Gabungan, Letkol Inf Andi Wijaya, kepada wartawan."],
        [("Kami evakuasi 200 warga,", "Andi Wijaya", "Komandan Tim SAR Gabungan")],
    ),
    (
        "id",
        ["Kepala Pelaksana BPBD Kabupaten Bogor Adam Hamdani menjelaskan, “Ada tiga titik longsor.”"],
        [("Ada tiga titik longsor.", "Adam Hamdani", "Kepala Pelaksana BPBD Kabupaten Bogor")],
    ),
    (
        "id",
        ["Bupati Garut Rudy Gunawan menyebut, “Semua sekolah diliburkan.”"],
        [("Semua sekolah diliburkan.", "Rudy Gunawan", "Bupati Garut")],
    ),
    (
        "id",
        ["Gubernur Jawa Tengah Ahmad Luthfi menegaskan, “Tidak ada pungutan.”", "“Saya jamin,” tegas Luthfi."],
        [
            ("Tidak ada pungutan.", "Ahmad Luthfi", "Gubernur Jawa Tengah"),
            ("Saya jamin,", "Ahmad Luthfi", "Gubernur Jawa Tengah"),
        ],
    ),
    (
        "id",
        ["“Kami akan evaluasi,” ungkap Menteri Perhubungan (Menhub) Dudy Purwagandhi dalam konferensi pers."],
        [("Kami akan evaluasi,", "Dudy Purwagandhi", "Menteri Perhubungan (Menhub)")],
    ),
    (
        "id",
        ["“Kami tidak akan mundur,” kata juru bicara Gedung Putih Karine Jean-Pierre kepada wartawan."],
        [("Kami tidak akan mundur,", "Karine Jean-Pierre", "juru bicara Gedung Putih")],
    ),
    (
        "id",
        [
            "Juru bicara militer Israel, Laksamana Muda Daniel Hagari, mengatakan operasi berlanjut.",
            "“Kami terus bergerak,” katanya.",
        ],
        [("Kami terus bergerak,", "Daniel Hagari", "Juru bicara militer Israel")],
    ),
    (
        "id",
        ["Seorang warga, Siti Rohmah (52), mengatakan airnya naik cepat.", "“Kami panik,” ujar Siti."],
        [("Kami panik,", "Siti Rohmah", "warga")],
    ),
    (
        "id",
        ["“Harga cabai naik dua kali lipat,” kata Nurhayati, pedagang di Pasar Kramat Jati."],
        [("Harga cabai naik dua kali lipat,", "Nurhayati", "pedagang di Pasar Kramat Jati")],
    ),
    (
        "id",
        ["Budi Santoso selaku Ketua Panitia mengatakan, “Semua sudah siap.”"],
        [("Semua sudah siap.", "Budi Santoso", "Ketua Panitia")],
    ),
    (
        "id",
        ["Budi Santoso, yang juga Ketua Panitia, mengatakan, “Semua sudah siap.”"],
        [("Semua sudah siap.", "Budi Santoso", "Ketua Panitia")],
    ),
    (
        "id",
        ["“Jadwal kereta normal,” kata Sekretaris Perusahaan PT KAI Commuter Indonesia Joni Martinus."],
        [("Jadwal kereta normal,", "Joni Martinus", "Sekretaris Perusahaan PT KAI Commuter Indonesia")],
    ),
    (
        "id",
        [
            "Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta Suharini Eliawati menyebut harga naik.",
            "“Pasokan turun,” ujar Suharini.",
        ],
        [("Pasokan turun,", "Suharini Eliawati", "Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian (KPKP) DKI Jakarta")],
    ),
    (
        "id",
        [
            "Bus berangkat dari Terminal Pulo Gebang, Terminal Kalideres, dan Terminal Poris Plawad.",
            "Kepala Terminal Pulo Gebang Afif Muhroji memastikan terminalnya siap. “Jalur khusus sudah ada,” katanya.",
        ],
        [("Jalur khusus sudah ada,", "Afif Muhroji", "Kepala Terminal Pulo Gebang")],
    ),
    (
        "id",
        ["Menurut Ketua Umum Perpadi Sutarto Alimoeso, panen mundur. “Stok menipis,” kata Sutarto."],
        [("Stok menipis,", "Sutarto Alimoeso", "Ketua Umum Perpadi")],
    ),
    (
        "id",
        [
            "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar Ade Ary Syam Indradi membenarkan. “Motifnya didalami,” kata Ade Ary."
        ],
        [("Motifnya didalami,", "Ade Ary Syam Indradi", "Kepala Bidang Humas Polda Metro Jaya Komisaris Besar")],
    ),
    (
        "id",
        ["“Ekonomi tumbuh 5 persen,” ujar Menteri Koordinator Bidang Perekonomian Airlangga Hartarto di Jakarta."],
        [("Ekonomi tumbuh 5 persen,", "Airlangga Hartarto", "Menteri Koordinator Bidang Perekonomian")],
    ),
    (
        "id",
        ["“Korban bertambah,” ujar Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB Abdul Muhari."],
        [("Korban bertambah,", "Abdul Muhari", "Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB")],
    ),
    (
        "id",
        ["Rizal (29), salah satu pengemudi ojol, mengaku pendapatannya turun. “Sehari cuma Rp100 ribu,” tuturnya."],
        [("Sehari cuma Rp100 ribu,", "Rizal", "salah satu pengemudi ojol")],
    ),
    (
        "id",
        ["“Kami belum menerima laporan,” kata seorang pejabat Kementerian Luar Negeri yang enggan disebutkan namanya."],
        [("Kami belum menerima laporan,", None, None)],
    ),
    (
        "id",
        ["Plt Kepala Dinas Kesehatan Kota Bandung, dr. Anhar Hadian, mengatakan kasus naik. “Kuras bak mandi,” katanya."],
        [("Kuras bak mandi,", "Anhar Hadian", "Plt Kepala Dinas Kesehatan Kota Bandung")],
    ),
    (
        "id",
        ["“Harga gabah masih rendah,” ucap Ketua Kelompok Tani Maju Jaya, Darsono, di Indramayu."],
        [("Harga gabah masih rendah,", "Darsono", "Ketua Kelompok Tani Maju Jaya")],
    ),
    (
        "id",
        ["“Perjalanan kami batasi,” kata Manajer Humas KAI Daop 4 Semarang Franoto Wibowo di stasiun."],
        [("Perjalanan kami batasi,", "Franoto Wibowo", "Manajer Humas KAI Daop 4 Semarang")],
    ),
    (
        "id",
        [
            "Warga Kampung Pulo, Asep Saepudin (52), mengangkut kasur ke loteng.",
            "“Air naik cepat sekali,” kata pria berusia 52 tahun itu.",
            "“Cucu saya belum makan,” tutur kakek tiga cucu tersebut.",
            "“Perahu karet belum datang,” kata warga RW 07 itu.",
        ],
        [
            ("Air naik cepat sekali,", "Asep Saepudin", "Warga Kampung Pulo"),
            ("Cucu saya belum makan,", "Asep Saepudin", "Warga Kampung Pulo"),
            ("Perahu karet belum datang,", "Asep Saepudin", "Warga Kampung Pulo"),
        ],
    ),
    (
        "id",
        [
            "Camat Cibinong Agus Salim meninjau tanggul.",
            "Seorang pedagang sayur mengaku dagangannya hanyut. “Modal saya habis,” kata pedagang itu.",
        ],
        [("Modal saya habis,", None, None)],
    ),
    (
        "id",
        ["“Benih padi belum turun,” kata Ketua Kelompok Wanita Tani (KWT) Mekar Sari, Suratmi."],
        [("Benih padi belum turun,", "Suratmi", "Ketua Kelompok Wanita Tani (KWT) Mekar Sari")],
    ),
    (
        "id",
        [
            "Sementara itu, Kepala Dinas Kelautan dan Perikanan Maluku Erawan Asikin meninjau gudang es di Ambon.",
            "“Es untuk nelayan cukup,” katanya.",
        ],
        [("Es untuk nelayan cukup,", "Erawan Asikin", "Kepala Dinas Kelautan dan Perikanan Maluku")],
    ),
    (
        "id",
        ["Bupati Sikka Juventus Prima Yoris menyebutkan “semua pengungsi sudah mendapat tenda.”"],
        [("semua pengungsi sudah mendapat tenda.", "Juventus Prima Yoris", "Bupati Sikka")],
    ),
    (
        "id",
        [
            "Menteri Pertanian Andi Amran Sulaiman meninjau gudang Bulog di Makassar.",
            "“Gabah petani kami serap semua,” kata Amran, sapaan akrabnya, Senin.",
            "“Tidak ada impor tahun ini,” ujar Amran.",
            "Menteri itu menambahkan, “Harga gabah dijaga.”",
        ],
        [
            ("Gabah petani kami serap semua,", "Andi Amran Sulaiman", "Menteri Pertanian"),
            ("Tidak ada impor tahun ini,", "Andi Amran Sulaiman", "Menteri Pertanian"),
            ("Harga gabah dijaga.", "Andi Amran Sulaiman", "Menteri Pertanian"),
        ],
    ),
    (
        "id",
        [
            "Gubernur Kalimantan Barat Ria Norsan meninjau banjir.",
            "“Dapur umum kami buka,” kata Norsan, sapaan akrab Ria Norsan, di Pontianak.",
            "“Logistik cukup,” kata Norsan.",
        ],
        [
            ("Dapur umum kami buka,", "Ria Norsan", "Gubernur Kalimantan Barat"),
            ("Logistik cukup,", "Ria Norsan", "Gubernur Kalimantan Barat"),
        ],
    ),
    (
        "id",
        [
            "Camat Wedi Suryo Hartanto menyebut gedung sekolah retak.",
            "“Kelas kami pindah ke aula,” kata Yoyok, sapaan akrabnya, Selasa.",
            "“Ujian tetap jalan,” ujar Yoyok.",
        ],
        [
            ("Kelas kami pindah ke aula,", "Suryo Hartanto", "Camat Wedi"),
            ("Ujian tetap jalan,", "Suryo Hartanto", "Camat Wedi"),
        ],
    ),
    (
        "id",
        [
            "Lurah Bandarharjo Agus Wibowo meninjau lokasi.",
            "Puluhan pedagang memilih tetap berjualan. Salah satunya Waginah (61). “Kalau tutup, kami makan apa,” ujarnya.",
        ],
        [("Kalau tutup, kami makan apa,", "Waginah", None)],
    ),
    (
        "id",
        ["“Jadwal penerbangan kami geser,” kata maskapai Lionta dalam keterangan tertulis."],
        [("Jadwal penerbangan kami geser,", None, None)],
    ),
]

ENGLISH: list[Case] = [
    (
        "en",
        ['Minister Jane Doe told reporters: "We are ready."'],
        [("We are ready.", "Jane Doe", "Minister")],
    ),
    (
        "en",
        ['"Growth will slow," said John Roe, an analyst at Capital Economics.'],
        [("Growth will slow,", "John Roe", "an analyst at Capital Economics")],
    ),
    (
        "en",
        ['Volcanologist Jane Doe warned that "the crater is unstable."', '"We are watching it closely," Doe said.'],
        [("the crater is unstable.", "Jane Doe", "Volcanologist"), ("We are watching it closely,", "Jane Doe", "Volcanologist")],
    ),
    (
        "en",
        ['"The port will reopen on Monday," said Port Authority spokesman John Roe.'],
        [("The port will reopen on Monday,", "John Roe", "Port Authority spokesman")],
    ),
    (
        "en",
        ['John Smith, 45, a farmer from the valley, said: "I saw the water rising."'],
        [("I saw the water rising.", "John Smith", "a farmer from the valley")],
    ),
    (
        "en",
        ['"We lost power at noon," Jakarta resident Budi Santoso said.'],
        [("We lost power at noon,", "Budi Santoso", "Jakarta resident")],
    ),
    (
        "en",
        ['"Nobody told us," said Maria Lopez, who runs a bakery nearby.'],
        [("Nobody told us,", "Maria Lopez", "who runs a bakery nearby")],
    ),
    (
        "en",
        ['"We boiled in February," said Delphine Arsenault, 61, whose family has tapped the hillside since 1912.'],
        [("We boiled in February,", "Delphine Arsenault", "whose family has tapped the hillside since 1912")],
    ),
    (
        "en",
        ['"We ride this boat to work," said Capt. Rene Thibodeaux, who has piloted the ferry for 22 years.'],
        [("We ride this boat to work,", "Rene Thibodeaux", "who has piloted the ferry for 22 years")],
    ),
    (
        "en",
        ['"These buildings are old," said Gov. Martin Ruelas, who toured the site by helicopter.'],
        [("These buildings are old,", "Martin Ruelas", "Gov.")],
    ),
    (
        "en",
        [
            'Army Gen. Robert Sandoval, who leads the futures command, said units were testing. "Make them cheaper," Sandoval said.'
        ],
        [("Make them cheaper,", "Robert Sandoval", "Army Gen.")],
    ),
    (
        "en",
        [
            "Aroha Te Whare, who coordinated the rescue, said volunteers waded in.",
            '"We could not have done it without them," said operations manager Aroha Te Whare.',
        ],
        [("We could not have done it without them,", "Aroha Te Whare", "operations manager")],
    ),
    (
        "id",
        ['"Kami hanya ingin atap yang tidak bocor," kata Rosa Quispe, 63, yang berjualan sayur di pasar itu sejak 1990.'],
        [("Kami hanya ingin atap yang tidak bocor,", "Rosa Quispe", "yang berjualan sayur di pasar itu sejak 1990")],
    ),
    (
        "en",
        ['"This is historic," said Gov. Kathy Hochul.'],
        [("This is historic,", "Kathy Hochul", "Gov.")],
    ),
    (
        "en",
        ['Sudan\'s army chief, General Abdel Fattah al-Burhan, said: "We will fight to the end."'],
        [("We will fight to the end.", "Abdel Fattah al-Burhan", "Sudan's army chief")],
    ),
    (
        "en",
        ['Jane Doe — a lawyer for the family — said the ruling was "a disgrace."'],
        [("a disgrace.", "Jane Doe", "a lawyer for the family")],
    ),
    (
        "en",
        ['"I saw it with my own eyes," said J.D. Carter, a retired firefighter.'],
        [("I saw it with my own eyes,", "J.D. Carter", "a retired firefighter")],
    ),
    (
        "en",
        ["Kenyan runner Daniel Kiprop won the race.", 'Kiprop said: "My legs were fresh."'],
        [("My legs were fresh.", "Daniel Kiprop", "Kenyan runner")],
    ),
    (
        "en",
        ['Sen. Patricia Holm, the top Republican on the committee, said: "I want a budget line."'],
        [("I want a budget line.", "Patricia Holm", "the top Republican on the committee")],
    ),
    (
        "en",
        ['Valparaíso\'s mayor, Camila Nieto, attended. "The port has its memory back," Nieto said.'],
        [("The port has its memory back,", "Camila Nieto", "Valparaíso's mayor")],
    ),
    (
        "en",
        [
            '"The results speak for themselves," said Dr. Mei Chen, lead author of the study.',
            '"We will leave," said Theresa May.',
        ],
        [
            ("The results speak for themselves,", "Mei Chen", "lead author of the study"),
            ("We will leave,", "Theresa May", None),
        ],
    ),
    (
        "en",
        ['"This is not over," WHO Director-General Tedros Adhanom Ghebreyesus told a briefing.'],
        [("This is not over,", "Tedros Adhanom Ghebreyesus", "WHO Director-General")],
    ),
    (
        "en",
        [
            "Mayor Jane Doe said the city was ready.",
            'A police officer at the scene said the crowd was calm. "Nobody was hurt," the officer said.',
        ],
        [("Nobody was hurt,", None, None)],
    ),
    (
        "en",
        ['"No comment," a spokesperson for Tesla said.'],
        [("No comment,", None, None)],
    ),
    (
        "en",
        ['"It is a disaster," said the region\'s governor, Oleksandr Prokudin, on Telegram.'],
        [("It is a disaster,", "Oleksandr Prokudin", "region's governor")],
    ),
    (
        "en",
        ['"The fire spread quickly," said Capt. Luis Moreno of the Los Angeles Fire Department.'],
        [("The fire spread quickly,", "Luis Moreno", "Capt.")],
    ),
    (
        "en",
        ['Maria Santos, whose house flooded, said: "We have nowhere to go."'],
        [("We have nowhere to go.", "Maria Santos", "whose house flooded")],
    ),
    (
        "en",
        ['"The smoke came fast," said Ana Ruiz, who fled with her two children and a dog.'],
        [("The smoke came fast,", "Ana Ruiz", None)],
    ),
    (
        "id",
        ['"Pelanggar melintas malam," kata Kepala Satuan Lalu Lintas Polrestabes Medan Ajun Komisaris Besar Rudi Hartono.'],
        [("Pelanggar melintas malam,", "Rudi Hartono", "Kepala Satuan Lalu Lintas Polrestabes Medan Ajun Komisaris Besar")],
    ),
    (
        "id",
        [
            '"Kami menindak," kata Kepala Dinas Perhubungan Iswar Lubis.',
            'Ucok, 45 tahun, sopir angkutan kota, mengaku baru tahu. "Spanduknya kecil," tuturnya.',
        ],
        [("Kami menindak,", "Iswar Lubis", "Kepala Dinas Perhubungan"), ("Spanduknya kecil,", "Ucok", "sopir angkutan kota")],
    ),
    (
        "en",
        [
            '"We will not stop," said Mayor Ann Cole.',
            'Meder, 23, a hunter, disagreed. "A bird that never hunts is a prisoner," he said.',
        ],
        [("We will not stop,", "Ann Cole", "Mayor"), ("A bird that never hunts is a prisoner,", "Meder", "a hunter")],
    ),
    (
        "en",
        ['"The eagle decides if you are good enough," said Asylbek uulu Meder, 23, whose bird won the speed contest.'],
        [("The eagle decides if you are good enough,", "Asylbek uulu Meder", "whose bird won the speed contest")],
    ),
    (
        "en",
        ['"There is no plan B," European Commission President Ursula von der Leyen said.'],
        [("There is no plan B,", "Ursula von der Leyen", "European Commission President")],
    ),
    (
        "en",
        ['Dr. Amina Yusuf, a physician at Kenyatta National Hospital, said: "We are overwhelmed."'],
        [("We are overwhelmed.", "Amina Yusuf", "a physician at Kenyatta National Hospital")],
    ),
    (
        "en",
        ['"This is a setback," said Tom Brown, a senior fellow at the Brookings Institution.'],
        [("This is a setback,", "Tom Brown", "a senior fellow at the Brookings Institution")],
    ),
    (
        "en",
        ['State geologist Carla Imbert said the slope had moved. "It moved a metre," Imbert said.'],
        [("It moved a metre,", "Carla Imbert", "State geologist")],
    ),
    (
        "en",
        ['Coffee Roasters\' Guild secretary Femi Adeyemi spoke first. "Beans are scarce," Adeyemi said.'],
        [("Beans are scarce,", "Femi Adeyemi", "Coffee Roasters' Guild secretary")],
    ),
    (
        "en",
        ['"The lorries wait for days," said Dockers\' Union leader Sam Okafor.'],
        [("The lorries wait for days,", "Sam Okafor", "Dockers' Union leader")],
    ),
    (
        "en",
        [
            "Mayor Ruth Okello opened the shaft.",
            'Mining group Norvale said output fell. "Output will recover by June," the company said.',
        ],
        [("Output will recover by June,", None, None)],
    ),
    (
        "en",
        ['"Supplies are late," said shipping firm Kestrel.'],
        [("Supplies are late,", None, None)],
    ),
    (
        "en",
        [
            "Mayor Ruth Okello opened the clinic.",
            'A World Bank official in Lusaka, who asked not to be named, said funds were short. "We pay late," the official said.',
        ],
        [("We pay late,", None, None)],
    ),
    (
        "en",
        ['Amina Bello in Kano said the market was shut. "Nobody came," Bello said.'],
        [("Nobody came,", "Amina Bello", None)],
    ),
    (
        "en",
        [
            "Elena Petrova, a 61-year-old baker, lost her shop in the flood.",
            '"The water came at night," the 61-year-old said.',
            '"I have nothing left," the grandmother of five added.',
        ],
        [
            ("The water came at night,", "Elena Petrova", "a 61-year-old baker"),
            ("I have nothing left,", "Elena Petrova", "a 61-year-old baker"),
        ],
    ),
    (
        "en",
        [
            "Mayor Tom Reed opened the bridge.",
            'A woman selling bread nearby was unimpressed. "It took ten years," the woman said.',
        ],
        [("It took ten years,", None, None)],
    ),
    (
        "en",
        ['"The glacier has moved," said longtime porter Nima Tamang, who has worked the route since 1998.'],
        [("The glacier has moved,", "Nima Tamang", "longtime porter")],
    ),
    (
        "en",
        [
            "Governor Lena Park opened the session.",
            'A treasury official, speaking on condition of anonymity, said loans from the World Bank would arrive soon. "It is '
            'a matter of weeks," the official said.',
        ],
        [("It is a matter of weeks,", None, None)],
    ),
    (
        "en",
        ["Ruth Alder hosted the talk show Ruth Alder's Garden until 1990.", '"I miss it," Alder said.'],
        [("I miss it,", "Ruth Alder", None)],
    ),
    (
        "en",
        [
            'Mayor Tom Reed visited the shelter. "We are doing all we can," Reed said.',
            'His daughter, Anya, 12, slept on a cot. "I miss my room," she told reporters.',
        ],
        [("We are doing all we can,", "Tom Reed", "Mayor"), ("I miss my room,", "Anya", "daughter")],
    ),
    (
        "en",
        ['"The clinic is full," said Rana Aziz, Oxfam\'s humanitarian coordinator in Yemen.'],
        [("The clinic is full,", "Rana Aziz", "Oxfam's humanitarian coordinator in Yemen")],
    ),
    (
        "en",
        ['"Boil your water," warned Dr. Ikenna Obi, the state\'s chief epidemiologist.'],
        [("Boil your water,", "Ikenna Obi", "the state's chief epidemiologist")],
    ),
    (
        "en",
        ['"The ice came early," trapper Dorj, 47, told reporters.'],
        [("The ice came early,", "Dorj", "trapper")],
    ),
]


HONORIFICS_BEFORE_NAMES: list[Case] = [
    (
        "id",
        ["Ketua Kelompok Tani Maju Jaya, H. Darmono, menyebut stok habis.", "“Kami beli yang mahal,” ujar Darmono."],
        [("Kami beli yang mahal,", "Darmono", "Ketua Kelompok Tani Maju Jaya")],
    ),
    (
        "id",
        ["Kepala Desa Karangrejo, Hj. Sumiati, mengatakan warga resah. “Jembatan itu rapuh,” tuturnya."],
        [("Jembatan itu rapuh,", "Sumiati", "Kepala Desa Karangrejo")],
    ),
    (
        "id",
        ["Kepala Bidang Irigasi Dinas PU Klaten, Ir. Bambang Santoso, mengatakan air cukup.", "“Air cukup,” kata Bambang."],
        [("Air cukup,", "Bambang Santoso", "Kepala Bidang Irigasi Dinas PU Klaten")],
    ),
    (
        "id",
        ["Direktur Utama Bank Sulsel, Andi Muh. Amri Lantara, mengatakan kredit naik.", "“Kredit naik,” kata Amri."],
        [("Kredit naik,", "Andi Muh. Amri Lantara", "Direktur Utama Bank Sulsel")],
    ),
    (
        "id",
        ["Kepala Dinas Sosial Garut, Drs. H. Asep Mulyana, mengatakan bantuan sudah disalurkan. “Sudah semua,” katanya."],
        [("Sudah semua,", "Asep Mulyana", "Kepala Dinas Sosial Garut")],
    ),
    (
        "id",
        ["“Harga naik,” kata H. Umar Said, pedagang beras di Pasar Cik Puan."],
        [("Harga naik,", "Umar Said", "pedagang beras di Pasar Cik Puan")],
    ),
    ("en", ["“It is fine,” said H. G. Wells, the author."], [("It is fine,", "H. G. Wells", "the author")]),
    (
        "en",
        ['Local historian Dr Eleri Jones told Wikinews: "The chapel has flooded before."'],
        [("The chapel has flooded before.", "Eleri Jones", "Local historian")],
    ),
    (
        "en",
        ['Hospital director Prof Amal Nasser said "the ward is full."'],
        [("the ward is full.", "Amal Nasser", "Hospital director")],
    ),
    ("en", ['Shop owner Mr Tom Hale said "we will reopen."'], [("we will reopen.", "Tom Hale", "Shop owner")]),
]
"""Hajj, academic and religious titles with a full stop ("H.", "Hj.", "Ir.", "Drs.") and an abbreviated given name
("Muh."): the full stop ends no sentence, the title is not the name; a lone initial before another stays."""


ROLES_RUNNING_ON: list[Case] = [
    (
        "id",
        ["“Saya takut,” kata Wulan (29), anggota koperasi asal Depok, Jawa Barat."],
        [("Saya takut,", "Wulan", "anggota koperasi asal Depok, Jawa Barat")],
    ),
    (
        "id",
        ["“Harga naik,” ujar Rahmat, pedagang sayur asal Garut, Jawa Barat, Selasa (4/2/2025)."],
        [("Harga naik,", "Rahmat", "pedagang sayur asal Garut, Jawa Barat")],
    ),
    (
        "en",
        ["“The rains failed,” said Amina Otieno, a farmer in Lodwar, Kenya."],
        [("The rains failed,", "Amina Otieno", "a farmer in Lodwar, Kenya")],
    ),
    ("en", ["“It is late,” said Paul Kim, a teacher in Busan, on Monday."], [("It is late,", "Paul Kim", "a teacher in Busan")]),
    (
        "id",
        ["“Musim hujan makin pendek,” kata Luis Ortega, peneliti di Universidad Nacional de Colombia (UNAL)."],
        [("Musim hujan makin pendek,", "Luis Ortega", "peneliti di Universidad Nacional de Colombia (UNAL)")],
    ),
    (
        "en",
        ["“We need more data,” said Mark Lee, a researcher at the National Institute of Health (NIH), on Monday."],
        [("We need more data,", "Mark Lee", "a researcher at the National Institute of Health (NIH)")],
    ),
]
"""A role goes on past a comma to the region or country of the town in it, and over a bracketed acronym."""

GLOSSED_TITLES: list[Case] = [
    (
        "id",
        ["Peratin (kepala desa) Pekon Sukamaju, Suryadi, mengatakan warga berjaga.", "“Gajahnya tidak takut,” ujar Suryadi."],
        [("Gajahnya tidak takut,", "Suryadi", "Peratin (kepala desa) Pekon Sukamaju")],
    ),
    (
        "id",
        ["Geuchik (kepala desa) Gampong Lamteh, Teuku Ridwan, mengatakan air naik.", "“Air naik,” ujar Ridwan."],
        [("Air naik,", "Teuku Ridwan", "Geuchik (kepala desa) Gampong Lamteh")],
    ),
    (
        "id",
        ["“Air naik,” ujar Kepala Dinas Sumber Daya Air (SDA) Jakarta Rina Kusuma."],
        [("Air naik,", "Rina Kusuma", "Kepala Dinas Sumber Daya Air (SDA) Jakarta")],
    ),
]
"""A local title glossed in brackets ("Peratin (kepala desa)") is one title with its gloss, as an acronym is."""

NAMES_AND_OPENINGS: list[Case] = [
    (
        "en",
        [
            "“It buys us time,” said Leland Two Crows, water director for the Gila River Indian Community.",
            "Asked whether the tribe would sign, he said: “We will read it first.”",
        ],
        [
            ("It buys us time,", "Leland Two Crows", "water director for the Gila River Indian Community"),
            ("We will read it first.", "Leland Two Crows", "water director for the Gila River Indian Community"),
        ],
    ),
    (
        "en",
        ["“We will fight,” said Mary One Feather, a council member."],
        [("We will fight,", "Mary One Feather", "a council member")],
    ),
    ("en", ["“Prices rose,” said Ann Cole. Two Reuters reporters saw it."], [("Prices rose,", "Ann Cole", None)]),
    (
        "en",
        ["“It is late,” said Tom Reed, a farmer.", "Pressed on the cost, he said: “Too much.”"],
        [("It is late,", "Tom Reed", "a farmer"), ("Too much.", "Tom Reed", "a farmer")],
    ),
    (
        "id",
        ["“Sudah terlambat,” kata Budi Santoso, petani.", "Ditanya soal harga, ia mengatakan: “Terlalu mahal.”"],
        [("Sudah terlambat,", "Budi Santoso", "petani"), ("Terlalu mahal.", "Budi Santoso", "petani")],
    ),
]
"""A number word between two words of a name is the name's ("Leland Two Crows"); a participle capitalised only
because it opens the sentence ("Asked whether …, he said") names no one, so the pronoun is the last speaker's."""

DESCRIBED_BY_A_PLACE: list[Case] = [
    (
        "en",
        ['Traders were cautious. "Buyers will shift," said a Singapore-based trader with a global house.'],
        [("Buyers will shift,", None, None)],
    ),
    ("en", ['"Prices will rise," a London-based analyst told Reuters.'], [("Prices will rise,", None, None)]),
    (
        "en",
        ['"The deal is off," said an Abu Dhabi-owned fund manager who asked not to be named.'],
        [("The deal is off,", None, None)],
    ),
    (
        "en",
        ['"We are ready," said a Jakarta-born engineer, Tom Reed.'],
        [("We are ready,", "Tom Reed", "Jakarta-born engineer")],
    ),
    (
        "en",
        ['"It is cheap," said Lena Ortiz, a Madrid-based economist.'],
        [("It is cheap,", "Lena Ortiz", "a Madrid-based economist")],
    ),
]
"""A place or body made an adjective ("Singapore-based", "Abu Dhabi-owned") names nobody: an anonymous speaker."""

INTRODUCED_BEFORE_A_PRONOUN: list[Case] = [
    (
        "en",
        [
            "“It was hard,” said Ann Cole, a biologist.",
            "Gazi’s wife, Rokeya, waved from the bank as the boats left. “I pray,” she said.",
        ],
        [("It was hard,", "Ann Cole", "a biologist"), ("I pray,", "Rokeya", "Gazi’s wife")],
    ),
    (
        "en",
        ["“It was hard,” said Ann Cole, a biologist.", "Omar’s brother, Yusuf, 19, stayed behind. “We wait,” he said."],
        [("It was hard,", "Ann Cole", "a biologist"), ("We wait,", "Yusuf", "Omar’s brother")],
    ),
    (
        "id",
        [
            "“Sapi hilang,” kata Haris, pemilik sapi.",
            "Tetangga Haris, Nurhayati binti Jamaluddin (38), mengaku mendengar suara mobil. “Saya kira mobil lewat,” ucapnya.",
        ],
        [("Sapi hilang,", "Haris", "pemilik sapi"), ("Saya kira mobil lewat,", "Nurhayati binti Jamaluddin", "Tetangga Haris")],
    ),
    (
        "id",
        [
            "“Rumah hanyut,” kata Budi Santoso, warga Desa Sukamaju.",
            "Istri Budi, Sulastri, menangis di pengungsian. “Semua habis,” katanya.",
        ],
        [("Rumah hanyut,", "Budi Santoso", "warga Desa Sukamaju"), ("Semua habis,", "Sulastri", "Istri Budi")],
    ),
    (
        "id",
        ["“Rumah hanyut,” kata Budi Santoso, warga.", "Adik Budi, Rina Wati (24), ikut mengungsi. “Kami takut,” ujarnya."],
        [("Rumah hanyut,", "Budi Santoso", "warga"), ("Kami takut,", "Rina Wati", "Adik Budi")],
    ),
    (
        "en",
        [
            "“It was hard,” said Ann Cole, a biologist, to local media.",
            "Local resident Jasmine Kereama, 34, drove two hours to help. She described the moment: “Everyone was cheering.”",
        ],
        [("It was hard,", "Ann Cole", "a biologist"), ("Everyone was cheering.", "Jasmine Kereama", "Local resident")],
    ),
    (
        "en",
        [
            "“It was hard,” said Ann Cole, a biologist.",
            "Retired nurse Mary Okafor walked to the shelter. “I have seen worse,” she said.",
        ],
        [("It was hard,", "Ann Cole", "a biologist"), ("I have seen worse,", "Mary Okafor", "Retired nurse")],
    ),
    (
        "en",
        [
            "“It was hard,” said Ann Cole, a biologist.",
            "Veteran fisherman Joao Pires, 58, lost his boat. He said: “The sea took it.”",
        ],
        [("It was hard,", "Ann Cole", "a biologist"), ("The sea took it.", "Joao Pires", "Veteran fisherman")],
    ),
    (
        "en",
        ["“It was hard,” said Ann Cole, a biologist.", "Local officials met on Monday. “It was chaos,” she said."],
        [("It was hard,", "Ann Cole", "a biologist"), ("It was chaos,", "Ann Cole", "a biologist")],
    ),
]
"""A person introduced by a relation to someone ("Gazi’s wife, Rokeya,", "Tetangga Haris, Nurhayati …,") or by an
adjective and a noun opening the sentence ("Local resident Jasmine Kereama, 34,"), then quoted with a pronoun: the
pronoun is theirs, not the last speaker's."""


A_DEFINITE_OCCUPATION: list[Case] = [
    (
        "id",
        [
            "Wakil Ketua Komisi IV DPR Abdul Wahab Lubis meminta pemerintah memperbaiki data.",
            "“Datanya harus dibereskan,” kata politikus itu.",
        ],
        [("Datanya harus dibereskan,", "Abdul Wahab Lubis", "Wakil Ketua Komisi IV DPR")],
    ),
    (
        "id",
        ["Ekonom Universitas Indonesia Fithra Faisal Hastiadi menilai harga naik.", "“Inflasi akan naik,” ujar ekonom tersebut."],
        [("Inflasi akan naik,", "Fithra Faisal Hastiadi", "Ekonom Universitas Indonesia")],
    ),
    (
        "id",
        ["Peneliti BRIN Siti Aminah mengatakan curah hujan tinggi.", "“Waspada banjir,” kata peneliti itu."],
        [("Waspada banjir,", "Siti Aminah", "Peneliti BRIN")],
    ),
    (
        "en",
        ["Mary Okafor, a nurse at the clinic, worked all night.", "“We ran out of beds,” the nurse said."],
        [("We ran out of beds,", "Mary Okafor", "a nurse at the clinic")],
    ),
]
"""An occupation with "itu"/"tersebut"/"the" stands for the person named last, as a title does."""

UNNAMED_AFTER_A_CONNECTIVE: list[Case] = [
    (
        "id",
        [
            "“Data bocor,” kata Yohanes Kurniawan, pengamat.",
            "Namun, seorang pengurus koperasi yang enggan disebut namanya mengatakan pihaknya sedang audit. “Kami juga kaget,” katanya.",
        ],
        [("Data bocor,", "Yohanes Kurniawan", "pengamat"), ("Kami juga kaget,", None, None)],
    ),
    (
        "id",
        [
            "“Data bocor,” kata Yohanes Kurniawan, pengamat.",
            "Sementara itu, seorang warga yang tak mau disebut namanya mengaku takut. “Kami takut,” ujarnya.",
        ],
        [("Data bocor,", "Yohanes Kurniawan", "pengamat"), ("Kami takut,", None, None)],
    ),
    (
        "en",
        [
            "“Data leaked,” said John Roe, an analyst.",
            "However, an official who declined to be named said an audit was under way. “We were shocked too,” he said.",
        ],
        [("Data leaked,", "John Roe", "an analyst"), ("We were shocked too,", None, None)],
    ),
    (
        "en",
        [
            "“Data leaked,” said John Roe, an analyst.",
            "However, Roe said an audit was under way. “We were shocked too,” he said.",
        ],
        [("Data leaked,", "John Roe", "an analyst"), ("We were shocked too,", "John Roe", "an analyst")],
    ),
]
"""An unnamed person introduced after a connective ("Namun,", "However,") is whom a pronoun then means: nobody
to propose, not the last speaker named."""


DESCRIPTIONS_BEFORE_NAMES: list[Case] = [
    (
        "id",
        [
            "“Kami rawat 600 burung,” kata Budi Santoso, relawan.",
            "Seorang penjual layang-layang di kawasan Raipur mengaku masih banyak pembeli. “Benang kaca laku,” katanya.",
        ],
        [("Kami rawat 600 burung,", "Budi Santoso", "relawan"), ("Benang kaca laku,", None, None)],
    ),
    (
        "id",
        [
            "Menurut Siti Aminah, pedagang, harga naik. “Harga naik,” ujarnya.",
            "Salah seorang pengemudi ojek mengeluh. “Penumpang sepi sejak pagi,” ujarnya.",
        ],
        [("Harga naik,", "Siti Aminah", "pedagang"), ("Penumpang sepi sejak pagi,", None, None)],
    ),
    (
        "id",
        ["“Awalnya saya kira kayu,” kata warga Desa Klumpang Kebun, Ucok Siregar (34), kepada detikSumut."],
        [("Awalnya saya kira kayu,", "Ucok Siregar", "warga Desa Klumpang Kebun")],
    ),
    (
        "id",
        ["“Airnya hitam,” ujar warga Perumahan Griya Asri, Dewi Lestari (41), Senin."],
        [("Airnya hitam,", "Dewi Lestari", "warga Perumahan Griya Asri")],
    ),
    (
        "id",
        ["“Kami rugi,” kata pedagang asal Cianjur, Rudi Hartono (52)."],
        [("Kami rugi,", "Rudi Hartono", "pedagang asal Cianjur")],
    ),
    (
        "en",
        ["“It was huge,” said a resident of Klumpang Village, Ucok Siregar, 34, on Monday."],
        [("It was huge,", "Ucok Siregar", "resident of Klumpang Village")],
    ),
    (
        "en",
        ["“We lost everything,” said a farmer from Dahlonega, Mary Clark."],
        [("We lost everything,", "Mary Clark", "farmer from Dahlonega")],
    ),
    (
        "en",
        ["Orrin Lavallee, a Republican state senator from Hancock County, objected. “We are not against whales,” he said."],
        [("We are not against whales,", "Orrin Lavallee", "a Republican state senator from Hancock County")],
    ),
    (
        "en",
        ["“We wait,” said Ana Ruiz, a Democratic state representative from Laredo."],
        [("We wait,", "Ana Ruiz", "a Democratic state representative from Laredo")],
    ),
]
"""Who a description introduces: "Seorang …" counts a new person, whoever spoke before; a lowercase description
with a place ("warga Desa X, Name (34),") introduces the name after its comma; a verb-like word before a role
noun ("state senator") is part of the role."""


QUOTES_RUNNING_ON_AND_LONG_OPENINGS: list[Case] = [
    (
        "id",
        [
            "Menurut dia, nelayan tidak diajak bicara. “Tidak ada sosialisasi, tidak ada konsultasi.",
            "“Kami menolak laut kami dijual,” kata Rahmat Hidayat.",
        ],
        [
            ("Tidak ada sosialisasi, tidak ada konsultasi.", "Rahmat Hidayat", None),
            ("Kami menolak laut kami dijual,", "Rahmat Hidayat", None),
        ],
    ),
    (
        "id",
        ["Warga mengeluh. “Air mati tiga hari.", "“Kami harus beli galon,” ujar Sri Wahyuni, warga Serpong."],
        [("Air mati tiga hari.", "Sri Wahyuni", "warga Serpong"), ("Kami harus beli galon,", "Sri Wahyuni", "warga Serpong")],
    ),
    (
        "en",
        ["The union was angry. “Nobody asked us.", "“We will strike on Monday,” said Dana Kopp, the union's president."],
        [
            ("Nobody asked us.", "Dana Kopp", "the union's president"),
            ("We will strike on Monday,", "Dana Kopp", "the union's president"),
        ],
    ),
    ("en", ["“Nobody asked us.", "The union said it would strike."], [("Nobody asked us.", None, None)]),
    (
        "en",
        [
            "Under the thorny branches of an argan tree that has borne no fruit for two seasons, Fatima Ait Oumghar sorts nuts.",
            "“Now we fill three,” the 54-year-old told AFP.",
        ],
        [("Now we fill three,", "Fatima Ait Oumghar", None)],
    ),
    (
        "en",
        [
            "Beside the dry riverbed where her family has grazed goats for three generations, Amina Hassan Warsame counts them.",
            "“Only nine are alive,” the herder said.",
        ],
        [("Only nine are alive,", "Amina Hassan Warsame", None)],
    ),
    (
        "id",
        [
            "Di bawah pohon kelapa yang sudah tidak berbuah sejak musim kemarau panjang tahun lalu, Wayan Sukerta memilah panen.",
            "“Sekarang hanya tiga karung,” kata petani berusia 54 tahun itu.",
        ],
        [("Sekarang hanya tiga karung,", "Wayan Sukerta", None)],
    ),
]
"""A quote left open at its paragraph's end goes on in the next, whose speaker it shares; a long phrase opening a
sentence with a preposition still leaves its subject to be the one a description later means."""


INDONESIAN_DESCRIPTIONS_AND_NAMES: list[Case] = [
    (
        "id",
        ["“Harga gabah turun,” kata Ketua Kelompok Tani Sri Rejeki, Paimin (58), di sawahnya."],
        [("Harga gabah turun,", "Paimin", "Ketua Kelompok Tani Sri Rejeki")],
    ),
    (
        "id",
        ["“Kami akan panggil pengembang,” kata anggota Komisi IV DPR RI dari Fraksi PDIP, Budi Hartono."],
        [("Kami akan panggil pengembang,", "Budi Hartono", "anggota Komisi IV DPR RI dari Fraksi PDIP")],
    ),
    (
        "id",
        ["“Tidak ada korban jiwa,” ungkap Kasi Humas Polres Bantul Iptu I Nengah Jeffry kepada wartawan."],
        [("Tidak ada korban jiwa,", "I Nengah Jeffry", "Kasi Humas Polres Bantul Iptu")],
    ),
    (
        "id",
        ["Kepala Desa Tista I Ketut Sudarma mengatakan, “Air sudah surut.” “Warga aman,” kata Sudarma."],
        [("Air sudah surut.", "I Ketut Sudarma", "Kepala Desa Tista"), ("Warga aman,", "I Ketut Sudarma", "Kepala Desa Tista")],
    ),
    (
        "en",
        ["“We left at dawn,” said I Made Wirata, a farmer in Bali."],
        [("We left at dawn,", "I Made Wirata", "a farmer in Bali")],
    ),
    (
        "id",
        ["Ibu rumah tangga, Sumarni (45), mengaku tiga hari tidak mandi. “Air tidak keluar sama sekali,” keluhnya."],
        [("Air tidak keluar sama sekali,", "Sumarni", "Ibu rumah tangga")],
    ),
    (
        "id",
        ["Pedagang sayur, Sumarni, mengaku rugi. “Air tidak keluar sama sekali,” katanya."],
        [("Air tidak keluar sama sekali,", "Sumarni", "Pedagang sayur")],
    ),
    (
        "id",
        ["Pengemudi ojek daring, Agus Salim (38), mengaku pendapatannya turun. “Sepi sekali sejak pagi,” bebernya."],
        [("Sepi sekali sejak pagi,", "Agus Salim", "Pengemudi ojek daring")],
    ),
    ("id", ["“Air tidak keluar,” keluh Sumarni, warga Bekasi."], [("Air tidak keluar,", "Sumarni", "warga Bekasi")]),
    (
        "id",
        ["Direktur Eksekutif Walhi Riau Even Sembiring menilai izin itu cacat. “Tidak ada kajian lingkungan,” tutur Even."],
        [("Tidak ada kajian lingkungan,", "Even Sembiring", "Direktur Eksekutif Walhi Riau")],
    ),
    (
        "id",
        ["“Kami kecewa,” kata Ketua Koperasi Nelayan Just Rahman Lubis."],
        [("Kami kecewa,", "Just Rahman Lubis", "Ketua Koperasi Nelayan")],
    ),
    (
        "en",
        ["“It's too early to say,” said Brig. Gen. Pat Ryder, the Pentagon press secretary."],
        [("It's too early to say,", "Pat Ryder", "the Pentagon press secretary")],
    ),
    (
        "id",
        ["Ia menambahkan posko siap. “Posko buka 24 jam,” kata Kasatpol PP Kota Batam, Salim, kepada Tempo."],
        [("Posko buka 24 jam,", "Salim", "Kasatpol PP Kota Batam")],
    ),
    (
        "id",
        ["Seorang warga bernama Joko (40) mengatakan air keruh. “Bau sekali,” ujar Joko."],
        [("Bau sekali,", "Joko", "warga")],
    ),
    ("id", ["“Kami rugi,” kata seorang pedagang bernama Siti Rahayu."], [("Kami rugi,", "Siti Rahayu", "pedagang")]),
    (
        "en",
        ["A farmer named Ali Hassan said the crop failed. “Nothing grew,” Hassan said."],
        [("Nothing grew,", "Ali Hassan", "farmer")],
    ),
    (
        "en",
        ["Rear Adm. John Kirby said the ships had left. “They are on their way,” Kirby said."],
        [("They are on their way,", "John Kirby", "Rear Adm.")],
    ),
]
"""Indonesian shapes of a name after its description: a one-word name with its age after a title and a comma; a
description naming a body with its links ("anggota Komisi IV DPR RI dari Fraksi PDIP,"); a Balinese name opening
with "I"; a sentence opening with a person described in common words; "keluh", "beber" and the like as "kata";
an English word inside an Indonesian sentence ("Even Sembiring") is a name's; a military rank's full stop ("Brig.
Gen.") ends no sentence."""


TITLES_AROUND_THEIR_EDGES: list[Case] = [
    (
        "en",
        ["“These birds can't fly home,” said Dr. Emily Sato, a veterinarian with the state wildlife agency."],
        [("These birds can't fly home,", "Emily Sato", "a veterinarian with the state wildlife agency")],
    ),
    (
        "en",
        ["“We ran out,” said Jon Bell, a clerk at the state office, adding that more would come."],
        [("We ran out,", "Jon Bell", "a clerk at the state office")],
    ),
    (
        "id",
        ["“Kami beli air galon,” kata warga RT 03/RW 05 Kelurahan Pondok Benda, Hendra Gunawan."],
        [("Kami beli air galon,", "Hendra Gunawan", "warga RT 03/RW 05 Kelurahan Pondok Benda")],
    ),
    (
        "id",
        ["“Kami beli air galon,” kata Ketua RT 03/RW 05 Kelurahan Pondok Benda, Hendra Gunawan."],
        [("Kami beli air galon,", "Hendra Gunawan", "Ketua RT 03/RW 05 Kelurahan Pondok Benda")],
    ),
    (
        "id",
        ["Warga RT 03/RW 05 Kelurahan Pondok Benda, Hendra Gunawan (41), mengaku kering. “Kami beli air galon,” kata Hendra."],
        [("Kami beli air galon,", "Hendra Gunawan", "Warga RT 03/RW 05 Kelurahan Pondok Benda")],
    ),
    (
        "id",
        ["Sebelumnya, Menteri Koordinator Bidang Pangan Zulkifli Hasan menyebut stok aman. “Tidak perlu impor,” ujar Zulkifli."],
        [("Tidak perlu impor,", "Zulkifli Hasan", "Menteri Koordinator Bidang Pangan")],
    ),
    (
        "en",
        ["Meanwhile, Health Minister Jane Ruto said cases fell. “We are winning,” Ruto said."],
        [("We are winning,", "Jane Ruto", "Health Minister")],
    ),
    (
        "id",
        [
            "Pakar hukum tata negara Universitas Andalas Feri Amsari menilai aturan itu bermasalah. “Ini cacat prosedur,” katanya.",
            "“Harus dibatalkan,” kata Feri.",
        ],
        [
            ("Ini cacat prosedur,", "Feri Amsari", "Pakar hukum tata negara Universitas Andalas"),
            ("Harus dibatalkan,", "Feri Amsari", "Pakar hukum tata negara Universitas Andalas"),
        ],
    ),
    (
        "id",
        ["“Sumbernya dari nasi kotak,” kata Kepala Dinas Kesehatan Sleman Cahya Purnama.", "“Sampel sudah dikirim,” ujar Cahya."],
        [
            ("Sumbernya dari nasi kotak,", "Cahya Purnama", "Kepala Dinas Kesehatan Sleman"),
            ("Sampel sudah dikirim,", "Cahya Purnama", "Kepala Dinas Kesehatan Sleman"),
        ],
    ),
    (
        "id",
        ["Pada hari Jumat, Presiden Amerika Serikat Donald Trump menyatakan darurat. “Ini serius,” kata Trump."],
        [("Ini serius,", "Donald Trump", "Presiden Amerika Serikat")],
    ),
    (
        "en",
        ["“We lost the herd,” said grandmother of five Ama Boateng, 80."],
        [("We lost the herd,", "Ama Boateng", "grandmother of five")],
    ),
    ("id", ["“Kami rugi,” kata ibu dua anak Siti Rohani."], [("Kami rugi,", "Siti Rohani", "ibu dua anak")]),
    (
        "en",
        ["“It's devastating,” said Sen. Susan Collins, R-Maine, in a statement."],
        [("It's devastating,", "Susan Collins", "Sen.")],
    ),
    (
        "en",
        [
            "Patrick Keliher, commissioner of the Maine Department of Marine Resources, said the state would appeal."
            " “We'll fight this,” he said."
        ],
        [("We'll fight this,", "Patrick Keliher", "commissioner of the Maine Department of Marine Resources")],
    ),
    (
        "en",
        ["“We found no fuel,” said Mark Delaney, a fire inspector with the county."],
        [("We found no fuel,", "Mark Delaney", "a fire inspector with the county")],
    ),
    ("en", ["“The lens is back,” said lighthouse keeper Tom Rowe."], [("The lens is back,", "Tom Rowe", "lighthouse keeper")]),
    (
        "en",
        ["In Lusaka, Mines Minister Paul Kabuswe said exports would resume. “We are ready,” Kabuswe said."],
        [("We are ready,", "Paul Kabuswe", "Mines Minister")],
    ),
]
"""Where a title or apposition ends: a verb's word after an article is a noun's modifier ("the state wildlife
agency"); a slash between numbered units ("RT 03/RW 05") holds the title together; a phrase and comma opening the
sentence, with no word of office, are no part of the title after them. Where a later mention shows the name to
start ("kata Feri"), the quotes before it follow; "Serikat" after a place opens no group's name. A lawmaker's
party and state ("R-Maine") is no name; offices in lowercase ("commissioner of …", "fire inspector") are roles."""


ADDRESS_AND_PLACES_IN_TITLES: list[Case] = [
    (
        "id",
        ["“Lehernya tersayat,” kata Dr. Rakesh Joshi, Kepala Unit Gawat Darurat Rumah Sakit Sipil Ahmedabad."],
        [("Lehernya tersayat,", "Rakesh Joshi", "Kepala Unit Gawat Darurat Rumah Sakit Sipil Ahmedabad")],
    ),
    (
        "id",
        ["“Air sudah surut,” ujar Prof. Dr. Bambang Hartono, Guru Besar Hidrologi Universitas Gadjah Mada."],
        [("Air sudah surut,", "Bambang Hartono", "Guru Besar Hidrologi Universitas Gadjah Mada")],
    ),
    (
        "id",
        ["Wakil Ketua Komisi II DPRD Tangerang Selatan, Drs. H. Mulyadi Ramli, meminta kompensasi. “Wajar dipotong,” tegasnya."],
        [("Wajar dipotong,", "Mulyadi Ramli", "Wakil Ketua Komisi II DPRD Tangerang Selatan")],
    ),
    (
        "id",
        ["Ketua DPRD Sleman, Mulyadi Ramli, meminta kompensasi. “Wajar dipotong,” tegasnya."],
        [("Wajar dipotong,", "Mulyadi Ramli", "Ketua DPRD Sleman")],
    ),
    (
        "id",
        ["“Kami siaga,” kata Kepala Dinas Pertanian Provinsi Maluku Ir. Abdul Rahman Ohorella."],
        [("Kami siaga,", "Abdul Rahman Ohorella", "Kepala Dinas Pertanian Provinsi Maluku")],
    ),
    (
        "id",
        ["“Kami siaga,” kata Rektor Universitas Pattimura Prof. Dr. Freddy Leiwakabessy."],
        [("Kami siaga,", "Freddy Leiwakabessy", "Rektor Universitas Pattimura")],
    ),
    (
        "id",
        ["Camat Ngaglik H. Eko Prasetyo menjelaskan, “Korban sudah pulang.”"],
        [("Korban sudah pulang.", "Eko Prasetyo", "Camat Ngaglik")],
    ),
    (
        "en",
        ["The state's fisheries chief, Dr. Paul Meyer, backed the rule. “We had no choice,” he said."],
        [("We had no choice,", "Paul Meyer", "state's fisheries chief")],
    ),
    (
        "id",
        [
            "Belalang menyerbu ladang di Etiopia timur.",
            "Menteri Pertanian Etiopia Tesfaye Gebremariam mengatakan pemerintah bergerak. “Kami butuh pesawat,” ujarnya.",
        ],
        [("Kami butuh pesawat,", "Tesfaye Gebremariam", "Menteri Pertanian Etiopia")],
    ),
    (
        "id",
        ["Harga naik di Peru, kata pejabat.", "“Ekspor turun,” kata Menteri Perdagangan Peru Carlos Mendoza Ruiz."],
        [("Ekspor turun,", "Carlos Mendoza Ruiz", "Menteri Perdagangan Peru")],
    ),
    (
        "id",
        ["“Jemaah sehat,” kata Kepala Pusat Kesehatan Haji Budi Sulistyo."],
        [("Jemaah sehat,", "Budi Sulistyo", "Kepala Pusat Kesehatan Haji")],
    ),
    (
        "en",
        [
            "Locusts swept farms in Somaliland on Monday.",
            "“We need planes,” said Somaliland Agriculture Minister Ahmed Farah Duale.",
        ],
        [("We need planes,", "Ahmed Farah Duale", "Somaliland Agriculture Minister")],
    ),
]
"""A title of address ("Dr.", "Ir.", "Drs. H.") opens the name, not the office, and belongs to neither speaker nor
role; a word the article prints alone as a place ("di Etiopia", "in Somaliland") ends the title before a name."""


AN_AGE_SET_OFF_BY_COMMAS: list[Case] = [
    (
        "en",
        ['Grace Mwangi, 41, a teacher at the village school, said the classrooms were "ankle-deep in mud" by noon.'],
        [("ankle-deep in mud", "Grace Mwangi", "a teacher at the village school")],
    ),
    (
        "en",
        [
            'Elena Vasquez, 52, the owner of a bakery on Main Street, told reporters the flour ran out "in two hours '
            'flat." She closed early.'
        ],
        [("in two hours flat.", "Elena Vasquez", "the owner of a bakery on Main Street")],
    ),
    (
        "en",
        ['Tom Hale, 67, a retired ferry pilot, said he woke to a sound "like a jet taking off."'],
        [("like a jet taking off.", "Tom Hale", "a retired ferry pilot")],
    ),
    (
        "id",
        ["Budi Hartono, 60, warga Desa Sukamaju, mengatakan air sungai “hitam seperti kopi.”"],
        [("hitam seperti kopi.", "Budi Hartono", "warga Desa Sukamaju")],
    ),
]


NAMED_AS_THE_NEXT_SENTENCE_OPENS: list[Case] = [
    (
        "en",
        [
            "Dr. Amal Nasser heads the district hospital.",
            '"We need beds and we need them now." Nasser told reporters the hospital had 40 patients waiting.',
        ],
        [("We need beds and we need them now.", "Amal Nasser", None)],
    ),
    (
        "en",
        ['"The levee will not hold." Engineer Paula Lind said the water had risen a metre overnight.'],
        [("The levee will not hold.", "Paula Lind", "Engineer")],
    ),
    ("en", ['"We will stay." Officials said the evacuation was mandatory.'], [("We will stay.", None, None)]),
    (
        "id",
        ["“Kami butuh tenda.” Kepala Desa Sukamaju Ujang Sobari mengatakan 40 keluarga mengungsi."],
        [("Kami butuh tenda.", "Ujang Sobari", "Kepala Desa Sukamaju")],
    ),
]


A_LOWERCASE_TITLE_AFTER_AN_OPENING_PHRASE: list[Case] = [
    (
        "en",
        ['On Tuesday, lifeboat coxswain Owen Hughes said the crew "had never seen swell like it."'],
        [("had never seen swell like it.", "Owen Hughes", "lifeboat coxswain")],
    ),
    (
        "en",
        ['After the rescue, dairy farmer Ann Cole said the herd was "safe but shaken."'],
        [("safe but shaken.", "Ann Cole", "dairy farmer")],
    ),
    (
        "en",
        ['Speaking to Reuters, an attendee Ravi Menon said, "We come every year."'],
        [("We come every year.", "Ravi Menon", "an attendee")],
    ),
    (
        "id",
        ["Sementara itu, petani kopi Ahmad Fauzi mengatakan panen “turun separuh.”"],
        [("turun separuh.", "Ahmad Fauzi", "petani kopi")],
    ),
    (
        "en",
        ['On Tuesday, residents told Owen Hughes the road was closed. "We walked," said Ann Cole.'],
        [("We walked,", "Ann Cole", None)],
    ),
]


A_DESCRIPTION_WITH_ITS_PLACE_THEN_THE_NAME: list[Case] = [
    (
        "id",
        ["“Airnya naik cepat,” kata petugas jaga pintu air Manggarai, Sutrisno."],
        [("Airnya naik cepat,", "Sutrisno", "petugas jaga pintu air Manggarai")],
    ),
    (
        "id",
        ["“Harga naik,” kata pedagang pasar Kramat Jati, Sutrisno Hadi."],
        [("Harga naik,", "Sutrisno Hadi", "pedagang pasar Kramat Jati")],
    ),
    (
        "id",
        ["“Jalannya rusak,” kata sopir angkot jurusan Cibadak, Ujang (45)."],
        [("Jalannya rusak,", "Ujang", "sopir angkot jurusan Cibadak")],
    ),
    (
        "en",
        ['"The fish are gone," said a fisherman near the Mekong, Somchai Wong.'],
        [("The fish are gone,", "Somchai Wong", "fisherman near the Mekong")],
    ),
    (
        "id",
        ["Petugas pemadam kebakaran, Andi Saputra, mengatakan api sulit dipadamkan. “Angin kencang sekali,” kata dia."],
        [("Angin kencang sekali,", "Andi Saputra", "Petugas pemadam kebakaran")],
    ),
]


A_LAWMAKERS_PARTY_AND_STATE_BEFORE_THE_VERB: list[Case] = [
    (
        "en",
        ['"We can\'t wait any longer," Rep. Jared Golden, D-Maine, said Tuesday in an interview.'],
        [("We can't wait any longer,", "Jared Golden", "Rep.")],
    ),
    ("en", ['Sen. Lisa Marr, R-Alaska, said the bill "goes too far."'], [("goes too far.", "Lisa Marr", "Sen.")]),
    (
        "en",
        ['Rep. Ana Ruiz, D-Texas, the ranking member of the panel, said the report was "deeply troubling."'],
        [("deeply troubling.", "Ana Ruiz", "Rep.")],
    ),
]

AN_OPENING_PHRASE_BEFORE_A_ROLE_SET_OFF: list[Case] = [
    (
        "id",
        [
            "Terpisah, Kepala Bidang Infrastruktur TIK Diskominfo Lebak, Iwan Kurniawan, menyebut pihaknya siap. “Sudah kami kejar,” kata Iwan."
        ],
        [("Sudah kami kejar,", "Iwan Kurniawan", "Kepala Bidang Infrastruktur TIK Diskominfo Lebak")],
    ),
    (
        "en",
        ["Separately, Chief Executive of the Port Authority, Mary Kiplagat, said traffic was up. “We are full,” Kiplagat said."],
        [("We are full,", "Mary Kiplagat", "Chief Executive of the Port Authority")],
    ),
    (
        "id",
        ["Kepala Dinas Pangan, Kelautan, dan Pertanian, Suharini Eliawati, mengatakan stok aman. “Cukup,” kata Suharini."],
        [("Cukup,", "Suharini Eliawati", "Kepala Dinas Pangan, Kelautan, dan Pertanian")],
    ),
    (
        "id",
        [
            "Seorang pembudi daya rumput laut di Desa Laikang, Kabupaten Takalar, Hasnah, mengaku senang. “Harga naik,” kata Hasnah."
        ],
        [("Harga naik,", "Hasnah", "pembudi daya rumput laut di Desa Laikang, Kabupaten Takalar")],
    ),
]

A_TITLE_AFTER_A_PREPOSITION: list[Case] = [
    (
        "en",
        ["The lone vote against came from Commissioner Lyle Brandvold. “It is too fast,” Brandvold said."],
        [("It is too fast,", "Lyle Brandvold", "Commissioner")],
    ),
    (
        "id",
        ["Penolakan datang dari Ketua Fraksi Golkar Budi Santoso. “Ini terlalu cepat,” kata Budi."],
        [("Ini terlalu cepat,", "Budi Santoso", "Ketua Fraksi Golkar")],
    ),
    (
        "en",
        ["“It is too fast,” said head of Lagos State Emergency Management Agency Ibrahim Farinloye."],
        [("It is too fast,", "Ibrahim Farinloye", "head of Lagos State Emergency Management Agency")],
    ),
    (
        "en",
        ["Support came from Secretary of State Antony Blinken. “It is good,” Blinken said."],
        [("It is good,", "Antony Blinken", "Secretary of State")],
    ),
]

AN_OCCUPATION_MADE_FROM_A_WORD_THE_ARTICLE_PRINTS: list[Case] = [
    (
        "en",
        [
            "The council voted on Tuesday.",
            "Councilor Rui Albergaria, who drafted the proposal, spoke first. “We are not against visitors,” Albergaria said.",
        ],
        [("We are not against visitors,", "Rui Albergaria", "Councilor")],
    ),
    (
        "en",
        [
            "Buyers crowded the pottery stalls.",
            "Potter Delbert Aragon, 71, found his name on the bowls. “Somebody took that,” he said.",
        ],
        [("Somebody took that,", "Delbert Aragon", "Potter")],
    ),
    (
        "id",
        ["Harga gabah turun.", "Petani Sugeng Riyadi mengaku rugi. “Kami merugi,” kata Sugeng."],
        [("Kami merugi,", "Sugeng Riyadi", "Petani")],
    ),
    (
        "en",
        ["Buyers crowded the pottery stalls.", "Lena Potter, a buyer, found the bowls. “Somebody took that,” Potter said."],
        [("Somebody took that,", "Lena Potter", "a buyer")],
    ),
    (
        "en",
        ["Buyers crowded the pottery stalls.", "Potter Delbert Aragon found the bowls.", "“Somebody took that,” Potter said."],
        [("Somebody took that,", "Potter Delbert Aragon", None)],
    ),
    (
        "en",
        ["The hunt went on.", "Hunter Lee Smith found the deer. “It was huge,” Hunter said."],
        [("It was huge,", "Hunter Lee Smith", None)],
    ),
]
"""A word printed alone as a name ("Potter said", "Hunter said") stays a name, though the article prints "pottery"
and "hunt"."""

A_RELATION_SET_OFF_BEFORE_THE_NAME: list[Case] = [
    (
        "en",
        ['Their guide, Bakyt Usenov, said he had moved the camp. "I did not like the river," he said.'],
        [("I did not like the river,", "Bakyt Usenov", "guide")],
    ),
    ("en", ['His lawyer, Ann Cole, said: "We will appeal."'], [("We will appeal.", "Ann Cole", "lawyer")]),
    (
        "id",
        ["Ketua serikat itu, Amirul Haque Chowdhury, mengatakan mogok berlanjut. “Kami menolak,” kata Amirul."],
        [("Kami menolak,", "Amirul Haque Chowdhury", "Ketua serikat itu")],
    ),
    (
        "id",
        ["Tetangganya, Baharuddin (47), mengatakan, “Saya lihat sendiri.”"],
        [("Saya lihat sendiri.", "Baharuddin", "Tetangganya")],
    ),
    ("id", ["Istrinya, Siti Aminah, mengatakan, “Dia pulang malam.”"], [("Dia pulang malam.", "Siti Aminah", "Istrinya")]),
    ("id", ["Sementara itu, Budi Santoso mengatakan, “Kami siap.”"], [("Kami siap.", "Budi Santoso", None)]),
    ("id", ["Sebelumnya, Budi Santoso, mengatakan, “Kami siap.”"], [("Kami siap.", "Budi Santoso", None)]),
    ("en", ['Meanwhile, Ann Cole said: "We will appeal."'], [("We will appeal.", "Ann Cole", None)]),
    ("en", ['In their statement, Ann Cole said: "We will appeal."'], [("We will appeal.", "Ann Cole", None)]),
]
"""A connective ("Sementara itu", "Sebelumnya", "Meanwhile") or a phrase with a preposition is no relation."""

A_PLACE_OPENING_THE_SENTENCE: list[Case] = [
    (
        "en",
        [
            'At a taxi rank on Bree Street, Nomvula Sithole, a cleaner at a hospital in Parktown, said she paid twice. "I paid 40 rand," she said.'
        ],
        [("I paid 40 rand,", "Nomvula Sithole", "a cleaner at a hospital in Parktown")],
    ),
    (
        "en",
        ['At a taxi rank on Bree Street, Nomvula Sithole said she paid twice. "I paid 40 rand," she said.'],
        [("I paid 40 rand,", "Nomvula Sithole", None)],
    ),
    (
        "id",
        ["Di sebuah warung kopi di Jalan Sudirman, Siti Aminah mengaku rugi. “Saya rugi,” katanya."],
        [("Saya rugi,", "Siti Aminah", None)],
    ),
    (
        "id",
        ["Di sebuah pos ronda, Siti Aminah, warga RT 03, mengaku rugi. “Saya rugi,” katanya."],
        [("Saya rugi,", "Siti Aminah", "warga RT 03")],
    ),
    (
        "id",
        ["Di Pasar Minggu, Siti Aminah, pedagang sayur, mengaku rugi. “Saya rugi,” katanya."],
        [("Saya rugi,", "Siti Aminah", "pedagang sayur")],
    ),
]

INTRODUCED_AFTER_AN_OPENING_PHRASE: list[Case] = [
    (
        "en",
        [
            "“Rents doubled,” said Ines de la Fuente, a housing economist.",
            "At the back of the march, retired tram driver Joaquim Reis, 71, held up a sign. “They sell our city,” he said.",
        ],
        [
            ("Rents doubled,", "Ines de la Fuente", "a housing economist"),
            ("They sell our city,", "Joaquim Reis", "retired tram driver"),
        ],
    ),
    (
        "id",
        [
            "“Wajar,” kata pemandu wisata Ratna Sari.",
            "Di halte Kiyomizu-michi, wisatawan asal Surabaya, Yohanes Kristanto, mengaku belum tahu. “Saya rela bayar,” tuturnya.",
        ],
        [("Wajar,", "Ratna Sari", "pemandu wisata"), ("Saya rela bayar,", "Yohanes Kristanto", "wisatawan asal Surabaya")],
    ),
    (
        "id",
        [
            "“Wajar,” kata pemandu wisata Ratna Sari.",
            "Di pasar itu, sopir angkot Budi Santoso menunggu penumpang. “Sepi,” katanya.",
        ],
        [("Wajar,", "Ratna Sari", "pemandu wisata"), ("Sepi,", "Budi Santoso", "sopir angkot")],
    ),
    (
        "en",
        [
            "“Rents doubled,” said Ines de la Fuente, a housing economist.",
            "At the back of the march, marchers held Joaquim Reis aloft. “They sell our city,” she said.",
        ],
        [
            ("Rents doubled,", "Ines de la Fuente", "a housing economist"),
            ("They sell our city,", "Ines de la Fuente", "a housing economist"),
        ],
    ),
    (
        "id",
        ["“Wajar,” kata pemandu wisata Ratna Sari.", "Di halte itu, antrean panjang terlihat. “Saya rela bayar,” tuturnya."],
        [("Wajar,", "Ratna Sari", "pemandu wisata"), ("Saya rela bayar,", "Ratna Sari", "pemandu wisata")],
    ),
]
"""The person a sentence introduces after its opening phrase says the pronoun's quote that follows; with nobody
introduced (an object, a crowd), the pronoun still means the last speaker."""

A_VERB_OUTSIDE_THE_LISTS_SET_OFF_BEFORE_A_QUOTE: list[Case] = [
    (
        "id",
        ["“Atap hilang,” kata Syamsiah (40), warga Desa Kanie. Tetangganya, Baharuddin (47), menimpali, “Saya lihat sendiri.”"],
        [("Atap hilang,", "Syamsiah", "warga Desa Kanie"), ("Saya lihat sendiri.", "Baharuddin", "Tetangganya")],
    ),
    (
        "en",
        ["“Rents doubled,” said Ines de la Fuente, an economist. Her neighbour Ann Cole retorted: “Not for us.”"],
        [("Rents doubled,", "Ines de la Fuente", "an economist"), ("Not for us.", "Ann Cole", "neighbour")],
    ),
    (
        "en",
        ["“Rents doubled,” said Ines de la Fuente, an economist. The plan, widely criticised, “goes too far,” she said."],
        [("Rents doubled,", "Ines de la Fuente", "an economist"), ("goes too far,", "Ines de la Fuente", "an economist")],
    ),
]
"""A participle set off inside the subject ("The plan, widely criticised,") reports nothing."""

A_BODY_OPENING_WITH_A_WORD_PRINTED_IN_LOWERCASE: list[Case] = [
    (
        "id",
        [
            "Asosiasi Produsen dan Eksportir Garmen Bangladesh mengatakan bahwa kenaikan itu “akan membuat pesanan pindah.”",
            "Wakil presiden asosiasi, Farhana Rahman, mengatakan pabrik merugi. “Pabrik akan tutup,” kata Rahman.",
        ],
        [("akan membuat pesanan pindah.", None, None), ("Pabrik akan tutup,", "Farhana Rahman", "Wakil presiden asosiasi")],
    ),
    (
        "id",
        ["Pengurus asosiasi itu rapat. Budi Santoso dan Siti Aminah mengatakan, “Kami siap.”"],
        [("Kami siap.", "Siti Aminah", None)],
    ),
]
"""Two people joined by "dan" are no body's name, whatever the article prints in lowercase."""


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"),
    INDONESIAN
    + ENGLISH
    + HONORIFICS_BEFORE_NAMES
    + ROLES_RUNNING_ON
    + GLOSSED_TITLES
    + NAMES_AND_OPENINGS
    + DESCRIBED_BY_A_PLACE
    + INTRODUCED_BEFORE_A_PRONOUN
    + A_DEFINITE_OCCUPATION
    + UNNAMED_AFTER_A_CONNECTIVE
    + ADDRESS_AND_PLACES_IN_TITLES
    + DESCRIPTIONS_BEFORE_NAMES
    + QUOTES_RUNNING_ON_AND_LONG_OPENINGS
    + INDONESIAN_DESCRIPTIONS_AND_NAMES
    + TITLES_AROUND_THEIR_EDGES
    + AN_AGE_SET_OFF_BY_COMMAS
    + NAMED_AS_THE_NEXT_SENTENCE_OPENS
    + A_LOWERCASE_TITLE_AFTER_AN_OPENING_PHRASE
    + A_DESCRIPTION_WITH_ITS_PLACE_THEN_THE_NAME
    + A_LAWMAKERS_PARTY_AND_STATE_BEFORE_THE_VERB
    + AN_OPENING_PHRASE_BEFORE_A_ROLE_SET_OFF
    + A_TITLE_AFTER_A_PREPOSITION
    + AN_OCCUPATION_MADE_FROM_A_WORD_THE_ARTICLE_PRINTS
    + A_RELATION_SET_OFF_BEFORE_THE_NAME
    + A_PLACE_OPENING_THE_SENTENCE
    + INTRODUCED_AFTER_AN_OPENING_PHRASE
    + A_VERB_OUTSIDE_THE_LISTS_SET_OFF_BEFORE_A_QUOTE
    + A_BODY_OPENING_WITH_A_WORD_PRINTED_IN_LOWERCASE,
    ids=lambda v: str(v)[:40],
)
def test_speakers_and_roles(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


@pytest.mark.parametrize(
    ("language", "paragraph", "name", "role"),
    [
        (
            "id",
            "Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani, mengatakan bahwa semua pompa sudah disiagakan.",
            "Rina Kusumawardani",
            "Kepala Dinas SDA DKI Jakarta",
        ),
        (
            "id",
            "Menurut Ketua RT 02 RW 05 Kelurahan Kampung Melayu, Hasan Basri, air mulai naik sejak subuh.",
            "Hasan Basri",
            "Ketua RT 02 RW 05 Kelurahan Kampung Melayu",
        ),
        (
            "en",
            "Growth will slow next year, said John Roe, an analyst at Capital Economics.",
            "John Roe",
            "an analyst at Capital Economics",
        ),
        ("en", "The port will reopen on Monday, said Port Authority spokesman John Roe.", "John Roe", "Port Authority spokesman"),
        (
            "en",
            "Reverend Gethin ab Owain, the vicar of St Mary's, said the hall had never been so full.",
            "Gethin ab Owain",
            "the vicar of St Mary's",
        ),
        ("en", "Pastor Ursula von der Leyen said the deal was close.", "Ursula von der Leyen", "Pastor"),
        ("en", "Imam Mohammad bin Salman said prayers would go on.", "Mohammad bin Salman", "Imam"),
    ],
)
def test_a_claims_named_source_has_its_role(language: str, paragraph: str, name: str, role: str) -> None:
    (claim,) = find_claims([paragraph], language)
    assert (getattr(claim.source, "name", None), getattr(claim.source, "role", None)) == (name, role)


@pytest.mark.parametrize(
    ("paragraphs", "name", "role"),
    [
        (
            [
                "General Manager Pelindo Regional 4 Makassar, Andi Muh. Rizal Pawelloi, mengatakan dermaga itu siap.",
                "“Antrean kapal bisa kami pangkas,” kata Rizal.",
            ],
            "Andi Muh. Rizal Pawelloi",
            "General Manager Pelindo Regional 4 Makassar",
        ),
        (
            ["Direktur Utama Bank Sulsel, Muhammad Amri Lantara, mengatakan kredit naik.", "“Kredit naik,” kata Amri."],
            "Muhammad Amri Lantara",
            "Direktur Utama Bank Sulsel",
        ),
        (
            ["Kepala Dinas Pertanian, Siti Nur Aisyah, mengatakan stok cukup.", "“Stok cukup,” ujar Aisyah."],
            "Siti Nur Aisyah",
            "Kepala Dinas Pertanian",
        ),
    ],
)
def test_a_claim_and_a_quote_name_the_same_person_when_a_given_name_is_dropped_later(
    paragraphs: list[str], name: str, role: str
) -> None:
    """A person who goes by the name after "Andi", "Muh." or "Siti" keeps them: claims and quotes agree."""
    (claim,) = find_claims(paragraphs, "id")
    (quote,) = find_quotes(paragraphs, "id")
    assert (getattr(claim.source, "name", None), getattr(claim.source, "role", None)) == (name, role)
    assert (quote.speaker, quote.role) == (name, role)


def test_new_writes_the_role_on_quotes_and_claims() -> None:
    text = (
        "Banjir di Jakarta\n\n"
        "Kepala Dinas SDA DKI Jakarta, Rina Kusumawardani, mengatakan bahwa semua pompa sudah disiagakan.\n\n"
        "“Kami siaga penuh,” kata Rina.\n"
    )
    raw, problems = parse_raw("raw.txt", text)
    assert raw is not None and not problems
    yml = scaffold(raw, {}, dt.date(2025, 1, 14), "banjir").yml_text
    assert "    speaker: rina-kusumawardani\n    role: Kepala Dinas SDA DKI Jakarta\n    confirmed: false" in yml
    assert (
        "    speaker: rina-kusumawardani  # why: kata Rina (= Rina Kusumawardani)\n    role: Kepala Dinas SDA DKI Jakarta\n"
        in yml
    )


@pytest.mark.parametrize(
    ("paragraph", "speaker", "organisation"),
    [
        ("Andes Cobre, the mine's operator, said in a statement that it had “made a fair offer”.", "andes-cobre", True),
        ("The White House welcomed the deal in a statement, calling it “a model for the West.”", "white-house", True),
        ("Buckingham Palace said in a statement the visit was “a private matter”.", "buckingham-palace", True),
        ("“Kami patuhi aturan,” kata Sinar Tambang, perusahaan tambang asal Kalimantan.", "sinar-tambang", True),
        ("“I fixed it in an hour,” said Rui Costa, a crane operator.", "rui-costa", False),
        ("“Saya lelah sekali,” kata Budi Santoso, pegawai perusahaan itu.", "budi-santoso", False),
        (
            "Forestry group Kallio Paper will shut a mill. “Demand is gone,” Kallio Paper said in a statement.",
            "kallio-paper",
            True,
        ),
        ("Logistics firm Hanse Nordlicht cut jobs. “Costs rose,” Hanse Nordlicht said.", "hanse-nordlicht", True),
        ("Lembaga penyelamat satwa Jivdaya Trust merawat burung. “Kami kewalahan,” kata Jivdaya Trust.", "jivdaya-trust", True),
        (
            "Penerbangan ditunda maskapai Sriwijaya Nusantara. “Cuaca buruk,” kata Sriwijaya Nusantara.",
            "sriwijaya-nusantara",
            True,
        ),
        ("“The restoration cost $1.2 million,” the Friends of Point Lobos Light said in a statement.", "friends", True),
        ("“We are hiring,” said Ville Harjula. The company said Harjula would stay on.", "ville-harjula", False),
        (
            "The Federal Aviation Administration grounded the jets. “Safety first,” the Federal Aviation Administration said.",
            "federal-aviation-administration",
            True,
        ),
        (
            "The company, Harlow Brothers Timber Inc., said in a statement that it was “reviewing every shift”.",
            "harlow-brothers-timber-inc",
            True,
        ),
        ("The airline, Kestrel Blue, said it would “refund every passenger”.", "kestrel-blue", True),
        (
            "A spokesperson for the company, Joanna Pike, said the firm was “reviewing every shift”.",
            "joanna-pike",
            False,
        ),
        (
            "Natural Resources Wales said in a statement that levels were “expected to fall slowly”.",
            "natural-resources-wales",
            True,
        ),
        ("“Tarif naik sesuai aturan,” kata PT Sinar Baja Utama dalam keterangan tertulis.", "pt-sinar-baja-utama", True),
        (
            "The Granite State Conference set the dates. “Every team travels twice,” the Granite State Conference said.",
            "granite-state-conference",
            True,
        ),
    ],
)
def test_new_lists_a_body_speaking_as_an_organisation(paragraph: str, speaker: str, organisation: bool) -> None:
    """A body is told by its name or by the role printed beside it ("the mine's operator", "perusahaan …"):
    it is proposed as `kind: organisation`, never as a person; a person with a job at one stays a person."""
    raw, problems = parse_raw("raw.txt", f"Judul\n\n{paragraph}\n")
    assert raw is not None and not problems
    result = scaffold(raw, {}, dt.date(2025, 1, 14), "judul")
    assert speaker in dict(result.new_people)
    assert (speaker in result.organisations, f"# {speaker}:\n#   name: " in result.yml_text) == (organisation, True)
    kind = re.search(rf"# {speaker}:\n#   name: [^\n]*\n#   kind: organisation\n", result.yml_text)
    assert (kind is not None) == organisation


def test_no_role_runs_over_a_capitalised_expansion_into_the_name_before() -> None:
    paragraph = (
        "There were several speakers, including First Minister of Scotland Nicola Sturgeon, Labour MP (Member of "
        "Parliament) Tom Watson, and Sadiq Khan. Tom Watson said: “It is lousy.”"
    )
    (quote,) = find_quotes([paragraph], "en")
    assert quote.speaker == "Tom Watson"
    assert "Sturgeon" not in (quote.role or "")


def test_a_pronoun_after_an_opening_clause_that_is_no_participle_names_no_new_source() -> None:
    """ "Toko-toko …, mereka mengatakan": the stores, not a name; the claim is the report's, as the cue before says."""
    paragraphs = [
        "Ketua Asosiasi Peritel Australia Paul Zahra mengatakan stok aman.",
        "Toko-toko sebetulnya enggan menerapkan batasan, menurut laporan ABC Australia pada 3 Maret, mereka mengatakan "
        "bahwa mereka tidak berencana untuk menerapkan batasan pembelian.",
    ]
    sources = [claim.source for claim in find_claims(paragraphs, "id")]
    assert [getattr(source, "name", None) for source in sources] == ["Paul Zahra", None, None]


PUNCTUATION_INSIDE_A_ROLE: list[Case] = [
    (
        "en",
        ["“We have nothing to sell,” said Awa Diop, head of a women's fish processors' group."],
        [("We have nothing to sell,", "Awa Diop", "head of a women's fish processors' group")],
    ),
    (
        "en",
        ["“The nets came up empty,” said Joseph Mensah, chairman of the canoe owners' association in Elmina."],
        [("The nets came up empty,", "Joseph Mensah", "chairman of the canoe owners' association in Elmina")],
    ),
    (
        "en",
        ["Delia Raymond, a hardware store owner in Tupelo, Mississippi, said she waited. “I can't sign,” Raymond said."],
        [("I can't sign,", "Delia Raymond", "a hardware store owner in Tupelo, Mississippi")],
    ),
    (
        "en",
        ["Karen Holt, a school bus driver from Moline, Illinois, said roads were icy. “We waited an hour,” Holt said."],
        [("We waited an hour,", "Karen Holt", "a school bus driver from Moline, Illinois")],
    ),
    (
        "en",
        ["“We lost the whole crop,” said Tomas Lindqvist, a dairy farmer near Umea, Sweden."],
        [("We lost the whole crop,", "Tomas Lindqvist", "a dairy farmer near Umea, Sweden")],
    ),
    (
        "id",
        [
            "Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Jawa Bagian Barat Irwan Setiadi "
            "Nugraha membantah pengurangan kuota. “Penyaluran justru kami tambah,” ucapnya."
        ],
        [
            (
                "Penyaluran justru kami tambah,",
                "Irwan Setiadi Nugraha",
                "Area Manager Communication, Relations & CSR Pertamina Patra Niaga Regional Jawa Bagian Barat",
            )
        ],
    ),
    (
        "id",
        ["“Stok aman,” kata Section Head Communication & Relations PT KAI Daop 8 Surabaya, Luqman Arif."],
        [("Stok aman,", "Luqman Arif", "Section Head Communication & Relations PT KAI Daop 8 Surabaya")],
    ),
    (
        "id",
        [
            "Vice President Corporate Communication, Brand & CSR PT Angkasa Pura Indonesia Agus Hariadi menjelaskan "
            "jadwal. “Tidak ada pembatalan,” kata Agus."
        ],
        [
            (
                "Tidak ada pembatalan,",
                "Agus Hariadi",
                "Vice President Corporate Communication, Brand & CSR PT Angkasa Pura Indonesia",
            )
        ],
    ),
    (
        "id",
        ["“Kami rugi besar,” kata Sumiati, pedagang ikan asal Kendari, Sulawesi Tenggara."],
        [("Kami rugi besar,", "Sumiati", "pedagang ikan asal Kendari, Sulawesi Tenggara")],
    ),
    (
        "id",
        ["“Harga rotan naik,” kata Yulius Ndapa, perajin anyaman asal Kampung Raja, Kabupaten Sumba Barat."],
        [("Harga rotan naik,", "Yulius Ndapa", "perajin anyaman asal Kampung Raja, Kabupaten Sumba Barat")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), PUNCTUATION_INSIDE_A_ROLE, ids=lambda v: str(v)[:40])
def test_a_role_goes_on_over_the_punctuation_inside_it(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    """A plural possessive, a town's state, province or country after a comma, and "&" or commas inside a corporate
    title are the role's, not its end."""
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


def test_a_clause_after_a_source_is_no_apposition() -> None:
    """ "According to the BBC, the SDF is …": what follows the comma is the claim, not the BBC's role."""
    paragraphs = ["According to the BBC, the militia is largely made up of local fighters who support the party."]
    assert [getattr(claim.source, "role", None) for claim in find_claims(paragraphs, "en")] == [None]


A_DESCRIPTION_IS_A_ROLE: list[Case] = [
    (
        "id",
        [
            "Penenun asal Desa Prailiu, Rambu Ana Tamu (57), mengatakan kain butuh enam bulan. “Warna biru harus "
            "dicelup berkali-kali,” ungkap Rambu."
        ],
        [("Warna biru harus dicelup berkali-kali,", "Rambu Ana Tamu", "Penenun asal Desa Prailiu")],
    ),
    (
        "id",
        ["“Pohon ini sudah berumur seratus tahun,” kata Rafael Jiménez de la Torre, 63 tahun, petani zaitun di dekat Jaén."],
        [("Pohon ini sudah berumur seratus tahun,", "Rafael Jiménez de la Torre", "petani zaitun di dekat Jaén")],
    ),
    (
        "id",
        [
            "“Anak-anak tidak mau mendayung,” kata Masniah (68), pedagang pisang yang sudah berjualan di Lok Baintan "
            "sejak usia 15 tahun, saat ditemui Kompas.com."
        ],
        [
            (
                "Anak-anak tidak mau mendayung,",
                "Masniah",
                "pedagang pisang yang sudah berjualan di Lok Baintan sejak usia 15 tahun",
            )
        ],
    ),
    (
        "id",
        ["Pemandu wisata di Pulau Komodo, Hasanudin (41), mengaku tamu turun. “Tamu sepi,” ujar Hasanudin."],
        [("Tamu sepi,", "Hasanudin", "Pemandu wisata di Pulau Komodo")],
    ),
    (
        "id",
        ["“Air laut makin hangat,” kata Wayan Sukra, penyelam yang sehari-hari memandu turis di Amed."],
        [("Air laut makin hangat,", "Wayan Sukra", "penyelam yang sehari-hari memandu turis di Amed")],
    ),
    (
        "id",
        ["Penambang pasir di Sungai Progo, Sutrisno (52), mengatakan alatnya disita. “Kami cuma cari makan,” katanya."],
        [("Kami cuma cari makan,", "Sutrisno", "Penambang pasir di Sungai Progo")],
    ),
    (
        "id",
        ["“Cengkih tidak berbunga,” ucap Abdul Latuconsina, 58 tahun, petani cengkih dari Desa Hila."],
        [("Cengkih tidak berbunga,", "Abdul Latuconsina", "petani cengkih dari Desa Hila")],
    ),
    (
        "id",
        ["Penjaga pintu air Manggarai, Bambang Setiadi, mengatakan air naik. “Sudah siaga satu,” kata Bambang."],
        [("Sudah siaga satu,", "Bambang Setiadi", "Penjaga pintu air Manggarai")],
    ),
    (
        "id",
        ["“Ikan makin jauh,” kata Daeng Ngalle, nelayan yang sudah 30 tahun melaut di Selat Makassar."],
        [("Ikan makin jauh,", "Daeng Ngalle", "nelayan yang sudah 30 tahun melaut di Selat Makassar")],
    ),
    (
        "id",
        ["“Kami lari ke bukit,” kata Siti Aminah, warga yang mengungsi bersama tiga anaknya ke masjid di Desa Pamona."],
        [("Kami lari ke bukit,", "Siti Aminah", "warga")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_DESCRIPTION_IS_A_ROLE, ids=lambda v: str(v)[:40])
def test_an_indonesian_description_beside_a_name_is_its_role(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    """A noun of one who does something ("penenun", "penambang"), with its place or a clause saying what the person
    has long done, on either side of the name, past an age ("63 tahun", "(52)"); a clause telling what the person
    did in the story is no part of it (control)."""
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


UNNAMED_AFTER_NAMED: list[tuple[str, list[str], list[Row]]] = [
    (
        "en",
        [
            'Jolie Arceneaux called it "a tax on the poor." "We either raise the fare or cut the boats," a transit'
            " authority manager said, speaking on condition of anonymity.",
        ],
        [("a tax on the poor.", "Jolie Arceneaux", None), ("We either raise the fare or cut the boats,", None, None)],
    ),
    (
        "en",
        [
            '"We are loading 900 tonnes," said Joris van der Meulen, chief executive of Waalstroom Logistics.',
            "Distributors were bringing deliveries forward, said one Swiss fuel trader, who declined to be named.",
            '"Rail capacity is booked out," the trader said.',
            'Van der Meulen disagreed. "Two days of rain and this is over," he said.',
        ],
        [
            ("We are loading 900 tonnes,", "Joris van der Meulen", "chief executive of Waalstroom Logistics"),
            ("Rail capacity is booked out,", None, None),
            ("Two days of rain and this is over,", "Joris van der Meulen", "chief executive of Waalstroom Logistics"),
        ],
    ),
    (
        "en",
        [
            '"Light is our biggest cost," said Bjarni Olafsson, a grower.',
            '"Imports will be cheaper by spring," analysts at Nordvik Securities wrote in a note.',
        ],
        [("Light is our biggest cost,", "Bjarni Olafsson", "a grower"), ("Imports will be cheaper by spring,", None, None)],
    ),
    (
        "id",
        [
            '"Harga naik," kata Budi Santoso, Ketua Koperasi Tani.',
            '"Pembeli sepi," kata seorang pedagang di pasar itu.',
        ],
        [("Harga naik,", "Budi Santoso", "Ketua Koperasi Tani"), ("Pembeli sepi,", None, None)],
    ),
    (
        "en",
        ['"We lost everything," said a farmer from the valley, Mary Clark.'],
        [("We lost everything,", "Mary Clark", "farmer from the valley")],
    ),
    (
        "id",
        ['"Kami rugi," kata seorang pedagang beras, Siti Rahayu.'],
        [("Kami rugi,", "Siti Rahayu", "pedagang beras")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), UNNAMED_AFTER_NAMED, ids=lambda v: str(v)[:40])
def test_someone_described_but_unnamed_says_the_quote_and_no_one_named_before(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_TITLE_REFERS_TO_ITS_HOLDER: list[tuple[str, list[str], list[Row]]] = [
    (
        "en",
        [
            'Museum director Liesbeth Vandenbroucke said staff wept. "We waited," she said.',
            'Jean Moreau, a textile historian, authenticated the work. "It was kept well," he said.',
            'The director said the museum would "ask anyone who knows to come forward."',
        ],
        [
            ("We waited,", "Liesbeth Vandenbroucke", "Museum director"),
            ("It was kept well,", "Jean Moreau", "a textile historian"),
            ("ask anyone who knows to come forward.", "Liesbeth Vandenbroucke", "Museum director"),
        ],
    ),
    (
        "id",
        [
            '"Sawah kering," kata Kepala Dinas Pertanian Budi Santoso.',
            '"Sampel sudah diambil," ujar Ani Lestari, peneliti BRIN.',
            '"Kami akan membantu petani," kata kepala dinas itu.',
        ],
        [
            ("Sawah kering,", "Budi Santoso", "Kepala Dinas Pertanian"),
            ("Sampel sudah diambil,", "Ani Lestari", "peneliti BRIN"),
            ("Kami akan membantu petani,", "Budi Santoso", "Kepala Dinas Pertanian"),
        ],
    ),
    (
        "en",
        [
            '"We will rebuild," said Mayor Ann Cole.',
            '"The cost is high," said Tom Reed, a city engineer.',
            '"He is right," the official said.',
        ],
        [
            ("We will rebuild,", "Ann Cole", "Mayor"),
            ("The cost is high,", "Tom Reed", "a city engineer"),
            ("He is right,", "Tom Reed", "a city engineer"),
        ],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_TITLE_REFERS_TO_ITS_HOLDER, ids=lambda v: str(v)[:40])
def test_a_title_refers_to_the_person_whose_role_holds_it(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_SENTENCE_SUBJECT_AFTER_A_DESCRIPTION: list[tuple[str, list[str], list[Row]]] = [
    (
        "en",
        [
            '"The eagle decides," said Asylbek uulu Meder, a hunter.',
            'Among the crowd, French tourist Claire Dubois-Ferrand filmed the contest. "I came for the eagles," she said.',
        ],
        [
            ("The eagle decides,", "Asylbek uulu Meder", "a hunter"),
            ("I came for the eagles,", "Claire Dubois-Ferrand", "French tourist"),
        ],
    ),
    (
        "id",
        [
            '"Saya mulai umur 12 tahun," ujar Muhammad Arsyad, ahli pembuat perahu.',
            'Wisatawan asal Belanda, Pieter de Vries, mengaku datang khusus. "Kapal ini indah," katanya.',
        ],
        [
            ("Saya mulai umur 12 tahun,", "Muhammad Arsyad", "ahli pembuat perahu"),
            ("Kapal ini indah,", "Pieter de Vries", "Wisatawan asal Belanda"),
        ],
    ),
    (
        "id",
        [
            '"Kerang tercemar," kata Hendrawan Kusumo, peneliti BRIN.',
            'Pembudi daya kerang di Cilincing, Rohman alias Bang Oman (52), khawatir. "Pembeli menjauh," katanya.',
        ],
        [
            ("Kerang tercemar,", "Hendrawan Kusumo", "peneliti BRIN"),
            ("Pembeli menjauh,", "Rohman", "Pembudi daya kerang di Cilincing"),
        ],
    ),
    (
        "en",
        [
            '"We won," said Mayor Ann Cole.',
            'On Tuesday, French officials visited the site. "It was a good day," she said.',
        ],
        [("We won,", "Ann Cole", "Mayor"), ("It was a good day,", "Ann Cole", "Mayor")],
    ),
]


@pytest.mark.parametrize(
    ("language", "paragraphs", "expected"), A_SENTENCE_SUBJECT_AFTER_A_DESCRIPTION, ids=lambda v: str(v)[:40]
)
def test_a_pronoun_means_the_person_a_description_opening_the_sentence_before_names(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_TITLE_OPENING_THE_SENTENCE: list[tuple[str, list[str], list[Row]]] = [
    (
        "en",
        ['Race marshal Wendell Pautzke told reporters the decision was final. "We will not run dogs on gravel," he said.'],
        [("We will not run dogs on gravel,", "Wendell Pautzke", "Race marshal")],
    ),
    (
        "en",
        ['Said market director Philip Tsosie-Grant: "Collectors should ask for the artist\'s card."'],
        [("Collectors should ask for the artist's card.", "Philip Tsosie-Grant", "market director")],
    ),
    (
        "en",
        ['Yesterday Wendell Pautzke told reporters the decision was final. "We will not run dogs on gravel," he said.'],
        [("We will not run dogs on gravel,", "Wendell Pautzke", None)],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_TITLE_OPENING_THE_SENTENCE, ids=lambda v: str(v)[:40])
def test_a_title_opening_the_sentence_and_said_before_its_subject(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


ROLE_WORDS_AND_MARKS: list[tuple[str, list[str], list[Row]]] = [
    (
        "en",
        ['"Our client never set a price," said Hassan Abdalla, a partner at Nairobi law firm Abdalla & Mworia.'],
        [("Our client never set a price,", "Hassan Abdalla", "a partner at Nairobi law firm Abdalla & Mworia")],
    ),
    (
        "en",
        ['"This verdict says it all," said the family\'s attorney, Margaret Oyelaran-Booth.'],
        [("This verdict says it all,", "Margaret Oyelaran-Booth", "family's attorney")],
    ),
    (
        "id",
        ['Pemandunya, Sudding, menerjemahkan. "Dia bilang begitu," kata Sudding.'],
        [("Dia bilang begitu,", "Sudding", "Pemandunya")],
    ),
    (
        "id",
        ['Nadia Ayu Larasati (22), mahasiswi Institut Seni Indonesia (ISI) Surakarta, datang. "Detail sekali," ujarnya.'],
        [("Detail sekali,", "Nadia Ayu Larasati", "mahasiswi Institut Seni Indonesia (ISI) Surakarta")],
    ),
    (
        "en",
        ['Jane Potter said the vote was close. "We lost," Potter said.'],
        [("We lost,", "Jane Potter", None)],
    ),
    (
        "id",
        ['Salah satu korban, sebut saja Rina (bukan nama sebenarnya), mengaku menyetor uang. "Saya percaya," tuturnya.'],
        [("Saya percaya,", "Rina", "korban")],
    ),
    (
        "id",
        [
            'Salah satu panrita lopi atau ahli pembuat perahu, Muhammad Arsyad (67), memperlihatkan caranya. "Saya mulai umur 12 tahun," ujarnya.'
        ],
        [("Saya mulai umur 12 tahun,", "Muhammad Arsyad", "panrita lopi atau ahli pembuat perahu")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), ROLE_WORDS_AND_MARKS, ids=lambda v: str(v)[:40])
def test_roles_hold_their_ampersands_possessives_and_feminine_forms(
    language: str, paragraphs: list[str], expected: list[Row]
) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected


A_BODY_INTRODUCING_A_QUOTE: list[tuple[str, list[str], list[Row]]] = [
    (
        "id",
        [
            'Menurut Chicoj, angin kurang bersahabat. "Terlalu berbahaya," katanya. Kementerian Kebudayaan Guatemala'
            ' dalam pernyataannya menyebut festival itu "warisan yang hidup."'
        ],
        [("Terlalu berbahaya,", "Chicoj", None), ("warisan yang hidup.", None, None)],
    ),
    (
        "en",
        [
            '"It is too dangerous," Tomas Chicoj said. The Culture Ministry in a statement said the festival was "a'
            ' living heritage, not a show."'
        ],
        [("It is too dangerous,", "Tomas Chicoj", None), ("a living heritage, not a show.", None, None)],
    ),
    (
        "en",
        ['"It is too dangerous," Tomas Chicoj said. He later said the festival was "a living heritage, not a show."'],
        [("It is too dangerous,", "Tomas Chicoj", None), ("a living heritage, not a show.", "Tomas Chicoj", None)],
    ),
    (
        "id",
        [
            '"Kerang tercemar," kata Hendrawan Kusumo, peneliti BRIN. Dalam keterangan tertulis, Kementerian Kelautan'
            ' dan Perikanan menyebut pemerintah menyiapkan "peta zonasi yang aman."'
        ],
        [("Kerang tercemar,", "Hendrawan Kusumo", "peneliti BRIN"), ("peta zonasi yang aman.", None, None)],
    ),
    (
        "id",
        [
            '"Populasinya kecil," kata peneliti Pusat Riset Biosistematika dan Evolusi BRIN, Prof. Dr. Ayu Kartika Dewi,'
            " dalam konferensi pers daring."
        ],
        [("Populasinya kecil,", "Ayu Kartika Dewi", "peneliti Pusat Riset Biosistematika dan Evolusi BRIN")],
    ),
]


@pytest.mark.parametrize(("language", "paragraphs", "expected"), A_BODY_INTRODUCING_A_QUOTE, ids=lambda v: str(v)[:40])
def test_a_quote_a_body_introduces_continues_no_person_before(language: str, paragraphs: list[str], expected: list[Row]) -> None:
    assert [(q.text, q.speaker, q.role) for q in find_quotes(paragraphs, language)] == expected
