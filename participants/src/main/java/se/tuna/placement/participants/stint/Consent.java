package se.tuna.placement.participants.stint;

/**
 * The participant's answer at enrolment (samtycke) to their data being kept here. Given, a
 * profile may be stored; declined, the stint is kept only as an anonymous statistics record.
 */
public enum Consent {
    GIVEN,
    DECLINED
}
