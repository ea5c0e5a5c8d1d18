/**
 * Import of a placement bank: coordinators' sheets of employers and training slots (CSV or Excel), and the
 * same as domain objects for the generated demo bank, through one path. {@link se.tuna.placement.catalog.importer.BankImport}
 * is the entry point; {@link se.tuna.placement.catalog.importer.BankColumn} is the sheet format (also in
 * {@code docs/import-format.md}).
 *
 * <p>The stages: {@code SheetReader} reads the file as a stream, handing rows of typed cells on one at a time
 * ({@code SheetRows}); {@code SheetLayout} matches the header to the format; {@code RowReader} reads each row's
 * cells into domain values as it comes ({@code BankSheetRows}); {@code SheetPlanner} (or
 * {@code DomainPlanner} for objects) resolves employers and runs everything through the domain's own checks
 * into an {@code ImportPlan}; {@code BankWriter} stores the plan in bulk with optimistic concurrency.
 */
package se.tuna.placement.catalog.importer;
