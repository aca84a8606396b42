"""Shipping: the self-check, the start-up probe, the user guide, the About box and the bundled font."""

from __future__ import annotations

from pathlib import Path

from commune_desk import __version__
from commune_desk.paths import resources_dir

ROOT = Path(__file__).resolve().parent.parent


def test_self_check_builds_and_verifies_a_package(cli):
    result = cli("--self-check", env={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("self-check: package verified (") for line in lines), result.stdout
    assert "self-check: database opened and migrated ok" in lines
    assert lines[-1] == "self-check ok"


def test_start_up_probe_prints_first_paint_on_a_demo_database(cli, tmp_path):
    db = tmp_path / "demo.db"
    made = cli("--db", db, "demo", "--seed", "3")
    assert made.returncode == 0, made.stderr
    result = cli("--db", db, env={"COMMUNE_DESK_EXIT_AFTER_PAINT": "1", "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines().count("first-paint") == 1


def test_home_with_its_figures_is_painted_before_any_heavy_library_loads(cli, tmp_path):
    """Issue 11's start-up rule, checked in a real process: at the first paint of the home screen (with the demo's
    plan and figures) SQLAlchemy, Alembic, cryptography, openpyxl, python-docx and SQLCipher are not imported."""
    db = tmp_path / "demo.db"
    assert cli("--db", db, "demo", "--seed", "3").returncode == 0
    env = {"COMMUNE_DESK_EXIT_AFTER_PAINT": "1", "COMMUNE_DESK_FIRST_PAINT_MODULES": "1",
           "QT_QPA_PLATFORM": "offscreen"}
    result = cli("--db", db, env=env)
    assert result.returncode == 0, result.stderr
    loaded = [line for line in result.stdout.splitlines() if line.startswith("loaded-at-first-paint:")]
    assert loaded == ["loaded-at-first-paint: "], result.stdout
    # An encrypted database has no quick path: the home comes after sign-in, with the full storage loaded
    # (the probe sees the full home; the check above would fail if the quick path were not taken).
    secret, password = tmp_path / "secret.db", tmp_path / "pw.txt"
    password.write_text("mật-khẩu-dài-đủ\n", encoding="utf-8")
    assert cli("--db", secret, "--db-password-file", password, "demo", "--seed", "3").returncode == 0
    result = cli("--db", secret, "--db-password-file", password, env=env)
    assert result.returncode == 0, result.stderr
    assert "sqlalchemy" in next(line for line in result.stdout.splitlines() if line.startswith("loaded-at"))


def test_help_menu_opens_the_guide_with_its_first_heading(qtbot):
    from commune_desk.ui.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.help_action.trigger()
    viewer = window._help
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    assert viewer.title() == "Hướng dẫn sử dụng CommuneDesk"
    # The screenshots resolve against the guide's folder: the first image loads.
    assert viewer.browser.loadResource(2, "screenshots/first_run_password.png") is not None


def test_guide_images_exist_and_the_spec_ships_them():
    guide = (ROOT / "docs" / "huong-dan-su-dung.md").read_text(encoding="utf-8")
    import re

    images = re.findall(r"\]\((screenshots/[^)]+\.png)\)", guide)
    assert len(images) >= 7
    assert all((ROOT / "docs" / name).is_file() for name in images)
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert '"huong-dan-su-dung.md"' in spec and '"screenshots"' in spec


def test_about_shows_version_data_and_log_folders(qtbot):
    from commune_desk.ui.dialogs.about_dialog import AboutDialog

    dialog = AboutDialog(__version__, "/data/folder", "", log_folder="/log/folder")
    qtbot.addWidget(dialog)
    text = dialog.text.text()
    assert __version__ in text and "/data/folder" in text and "/log/folder" in text and "MIT" in text


def test_bundled_font_registers_and_draws_vietnamese(qtbot):
    from PySide6.QtGui import QFontDatabase

    fonts = resources_dir() / "fonts"
    assert (fonts / "OFL.txt").is_file()
    regular = fonts / "NotoSans-Regular.ttf"
    font_id = QFontDatabase.addApplicationFont(str(regular))
    assert font_id >= 0
    families = QFontDatabase.applicationFontFamilies(font_id)
    assert families == ["Noto Sans"]
    assert QFontDatabase.WritingSystem.Vietnamese in QFontDatabase.writingSystems(families[0])


def test_the_application_has_its_icon_for_windows_and_the_window(qtbot):
    from PySide6.QtGui import QImageReader

    from commune_desk.app import application_icon

    icons = resources_dir() / "icons"
    reader = QImageReader(str(icons / "commune_desk.ico"))
    assert reader.imageCount() == 7  # 16 … 256 px in one .ico for the Windows executable
    sizes = set()
    for index in range(reader.imageCount()):
        reader.jumpToImage(index)
        sizes.add(reader.read().width())
    assert sizes == {16, 24, 32, 48, 64, 128, 256}
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'icon=ICON' in spec and 'resources" / "icons" / "commune_desk.ico"' in spec
    icon = application_icon()  # what make_application gives the application
    assert not icon.isNull()
    assert icon.pixmap(32, 32).width() == 32



def test_windows_executables_carry_version_properties(tmp_path):
    """build.spec writes a VERSIONINFO text for each Windows executable; evaluated the way PyInstaller does
    (eval with its class names), it carries the version from pyproject.toml, the product and the file name."""
    import tomllib
    import types

    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    source = spec[spec.index("def version_file"):spec.index("gui = EXE(")]
    names = {"sys": types.SimpleNamespace(platform="win32"), "VERSION": version, "Path": Path,
             "workpath": str(tmp_path)}
    exec(source, names)  # noqa: S102 - our own build file

    def record(kind):
        return lambda *args, **kwargs: (kind, args, kwargs)

    classes = {n: record(n) for n in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable",
                                      "StringStruct", "VarFileInfo", "VarStruct")}
    text = Path(names["version_file"]("CommuneDesk", "CommuneDesk - phòng, chống mại dâm cấp xã")).read_text(
        encoding="utf-8")
    kind, _, info = eval(text, classes)  # noqa: S307 - what PyInstaller does with this file
    assert kind == "VSVersionInfo"
    numbers = tuple(int(x) for x in (version.split(".") + ["0"] * 4)[:4])
    assert info["ffi"][2]["filevers"] == numbers == info["ffi"][2]["prodvers"]
    table = info["kids"][0][1][0][0][1][1]           # StringFileInfo([StringTable(lang, [StringStruct …])])
    strings = dict(entry[1] for entry in table)
    assert strings["FileVersion"] == strings["ProductVersion"] == version
    assert strings["OriginalFilename"] == "CommuneDesk.exe" and strings["ProductName"] == "CommuneDesk"
    assert "mại dâm" in strings["FileDescription"] and "MIT" in strings["LegalCopyright"]
    names["sys"] = types.SimpleNamespace(platform="linux")
    exec(source, names)
    assert names["version_file"]("CommuneDesk", "x") is None  # elsewhere PyInstaller would only warn
