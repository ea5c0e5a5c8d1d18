package se.tuna.placement.catalog.importer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.employer.EmployerService;
import se.tuna.placement.catalog.error.FieldViolation;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.importer.ImportPlan.EmployerItem;
import se.tuna.placement.catalog.importer.ImportPlan.SlotItem;
import se.tuna.placement.catalog.reference.Localities;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.StoredEmployer;
import se.tuna.placement.catalog.store.Versioned;

/**
 * Turns employers and slot drafts given as domain objects into an {@link ImportPlan}, through the same
 * domain checks as a sheet. Rows are numbered as if the employers were the first rows of a sheet and the
 * slots followed; columns are the domain's field names, prefixed {@code employer.} or {@code slot.}.
 */
final class DomainPlanner {

    private final EmployerService employerService;
    private final SlotService slotService;
    private final Localities localities;
    private final Function<Collection<String>, Map<String, Versioned<StoredEmployer>>> storedEmployers;

    DomainPlanner(EmployerService employerService, SlotService slotService, Localities localities,
            Function<Collection<String>, Map<String, Versioned<StoredEmployer>>> storedEmployers) {
        this.employerService = employerService;
        this.slotService = slotService;
        this.localities = localities;
        this.storedEmployers = storedEmployers;
    }

    ImportPlan plan(List<Employer> employers, List<TrainingSlot> drafts, Tally tally) {
        Map<String, Employer> byId = new HashMap<>();
        Map<String, Integer> rowOfEmployer = new LinkedHashMap<>();
        Map<String, List<Integer>> rowsOfEmployer = new HashMap<>();
        for (int i = 0; i < employers.size(); i++) {
            int row = i + 1;
            Employer given = employers.get(i);
            try {
                Employer employer = employerService.validated(given);
                Integer earlier = rowOfEmployer.putIfAbsent(employer.id(), row);
                if (earlier != null) {
                    tally.error(row, "employer.organisationNumber", "is the same organisation as row " + earlier);
                    continue;
                }
                byId.put(employer.id(), employer);
                if (given.id() != null) {
                    byId.putIfAbsent(given.id(), employer);
                }
                rowsOfEmployer.put(employer.id(), new ArrayList<>(List.of(row)));
            } catch (InvalidInputException invalid) {
                invalid.violations().forEach(v -> tally.error(row, "employer." + v.field(), v.reason()));
            }
        }

        List<SlotItem> slots = new ArrayList<>();
        Map<String, Integer> rowOfSlotId = new HashMap<>();
        for (int j = 0; j < drafts.size(); j++) {
            int row = employers.size() + j + 1;
            TrainingSlot draft = drafts.get(j);
            Employer employer = draft.employerId() == null ? null : byId.get(draft.employerId());
            if (employer == null) {
                tally.error(row, "slot.employerId", "names no employer of this import that was accepted");
                continue;
            }
            SlotKey key = draft.id() != null && !draft.id().isBlank()
                    ? new SlotKey(employer.organisationNumber().value() + ":" + draft.id(), draft.id())
                    : SlotKey.of(employer.organisationNumber(), null, draft.title(), draft.locality(), localities);
            if (key != null) {
                Integer earlier = rowOfSlotId.putIfAbsent(key.id(), row);
                if (earlier != null) {
                    tally.error(row, draft.id() != null ? "slot.id" : "slot.title", "is the same slot as row " + earlier
                            + (draft.id() != null ? "" : " (same employer, title and locality); give each its own id"));
                    continue;
                }
            }
            try {
                TrainingSlot slot = slotService.prepared(draft, key == null ? "unnamed" : key.id(), employer, SlotStatus.OPEN);
                if (key != null) {
                    slots.add(new SlotItem(row, employer, slot, key.importKey(), draft.status(), "slot.seats"));
                    rowsOfEmployer.get(employer.id()).add(row);
                }
            } catch (InvalidInputException invalid) {
                for (FieldViolation violation : invalid.violations()) {
                    tally.error(row, "slot." + violation.field(), violation.reason());
                }
            }
        }
        List<EmployerItem> items = rowOfEmployer.keySet().stream().filter(rowsOfEmployer::containsKey)
                .map(id -> new EmployerItem(byId.get(id), rowsOfEmployer.get(id))).toList();
        return new ImportPlan(items, slots, storedEmployers.apply(rowsOfEmployer.keySet()));
    }
}
