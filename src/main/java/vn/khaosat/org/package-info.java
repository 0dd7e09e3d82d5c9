/**
 * Org units (province → district → commune), users and their roles, and everything that follows
 * from who belongs where: logins (Spring Security), the Camunda users and candidate groups, the
 * tenant rule that a commune user sees only their commune, the demo organisation, and the admin
 * screens for units and users.
 */
package vn.khaosat.org;
