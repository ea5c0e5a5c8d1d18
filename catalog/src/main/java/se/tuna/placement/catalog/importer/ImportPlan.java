package se.tuna.placement.catalog.importer;

import java.util.List;
import java.util.Map;

import se.tuna.placement.catalog.domain.Employer;
import se.tuna.placement.catalog.domain.SlotStatus;
import se.tuna.placement.catalog.domain.TrainingSlot;
import se.tuna.placement.catalog.store.StoredEmployer;
import se.tuna.placement.catalog.store.Versioned;

/**
 * What an import will store, every item already checked by the domain's rules: the same for a sheet and for
 * domain objects.
 *
 * @param employers       the employers with at least one row to import
 * @param slots           the slots of rows without errors
 * @param storedEmployers the employers as read before planning (by id), for the first write attempt
 */
record ImportPlan(List<EmployerItem> employers, List<SlotItem> slots, Map<String, Versioned<StoredEmployer>> storedEmployers) {

    /**
     * An employer to store.
     *
     * @param employer the validated employer, with its id
     * @param rows     every row that depends on it, to refuse if it cannot be stored
     */
    record EmployerItem(Employer employer, List<Integer> rows) {
    }

    /**
     * A training slot to store.
     *
     * @param row         its row
     * @param employer    its employer
     * @param slot        the validated slot with its id, status {@code OPEN} and no seat claims
     * @param importKey   the key it is imported under
     * @param status      the status the row gives, or {@code null} to keep a stored slot's (a new one opens)
     * @param seatsColumn the column to name when its seats are fewer than those taken
     */
    record SlotItem(int row, Employer employer, TrainingSlot slot, String importKey, SlotStatus status, String seatsColumn) {
    }
}
