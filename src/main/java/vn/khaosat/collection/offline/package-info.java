/**
 * The kiosk and the online form as a page that runs in the browser and keeps working without the
 * server: a service worker keeps the page, IndexedDB keeps the questionnaire and the ratings not yet
 * sent, and the page sends them through the public API when the server answers. This package serves
 * those files and the texts they show (from the i18n bundles); the rules stay on the server
 * ({@link vn.khaosat.collection.QueuedRatingService}).
 */
package vn.khaosat.collection.offline;
