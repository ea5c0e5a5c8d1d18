// The closed vocabularies and reference data the forms and filters use, with Swedish labels.
// They come from /api/reference/*; each is fetched once per page. The vocabulary codes are the
// API's enum values, so when the reference endpoint cannot be reached the built-in copy below
// (the same labels as the Java enums; a test keeps them in step) lets the page still work.

import { api, ApiError, loadMe } from './api.js';

/** The same codes and labels as WorkDemand, SupportOffered, Accessibility and DayOfWeek (sv-SE). */
export const FALLBACK_VOCABULARIES = Object.freeze({
  demands: [
    { code: 'STANDING_MOST_OF_DAY', label: 'Stående större delen av dagen' },
    { code: 'CUSTOMER_CONTACT', label: 'Kundkontakt' },
    { code: 'NOISY_ENVIRONMENT', label: 'Bullrig miljö' },
    { code: 'FAST_PACE', label: 'Högt tempo' },
    { code: 'EARLY_START', label: 'Tidig start (före 08:00)' },
    { code: 'TEAMWORK', label: 'Arbete i grupp' },
    { code: 'WORKING_ALONE', label: 'Ensamarbete' },
    { code: 'PHONE_CALLS', label: 'Telefonsamtal' },
    { code: 'DRIVING', label: 'Körning av bil (B-körkort)' },
    { code: 'OUTDOOR_WORK', label: 'Utomhusarbete' },
    { code: 'MANY_TASKS_AT_ONCE', label: 'Många uppgifter samtidigt' },
    { code: 'DUST_OR_STRONG_SMELLS', label: 'Damm eller starka dofter' },
    { code: 'STAIRS_OR_LADDERS', label: 'Trappor eller stegar' },
    { code: 'SCREEN_WORK', label: 'Datorarbete' },
  ],
  support: [
    { code: 'EXPERIENCED_SUPERVISOR', label: 'Erfaren handledare' },
    { code: 'QUIET_PLACE', label: 'Lugn, avskild arbetsplats' },
    { code: 'FLEXIBLE_START', label: 'Flexibel starttid' },
    { code: 'GRADUAL_INCREASE', label: 'Gradvis upptrappning av tid' },
    { code: 'WRITTEN_INSTRUCTIONS', label: 'Skriftliga instruktioner' },
    { code: 'FIXED_ROUTINES', label: 'Fasta rutiner och samma uppgifter' },
    { code: 'FREQUENT_BREAKS', label: 'Möjlighet till täta pauser' },
    { code: 'WORK_BUDDY', label: 'Arbetskamrat som fadder' },
    { code: 'ADAPTED_TASKS', label: 'Anpassade arbetsuppgifter' },
  ],
  accessibility: [
    { code: 'NEAR_PUBLIC_TRANSPORT', label: 'Nära kollektivtrafik' },
    { code: 'STEP_FREE', label: 'Tillgängligt utan trappsteg' },
    { code: 'PARKING', label: 'Parkering' },
  ],
  weekdays: [
    { code: 'MONDAY', label: 'måndag' },
    { code: 'TUESDAY', label: 'tisdag' },
    { code: 'WEDNESDAY', label: 'onsdag' },
    { code: 'THURSDAY', label: 'torsdag' },
    { code: 'FRIDAY', label: 'fredag' },
    { code: 'SATURDAY', label: 'lördag' },
    { code: 'SUNDAY', label: 'söndag' },
  ],
});

/** Employer sectors (no reference endpoint; the API takes these three values). */
export const SECTORS = Object.freeze([
  { code: 'PUBLIC', label: 'Offentlig sektor' },
  { code: 'PRIVATE', label: 'Privat sektor' },
  { code: 'NON_PROFIT', label: 'Ideell sektor' },
]);

/** Slot statuses. */
export const STATUSES = Object.freeze([
  { code: 'OPEN', label: 'Öppen' },
  { code: 'PAUSED', label: 'Pausad' },
  { code: 'WITHDRAWN', label: 'Återkallad' },
]);

/** A participant's phases (the same codes and labels as the Phase enum; a test keeps them in step). */
export const PHASES = Object.freeze([
  { code: 'MAPPING', label: 'Kartläggning' },
  { code: 'READY', label: 'Väntar på plats' },
  { code: 'STUDY_VISIT', label: 'Studiebesök bokat' },
  { code: 'PLACED', label: 'I arbetsträning' },
  { code: 'EXITED', label: 'Avslutad' },
]);

/** Compensation types (the same codes and labels as the Compensation enum; a test keeps them in step). */
export const COMPENSATIONS = Object.freeze([
  { code: 'INCOME_SUPPORT', label: 'Försörjningsstöd' },
  { code: 'ACTIVITY_SUPPORT', label: 'Aktivitetsstöd' },
  { code: 'SICKNESS_BENEFIT', label: 'Sjukpenning' },
  { code: 'ACTIVITY_COMPENSATION', label: 'Aktivitetsersättning' },
  { code: 'NONE', label: 'Ingen ersättning' },
]);

