/**
 * Shared ground of every feature: the entity base class, the application clock and zone, the
 * current user as Spring Security knows them, languages, the main layout and login screen, and
 * the task inbox ("Việc của tôi") over Camunda's task service. Nothing here knows a feature.
 */
package vn.khaosat.base;
