package vn.khaosat.cycle.ui;

/** What a commune's public results page offers, for tests outside its package (the demo's). */
public final class PublicPageProbe {

    private PublicPageProbe() {
    }

    public static int periods(PublicResultsView view) {
        return view.period.getListDataView().getItemCount();
    }

    public static int charts(PublicResultsView view) {
        return view.figures == null ? 0 : view.figures.charts.size();
    }
}
