"""The Reports and Report packages screens registered in the main window, each built when first shown."""

from __future__ import annotations

from datetime import date
from typing import Callable


def install_report_pages(window, stores, *, chart, today: Callable[[], date] = date.today) -> None:
    """Register the Reports and Report packages screens in `window` over `stores` (app_wiring.Stores: the
    repositories and use cases of the open database; app.build_areas). A period signed on the
    packages screen reloads the reports screen if that one is built, and the home (its deadline shows as sent).
    `chart` draws the reports' targets chart (services.reports.chart_data.ChartRenderer)."""

    def reports():
        from commune_desk.ui.views.report_view import ReportView

        return ReportView(
            stores.services.reports,
            reports=stores.reports,
            profiles=stores.profiles,
            receipts=stores.receipts,
            numbers=stores.numbers,
            today=today,
            chart=chart,
        )

    def packages():
        from commune_desk.ui.views.package_view import PackageView

        view = PackageView(
            stores.services.packages,
            reporting=stores.services.reports,
            receipts=stores.receipts,
            profiles=stores.profiles,
            today=today,
            chart=chart,
        )

        def signed(_record) -> None:
            page = window.built_page("reports")
            if page is not None and page.period:
                page.load(page.period)
            home = window.built_page("home")
            if home is not None:
                home.refresh()

        view.periodSigned.connect(signed)
        return view

    window.set_page_factory("reports", reports)
    window.set_page_factory("packages", packages)
