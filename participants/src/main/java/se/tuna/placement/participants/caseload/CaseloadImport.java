package se.tuna.placement.participants.caseload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.tuna.placement.catalog.booking.SeatBooking;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.error.ConflictException;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.error.NotFoundException;
import se.tuna.placement.catalog.importer.ImportMode;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.catalog.store.Versioned;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.ParticipantRules;
import se.tuna.placement.participants.placement.DecidedBy;
import se.tuna.placement.participants.placement.Placement;
import se.tuna.placement.participants.placement.PlacementRepository;
import se.tuna.placement.participants.placement.PlacementSeats;
import se.tuna.placement.participants.placement.PlacementService;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintLengths;
import se.tuna.placement.participants.stint.StintRepository;

/**
 * Imports a site's current caseload when it goes live ({@code docs/import-format.md}, "The
 * caseload"): per row, a participant's current stint with its steps back-dated, and their
 * placement under way with its seat. Each row is made through the domain's own steps
 * ({@link CaseloadHistory}), so a row the rules refuse is reported and nothing of it is written.
 *
 * <p>Idempotent: a participant whose current stint is stored is not written again; the row is
 * unchanged when it describes that stint (and placement), and refused when it describes another,
 * which is changed through its steps. A row is written seat first (claimed through
 * {@link SeatBooking} under the placement's id, so claiming again takes nothing twice; a full slot
 * refuses the row), then the placement, then the stint, which marks the row done: an import cut
 * short is completed by importing the file again. Profiles are not imported: each is registered
 * afterwards under the stint's consent ({@code StintService.registerProfile}).
 */
public class CaseloadImport {

    private static final Logger LOG = LoggerFactory.getLogger(CaseloadImport.class);

    private final StintRepository stints;
    private final PlacementRepository placements;
    private final SlotService slots;
    private final SeatBooking booking;
    private final ParticipantRules rules;
    private final StintLengths lengths;
    private final Coaching coaching;
    private final Clock clock;

    public CaseloadImport(StintRepository stints, PlacementRepository placements, SlotService slots, SeatBooking booking,
            ParticipantRules rules, StintLengths lengths, Coaching coaching, Clock clock) {
        this.coaching = coaching;
        this.stints = stints;
        this.placements = placements;
        this.slots = slots;
        this.booking = booking;
        this.rules = rules;
        this.lengths = lengths;
        this.clock = clock;
    }

    /**
     * Imports the rows read from a file ({@link CaseloadFile#read}), recorded by {@code by}; a row's
     * coach is the account {@code coachAccounts} gives for the e-mail address in its coach column.
     */
    public CaseloadReport importFile(CaseloadFile file, ImportMode mode, DecidedBy by, Map<String, String> coachAccounts) {
        LocalDate today = LocalDate.now(clock.withZone(ParticipantRules.PROGRAMME_ZONE));
        List<RowError> errors = new ArrayList<>(file.errors());
        List<String> written = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        int unchanged = 0;
        for (CaseloadRow row : file.rows()) {
            try {
                if (row.participantId() != null && !seen.add(row.participantId())) {
                    throw refused(row, CaseloadColumn.PARTICIPANT_ID, "is on an earlier row too: one row per participant");
                }
                requireValidReferral(row);
                String coach = coachOf(row, coachAccounts);
                CaseloadHistory history = CaseloadHistory.of(row, slotOf(row), lengths, today, by);
                Optional<Versioned<Stint>> stored = stints.find(history.stint().id());
                if (stored.isPresent()) {
                    requireSame(row, stored.get().value(), history);
                    unchanged++;
                    continue;
                }
                if (mode == ImportMode.STORE) {
                    store(row, history, coach, by);
                    written.add(row.participantId());
                } else if (history.placement() != null) {
                    seatOrRefuse(row, () -> booking.requireBookable(history.placement().slotId(), history.placement().id()));
                }
                created++;
            } catch (CaseloadHistory.Refused refused) {
                errors.addAll(refused.errors());
            }
        }
        errors.sort(Comparator.comparingInt(RowError::row));
        LOG.info("Caseload import ({}): {} rows, {} created, {} unchanged, {} refused", mode, file.rowsRead(), created, unchanged,
                errors.stream().map(RowError::row).distinct().count());
        return new CaseloadReport(mode, file.rowsRead(), created, unchanged, errors, file.ignored(), written);
    }

