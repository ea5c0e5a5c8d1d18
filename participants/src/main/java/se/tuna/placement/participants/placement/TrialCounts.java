package se.tuna.placement.participants.placement;

import static se.tuna.placement.catalog.store.ElasticsearchCalls.call;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.IndexDefinition;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.placement.path.TrialOutcome;

/**
 * The employers' trial counts that outlive the placements they came from: when a participant's
 * data is anonymised, their placements' trial outcomes are added here, one document per employer
 * with counts only, and the placements are deleted. {@link TrialRecords} adds these to the
 * outcomes of the placements still kept.
 *
 * <p>Folding a placement in is safe to repeat after a crash: its id is noted in the employer's
 * document in the same write that counts it ({@code folding}), the placement is deleted, and the
 * note is then removed; a retry that finds the note counts nothing twice.
 */
public class TrialCounts {

    public static final IndexDefinition TRIAL_COUNTS = new IndexDefinition("trial-counts", 1, "elasticsearch/trial-counts-v1.json");
    private static final int MAX_ATTEMPTS = 20;

    /** One employer's counts as stored, with the placements being folded in. */
    public record CountsDocument(String employerId, int ended, int continued, Set<String> folding) {
        public CountsDocument {
            folding = folding == null ? Set.of() : Set.copyOf(folding);
        }
    }

    private final ElasticsearchClient client;
    private final String index;
    private final PlacementRepository placements;

    public TrialCounts(ElasticsearchClient client, IndexNames names, PlacementRepository placements) {
        this.client = client;
        this.index = names.alias(TRIAL_COUNTS);
        this.placements = placements;
    }

    /** The stored counts of these employers, by employer id; one with none is left out. */
    public Map<String, TrialRecord> of(Collection<String> employerIds) {
        if (employerIds.isEmpty()) {
            return Map.of();
        }
        var response = call(() -> client.mget(m -> m.index(index).ids(List.copyOf(employerIds)), CountsDocument.class));
        return response.docs().stream().filter(doc -> doc.isResult() && doc.result().found())
                .map(doc -> doc.result().source())
                .collect(Collectors.toMap(CountsDocument::employerId, counts -> new TrialRecord(counts.ended(), counts.continued())));
    }

    /** Adds the placement's trial outcome (if it has one) to its employer's counts, then deletes the placement. */
    public void foldInAndDelete(Placement placement) {
        Optional<TrialOutcome> outcome = placement.path().trialOutcome();
        if (outcome.isPresent()) {
            update(placement.employerId(), counts -> counts.folding().contains(placement.id()) ? counts
                    : new CountsDocument(counts.employerId(), counts.ended() + 1,
                            counts.continued() + (outcome.get() == TrialOutcome.CONTINUED ? 1 : 0), with(counts.folding(), placement.id())));
        }
        placements.delete(placement.id());
        if (outcome.isPresent()) {
            update(placement.employerId(), counts -> new CountsDocument(counts.employerId(), counts.ended(), counts.continued(),
                    without(counts.folding(), placement.id())));
        }
    }

    private void update(String employerId, UnaryOperator<CountsDocument> change) {
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Optional<Versioned<CountsDocument>> read = find(employerId);
            CountsDocument before = read.map(Versioned::value).orElse(new CountsDocument(employerId, 0, 0, Set.of()));
            CountsDocument after = change.apply(before);
            if (after.equals(before) && read.isPresent()) {
                return;
            }
            try {
                if (read.isEmpty()) {
                    call(() -> client.create(c -> c.index(index).requireAlias(true).id(employerId).document(after).refresh(Refresh.True)));
                } else {
                    call(() -> client.index(i -> i.index(index).requireAlias(true).id(employerId).document(after)
                            .ifSeqNo(read.get().seqNo()).ifPrimaryTerm(read.get().primaryTerm()).refresh(Refresh.True)));
                }
                return;
            } catch (VersionConflictException changedMeanwhile) {
                // Another fold at the same employer: read again and apply the change to what it stored.
            }
        }
        throw new IllegalStateException("The trial counts of employer " + employerId + " kept changing; try again");
    }

    private Optional<Versioned<CountsDocument>> find(String employerId) {
        var response = call(() -> client.get(g -> g.index(index).id(employerId), CountsDocument.class));
        return response.found() && response.source() != null
                ? Optional.of(new Versioned<>(response.source(), response.seqNo(), response.primaryTerm())) : Optional.empty();
    }

    private static Set<String> with(Set<String> ids, String id) {
        Set<String> more = new HashSet<>(ids);
        more.add(id);
        return more;
    }

    private static Set<String> without(Set<String> ids, String id) {
        Set<String> fewer = new HashSet<>(ids);
        fewer.remove(id);
        return fewer;
    }
}
