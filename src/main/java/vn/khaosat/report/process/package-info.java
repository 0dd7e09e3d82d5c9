/** The district-report process's service tasks, each a call into ReportService. */
package vn.khaosat.report.process;
