package se.tuna.placement.participants.participant;

/** Gender (kön), recorded for the programme's statistics only; never used in matching. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER,
    UNSTATED
}
