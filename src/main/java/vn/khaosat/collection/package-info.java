/**
 * Collection: the responses of every channel (kiosk, online, paper), the registered kiosks and their
 * tokens, the public submission API and its abuse control. A response is stored once (client id),
 * a receipt code counts once per campaign, and nothing is stored from a refused submission.
 */
package vn.khaosat.collection;
