"""Puts the "Base figures" and "Hand-entered indicators" pages into the window and links the home page to them."""

from __future__ import annotations

from datetime import date
from typing import Callable


def install_figure_pages(window, stores, home, *, catalogues, today: Callable[[], date]) -> None:
    """Register both pages (built when first shown) over `stores` (app_wiring.Stores: the repositories and use
    cases of the open database); the home page's "enter it" links open them at the figure."""

    def populations_page():
        from commune_desk.ui.views.populations_view import PopulationsView

        view = PopulationsView(stores.populations, catalogues, today=today)
        view.changed.connect(home.refresh)
        return view

    def enter_population(kind: str, year: int) -> None:
        window.show_area("populations")
        window.page("populations").enter((kind, "", ""), year=year)

    def hand_values_page():
        from commune_desk.ui.views.hand_values_view import HandValuesView

        view = HandValuesView(
            stores.services.figures, values=stores.manual_values, today=today, enter_population=enter_population
        )
        view.changed.connect(home.refresh)
        return view

    def enter_value(code: str) -> None:
        window.show_area("hand_values")
        window.page("hand_values").enter_code(code)

    window.set_page_factory("populations", populations_page)
    window.set_page_factory("hand_values", hand_values_page)
    home.enterPopulationRequested.connect(enter_population)
    home.enterValueRequested.connect(enter_value)