    private void store(CaseloadRow row, CaseloadHistory history, String coach, DecidedBy by) {
        if (history.placement() != null) {
            Placement[] seated = new Placement[1];
            seatOrRefuse(row, () -> seated[0] = PlacementSeats.seated(booking, history.placement()));
            placements.replace(seated[0]);
        }
        // Before the stint, which marks the row done: an import cut short gives the coach when completed.
        if (coach != null && history.stint().participantId() != null) {
            coaching.assignFirstAt(row.participantId(), row.site(), coach, history.stint().enrolledOn().orElseThrow(),
                    by.accountId(), CaseloadColumn.COACH.header());
        }
        try {
            stints.create(history.stint());
        } catch (VersionConflictException importedAtTheSameMoment) {
            throw refused(row, CaseloadColumn.PARTICIPANT_ID, "was imported by someone else at the same moment");
        }
    }

    /** The coach's account, checked to be a coach at the row's site; none when the column is empty. */
    private String coachOf(CaseloadRow row, Map<String, String> coachAccounts) {
        if (row.coach() == null) {
            return null;
        }
        String account = coachAccounts.get(row.coach().strip().toLowerCase(Locale.ROOT));
        if (account == null) {
            throw refused(row, CaseloadColumn.COACH, "is not the e-mail address of an active personal coach here");
        }
        try {
            coaching.requireCoachAt(CaseloadColumn.COACH.header(), account, row.site());
        } catch (InvalidInputException notHere) {
            throw refused(row, CaseloadColumn.COACH, "is not a personal coach at the site " + row.site());
        }
        return account;
    }

    private void seatOrRefuse(CaseloadRow row, Runnable claim) {
        try {
            claim.run();
        } catch (ConflictException noSeat) {
            throw refused(row, CaseloadColumn.SLOT_ID, noSeat.getMessage());
        }
    }

    private void requireValidReferral(CaseloadRow row) {
        List<FieldViolation> violations = row.participantId() == null || row.site() == null ? List.of()
                : rules.checkReferral(row.participantId(), row.site());
        if (!violations.isEmpty()) {
            throw new CaseloadHistory.Refused(violations.stream().map(violation -> new RowError(row.line(),
                    violation.field().equals("site") ? CaseloadColumn.SITE.header() : CaseloadColumn.PARTICIPANT_ID.header(),
                    violation.reason())).toList());
        }
    }

    private TrainingSlot slotOf(CaseloadRow row) {
        if (!row.placed()) {
            return null;
        }
        TrainingSlot slot;
        try {
            slot = slots.get(row.slotId()).slot();
        } catch (NotFoundException unknown) {
            throw refused(row, CaseloadColumn.SLOT_ID, "is no slot in the placement bank");
        }
        if (row.site() != null && !slot.sites().contains(row.site())) {
            throw refused(row, CaseloadColumn.SLOT_ID, "is not a slot of the site " + row.site());
        }
        return slot;
    }

    /** The row describes the stint (and placement) stored: the same stage, days, consent, compensation and slot. */
    private void requireSame(CaseloadRow row, Stint stored, CaseloadHistory imported) {
        Optional<Placement> placement = imported.stint().participantId() == null ? Optional.empty()
                : placements.find(PlacementService.idFor(row.participantId())).filter(current -> current.path().stage().isActive());
        boolean same = summary(stored).equals(summary(imported.stint()))
                && Objects.equals(placement.map(CaseloadImport::summary), Optional.ofNullable(imported.placement()).map(CaseloadImport::summary));
        if (!same) {
            throw refused(row, CaseloadColumn.PARTICIPANT_ID, "already has a current stint that differs from this row; "
                    + "change it through its steps, not by importing it again");
        }
    }

    private static List<Object> summary(Stint stint) {
        return Arrays.asList(stint.site(), stint.gender(), stint.stage(), stint.admittedOn().orElse(null),
                stint.enrolledOn().orElse(null), stint.consent().orElse(null), stint.compensation().orElse(null),
                stint.readySince().orElse(null), stint.exit().map(exit -> exit.on()).orElse(null),
                stint.exit().map(exit -> exit.outcome()).orElse(null));
    }

    private static List<Object> summary(Placement placement) {
        return Arrays.asList(placement.slotId(), placement.path().stage(),
                placement.path().currentPeriod().map(period -> period.span()).orElse(null));
    }

    private static CaseloadHistory.Refused refused(CaseloadRow row, CaseloadColumn column, String reason) {
        return new CaseloadHistory.Refused(List.of(new RowError(row.line(), column.header(), reason)));
    }
}
