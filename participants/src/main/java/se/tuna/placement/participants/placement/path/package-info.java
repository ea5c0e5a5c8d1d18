/**
 * The path of a placement (placering) from the study visit to its end, as plain domain values:
 * {@link se.tuna.placement.participants.placement.path.PlacementPath} is the state machine, its
 * {@link se.tuna.placement.participants.placement.path.PathStep}s the dated history, and each step
 * returns a {@link se.tuna.placement.participants.placement.path.Transition}: the new path and the
 * {@link se.tuna.placement.participants.placement.path.SeatEffect} to apply through the catalog's seat
 * booking. Nothing here stores, sends or knows HTTP; it knows nothing of the placement package
 * either, which uses it. The rules are described in {@code docs/placement-path.md}.
 */
package se.tuna.placement.participants.placement.path;
