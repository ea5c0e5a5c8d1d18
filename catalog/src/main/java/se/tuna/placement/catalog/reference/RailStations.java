package se.tuna.placement.catalog.reference;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Trafikverket's railway locations (driftplatser) around Eskilstuna and Strängnäs (lat 59.10–59.55,
 * lon 15.95–17.50), looked up by their location signature (platssignatur).
 *
 * <p>The passenger stations the matcher cares about are Eskilstuna C ({@code "Et"}), Strängnäs
 * ({@code "Sgs"}), Läggesta ({@code "Lg"}) and Åkers styckebruk ({@code "Åks"}); Kvicksund has two
 * points ({@code "Ksu"}, {@code "Ksus"}) and Torshälla has none. The list also holds operational points
 * with no passenger service (Folkesta, Skanlog, VME, Barva, Kjula …): the source has no flag that tells
 * them apart.
 *
 * <p>Immutable; load it once through {@link ReferenceData#loadFromClasspath()}.
 */
public final class RailStations {

    private final List<RailStation> stations;
    private final Map<String, RailStation> bySignature;

    private RailStations(List<RailStation> stations) {
        Map<String, RailStation> byKey = new HashMap<>();
        for (RailStation station : stations) {
            if (byKey.put(key(station.signature()), station) != null) {
                throw new IllegalStateException("Location signature " + station.signature() + " appears twice");
            }
        }
        this.stations = List.copyOf(stations);
        this.bySignature = Map.copyOf(byKey);
    }

    static RailStations load() {
        return new RailStations(ReferenceCsv.read("trafikverket_rail_locations_eskilstuna_strangnas_area.csv",
                row -> new RailStation(
                        ReferenceCsv.required(row, "location_signature"),
                        ReferenceCsv.required(row, "name"),
                        Double.parseDouble(ReferenceCsv.required(row, "lat")),
                        Double.parseDouble(ReferenceCsv.required(row, "lon")))));
    }

    /** The location with that signature, ignoring case: {@code "Sgs"} or {@code "SGS"} → Strängnäs. */
    public Optional<RailStation> bySignature(String signature) {
        return signature == null ? Optional.empty() : Optional.ofNullable(bySignature.get(key(signature)));
    }

    /** All locations, in the source's order. */
    public List<RailStation> all() {
        return stations;
    }

    private static String key(String signature) {
        return signature.strip().toLowerCase(Locale.ROOT);
    }
}
