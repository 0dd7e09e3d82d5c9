/**
 * The period cycle (process publication-cycle): for each publication, the figures of its periods
 * (aggregated in SQL from the responses of the period's data window), their finalising, review,
 * approval and publication with their deadlines, the frozen publications and the public results.
 */
package vn.khaosat.cycle;
