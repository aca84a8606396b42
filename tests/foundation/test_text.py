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
