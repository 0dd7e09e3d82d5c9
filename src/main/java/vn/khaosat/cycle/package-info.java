/**
 * The period cycle: for each publication, the figures of its periods (aggregated in SQL from the
 * responses of the period's data window), their review, approval and publication. This version
 * holds the aggregation; the process publication-cycle comes next.
 */
package vn.khaosat.cycle;
