// Set when the API answered 401 to a signed-in user; the login page then says why it is shown.
let sessionExpired = false;

export function isSessionExpired(): boolean {
  return sessionExpired;
}

export function markSessionExpired(): void {
  sessionExpired = true;
}

export function clearSessionExpired(): void {
  sessionExpired = false;
}
