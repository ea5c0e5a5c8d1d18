/**
 * The matcher: participants, candidate retrieval, the OptaPlanner model, suggestions and plans.
 */
package se.tuna.placement.matcher;
