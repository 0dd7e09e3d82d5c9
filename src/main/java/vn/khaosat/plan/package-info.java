/**
 * The annual survey plan (Kế hoạch): questionnaire templates and their rating scales, the service
 * fields, the publication calendar and its data windows, the plan from draft to approval to the
 * issued document, the year's campaign it starts (and which campaign takes a response of any given
 * day, so that ratings never stop at the year's end), and next year's plan asked for in time.
 */
package vn.khaosat.plan;
