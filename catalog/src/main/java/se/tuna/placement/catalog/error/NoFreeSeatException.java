package se.tuna.placement.catalog.error;

/** Every seat of the slot is held or booked. */
public class NoFreeSeatException extends ConflictException {

    public NoFreeSeatException(String slotId) {
        super("The training slot " + slotId + " has no free seat");
    }
}
