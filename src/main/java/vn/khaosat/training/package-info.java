/**
 * The training clock of the demo: an admin moves the application's time forward (to the next
 * cut-off, the next 28th, by some days) and the steps that fall due run at once, so a trainer shows
 * a whole survey year in minutes, on the screen or through {@code /api/v1/training-clock}; the clock
 * can also start at a chosen instant ({@code app.training-clock.start}). It exists only where {@code app.training-clock.enabled} is true
 * (the run command's demo profile), never in production: the screen is not even a route there.
 */
package vn.khaosat.training;
