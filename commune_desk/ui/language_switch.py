"""Switching the interface language while CommuneDesk runs: a new translator, the window's texts, fresh area views."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from commune_desk.ui.language import DEFAULT_LANGUAGE, LANGUAGES, install_translator

log = logging.getLogger(__name__)
LANG_PROPERTY = "commune_desk_lang"  # the application property app.make_application sets
TRANSLATOR_ATTRIBUTE = "_commune_desk_translator"  # where make_application keeps the installed translator


def current_language(app: QCoreApplication | None = None) -> str:
    """The language the interface is in now ("vi" when nothing was installed yet)."""
    app = app or QCoreApplication.instance()
    lang = app.property(LANG_PROPERTY) if app is not None else None
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def swap_translator(app: QCoreApplication, lang: str, folder: Path | None = None) -> bool:
    """Remove the application's translator and install the one for `lang`; False when `lang` is already in use.

    The locale default follows (install_translator), so ui/language.py's number and period formats follow too.
    """
    from commune_desk.paths import translations_dir

    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    if lang == current_language(app):
        return False
    old = getattr(app, TRANSLATOR_ATTRIBUTE, None)
    if old is not None:
        app.removeTranslator(old)
        old.deleteLater()
    translator = install_translator(app, lang, folder or translations_dir())
    if translator is None:
        log.warning("no translation file for %s; the interface shows the source texts", lang)
    setattr(app, TRANSLATOR_ATTRIBUTE, translator)
    app.setProperty(LANG_PROPERTY, lang)
    log.info("interface language switched to %s", lang)
    return True


def apply_settings(session, settings) -> None:
    """Saved settings take effect in `session` (ui.session.Session) now: auto-lock time, interface language."""
    officer_changed = settings.officer != session.settings.officer
    session.settings = settings
    session.set_auto_lock_minutes(settings.auto_lock_minutes)
    # A new language builds the views again; so must a new officer, whose name every repository writes.
    if not switch_language(session, settings.language) and officer_changed:
        rebuild_views(session)


def switch_language(session, lang: str, folder: Path | None = None) -> bool:
    """Put the whole window of `session` into `lang` at once; False when it already is.

    The translator is swapped, the main window sets its own texts again, and the session builds every area
    view again over the same open database (each view sets its texts in its constructor), keeping the area shown.
    """
    if not swap_translator(QCoreApplication.instance(), lang, folder):
        return False
    session.window.retranslate()
    rebuild_views(session)
    return True


def rebuild_views(session) -> None:
    """Build every area view of `session` again over its open database; the area on screen stays shown.

    The database stays open (no sign-in, no reconcile or daily backup again); the window signals the old views
    were connected to are cut first, as when the session closes its database.
    """
    if session.db is None or session.lock_screen is not None:
        return  # locked or closed: the views are built in the new language when the database opens again
    window = session.window
    area = window.current_area()
    window.drop_area_links()
    session.areas = session.build(window, session.db, actor=session.current_actor())
    if area in window.area_keys():
        window.show_area(area)
    session.homeShown.emit(window.page("home"))
    session.opened.emit(session.areas)
