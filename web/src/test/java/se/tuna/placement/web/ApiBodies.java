package se.tuna.placement.web;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import se.tuna.placement.catalog.CatalogFixtures;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Valid request bodies of the API, as a coordinator sends them, with fresh ids so tests never collide. */
public final class ApiBodies {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiBodies() {
    }

    /** An employer of Eskilstuna and Strängnäs with a fresh organisation number. */
    public static ObjectNode employer(String name) {
        return (ObjectNode) JSON.readTree("""
                {"name": "%s", "organisationNumber": "%s", "sector": "PRIVATE", "industryCode": "52100",
                 "address": {"street": "Lagervägen 2", "postalCode": "632 29", "locality": "Eskilstuna"},
                 "sites": ["eskilstuna", "strangnas"]}
                """.formatted(name, CatalogFixtures.freshOrganisationNumber()));
    }

    /** A warehouse slot in Eskilstuna, mornings Monday to Wednesday. */
    public static ObjectNode slot(String title, List<String> demands, int seats) {
        ObjectNode slot = (ObjectNode) JSON.readTree("""
                {"title": "%s", "tasks": "Plockning och packning av order på lagret.", "occupationCode": "4322",
                 "locality": "Eskilstuna", "coordinates": {"lat": 59.372, "lon": 16.512},
                 "hours": {"min": 4, "max": 12},
                 "schedule": [{"day": "MONDAY", "start": "08:00", "end": "12:00"},
                              {"day": "TUESDAY", "start": "08:00", "end": "12:00"},
                              {"day": "WEDNESDAY", "start": "08:00", "end": "12:00"}],
                 "seats": %d, "availableFrom": "2026-01-01", "heaviestLiftKg": 5,
                 "support": ["EXPERIENCED_SUPERVISOR"], "supervisor": "Per Holm"}
                """.formatted(title, seats));
        slot.set("demands", JSON.valueToTree(demands));
        return slot;
    }

    /** A participant of {@code site}, ready for a place, who fits {@link #slot}. */
    public static ObjectNode participant(String id, String site, List<String> limitations) {
        ObjectNode participant = (ObjectNode) JSON.readTree("""
                {"id": "%s", "site": "%s", "birthYear": 1990, "gender": "UNSTATED", "homeLocality": "Eskilstuna",
                 "home": {"lat": 59.3712, "lon": 16.5098}, "travelMode": "BIKE", "maxTravelMinutes": 30,
                 "hours": {"min": 4, "max": 10},
                 "availability": [{"day": "MONDAY", "start": "08:00", "end": "12:00"},
                                  {"day": "TUESDAY", "start": "08:00", "end": "12:00"},
                                  {"day": "WEDNESDAY", "start": "08:00", "end": "12:00"}],
                 "maxHoursPerDay": 4, "goalOccupations": ["4322"], "interests": "Tycker om att plocka och sortera",
                 "phase": "READY", "readySince": "2026-10-01",
                 "enrolment": {"enrolledOn": "2026-10-01", "consent": "GIVEN", "compensation": "SICKNESS_BENEFIT"}}
                """.formatted(id, site));
        participant.set("limitations", JSON.valueToTree(limitations));
        return participant;
    }

    /** The participant enrolled on {@code day} and ready for a place from the same day. */
    public static ObjectNode enrolledAndReadyOn(ObjectNode participant, java.time.LocalDate day) {
        participant.put("readySince", day.toString());
        ((ObjectNode) participant.get("enrolment")).put("enrolledOn", day.toString());
        return participant;
    }

    /** A pseudonymous participant id nobody has used. */
    public static String freshParticipantId() {
        return "D-" + Long.toString(ThreadLocalRandom.current().nextLong(60_466_176L, 2_176_782_335L), 36).toUpperCase();
    }
}
