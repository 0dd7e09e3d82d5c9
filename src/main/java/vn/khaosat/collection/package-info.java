/**
 * Collection: the responses of every channel (kiosk, online, paper), the registered kiosks and their
 * tokens, the public submission API and its abuse control, dossier counts and coverage (by the
 * periods' data windows). A response is stored once (client id), a receipt code counts once per
 * campaign, nothing is stored from a refused submission, and a campaign that starts takes over the
 * responses given for its windows before its plan was issued.
 */
package vn.khaosat.collection;
