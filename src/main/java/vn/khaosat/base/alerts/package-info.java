/** Alerts to candidate groups (reminders, escalations), shown in the inbox until dismissed. */
package vn.khaosat.base.alerts;
