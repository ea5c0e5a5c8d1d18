package se.tuna.placement.audit;

/**
 * A document of the {@code audit} index as the check reads it: the entry, or {@code null} when
 * the document no longer reads as one (a field taken out or given a value no entry has), which
 * the check reports instead of failing on it.
 *
 * @param id       the document's id
 * @param sequence its place in its chain, as stored, or {@code -1} when it has none
 * @param hash     the seal it carries, as stored, or {@code null}
 * @param entry    the entry, or {@code null} if unreadable
 */
public record StoredEntry(String id, long sequence, String hash, AuditEntry entry) {

    public boolean readable() {
        return entry != null;
    }
}
