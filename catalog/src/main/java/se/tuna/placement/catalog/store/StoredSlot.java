package se.tuna.placement.catalog.store;

import se.tuna.placement.catalog.domain.TrainingSlot;

/**
 * A training slot as read from the index, with what the index keeps beside it.
 *
 * @param slot     the slot
 * @param indexing the denormalised and bookkeeping fields
 */
public record StoredSlot(TrainingSlot slot, SlotIndexing indexing) {
}
