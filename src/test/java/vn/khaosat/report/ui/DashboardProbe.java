package vn.khaosat.report.ui;

import java.util.List;

import vn.khaosat.base.ui.Chart;
import vn.khaosat.report.DistrictDashboard;

/** What the district dashboard shows, for tests outside its package (the demo's). */
public final class DashboardProbe {

    private DashboardProbe() {
    }

    public static int year(DistrictDashboardView view) {
        return view.year.getValue();
    }

    public static DistrictDashboard dashboard(DistrictDashboardView view) {
        return view.dashboard;
    }

    public static List<Chart> charts(DistrictDashboardView view) {
        return view.shownCharts;
    }
}
