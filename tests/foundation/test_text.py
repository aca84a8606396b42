"""Vietnamese folding and collation used by search and sorting."""

from commune_desk.domain.text import collation_key, fold, matches, nfc


def test_fold_strips_diacritics_and_maps_d_stroke():
    assert fold("Thôn Đông 3") == "thon dong 3"
    assert fold("ỦY BAN NHÂN DÂN") == "uy ban nhan dan"


def test_search_examples_from_the_issue():
    assert matches("dong", "Đông Hòa")
    assert matches("thon 3", "Thôn 3")
    assert not matches("thon 4", "Thôn 3")


def test_collation_orders_tones_and_letters():
    words = ["ạ", "á", "ã", "ả", "à", "a"]
    assert sorted(words, key=collation_key) == ["a", "à", "ả", "ã", "á", "ạ"]
    assert sorted(["Đông", "Dung", "Em"], key=collation_key) == ["Dung", "Đông", "Em"]
    assert sorted(["â", "ă", "a", "b"], key=collation_key) == ["a", "ă", "â", "b"]


def test_nfc_joins_decomposed_input():
    decomposed = "Tho\u0302n"
    assert nfc(decomposed) == "Thôn"
    assert len(nfc(decomposed)) == 4


def test_word_boundary_sorts_before_letters():
    assert sorted(["Ánh sáng", "An toàn", "Anh"], key=collation_key) == ["An toàn", "Anh", "Ánh sáng"]


# ---- natural order: numbers inside names are numbers ------------------------------------------------------------
from hypothesis import given, settings, strategies as st  # noqa: E402

from commune_desk.domain.text import natural_key  # noqa: E402


def test_numbers_inside_names_sort_as_numbers():
    names = ["Thôn 10", "Thôn 2", "Thôn 1", "Tổ dân phố 3", "Thôn 10A", "Thôn Đông", "thôn 9"]
    assert sorted(names, key=natural_key) == ["Thôn 1", "Thôn 2", "thôn 9", "Thôn 10", "Thôn 10A", "Thôn Đông",
                                              "Tổ dân phố 3"]
    assert sorted(["Tổ 2", "Tổ 02", "Tổ 1"], key=natural_key)[0] == "Tổ 1"


def test_natural_key_is_letter_order_first_then_tones_then_the_text():
    assert sorted(["Đông", "Dung", "Em"], key=natural_key) == ["Dung", "Đông", "Em"]
    # Same letters and tones in another spelling (decomposed input): the text itself decides, never a crash.
    assert sorted(["Tho\u0302n 3", "Thôn 3"], key=natural_key) == sorted(["Thôn 3", "Tho\u0302n 3"], key=natural_key)


def test_hostile_digit_runs_cost_nothing_special():
    huge = "Thôn " + "9" * 5000                      # int() would refuse this (Python's 4,300-digit limit)
    assert sorted([huge, "Thôn 10"], key=natural_key) == ["Thôn 10", huge]
    assert sorted(["x٣", "x10", "x2"], key=natural_key) == ["x2", "x٣", "x10"]   # Arabic-Indic three is 3


PREFIX = st.sampled_from(["Thôn ", "Tổ dân phố ", "Ấp ", "Khu phố ", "Bản Đôn ", ""])


@given(PREFIX, st.integers(0, 10**30), st.integers(0, 10**30), st.sampled_from(["", " Đông", "A", "b"]))
def test_prefix_then_number_sorts_by_the_number(prefix, a, b, suffix):
    ka, kb = natural_key(f"{prefix}{a}{suffix}"), natural_key(f"{prefix}{b}{suffix}")
    assert (ka < kb) == (a < b) and (ka == kb) == (a == b)


@given(st.lists(st.text(max_size=12), max_size=8))
def test_natural_key_is_a_total_order_consistent_with_equality(names):
    keys = [natural_key(n) for n in names]
    ordered = sorted(names, key=natural_key)
    assert sorted(keys) == [natural_key(n) for n in ordered]
    for x, kx in zip(names, keys):
        for y, ky in zip(names, keys):
            assert (kx == ky) == (x == y)          # the text ends the key: different names never tie


@given(st.text(alphabet="aăâbcdđeêgiklmnoôơpqrstuưvxy àáảãạ", min_size=1, max_size=10),
       st.text(alphabet="aăâbcdđeêgiklmnoôơpqrstuưvxy àáảãạ", min_size=1, max_size=10))
def test_without_digits_the_order_is_the_dictionary_letters_first(a, b):
    def letters(s):
        return [("aăâbcdđeêghiklmnoôơpqrstuưvxy".find(c), c) for c in fold_keep_shape(s)]
    if letters(a) != letters(b):
        assert (natural_key(a) < natural_key(b)) == (letters(a) < letters(b))


def fold_keep_shape(s: str) -> list[str]:
    """Each letter without its tone but with its shape (ă, â, ê, ô, ơ, ư, đ kept); a space sorts first."""
    import unicodedata

    out = []
    for ch in unicodedata.normalize("NFD", s.lower()):
        if ch in "\u0300\u0301\u0303\u0309\u0323":
            continue
        if unicodedata.combining(ch):
            out[-1] = unicodedata.normalize("NFC", out[-1] + ch)
        else:
            out.append(ch)
    return [" " if c == " " else c for c in out]


def _fold_by_definition(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFD", (text or "").lower().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@settings(max_examples=500)
@given(st.text() | st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÀÁẢÃẠĐđÔƠƯáàảãạ\u0300\u0301\u0303\u0309\u0323 İıẞǅ"))
def test_the_table_fold_equals_the_definition(text):
    """fold's lookup table (faster for imports) gives exactly what decomposing and dropping every mark gives."""
    assert fold(text) == _fold_by_definition(text)
