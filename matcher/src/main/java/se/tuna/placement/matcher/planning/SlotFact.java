package se.tuna.placement.matcher.planning;


/**
 * A training slot as the planner sees it: its seats still free, and who carries the load of
 * supervising there. Equal by id, so grouping by slot is cheap.
 */
public final class SlotFact {

    /** The key part of the supervisor a slot leaves unnamed; no name written in a slot looks like it. */
    static final String UNNAMED_SUPERVISOR = "\u0000unnamed";

    private final String id;
    private final String title;
    private final String employerId;
    private final String employerName;
    private final String supervisorKey;
    private final int freeSeats;
    private final int supervisorLoad;
    private final int employerLoad;
    private final EmployerTrackRecord trackRecord;

    /**
     * @param id             slot id
     * @param title          slot title, for explanations
     * @param employerId     employer
     * @param employerName   employer's name, for explanations
     * @param supervisorKey  who supervises (employer and supervisor name); {@code null} when not stated
     * @param freeSeats      seats neither booked nor held
     * @param supervisorLoad participants that supervisor already has (booked seats)
     * @param employerLoad   participants that employer already has
     * @param trackRecord    how earlier trials with this employer went
     */
    public SlotFact(String id, String title, String employerId, String employerName, String supervisorKey, int freeSeats,
            int supervisorLoad, int employerLoad, EmployerTrackRecord trackRecord) {
        this.id = id;
        this.title = title;
        this.employerId = employerId;
        this.employerName = employerName;
        // Unknown is never better than known: a slot that names no supervisor is charged as if one person
        // supervised every participant the employer has, never less than a named supervisor with none.
        this.supervisorKey = supervisorKey != null ? supervisorKey : employerId + "/" + UNNAMED_SUPERVISOR;
        this.freeSeats = freeSeats;
        this.supervisorLoad = supervisorKey != null ? supervisorLoad : Math.max(supervisorLoad, employerLoad);
        this.employerLoad = employerLoad;
        this.trackRecord = trackRecord == null ? EmployerTrackRecord.NONE : trackRecord;
    }

    /** The same slot with {@code seats} free, e.g. as they are now. */
    public SlotFact withFreeSeats(int seats) {
        return new SlotFact(id, title, employerId, employerName, supervisorKey, seats, supervisorLoad, employerLoad, trackRecord);
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String employerId() {
        return employerId;
    }

    public String employerName() {
        return employerName;
    }

    /** Who supervises: the employer and the supervisor's name, or the employer's unnamed supervisor; never null. */
    public String supervisorKey() {
        return supervisorKey;
    }

    /** Whether the slot names its supervisor; if not, {@link #supervisorKey} is the employer's unnamed one. */
    public boolean supervisorNamed() {
        return !supervisorKey.endsWith("/" + UNNAMED_SUPERVISOR);
    }

    public int freeSeats() {
        return freeSeats;
    }

    public int supervisorLoad() {
        return supervisorLoad;
    }

    public int employerLoad() {
        return employerLoad;
    }

    public EmployerTrackRecord trackRecord() {
        return trackRecord;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlotFact slot && slot.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Slot " + id + " (" + title + ")";
    }
}
