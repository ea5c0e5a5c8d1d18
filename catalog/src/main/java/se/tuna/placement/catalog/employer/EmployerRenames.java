package se.tuna.placement.catalog.employer;

import se.tuna.placement.catalog.domain.Employer;

/** Told when an employer's name changes, so copies of it elsewhere (the slots) follow. */
@FunctionalInterface
public interface EmployerRenames {

    void renamed(Employer employer);
}
