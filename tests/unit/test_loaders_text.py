"""Text files in every encoding and line-end convention real policies come in."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from policylens.core.loaders import load_document

RUSSIAN = (
    "Политика конфиденциальности\n"
    "Мы собираем персональные данные, которые вы указываете при регистрации.\n"
    "Вы можете в любой момент потребовать удаления своих данных.\n"
)


def _persian_cp1256(samples: dict[str, Path]) -> str:
    # Windows-1256 has no Persian yeh (U+06CC): files in it spell it with the Arabic ي.
    return samples["fa1"].read_text("utf-8").replace("ی", "ي")


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("sample", "encoding", "expected_encoding"),
    [
        ("fa1", "utf-8", "utf-8"),
        ("fa1", "utf-8-sig", "utf-8"),
        ("fa1", "utf-16", "utf-16-le"),
        ("fa2", "utf-16-be", "utf-16-be"),  # no BOM
        ("kk", "utf-16", "utf-16-le"),
        ("en", "utf-8-sig", "utf-8"),
        ("en", "cp1252", "cp1252"),
        ("sv", "cp1252", "cp1252"),
    ],
)
def test_samples_in_unicode_and_cp1252(
    tmp_path: Path, samples: dict[str, Path], sample: str, encoding: str, expected_encoding: str
) -> None:
    text = samples[sample].read_text("utf-8")
    path = _write(tmp_path, f"{sample}.txt", text.encode(encoding))
    document = load_document(path)
    assert document.text == text
    assert document.encoding == expected_encoding
    assert document.format == "txt"


def test_persian_in_windows_1256(tmp_path: Path, samples: dict[str, Path]) -> None:
    text = _persian_cp1256(samples)
    document = load_document(_write(tmp_path, "fa.txt", text.encode("cp1256")))
    assert document.encoding == "cp1256"
    assert document.text == text
    assert (document.language, document.direction) == ("fa", "rtl")


@pytest.mark.parametrize("line", range(12))
def test_single_persian_lines_in_windows_1256(
    tmp_path: Path, samples: dict[str, Path], line: int
) -> None:
    text = _persian_cp1256(samples).split("\n")[line]
    document = load_document(_write(tmp_path, "fa.txt", text.encode("cp1256")))
    assert document.text == text


@pytest.mark.parametrize("encoding", ["cp1251", "koi8-r"])
@pytest.mark.parametrize(
    "text",
    [
        RUSSIAN,
        "Политика конфиденциальности",
        "данные",
        "Казахстан: Алматы, ул. Абая 10, офис компании Много Музыки",
    ],
)
def test_cyrillic_code_pages_even_for_short_texts(tmp_path: Path, encoding: str, text: str) -> None:
    document = load_document(_write(tmp_path, "ru.txt", text.encode(encoding)))
    assert document.encoding == encoding
    assert document.text == text
    assert document.language == "ru"


def test_kazakh_sample_russian_paragraph_in_cp1251(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    # cp1251 has no Ә Ғ Қ Ң Ө Ұ Ү Һ: Kazakh files in it are Russian text with Kazakh names.
    text = "«Много Музыки» — товарищество с ограниченной ответственностью, Казахстан.\n" + RUSSIAN
    document = load_document(_write(tmp_path, "kk.txt", text.encode("cp1251")))
    assert document.text == text


@pytest.mark.parametrize(
    "text",
    [
        "Din integritet är viktig för oss. Vi sparar uppgifterna på en säker plats.",
        "Översikt",
        "We don’t sell your data — ever.",
        "Über die Verarbeitung Ihrer Daten",
        "Vos données personnelles sont protégées.",
    ],
)
def test_windows_1252_short_texts(tmp_path: Path, text: str) -> None:
    document = load_document(_write(tmp_path, "latin.txt", text.encode("cp1252")))
    assert document.encoding == "cp1252"
    assert document.text == text


def test_arabic_in_windows_1256(tmp_path: Path) -> None:
    text = "سياسة الخصوصية\nنحن نجمع المعلومات التي تقدمها لنا عند التسجيل في الموقع.\n"
    document = load_document(_write(tmp_path, "ar.txt", text.encode("cp1256")))
    assert document.text == text
    assert document.language == "ar"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "cp1256"])
def test_crlf_and_cr_become_lf(
    tmp_path: Path, samples: dict[str, Path], newline: str, encoding: str
) -> None:
    text = _persian_cp1256(samples)
    data = text.replace("\n", newline).encode(encoding)
    document = load_document(_write(tmp_path, "fa.txt", data))
    assert document.text == text
    assert len(document.paragraphs) == text.count("\n") + (not text.endswith("\n"))


def test_bom_stripped_and_nothing_else_changed(tmp_path: Path) -> None:
    text = "  Title  \n\n\tIndented line with trailing space \nمی‌شود\u200c\n"
    path = _write(tmp_path, "a.txt", codecs.BOM_UTF8 + text.encode("utf-8"))
    assert load_document(path).text == text


def test_same_text_same_sha_whatever_the_encoding(tmp_path: Path) -> None:
    one = load_document(_write(tmp_path, "a.txt", RUSSIAN.encode("koi8-r")))
    two = load_document(_write(tmp_path, "b.txt", RUSSIAN.replace("\n", "\r\n").encode("utf-16")))
    assert one.sha256 == two.sha256


def test_title_is_the_first_short_line_or_the_file_name(
    tmp_path: Path, samples: dict[str, Path]
) -> None:
    assert load_document(samples["sv"]).title == "Integritetspolicy"
    assert load_document(samples["kk"]).title == "Құпиялылық саясаты"
    # The first line of sample 000 is a long sentence: not a title.
    assert load_document(samples["fa1"]).title == samples["fa1"].stem
    # Sample 002 opens with a one-line sentence (26 words, a full stop): not a title either.
    assert load_document(samples["fa2"]).title == samples["fa2"].stem


def test_format_comes_from_content_not_extension(tmp_path: Path) -> None:
    path = _write(tmp_path, "policy.dat", RUSSIAN.encode("cp1251"))
    assert load_document(path).format == "txt"
    html = _write(
        tmp_path, "page.txt", b"<!DOCTYPE html><html><body><p>Hello there</p></body></html>"
    )
    assert load_document(html).format == "html"


def test_markdown_kept_as_is_with_title_from_first_heading(tmp_path: Path) -> None:
    text = "Intro line\n\n# Privacy *Policy*\n\n- We collect **nothing**.\n\n## Contact\n"
    document = load_document(_write(tmp_path, "policy.md", text.encode("utf-8")))
    assert document.format == "md"
    assert document.text == text
    assert document.title == "Privacy *Policy*"
    # `#` headings are shown as headings; the other paragraphs are not.
    headings = [document.text[p.start : p.end] for p in document.paragraphs if p.heading]
    assert headings == ["# Privacy *Policy*", "## Contact"]


def test_bundled_samples_get_their_titles(samples: dict[str, Path], tmp_path: Path) -> None:
    from policylens.core.samples import with_sample_title

    document = with_sample_title(load_document(samples["fa1"]), samples["fa1"])
    assert document.title == "حریم خصوصی آپ موزیک"
    # The same file elsewhere is not the bundled sample: its own title stays.
    copy = tmp_path / samples["fa1"].name
    copy.write_bytes(samples["fa1"].read_bytes())
    assert with_sample_title(load_document(copy), copy).title == copy.stem
