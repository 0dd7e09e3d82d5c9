/**
 * The annual survey plan (Kế hoạch): questionnaire templates and their rating scales, the service
 * fields, the publication calendar, the plan from draft to approval to the issued document, and
 * the year's campaign it starts.
 */
package vn.khaosat.plan;
