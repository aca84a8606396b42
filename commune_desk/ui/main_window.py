"""The main window: menus, the navigation list and a stack of area pages; it wires, it does not work."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow, QMenu, QScrollArea, QStackedWidget,
    QVBoxLayout, QWidget,
)

from commune_desk.ui.views.placeholder import PlaceholderPage


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Every area of the application, in navigation order: (key, title).
AREAS = (
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home")),
    ("propaganda", QT_TRANSLATE_NOOP("MainWindow", "Propaganda")),
    ("training", QT_TRANSLATE_NOOP("MainWindow", "Training")),
    ("businesses", QT_TRANSLATE_NOOP("MainWindow", "Businesses")),
    ("hotspots", QT_TRANSLATE_NOOP("MainWindow", "Hotspots")),
    ("tips", QT_TRANSLATE_NOOP("MainWindow", "Tip-offs")),
    ("penalties", QT_TRANSLATE_NOOP("MainWindow", "Penalties")),
    ("reintegration", QT_TRANSLATE_NOOP("MainWindow", "Reintegration support")),
    ("models", QT_TRANSLATE_NOOP("MainWindow", "Models")),
    ("teams", QT_TRANSLATE_NOOP("MainWindow", "Teams and groups")),
    ("healthy_commune", QT_TRANSLATE_NOOP("MainWindow", "Healthy commune")),
    ("units", QT_TRANSLATE_NOOP("MainWindow", "Residential units")),
    ("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan")),
    ("populations", QT_TRANSLATE_NOOP("MainWindow", "Base figures")),
    ("hand_values", QT_TRANSLATE_NOOP("MainWindow", "Hand-entered indicators")),
    ("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
    ("packages", QT_TRANSLATE_NOOP("MainWindow", "Report packages")),
    ("profile", QT_TRANSLATE_NOOP("MainWindow", "Unit profile")),
)
AREA_KEYS = tuple(key for key, _ in AREAS)
# The areas of a receiving office's database (profile role "office"), chosen by the composition root.
OFFICE_AREAS = (
    ("home", QT_TRANSLATE_NOOP("MainWindow", "Home")),
    ("office_trust", QT_TRANSLATE_NOOP("MainWindow", "Trust list")),
    ("office_intake", QT_TRANSLATE_NOOP("MainWindow", "Package intake")),
    ("office_completeness", QT_TRANSLATE_NOOP("MainWindow", "Aggregation")),
    ("plan", QT_TRANSLATE_NOOP("MainWindow", "Plan")),
    ("profile", QT_TRANSLATE_NOOP("MainWindow", "Unit profile")),
)


class PageStack(QStackedWidget):
    """The area pages; it asks for the room of the page shown, not of the largest page ever built.

    A QStackedWidget's minimum size is the largest of all its pages: once the Reports page was built, every area
    (and so the window) needed 828 pixels of height, taller than a 768-pixel laptop screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentChanged.connect(lambda _index: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.minimumSizeHint().expandedTo(page.minimumSize()) if page is not None else QSize(0, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        page = self.currentWidget()
        return page.sizeHint() if page is not None else QSize(0, 0)


def page_scroller(stack: QStackedWidget) -> QScrollArea:
    """The stack inside a frameless scroll area: a page that needs more room than the screen has scrolls as a
    whole instead of squeezing its parts over each other or making the window taller than the screen."""
    scroll = QScrollArea()
    scroll.setObjectName("pageScroll")
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidgetResizable(True)
    scroll.setWidget(stack)
    return scroll


class MainWindow(QMainWindow):
    """Navigation on the left, the chosen area on the right, banners for demo data and an unprotected file."""

    backupRequested = Signal()
    importRequested = Signal()
    aboutRequested = Signal()
    # Protection (wired by ui/session.py): back up now, restore, settings, password, lock.
    backupNowRequested = Signal()
    restoreRequested = Signal()
    settingsRequested = Signal()
    changePasswordRequested = Signal()
    lockRequested = Signal()
    rebuildRequested = Signal()  # the areas must be made again over the open database (the unit's role changed)
    closing = Signal()  # the window is about to close: the session backs up, disposes and releases the file

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("CommuneDesk")
        from commune_desk.ui.fit import open_size

        open_size(self, 1280, 760)          # a 768-pixel screen gets a window that fits it
        self._pages: dict[str, QWidget] = {}
        self._factories: dict[str, Callable[[], QWidget]] = {}  # area key -> builds its page when first needed
        self._titles: dict[str, str] = {}  # area key -> untranslated title (retranslate() sets it again)
        self._area_links: list[tuple[object, Callable]] = []  # window signal -> slot of the areas now built
        self._covered: QWidget | None = None  # the areas' content while a lock screen stands in its place

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(230)
        self.nav.setStyleSheet("QListWidget#navigation { font-size: 10.5pt; }"
                               "QListWidget#navigation::item { padding: 5px 8px; }")
        self.stack = PageStack()
        self._keys: tuple[str, ...] = ()
        self.use_areas(AREAS)
        self.nav.currentRowChanged.connect(self._row_changed)

        # Banner texts are set by retranslate().
        self.demo_banner = self._banner("", "#fff3cd", "#7a5200", "demoBanner")
        self.unprotected_banner = self._banner("", "#f8d7da", "#842029", "unprotectedBanner")
        self.unit_label = QLabel()
        self.unit_label.setObjectName("unitLabel")
        self.unit_label.setStyleSheet("font-weight: bold; font-size: 11pt; padding: 4px 8px;")

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.demo_banner)
        right.addWidget(self.unprotected_banner)
        right.addWidget(self.unit_label)
        right.addWidget(page_scroller(self.stack), 1)
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.nav)
        body.addLayout(right, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)
        self._build_menus()
        self.retranslate()
        self.nav.setCurrentRow(0)

    @staticmethod
    def _banner(text: str, background: str, colour: str, name: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setStyleSheet(f"background: {background}; color: {colour}; font-weight: bold; padding: 6px;")
        label.setVisible(False)
        return label

    def _build_menus(self) -> None:
        """The menus and their actions; their texts are set by retranslate() (one place, for a language switch)."""
        file_menu = self.file_menu = self.menuBar().addMenu("")
        self.backup_action = QAction(self)
        self.backup_action.setEnabled(False)
        self.backup_action.triggered.connect(self.backupRequested)
        file_menu.addAction(self.backup_action)
        self.import_action = QAction(self)
        self.import_action.setEnabled(False)
        self.import_action.triggered.connect(self.importRequested)
        file_menu.addAction(self.import_action)
        self._build_protection_menu(file_menu)
        file_menu.addSeparator()
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)
        help_menu = self.help_menu = self.menuBar().addMenu("")
        self.help_action = QAction(self)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.triggered.connect(self.show_help)
        help_menu.addAction(self.help_action)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.aboutRequested)
        help_menu.addAction(self.about_action)

    def _menu_texts(self) -> dict[str, str]:
        """The text of every menu and action, by the attribute that holds it."""
        return {
            "file_menu": self.tr("&File"),
            # Named for what they do: one asks where to write a copy (a USB stick), the other writes into the
            # backup folders at once (the officer saw "Sao lưu cơ sở dữ liệu…" and "Sao lưu ngay" and could not tell).
            "backup_action": self.tr("&Save a copy of the database to…"),
            "import_action": self.tr("&Import a records workbook…"),
            "backup_now_action": self.tr("Back up &now into the backup folders"),
            "restore_action": self.tr("&Restore a backup…"),
            "settings_action": self.tr("&Settings…"),
            "change_password_action": self.tr("&Change password…"),
            "lock_action": self.tr("&Lock now"),
            "quit_action": self.tr("&Quit"),
            "help_menu": self.tr("&Help"),
            "help_action": self.tr("User &guide"),
            "about_action": self.tr("&About CommuneDesk"),
        }

    def _menu_tips(self) -> dict[str, str]:
        return {
            "backup_action": self.tr("Choose a place, such as a USB stick, and write a checked copy of the database "
                                     "there."),
            "backup_now_action": self.tr("Write a checked backup now into the backups folder of the data folder (and "
                                         "the second backup folder chosen in Settings)."),
        }

    def retranslate(self) -> None:
        """Set the window's own texts again in the current language: menus, navigation titles, banners.

        The area pages are not touched: ui/language_switch.py has the session build them again.
        """
        for name, text in self._menu_tips().items():
            getattr(self, name).setStatusTip(text)
            getattr(self, name).setToolTip(text)
        for name, text in self._menu_texts().items():
            target = getattr(self, name)
            if isinstance(target, QMenu):
                target.setTitle(text)
            else:
                target.setText(text)
        for row in range(self.nav.count()):
            item = self.nav.item(row)
            title = self._titles.get(item.data(Qt.ItemDataRole.UserRole))
            if title is not None:
                item.setText(self.tr(title))
        self.demo_banner.setText(self.tr("DEMO DATA — fictional commune, not for reporting"))
        self.unprotected_banner.setText(self.tr("Unprotected: this database is not encrypted"))

    def show_help(self):
        """The Vietnamese user guide in its own window (needs no open database)."""
        from commune_desk.ui.dialogs.help_viewer import HelpViewer

        self._help = HelpViewer(parent=self)
        self._help.show()
        return self._help

    def _build_protection_menu(self, file_menu) -> None:
        file_menu.addSeparator()
        entries = (("backup_now_action", self.backupNowRequested, None),
                   ("restore_action", self.restoreRequested, None),
                   ("settings_action", self.settingsRequested, None),
                   ("change_password_action", self.changePasswordRequested, None),
                   ("lock_action", self.lockRequested, QKeySequence("Ctrl+L")))
        for name, signal, shortcut in entries:
            action = QAction(self)
            if shortcut is not None:
                action.setShortcut(shortcut)
            action.triggered.connect(signal)
            file_menu.addAction(action)
            setattr(self, name, action)

    # ---- wiring used by the composition root ------------------------------------------------------------------
    def use_areas(self, areas) -> None:
        """Show these (key, title) areas in the navigation, each with a placeholder page until `set_page`."""
        blocked = self.nav.blockSignals(True)
        self.nav.clear()
        for old in self._pages.values():
            self.stack.removeWidget(old)
            old.deleteLater()
        self._pages = {}
        self._factories = {}
        self._keys = tuple(key for key, _ in areas)
        self._titles = dict(areas)
        for key, title in areas:
            item = QListWidgetItem(self.tr(title))
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            page = PlaceholderPage(self.tr(title), self.tr("Opening the database…"))
            self._pages[key] = page
            self.stack.addWidget(page)
        self.nav.blockSignals(blocked)
        self.nav.setCurrentRow(0)
        self.stack.setCurrentIndex(0)

    def area_keys(self) -> tuple[str, ...]:
        return self._keys

    def set_page_factory(self, key: str, factory: Callable[[], QWidget]) -> None:
        """Area `key` gets its page from `factory()` the first time it is shown or asked for with page()."""
        self._factories[key] = factory
        if self._keys and self.current_area() == key:
            self._build(key)

    def _build(self, key: str) -> None:
        factory = self._factories.pop(key, None)
        if factory is not None:
            self.set_page(key, factory())

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(self._keys):
            self._build(self._keys[row])
        self.stack.setCurrentIndex(row)

    def built_page(self, key: str) -> QWidget | None:
        """The page of `key` if it is built (no factory waiting), else None; nothing is built."""
        return None if key in self._factories else self._pages.get(key)

    def set_page(self, key: str, widget: QWidget) -> None:
        """Replace the page of area `key` (placeholders until the database is open)."""
        self._factories.pop(key, None)
        old = self._pages[key]
        index = self.stack.indexOf(old)
        self.stack.insertWidget(index, widget)
        self.stack.removeWidget(old)
        old.deleteLater()
        self._pages[key] = widget
        if self.nav.currentRow() == index:
            self.stack.setCurrentIndex(index)

    def page(self, key: str) -> QWidget:
        """The page of area `key`, built now if it was waiting for its first showing."""
        self._build(key)
        return self._pages[key]

    def show_area(self, key: str) -> None:
        self.nav.setCurrentRow(self._keys.index(key))

    def current_area(self) -> str:
        return self._keys[self.nav.currentRow()]

    def set_status(self, *, unit_title: str, is_demo: bool, encrypted: bool, db_path: str,
                   ready: bool = True) -> None:
        """`ready` False: the start-up's quick home is shown but the database is not open yet (actions wait)."""
        self.unit_label.setText(unit_title)
        self.demo_banner.setVisible(is_demo)
        self.unprotected_banner.setVisible(not encrypted)
        self.backup_action.setEnabled(ready)
        self.import_action.setEnabled(ready)
        self.statusBar().showMessage(self.tr("Database: %1").replace("%1", db_path))

    # ---- the content swap, for ui.session: what the window shows while its database is closed or locked -------
    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.closing.emit()
        super().closeEvent(event)

    def connect_area(self, signal, slot: Callable) -> None:
        """Connect one of this window's signals to a slot of the areas being built; drop_area_links() cuts it."""
        signal.connect(slot)
        self._area_links.append((signal, slot))

    def drop_area_links(self) -> None:
        """Cut every connection made with connect_area (the areas it fed are being closed or rebuilt)."""
        links, self._area_links = self._area_links, []
        for signal, slot in links:
            signal.disconnect(slot)

    def close_pages(self, message: str) -> None:
        """Every area shows `message` instead of its page (the database behind the pages is closing)."""
        self.drop_area_links()
        for key in self._keys:
            self.set_page(key, PlaceholderPage(self.tr(self._titles[key]), message))

    def cover(self, screen: QWidget) -> None:
        """Put `screen` (the lock screen) where the areas were, with the menus off, until uncover()."""
        self._covered = self.takeCentralWidget()
        self.setCentralWidget(screen)
        self.menuBar().setEnabled(False)

    def uncover(self) -> None:
        """The areas' content back in place of the covering screen, which is deleted; the menus work again."""
        if self._covered is None:
            return
        screen = self.takeCentralWidget()
        screen.deleteLater()
        self.setCentralWidget(self._covered)
        self._covered = None
        self.menuBar().setEnabled(True)
