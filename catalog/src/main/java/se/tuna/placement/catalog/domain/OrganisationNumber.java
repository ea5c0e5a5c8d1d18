package se.tuna.placement.catalog.domain;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Swedish organisation number (organisationsnummer), kept in its canonical form
 * {@code NNNNNN-NNNN}. The last digit is a Luhn check digit over the first nine, as for
 * personal identity numbers; the third digit is at least 2 for legal persons, but sole traders
 * use their personal identity number, so that rule is not enforced.
 *
 * @param value the canonical form
 */
public record OrganisationNumber(String value) {

    private static final Pattern ACCEPTED = Pattern.compile("(16)?(\\d{6})-?(\\d{4})");

    /** Parses {@code 5560360793}, {@code 556036-0793} or {@code 16556036-0793}; empty if invalid. */
    public static Optional<OrganisationNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        var matcher = ACCEPTED.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(2) + matcher.group(3);
        return luhnValid(digits)
                ? Optional.of(new OrganisationNumber(matcher.group(2) + "-" + matcher.group(3)))
                : Optional.empty();
    }

    static boolean luhnValid(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(i) - '0';
            // Counted from the left on a 10-digit number, every other digit from the first is doubled.
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
