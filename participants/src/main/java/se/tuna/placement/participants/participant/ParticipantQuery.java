package se.tuna.placement.participants.participant;

import java.util.Set;

/**
 * Which participants a list shows: those of any of {@code sites}, among {@code ids}, in
 * {@code phase}. A part left {@code null} lets all through; an empty set lets none through, so a
 * person who may see no participant gets an empty list, never everyone.
 *
 * @param sites the sites, or {@code null} for every site
 * @param ids   the participants' ids, or {@code null} for any
 * @param phase the phase, or {@code null} for any
 */
public record ParticipantQuery(Set<String> sites, Set<String> ids, Phase phase) {

    public ParticipantQuery {
        sites = sites == null ? null : Set.copyOf(sites);
        ids = ids == null ? null : Set.copyOf(ids);
    }

    /** Participants of one site (every site when {@code null}) in one phase (any when {@code null}). */
    public static ParticipantQuery of(String site, Phase phase) {
        return new ParticipantQuery(site == null ? null : Set.of(site), null, phase);
    }
}
