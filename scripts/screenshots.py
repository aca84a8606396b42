"""Screenshots of every page and dialog (tests/ui/screens.py) on a 1366×768 screen, in Vietnamese, for docs.

    xvfb-run -a -s "-screen 0 1366x768x24" python3 scripts/screenshots.py docs/screenshots/1366x768

Each PNG is the whole screen as the officer would see it: the main window fills the screen less a 40-pixel taskbar
and a 30-pixel title bar (1366×698), dialogs are centred over it at the size they open with. Anything that does
not fit is cut off in the picture, as it would be on the laptop. sizes.txt beside them gives the minimum and the
opening size of each screen; tests/ui/test_small_screens.py checks the same limits without a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CLIENT = (1366, 698)


def _settle(app, seconds: float = 0.4) -> None:
    """Let timers run (a dialog grows to show its messages a moment after it is shown)."""
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _screen_shot(app, out: Path) -> None:
    _settle(app)
    # Quality 0 is PNG's strongest compression (lossless): the pictures live in the repository.
    app.primaryScreen().grabWindow(0).save(str(out), "PNG", 0)


def _centre(widget, app) -> None:
    area = app.primaryScreen().availableGeometry()
    frame = widget.frameGeometry()
    x = max(0, area.x() + (area.width() - frame.width()) // 2)
    y = max(0, area.y() + (area.height() - frame.height()) // 2)
    widget.move(x, y)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--only", default="", help="comma-separated names (page_home, form_penalty_errors …)")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "xcb")

    from PySide6.QtWidgets import QApplication

    from commune_desk.paths import translations_dir
    from commune_desk.ui.language import install_translator
    from tests.ui.screens import Tour, make_demo

    app = QApplication.instance() or QApplication(["screenshots"])
    install_translator(app, "vi", translations_dir())
    screen = app.primaryScreen().geometry()
    print(f"screen {screen.width()}×{screen.height()}", file=sys.stderr)
    wanted = {n for n in args.only.split(",") if n}
    out = args.folder
    out.mkdir(parents=True, exist_ok=True)
    sizes = []
    with tempfile.TemporaryDirectory() as tmp:
        db = make_demo(Path(tmp) / "demo.db")
        # The window as maximised over a taskbar: 1366×698 on 1366×768, less on a smaller (or scaled) screen.
        client = (min(CLIENT[0], screen.width()), min(CLIENT[1], screen.height() - 70))
        tour = Tour(db, Path(tmp) / "files", size=client)
        tour.window.move(0, 0)
        tour.window.show()
        for name, build in [*tour.pages(), *tour.dialogs(), *tour.states()]:
            if wanted and name not in wanted:
                continue
            widget = build()
            top = widget.window()
            if top is not tour.window:
                top.show()
                _settle(app)
                _centre(top, app)
            least = top.minimumSizeHint()
            sizes.append(f"{name}\tminimum {least.width()}×{least.height()}\topens {top.width()}×{top.height()}")
            _screen_shot(app, out / f"{name}.png")
            if top is not tour.window:
                top.close()
                top.hide()  # some refuse to close (the recovery key waits for its tick box)
                top.deleteLater()
                app.processEvents()
        tour.window.close()
        db.dispose()
    # With --only, the other screens' lines of an earlier run stay.
    kept = {}
    if wanted and (out / "sizes.txt").exists():
        for line in (out / "sizes.txt").read_text(encoding="utf-8").splitlines():
            kept[line.split("\t", 1)[0]] = line
    kept.update({line.split("\t", 1)[0]: line for line in sizes})
    (out / "sizes.txt").write_text("\n".join(kept.values()) + "\n", encoding="utf-8")
    print("\n".join(sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
