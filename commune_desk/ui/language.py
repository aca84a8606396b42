"""Interface language: installs the Qt translator and formats numbers, dates and periods the user's way."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
QM_PREFIX = "commune_desk_"


def qm_path(lang: str, folder: Path) -> Path:
    return Path(folder) / f"{QM_PREFIX}{lang}.qm"


def install_translator(app: QCoreApplication, lang: str, folder: Path) -> QTranslator | None:
    """Load `commune_desk_<lang>.qm` from `folder` into `app`; sets the default locale too.

    Returns the installed translator (keep a reference), or None when the file is missing or unreadable.
    """
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale("vi_VN" if lang == "vi" else "en_GB"))
    use_native_dialogs(native_dialogs_speak(lang))
    translator = QTranslator(app)
    if not translator.load(str(qm_path(lang, folder))):
        return None
    app.installTranslator(translator)
    return translator


def native_dialogs_speak(lang: str, system: QLocale | None = None) -> bool:
    """True when the system's own file and folder dialogs speak `lang` (they follow the system's language).

    Otherwise Qt's own dialogs are used: our catalogue translates them (ui/qt_texts.py), so a Vietnamese window
    never opens an English "Save As" on an English Windows, nor a Vietnamese one in the English interface.
    """
    system = system or QLocale.system()
    wanted = QLocale.Language.Vietnamese if lang == "vi" else QLocale.Language.English
    return system.language() == wanted


def use_native_dialogs(native: bool) -> None:
    """Dialogs made from now on are the platform's (True) or Qt's own, translated (False)."""
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, not native)


def is_vietnamese() -> bool:
    return QLocale().language() == QLocale.Language.Vietnamese


def fmt_int(value: int) -> str:
    """1350 -> "1.350" in Vietnamese, "1,350" in English."""
    return QLocale().toString(int(value))


def fmt_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(at: str) -> str:
    """An ISO time (stored in UTC or with its offset) as the officer's local "20/11/2026 09:13"; else as it is."""
    from datetime import datetime, timezone

    try:
        moment = datetime.fromisoformat(at)
    except (TypeError, ValueError):
        return at or ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def period_name(period) -> str:
    """A domain Period named in the interface language ("quý III năm 2026" / "Q3 2026")."""
    text = period.name_vi() if is_vietnamese() else period.name_en()
    return text[:1].upper() + text[1:]


def period_code_name(code: str) -> str:
    """A period code ("2026-Q3") named as period_name names it; a code that is no period is shown as it is."""
    from commune_desk.domain.periods import Period, PeriodError

    try:
        return period_name(Period.parse(code))
    except (PeriodError, ValueError):
        return code


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Who made a change, as the audit log records it: the officer's name when one is set (settings or sign-in), else
# "user"; the demo and automatic repairs are "system". These are shown in words, never as codes.
ACTORS = {
    "user": QT_TRANSLATE_NOOP("Actors", "officer at this computer"),
    "system": QT_TRANSLATE_NOOP("Actors", "CommuneDesk (automatic)"),
    "app": QT_TRANSLATE_NOOP("Actors", "CommuneDesk (automatic)"),
    "cli": QT_TRANSLATE_NOOP("Actors", "command line"),
}


def actor_label(actor: str) -> str:
    """An audit actor in the interface language ("user" -> "cán bộ dùng máy này"); a person's name as it is."""
    return QCoreApplication.translate("Actors", ACTORS[actor]) if actor in ACTORS else actor
