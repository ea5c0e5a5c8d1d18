package se.tuna.placement.participants.travel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.domain.Coordinates;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.participants.participant.TravelMode;

/**
 * The table of expected door-to-door trips in the region, with the reasoning for each; the same table is in
 * {@code docs/matching.md}. The estimator must give each trip within its range.
 */
class StraightLineTravelTimesTest {

    private static final StraightLineTravelTimes TRAVEL =
            StraightLineTravelTimes.ofRegion(ReferenceData.loadFromClasspath().railStations());

    private static final Coordinates ESKILSTUNA = new Coordinates(59.3712, 16.5101);
    private static final Coordinates STRANGNAS = new Coordinates(59.3774, 17.0312);
    private static final Coordinates MARIEFRED = new Coordinates(59.2596, 17.2230);
    private static final Coordinates TORSHALLA = new Coordinates(59.4192, 16.4749);
    private static final Coordinates KVICKSUND = new Coordinates(59.4510, 16.3213);
    private static final Coordinates AKERS_STYCKEBRUK = new Coordinates(59.2564, 17.1080);
    private static final Coordinates HALLBYBRUNN = new Coordinates(59.3915, 16.4223);
    private static final Coordinates STALLARHOLMEN = new Coordinates(59.3613, 17.2071);

    record Trip(String name, Coordinates from, Coordinates to, TravelMode mode, int fewest, int most, String why) {
    }

    static final List<Trip> EXPECTED = List.of(
            new Trip("Eskilstuna–Strängnäs", ESKILSTUNA, STRANGNAS, TravelMode.CAR, 30, 35,
                    "about 40 km, most of it on the E20 motorway at 110–120 km/h, town streets at both ends"),
            new Trip("Eskilstuna–Mariefred", ESKILSTUNA, MARIEFRED, TravelMode.CAR, 38, 48,
                    "E20 to the Läggesta exit, then a few km of main road"),
            new Trip("Strängnäs–Stallarholmen", STRANGNAS, STALLARHOLMEN, TravelMode.CAR, 15, 22,
                    "about 13 km of country road"),
            new Trip("Eskilstuna–Strängnäs", ESKILSTUNA, STRANGNAS, TravelMode.PUBLIC_TRANSPORT, 50, 65,
                    "walk to Eskilstuna C, a train every 30 minutes, 23 minutes' ride, a walk into Strängnäs"),
            new Trip("Strängnäs–Mariefred", STRANGNAS, MARIEFRED, TravelMode.PUBLIC_TRANSPORT, 38, 48,
                    "the bus along road 223 (about 30 minutes' ride) beats the train via Läggesta and its feeder"),
            new Trip("Eskilstuna–Torshälla", ESKILSTUNA, TORSHALLA, TravelMode.PUBLIC_TRANSPORT, 25, 35,
                    "town bus, about 15–20 minutes' ride"),
            new Trip("Eskilstuna–Hällbybrunn", ESKILSTUNA, HALLBYBRUNN, TravelMode.PUBLIC_TRANSPORT, 25, 35,
                    "town bus, about 15 minutes' ride"),
            new Trip("Eskilstuna–Kvicksund", ESKILSTUNA, KVICKSUND, TravelMode.PUBLIC_TRANSPORT, 35, 45,
                    "the bus; the hourly train to Kvicksund loses half an hour waiting"),
            new Trip("Eskilstuna–Åkers styckebruk", ESKILSTUNA, AKERS_STYCKEBRUK, TravelMode.PUBLIC_TRANSPORT, 55, 70,
                    "Svealandsbanan about 28 minutes, a train every 30 minutes, walks at both ends"));

    @Test
    void everyTripOfTheTableTakesWhatPeopleHereWouldSay() {
        for (Trip trip : EXPECTED) {
            int minutes = TRAVEL.minutes(trip.from(), trip.to(), trip.mode()).orElseThrow();
            assertThat(minutes).as(trip.name() + " by " + trip.mode() + ": " + trip.why()).isBetween(trip.fewest(), trip.most());
        }
    }

    @Test
    void publicTransportDoesNotJumpAtAKilometre() {
        Coordinates start = ESKILSTUNA;
        int before = TRAVEL.minutes(start, new Coordinates(start.lat() + 0.95 / 111.2, start.lon()), TravelMode.PUBLIC_TRANSPORT)
                .orElseThrow();
        int after = TRAVEL.minutes(start, new Coordinates(start.lat() + 1.05 / 111.2, start.lon()), TravelMode.PUBLIC_TRANSPORT)
                .orElseThrow();

        assertThat(after - before).isBetween(0, 2);
    }

    @Test
    void theSearchReachIsNeverShorterThanATripWithinTheLimit() {
        for (Trip trip : EXPECTED) {
            int minutes = TRAVEL.minutes(trip.from(), trip.to(), trip.mode()).orElseThrow();
            assertThat(TRAVEL.reachKm(trip.mode(), minutes)).as(trip.name()).isGreaterThanOrEqualTo(trip.from().distanceKm(trip.to()));
        }
    }
}