/** How a stint ends (the same codes and labels as the ExitOutcome enum; a test keeps them in step). */
export const EXIT_OUTCOMES = Object.freeze([
  { code: 'WORK', label: 'Arbete' },
  { code: 'STUDIES', label: 'Studier' },
  { code: 'USUAL_EMPLOYER', label: 'Åter till ordinarie arbetsgivare' },
  { code: 'HANDED_OVER_TO_AF', label: 'Överlämnad till Arbetsförmedlingen' },
  { code: 'BACK_TO_CARE', label: 'Åter till vården' },
  { code: 'SOCIAL_PSYCHIATRY', label: 'Socialpsykiatrin' },
  { code: 'BELOW_AF_LEVEL', label: 'Nådde inte Arbetsförmedlingens nivå' },
  { code: 'OTHER', label: 'Annat (flytt, graviditet …)' },
]);

/** Where a stint stands (the same codes and labels as the StintStage enum; a test keeps them in step). */
export const STINT_STAGES = Object.freeze([
  { code: 'QUEUED', label: 'I remisskö' },
  { code: 'ADMITTED', label: 'Antagen, ej inskriven' },
  { code: 'MAPPING', label: 'Kartläggning' },
  { code: 'READY', label: 'Redo för placering' },
  { code: 'EXITED', label: 'Avslutad' },
]);

/**
 * How a placement can be ended by hand, as the end form offers it: work and studies are the
 * WORK_OR_STUDIES ending with its destination; with the stint, the stint's exit ends it.
 */
export const ENDINGS = Object.freeze([
  { code: 'WORK', label: 'Fortsatte till arbete' },
  { code: 'STUDIES', label: 'Fortsatte till studier' },
  { code: 'FAILED_TRIAL', label: 'Provotiden fortsatte inte' },
  { code: 'MOVED', label: 'Flyttad till en annan plats' },
  { code: 'HANDED_OVER_TO_AF', label: 'Överlämnad till Arbetsförmedlingen' },
]);

/** Roles (the same codes and labels as the Role enum; a test keeps them in step). */
export const ROLES = Object.freeze([
  { code: 'COORDINATOR', label: 'Samordnare' },
  { code: 'COACH', label: 'Personlig coach' },
  { code: 'MANAGEMENT', label: 'Ledning' },
  { code: 'ADMIN', label: 'Administratör' },
  { code: 'SUPERVISOR', label: 'Handledare' },
]);

/** Whether an account may sign in (the AccountStatus enum's codes; a test keeps them in step). */
export const ACCOUNT_STATUSES = Object.freeze([
  { code: 'INVITED', label: 'Inbjuden' },
  { code: 'ACTIVE', label: 'Aktiv' },
  { code: 'DISABLED', label: 'Avstängd' },
]);

/** What a coach's visit is for (the same codes and labels as the VisitKind enum; a test keeps them in step). */
export const VISIT_KINDS = Object.freeze([
  { code: 'WORKPLACE_FOLLOW_UP', label: 'Uppföljning på arbetsplatsen' },
  { code: 'TRIAL_FOLLOW_UP', label: 'Uppföljning under provtid' },
  { code: 'MAPPING_MEETING', label: 'Kartläggningssamtal' },
]);

/** Why a plan could not place a visit (the UnplannedReason enum; a test keeps them in step). */
export const UNPLANNED_REASONS = Object.freeze([
  { code: 'NO_COACH', label: 'Deltagaren har ingen coach' },
  { code: 'PARTICIPANT_NOT_THERE', label: 'Deltagaren är inte på plats någon tid i fönstret då en coach arbetar' },
  { code: 'NO_COACH_WORKING', label: 'Ingen coach arbetar under fönstret (frånvaro)' },
  { code: 'NO_FREE_TIME', label: 'Ingen ledig tid i fönstret: coacherna är upptagna' },
]);

/** A coach's queues, most urgent first (the QueueKind enum; a test keeps them in step). */
export const QUEUE_KINDS = Object.freeze([
  { code: 'FOLLOW_UP_OVERDUE', label: 'Uppföljning försenad' },
  { code: 'TIME_REQUESTED', label: 'Arbetsplatsen önskar annan tid' },
  { code: 'FOLLOW_UP_DUE', label: 'Uppföljning att göra' },
  { code: 'TRIAL_ENDING', label: 'Provtid slutar: beslut om förlängning' },
  { code: 'EXTENSION_DUE', label: 'Förlängning ska beslutas' },
  { code: 'YEAR_LIMIT_NEAR', label: 'Nära årsgränsen' },
  { code: 'NO_VISIT_PLANNED', label: 'Inget besök planerat' },
]);

/** Kinds of days away in a working calendar (the AbsenceKind enum; a test keeps them in step). */
export const ABSENCE_KINDS = Object.freeze([
  { code: 'SICK', label: 'Sjuk' },
  { code: 'VACATION', label: 'Semester' },
  { code: 'LEAVE', label: 'Ledig' },
  { code: 'COURSE', label: 'Utbildning' },
  { code: 'OTHER', label: 'Annat' },
]);

