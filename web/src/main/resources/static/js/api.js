// Fetch wrapper for the TUNA placement API. Every failure becomes an ApiError with a Swedish
// message fit to show a user; the server's problem detail (RFC 9457) is kept for field errors.
// Nothing technical (stack traces, exception names, raw bodies) is ever put in the message.
// The pages run inside a signed-in session: every change carries the session's CSRF token (from
// the layout's meta tags), and a 401 means the session has ended, so the browser goes to sign in.

export const UNAVAILABLE_MESSAGE = 'Platsbanken går inte att nå just nu – försök igen om en stund.';

/** Where the browser goes when the session has ended; the sign-in page then says so. */
export const SESSION_ENDED_PAGE = '/logga-in?utgangen';

const STALE_PAGE_MESSAGE = 'Sidan har varit öppen för länge och behöver laddas om. Ladda om sidan och försök igen.';
const SAFE_METHODS = new Set(['GET', 'HEAD']);

const MESSAGES_BY_STATUS = {
  400: 'Uppgifterna kunde inte läsas. Kontrollera de markerade fälten.',
  401: 'Du är inte inloggad längre. Inloggningen öppnas …',
  403: 'Du har inte behörighet att göra det här.',
  404: 'Det du sökte finns inte (längre).',
  409: 'Det gick inte att spara eftersom uppgifterna krockar med något som redan finns.',
  413: 'Filen är för stor.',
  415: 'Filtypen stöds inte.',
  422: 'Några uppgifter behöver rättas. Se de markerade fälten.',
  500: 'Något gick fel hos oss. Felet är loggat – försök igen senare.',
};

/** A failed API call: `status` 0 means the server could not be reached at all. */
export class ApiError extends Error {
  constructor(status, message, problem = null) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
    /** `[{field, reason}]` from the problem detail, or empty. */
    this.errors = Array.isArray(problem?.errors) ? problem.errors : [];
  }

  /** True when the platform itself could not be reached (network down, 502/503/504). */
  get unavailable() {
    return this.status === 0 || this.status === 502 || this.status === 503 || this.status === 504;
  }
}

/**
 * Builds a query string from an object. Arrays become repeated parameters; empty values
 * (undefined, null, '', empty arrays, false) are left out.
 */
export function toQuery(params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      value.filter((v) => v !== '' && v != null).forEach((v) => query.append(key, String(v)));
    } else if (value !== undefined && value !== null && value !== '' && value !== false) {
      query.append(key, String(value));
    }
  }
  const text = query.toString();
  return text ? `?${text}` : '';
}

function messageFor(status, problem) {
  if (status === 403 && String(problem?.type ?? '').endsWith('/invalid-csrf-token')) {
    return STALE_PAGE_MESSAGE;
  }
  if (status === 502 || status === 503 || status === 504) {
    return UNAVAILABLE_MESSAGE;
  }
  return MESSAGES_BY_STATUS[status] ?? (status >= 500 ? MESSAGES_BY_STATUS[500] : 'Något gick fel. Försök igen.');
}

async function readBody(response) {
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 204) {
    return null;
  }
  if (type.includes('json')) {
    try {
      return await response.json();
    } catch {
      return null;
    }
  }
  return null;
}

/**
 * Calls the API.
 *
 * @param {string} path   e.g. `/api/slots`
 * @param {object} [options]
 * @param {string} [options.method]  GET by default
 * @param {object} [options.query]   query parameters, see toQuery
 * @param {object} [options.json]    a body sent as JSON
 * @param {FormData} [options.form]  a multipart body
 * @param {AbortSignal} [options.signal]
 * @returns {Promise<any>} the parsed JSON body (null for an empty one)
 */
export async function api(path, { method = 'GET', query, json, form, signal } = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...csrfHeader(method) };
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (form !== undefined) {
    body = form; // the browser sets the multipart boundary itself
  }
  let response;
  try {
    response = await fetch(path + toQuery(query), { method, headers, body, signal });
  } catch (error) {
    if (error?.name === 'AbortError') {
      throw error;
    }
    throw new ApiError(0, UNAVAILABLE_MESSAGE);
  }
  if (response.status === 401) {
    sessionEnded();
  }
  const data = await readBody(response);
  if (!response.ok) {
    const problem = data && typeof data === 'object' ? data : { status: response.status };
    throw new ApiError(response.status, messageFor(response.status, problem), problem);
  }
  return data;
}

/**
 * The session's CSRF token as a header, for a request that changes something (Spring Security
 * refuses a change without it). The shared layout puts the token and the header's name in meta
 * tags; a page without them (signed out) sends none.
 */
export function csrfHeader(method = 'GET') {
  if (SAFE_METHODS.has(method.toUpperCase())) {
    return {};
  }
  const token = document.querySelector('meta[name="csrf-token"]')?.getAttribute('content');
  const header = document.querySelector('meta[name="csrf-header"]')?.getAttribute('content');
  return token && header ? { [header]: token } : {};
}

let leaving = false;

/** The session has ended (signed out elsewhere, or timed out): go to sign in, once, whatever else is still loading. */
function sessionEnded() {
  if (!leaving) {
    leaving = true;
    window.location.assign(SESSION_ENDED_PAGE);
  }
}

let me;

/**
 * The signed-in person (GET /api/me): `{id, displayName, email, roles: [{code, label}], sites,
 * employerId, startPage}`, fetched once per page. Rejects with ApiError like any call.
 */
export function loadMe() {
  me ??= api('/api/me');
  return me;
}

/** Whether the signed-in person `person` (from loadMe) has the role `code`, e.g. 'COORDINATOR'. */
export function hasRole(person, code) {
  return (person?.roles ?? []).some((role) => role.code === code);
}

/** True for an error from an aborted fetch (a newer request replaced it). */
export function isAbort(error) {
  return error?.name === 'AbortError';
}
