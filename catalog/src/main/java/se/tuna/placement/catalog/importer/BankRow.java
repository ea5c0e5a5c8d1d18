package se.tuna.placement.catalog.importer;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import se.tuna.placement.catalog.domain.OrganisationNumber;
import se.tuna.placement.catalog.importer.BankColumn.Part;

/**
 * One data row of a sheet as read: the values of the cells that could be read, and an error for each
 * that could not or that breaks a rule. At most one error per column, the first found: a cell that cannot
 * be read is not also reported as missing.
 */
final class BankRow {

    private final int number;
    private final OrganisationNumber organisationNumber;
    private final Map<BankColumn, Object> values;
    private final Set<BankColumn> given;
    private final Map<BankColumn, String> errors;

    BankRow(int number, OrganisationNumber organisationNumber, Map<BankColumn, Object> values, Set<BankColumn> given,
            Map<BankColumn, String> errors) {
        this.number = number;
        this.organisationNumber = organisationNumber;
        this.values = new EnumMap<>(BankColumn.class);
        this.values.putAll(values);
        this.given = given.isEmpty() ? EnumSet.noneOf(BankColumn.class) : EnumSet.copyOf(given);
        this.errors = new EnumMap<>(BankColumn.class);
        this.errors.putAll(errors);
    }

    int number() {
        return number;
    }

    /** The row's organisation number, or {@code null} if it has none that is valid (then it has an error). */
    OrganisationNumber organisationNumber() {
        return organisationNumber;
    }

    /** The value read from a column's cell, or {@code null} if the cell is empty or could not be read. */
    @SuppressWarnings("unchecked")
    <T> T value(BankColumn column) {
        return (T) values.get(column);
    }

    /** Whether the row's cell in that column is filled (read or not). */
    boolean gives(BankColumn column) {
        return given.contains(column);
    }

    Set<BankColumn> given() {
        return given;
    }

    boolean givesEmployerDetails() {
        return given.stream().anyMatch(column -> column.part() == Part.EMPLOYER);
    }

    boolean givesSlot() {
        return given.stream().anyMatch(column -> column.part() == Part.SLOT);
    }

    void error(BankColumn column, String reason) {
        errors.putIfAbsent(column, reason);
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    boolean hasError(BankColumn column) {
        return errors.containsKey(column);
    }

    /** Whether a cell of the employer's (or the organisation number) could not be read or breaks a rule. */
    boolean hasEmployerErrors() {
        return errors.keySet().stream().anyMatch(column -> column.part() != Part.SLOT);
    }

    Map<BankColumn, String> errors() {
        return errors;
    }
}
