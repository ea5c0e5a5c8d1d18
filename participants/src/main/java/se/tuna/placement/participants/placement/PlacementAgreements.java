package se.tuna.placement.participants.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.shared.CommonRules;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.placement.PlacementAgreement.SharedFirstName;
import se.tuna.placement.participants.placement.path.WeeklyTerms;

/**
 * What coordinators agree with employers for each placement, and what an employer sees of the
 * placements at their workplace. A first name is stored only with the participant's consent,
 * recorded with who recorded it and when.
 */
public class PlacementAgreements {

    /** A first name, possibly double (Anna-Karin, Ann Marie): letters, one space or hyphen between parts. */
    private static final Pattern FIRST_NAME = Pattern.compile("\\p{L}+(?:[ '\\-]\\p{L}+)?");
    private static final int LONGEST_FIRST_NAME = 40;
    private static final int MAX_ATTEMPTS = 10;

    private final PlacementRepository placements;
    private final Clock clock;

    public PlacementAgreements(PlacementRepository placements, Clock clock) {
        this.placements = placements;
        this.clock = clock;
    }

    public Placement get(String placementId) {
        return placements.find(placementId).orElseThrow(() -> new NotFoundException("placement", placementId));
    }

    /**
     * The placements going on at an employer, newest first: those ended or taken back stay in the
     * history (and the employer's trial record) but are no longer at the workplace.
     */
    public List<Placement> atEmployer(String employerId) {
        return placements.atEmployer(employerId).stream().filter(placement -> placement.path().stage().isActive()).toList();
    }

    /** Records (or replaces) what was agreed for a placement. */
    public Placement agree(String placementId, AgreementDraft draft, String agreedBy) {
        List<FieldViolation> violations = check(draft);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        Instant now = clock.instant();
        SharedFirstName name = draft.firstName() == null || draft.firstName().isBlank() ? null
                : new SharedFirstName(draft.firstName().strip(), agreedBy, now);
        PlacementAgreement agreement = new PlacementAgreement(draft.start(), draft.weeklyHours(), draft.schedule(), draft.support(),
                name, agreedBy, now);
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            Versioned<Placement> read = placements.findVersioned(placementId)
                    .orElseThrow(() -> new NotFoundException("placement", placementId));
            Placement agreed = read.value().withAgreement(agreement);
            try {
                placements.replace(agreed, read);
                return agreed;
            } catch (VersionConflictException changedMeanwhile) {
                // The seat was booked at the same moment: read again and record the agreement on that.
            }
        }
        throw new ConflictException("The placement is being changed by others; try again");
    }

    /** The agreed placement as its employer may see it, if it is at that employer. */
    public Optional<Placement> atEmployer(String employerId, String placementId) {
        return placements.find(placementId).filter(placement -> placement.employerId().equals(employerId));
    }

    private static List<FieldViolation> check(AgreementDraft draft) {
        List<FieldViolation> violations = new ArrayList<>();
        if (draft.start() == null) {
            violations.add(new FieldViolation("start", "is required"));
        }
        CommonRules.checkDate(violations, "start", draft.start());
        // The same terms as a trial's or an extension's, checked the same way.
        violations.addAll(new WeeklyTerms(draft.weeklyHours(), draft.schedule(), draft.support()).violations());
        String name = draft.firstName();
        if (name != null && !name.isBlank()) {
            if (!draft.firstNameConsent()) {
                violations.add(new FieldViolation("firstNameConsent", "the participant must agree before their first name is shared"));
            }
            if (name.strip().length() > LONGEST_FIRST_NAME || !FIRST_NAME.matcher(name.strip()).matches()) {
                violations.add(new FieldViolation("firstName", "must be a first name only, in letters"));
            }
        }
        return violations;
    }
}
