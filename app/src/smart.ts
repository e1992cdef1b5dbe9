// What both SMART pages (Min plan and Styringsdata) need from a login and from the server's answers.

/** Text for HTML: every character that could start markup is escaped. */
export function esc(text: unknown): string {
  return String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The server's own words for a failed request (an OperationOutcome's diagnostics), else the error's. */
export function problem(error: unknown): string {
  const e = error as any;
  const outcome = e?.response?.body ?? e?.body;
  return outcome?.issue?.[0]?.diagnostics ?? e?.message ?? String(error);
}

/** A login that was started but never finished leaves fhirclient's state without a token: start over. */
export function hasToken(): boolean {
  try {
    const key = JSON.parse(sessionStorage.getItem("SMART_KEY") ?? "null");
    return Boolean(key && JSON.parse(sessionStorage.getItem(key) ?? "{}").tokenResponse?.access_token);
  } catch {
    return false;
  }
}

/** Whether this page load is the return from the login, or has a finished login to go on with. */
export function loggedInOrReturning(): boolean {
  const params = new URLSearchParams(location.search);
  return params.has("code") || params.has("error") || hasToken();
}
