package se.tuna.placement.matcher.fit;

/** How a slot's occupation relates to what the participant aims for or has done. */
public enum OccupationMatch {
    /** The very occupation they aim for (målyrke). */
    GOAL,
    /** An occupation in the same SSYK group as one they aim for. */
    GOAL_GROUP,
    /** An occupation they have worked in (arbetslivserfarenhet). */
    EXPERIENCE,
    /** Related to an occupation they aim for or have worked in (JobTech's substitutability). */
    RELATED,
    /** None of the above. */
    NONE,
    /** The participant has no goal or experience recorded: it cannot be told. */
    UNKNOWN
}
