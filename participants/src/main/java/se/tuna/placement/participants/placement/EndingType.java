package se.tuna.placement.participants.placement;

import java.time.LocalDate;
import java.util.Arrays;

import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.participants.placement.path.Ending;

/**
 * The kinds of {@link Ending} by name, as stored and as the API takes them: an ending's name and
 * its few values, made into the ending and back. One place, so storage and the API never disagree.
 */
public enum EndingType {
    /** Fortsatte till arbete eller studier. */
    WORK_OR_STUDIES(Ending.WorkOrStudies.class),
    /** Ingen provotid efter studiebesöket (only the answer ends a placement this way). */
    NO_TRIAL(Ending.NoTrial.class),
    /** Provotiden fortsatte inte. */
    FAILED_TRIAL(Ending.FailedTrial.class),
    /** Flyttad till en annan plats. */
    MOVED(Ending.Moved.class),
    /** Överlämnad till Arbetsförmedlingen. */
    HANDED_OVER_TO_AF(Ending.HandedOverToAf.class),
    /** Avslutad med inskrivningen. */
    WITH_STINT(Ending.WithStint.class);

    private final Class<? extends Ending> type;

    EndingType(Class<? extends Ending> type) {
        this.type = type;
    }

    public static EndingType of(Ending ending) {
        return Arrays.stream(values()).filter(value -> value.type.isInstance(ending)).findFirst().orElseThrow();
    }

    /** The ending of this type with the values it takes; the others are ignored. */
    public Ending with(String destination, String reason, LocalDate until) {
        return switch (this) {
            case WORK_OR_STUDIES -> new Ending.WorkOrStudies(destination(destination));
            case NO_TRIAL -> new Ending.NoTrial(reason);
            case FAILED_TRIAL -> new Ending.FailedTrial(reason);
            case MOVED -> new Ending.Moved();
            case HANDED_OVER_TO_AF -> new Ending.HandedOverToAf(until);
            case WITH_STINT -> new Ending.WithStint();
        };
    }

    /** Its destination (work or studies), its reason and its last day of AF's period, whichever it has. */
    public static String destinationOf(Ending ending) {
        return ending instanceof Ending.WorkOrStudies work && work.destination() != null ? work.destination().name() : null;
    }

    public static String reasonOf(Ending ending) {
        if (ending instanceof Ending.FailedTrial failed) {
            return failed.reason();
        }
        return ending instanceof Ending.NoTrial noTrial ? noTrial.reason() : null;
    }

    public static LocalDate untilOf(Ending ending) {
        return ending instanceof Ending.HandedOverToAf handedOver ? handedOver.until() : null;
    }

    private static Ending.Destination destination(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Ending.Destination.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("ending.destination", "must be WORK or STUDIES");
        }
    }
}
