"""The words reported speech goes by, per language: cues, what joins them to the claim, kinds of source.

Data, as `lexicons` is for the quote finder: to teach claims a new cue or source word, add it to its list.
"""

from __future__ import annotations

from dataclasses import dataclass


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


@dataclass(frozen=True)
class ClaimLexicon:
    """The words reported speech goes by in one language: cues, what joins them to the claim, kinds of source."""

    cues: frozenset[str]
    """Verbs whose object is the reported claim: "said (that)", "menyatakan (bahwa)", "data showed"."""
    speech: frozenset[str]
    """Cues that only ever report speech ("said", "mengatakan"), never a noun or a record ("a note", "mencatat")."""
    nouns: frozenset[str]
    """Cues that are nouns as often ("a show", "the report"): a cue only after their subject ("figures show")."""
    publishing: frozenset[str]
    """Cues of a document and its claim: "published a report that", "menerbitkan laporan bahwa"."""
    objects: frozenset[str]
    """Cues that name whom they address before the claim: "told reporters", "mengatakan kepada wartawan"."""
    after: frozenset[str]
    """Cues that may follow the claim, their subject after them: "…, said Austin", "…, kata Austin"."""
    according: frozenset[str]
    """Words naming the source of the claim around them: "according to X", "menurut X", "berdasarkan data X"."""
    that: frozenset[str]
    addressee: frozenset[str]
    """The word before an addressee in a language that marks it ("kepada")."""
    stops: frozenset[str]
    """Words after a comma that end the claim: a contrast or a clause of the reporter's ("…, but", "…, adding")."""
    relatives: frozenset[str]
    pronouns: frozenset[str]
    """Pronouns standing for the last source, whoever it was ("it said", "mereka menyatakan")."""
    anaphors: frozenset[str]
    """Words making a noun stand for a source named before ("the agency", "kementerian itu")."""
    documents: frozenset[str]
    """Nouns of what is cited that is no one's speech: reports, data, surveys, statements."""
    unnamed: frozenset[str]
    """Nouns describing people or groups without naming them: "officials", "sumber", "a senior aide"."""
    indefinite: frozenset[str]
    """Words opening a description of nobody in particular: "a", "two", "seorang", "para"."""
    adverbials: frozenset[str]
    """Words opening what may follow a cue after its claim: "…, police said on Tuesday / in a statement"."""
    openers: frozenset[str]
    """Words opening a sentence's setting before its subject: "While in New York, …", "Speaking to PBS, …"."""
    governing: frozenset[str]
    """Prepositions before a noun: a cue word after one is that noun ("into alleged misconduct")."""
    prepositions: frozenset[str]
    """Words a claim does not start with: after a quote's cue they open its setting ("said at a news conference")."""
    titles: frozenset[str]
    """Capitalised words of a title or office before a name, besides the quote finder's (`ROLES`)."""


