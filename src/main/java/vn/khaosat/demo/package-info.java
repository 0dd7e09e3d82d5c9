/**
 * The demo's history: on the first start of the embedded demo database, last year complete and this
 * year up to today for the demo communes, built through the features' services and the processes
 * with the engine clock moved day by day (never by SQL around them), so the screens, documents,
 * audit log and the engine's history agree. Depends on the features; none depends on it.
 */
package vn.khaosat.demo;
