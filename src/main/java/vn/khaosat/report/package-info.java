/**
 * Reporting up: the report of each reported period (document of source 000 in the Decree 30/2020
 * layout, DOCX/PDF/XLSX), its process from the commune to the parent unit's reviewers (prepare,
 * sign, review, return, revise), the district dashboard with grades, and the consolidated table.
 */
package vn.khaosat.report;
