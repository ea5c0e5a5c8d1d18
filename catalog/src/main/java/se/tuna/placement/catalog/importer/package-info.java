/**
 * Import of a placement bank: coordinators' sheets of employers and training slots (CSV or Excel), and the
 * same as domain objects for the generated demo bank, through one path. {@link se.tuna.placement.catalog.importer.BankImport}
 * is the entry point; {@link se.tuna.placement.catalog.importer.BankColumn} is the sheet format (also in
 * {@code docs/import-format.md}).
 *
 * <p>The stages: {@code SheetReader} reads the file into rows of typed cells; {@code SheetLayout} matches the
 * header to the format; {@code RowReader} reads cells into domain values; {@code SheetPlanner} (or
 * {@code DomainPlanner} for objects) resolves employers and runs everything through the domain's own checks
 * into an {@code ImportPlan}; {@code BankWriter} stores the plan in bulk with optimistic concurrency.
 */
package se.tuna.placement.catalog.importer;
