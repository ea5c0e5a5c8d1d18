package se.tuna.placement.catalog.importer;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.reference.Localities;
import se.tuna.placement.catalog.reference.Locality;

/**
 * What an imported slot is known by, so that importing it again finds it: its employer's organisation number
 * and the employer's own reference for it, or without one its title and locality (ignoring case, spacing and
 * how the locality is spelt).
 *
 * @param importKey stored with the slot, e.g. {@code 556036-0793:lagerarbete|eskilstuna}
 * @param id        the slot's id, derived from the key
 */
record SlotKey(String importKey, String id) {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    static SlotKey of(OrganisationNumber number, String reference, String title, String locality, Localities localities) {
        String key;
        if (reference != null && !reference.isBlank()) {
            key = reference.strip();
        } else if (title == null || title.isBlank()) {
            return null;
        } else {
            String place = locality == null ? "" : localities.find(locality).map(Locality::name).orElse(locality);
            key = normalised(title) + "|" + normalised(place);
        }
        return new SlotKey(number.value() + ":" + key, idFor(number, key));
    }

    static String idFor(OrganisationNumber number, String key) {
        return UUID.nameUUIDFromBytes(("slot:" + number.value() + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static String normalised(String text) {
        return WHITESPACE.matcher(text.strip()).replaceAll(" ").toLowerCase(SWEDISH);
    }
}
