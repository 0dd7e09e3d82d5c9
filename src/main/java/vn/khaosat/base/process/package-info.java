/**
 * How the process engine is run: its job executor's database index (and, in application.yml, its
 * acquisition and history-cleanup settings), and the deadlines of user tasks (one rule per task,
 * computed once per entry so that no reminder or escalation fires twice). The processes themselves
 * belong to their features.
 */
package vn.khaosat.base.process;
