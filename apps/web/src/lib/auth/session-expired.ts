// Why the last session ended, for the login page that follows.

// Set when the API answered 401 to a signed-in user; the login page then says why it is shown.
let sessionExpired = false;
// Set by "Log ud": whoever signs in next on this browser starts on their own start page, not on
// the page the previous user left (no `redirectTo`).
let loggedOut = false;

export function isSessionExpired(): boolean {
  return sessionExpired;
}

export function markSessionExpired(): void {
  sessionExpired = true;
  loggedOut = false;
}

export function wasLoggedOut(): boolean {
  return loggedOut;
}

export function markLoggedOut(): void {
  loggedOut = true;
  sessionExpired = false;
}

/** A new session (login): neither applies any more. */
export function clearSessionEnd(): void {
  sessionExpired = false;
  loggedOut = false;
}
