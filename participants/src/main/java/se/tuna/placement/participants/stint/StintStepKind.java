package se.tuna.placement.participants.stint;

/** The kinds of step a stint takes, as the API names them and the index stores them. */
public enum StintStepKind {
    /** Remiss mottagen: referred, in the referral queue. */
    QUEUE,
    /** Antagen av remissgruppen. */
    ADMIT,
    /** Inskriven, with consent given or declined. */
    ENROL,
    /** Ersättningsform satt eller ändrad. */
    COMPENSATION,
    /** Redo för placering. */
    READY,
    /** Åter till kartläggning. */
    BACK_TO_MAPPING,
    /** Avslutad, with an outcome. */
    EXIT,
    /** Rättelse: the last step in force taken back. */
    CORRECT
}