CLAIMS = {
    "en": ClaimLexicon(
        cues=_words(
            "say says said saying tell tells told telling warn warns warned warning add adds added adding "
            "state states stated announce announces announced claim claims claimed argue argues argued "
            "insist insists insisted note notes noted explain explains explained report reports reported "
            "acknowledge acknowledges acknowledged admit admits admitted confirm confirms confirmed deny denies "
            "denied predict predicts predicted estimate estimates estimated vow vows vowed write writes wrote "
            "tweeted show shows showed found find finds conclude concluded indicate indicates indicated reveal "
            "reveals revealed suggest suggests suggested caution cautioned stress stressed emphasised emphasized "
            "maintain maintained assure assured promise promised allege alleges alleged believe believes "
            "testified complained recalled publish publishes published release releases released issue issues issued"
        ),
        speech=_words("say says said saying tell tells told telling"),
        publishing=_words("publish publishes published release releases released issue issues issued"),
        nouns=_words("show report note claim claims issue release state find estimate promise tweet"),
        objects=_words("tell tells told telling assure assured promise promised remind reminded inform informed"),
        after=_words("said says added wrote"),
        according=_words("according"),
        that=_words("that"),
        addressee=frozenset(),
        stops=_words("but adding saying citing making while whereas although though which"),
        relatives=_words("who which whose"),
        pronouns=_words("it they"),
        anaphors=_words("the"),
        documents=_words(
            "report reports data figures figure estimates estimate projections projection survey surveys poll "
            "polls statement statements note filing document documents study studies analysis records record "
            "count census forecast"
        ),
        unnamed=_words(
            "official officials source sources aide aides analyst analysts expert experts economist economists "
            "scientist scientists researcher researchers people person authorities diplomat diplomats "
            "spokesman spokeswoman spokesperson witness witnesses resident residents observers critics "
            "investigators lawyer lawyers police officer officers employee employees worker workers member "
            "members executive executives insider insiders"
        ),
        indefinite=_words("a an one two three four five several some many most other others"),
        adverbials=_words("on in at to during late early last this earlier after before from while via through"),
        prepositions=_words("at in on during after before while from"),
        openers=_words("in on during after before while when regarding speaking asked as although though if since despite"),
        governing=_words("into of for with about by from in at on"),
        titles=_words("volcanologist"),
    ),
    "id": ClaimLexicon(
        cues=_words(
            "mengatakan menyatakan mengungkapkan menjelaskan menegaskan menuturkan memperingatkan menyebutkan "
            "menyebut menyampaikan mengumumkan mengklaim mencatat menilai berpendapat memperkirakan memastikan "
            "mengaku mengakui membantah mengimbau mengingatkan menambahkan memprakirakan menunjukkan melaporkan "
            "menduga meyakini menganggap berkata menerangkan memaparkan mengemukakan menekankan mengutarakan "
            "menandaskan berujar mengungkap mengabarkan memberitahukan menginformasikan menulis bersikeras "
            "memprediksi memproyeksikan mengindikasikan menerbitkan merilis mengeluarkan memublikasikan "
            "mempublikasikan"
        ),
        speech=_words("mengatakan menyatakan berkata"),
        publishing=_words("menerbitkan merilis mengeluarkan memublikasikan mempublikasikan"),
        nouns=frozenset(),
        objects=frozenset(),
        after=_words(
            "kata ujar ungkap tambah jelas tegas tutur imbuh lanjut tulis sebut ucap terang papar cetus "
            "katanya ujarnya ungkapnya tambahnya jelasnya tegasnya tuturnya imbuhnya lanjutnya tulisnya sebutnya "
            "ucapnya terangnya paparnya cetusnya"
        ),
        according=_words("menurut berdasarkan"),
        that=_words("bahwa"),
        addressee=_words("kepada"),
        stops=_words("tetapi namun tapi sedangkan sementara sambil seraya sehari"),
        relatives=_words("yang"),
        pronouns=_words("mereka"),
        anaphors=_words("itu tersebut ini"),
        documents=_words(
            "laporan data hasil survei jajak catatan siaran keterangan dokumen studi riset kajian rilis "
            "statistik angka proyeksi prakiraan"
        ),
        unnamed=_words(
            "pejabat sumber analis pengamat ahli pakar ilmuwan peneliti ekonom warga pedagang penumpang "
            "saksi politikus politisi diplomat pegawai karyawan petugas aparat otoritas pihak orang anggota "
            "juru bicara narasumber"
        ),
        indefinite=_words("seorang sejumlah beberapa para dua tiga empat lima salah sebagian banyak"),
        adverbials=_words("pada di dalam kepada saat ketika usai seusai dari melalui lewat"),
        prepositions=_words("pada di dalam saat ketika usai seusai"),
        openers=_words("pada dalam saat ketika usai sementara meskipun walaupun jika karena setelah sebelum menanggapi"),
        governing=_words("dari untuk dengan tentang oleh terhadap"),
        titles=_words(
            "utama besar pelaksana umum harian bidang deputi koordinator plt dirjen satgas peneliti pengamat "
            "kakorlantas kasatreskrim kapolres kabareskrim"
        ),
    ),
}
"""Reported speech's words per language; a language without one is read with the English words."""

CORPORATE_PREFIXES = frozenset("pt cv".split())
"""Legal forms printed before a company's name ("PT Jasa Marga")."""
CORPORATE_SUFFIXES = frozenset("co inc corp ltd llc llp plc gmbh ag tbk pty".split())
"""Legal forms printed after a company's name ("Old Ferrous Creek Distilling Co.")."""
CORPORATE_WORDS = (
    CORPORATE_PREFIXES
    | CORPORATE_SUFFIXES
    | frozenset("holdings industries airlines airways railways resources services trust partners".split())
)
"""Words that make a name a body's wherever they stand ("Natural Resources Wales") but, unlike INSTITUTIONS, do
not bound names in a sentence."""


def corporate_name(words: tuple[str, ...]) -> bool:
    """Whether a run is a company's whole name, opening or ending with its legal form: kept whole, never cut
    down to a person's name."""
    return bool(words) and (words[0].casefold() in CORPORATE_PREFIXES or words[-1].casefold().rstrip(".,") in CORPORATE_SUFFIXES)