/** How a person travels (the TravelMode enum, in its order and with its Swedish labels). */
export const TRAVEL_MODES = Object.freeze([
  { code: 'WALK', label: 'Går' },
  { code: 'BIKE', label: 'Cyklar' },
  { code: 'PUBLIC_TRANSPORT', label: 'Kollektivtrafik' },
  { code: 'CAR', label: 'Bil' },
]);

/** Search orders. */
export const SORTS = Object.freeze([
  { code: 'RELEVANCE', label: 'Bäst matchning' },
  { code: 'DISTANCE', label: 'Närmast först (kräver ort)' },
  { code: 'AVAILABLE_FROM', label: 'Tidigast tillgänglig' },
  { code: 'UPDATED', label: 'Senast uppdaterad' },
  { code: 'TITLE', label: 'Titel A–Ö' },
]);

let vocabularies;
let sites;
let localities;

/** `{demands, support, accessibility, weekdays}`, each `[{code, label}]`. Never rejects. */
export function loadVocabularies() {
  vocabularies ??= api('/api/reference/vocabularies')
    .then((data) => ({
      demands: listOr(data?.demands, FALLBACK_VOCABULARIES.demands),
      support: listOr(data?.support, FALLBACK_VOCABULARIES.support),
      accessibility: listOr(data?.accessibility, FALLBACK_VOCABULARIES.accessibility),
      weekdays: listOr(data?.weekdays, FALLBACK_VOCABULARIES.weekdays),
    }))
    .catch(() => FALLBACK_VOCABULARIES);
  return vocabularies;
}

/** `[{id, name}]`, or an empty list when the sites cannot be read (callers then offer a text field). */
export function loadSites() {
  sites ??= api('/api/reference/sites')
    .then((data) => (Array.isArray(data) ? data.filter((s) => s && s.id) : []))
    .catch(() => []);
  return sites;
}

/**
 * The sites the signed-in person works at (from GET /api/me), `[{id, name}]` in the reference
 * data's order; a site whose name cannot be read is shown by its id. Empty when the person has
 * none or cannot be read; never rejects.
 */
export async function loadMySites() {
  const [person, all] = await Promise.all([loadMe().catch(() => null), loadSites()]);
  const mine = new Set(person?.sites ?? []);
  const named = all.filter((site) => mine.has(site.id));
  const unnamed = [...mine].filter((id) => !named.some((site) => site.id === id)).map((id) => ({ id, name: id }));
  return [...named, ...unnamed];
}

/** `[{name, municipality, lat, lon}]`, or an empty list when they cannot be read. */
export function loadLocalities() {
  localities ??= api('/api/reference/localities')
    .then((data) => (Array.isArray(data) ? data.filter((l) => l && l.name) : []))
    .catch(() => []);
  return localities;
}

/**
 * Occupations (SSYK 2012, four digits) whose code or name matches `q`: `[{code, name}]`, at most 20.
 * Rejects with ApiError (e.g. when the endpoint is missing) so the caller can say so.
 */
export async function searchOccupations(q, signal) {
  const data = await api('/api/reference/occupations', { query: { q }, signal });
  if (!Array.isArray(data)) {
    throw new ApiError(500, 'Yrkeslistan kunde inte läsas.');
  }
  // Accept {code, name} and {code, label}.
  return data.filter((o) => o && o.code).map((o) => ({ code: String(o.code), name: o.name ?? o.label ?? '' }));
}

/** The label of `code` in `list`, or the code itself. */
export function labelOf(list, code) {
  return list.find((term) => term.code === code)?.label ?? code;
}

/** The labels of the codes, in the vocabulary's order (a stable, familiar order for readers). */
export function labelsOf(list, codes) {
  const wanted = new Set(codes ?? []);
  const known = list.filter((term) => wanted.has(term.code)).map((term) => term.label);
  const unknown = [...wanted].filter((code) => !list.some((term) => term.code === code));
  return [...known, ...unknown];
}

/** "måndag" → "Måndag". */
export function capitalise(text) {
  return text ? text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1) : text;
}

/** "måndag" → "mån". */
export function shortDay(weekdays, code) {
  return labelOf(weekdays, code).slice(0, 3);
}

/** Finds a locality by name, ignoring case and Swedish diacritics. */
export function findLocality(list, name) {
  const wanted = fold(name);
  if (!wanted) {
    return undefined;
  }
  return list.find((l) => l.name.toLocaleLowerCase('sv-SE') === name.trim().toLocaleLowerCase('sv-SE'))
    ?? list.find((l) => fold(l.name) === wanted);
}

function fold(text) {
  return (text ?? '').trim().toLocaleLowerCase('sv-SE').normalize('NFD').replace(/\p{M}+/gu, '').replace(/\s+/g, ' ');
}

function listOr(value, fallback) {
  return Array.isArray(value) && value.length > 0 ? value : fallback;
}
