/**
 * How the process engine is run: its job executor's database index (and, in application.yml, its
 * acquisition settings). The processes themselves belong to their features.
 */
package vn.khaosat.base.process;
