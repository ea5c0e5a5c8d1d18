package se.tuna.placement.web.participant;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.mapstruct.Mapper;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.Enrolment;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.participants.stint.Stint;
import se.tuna.placement.participants.stint.StintStage;
import se.tuna.placement.participants.stint.StintStep;
import se.tuna.placement.web.participant.StintPayloads.ProfileEnrolmentPayload;
import se.tuna.placement.web.participant.StintPayloads.StintResponse;
import se.tuna.placement.web.participant.StintPayloads.StintStepResponse;

/** Maps stints to what coordinators and coaches see of them, and a registration's enrolment to the domain. */
@Mapper
public interface StintApiMapper {

    Enrolment toEnrolment(ProfileEnrolmentPayload enrolment);

    /** The stint as of {@code today}, with its last day at the site's longest stint {@code longest}. */
    default StintResponse toResponse(Stint stint, Period longest, LocalDate today) {
        Compensation compensation = stint.compensation().orElse(null);
        ExitOutcome outcome = stint.exit().map(StintStep.Exited::outcome).orElse(null);
        LocalDate lastDay = stint.limit(longest).map(StintLimit::lastDay).orElse(null);
        boolean nearsLastDay = stint.stage() != StintStage.EXITED && stint.limit(longest).map(limit -> limit.warnsOn(today)).orElse(false);
        List<String> allowed = stint.stage().allowedSteps().stream().map(Enum::name).sorted().toList();
        return new StintResponse(stint.id(), stint.participantId(), stint.site(), stint.gender(), stint.startYear().getValue(),
                stint.stage().name(), stint.stage().label(), stint.admittedOn().orElse(null), stint.enrolledOn().orElse(null),
                stint.consent().orElse(null), compensation, compensation == null ? null : compensation.label(),
                stint.readySince().orElse(null), stint.exit().map(StintStep.Exited::on).orElse(null), outcome,
                outcome == null ? null : outcome.label(), outcome == null ? null : outcome.reportedAs(), lastDay, nearsLastDay,
                allowed, stint.steps().stream().map(this::toResponse).toList());
    }

    default StintStepResponse toResponse(StintStep step) {
        Compensation compensation = step instanceof StintStep.Enrolled enrolled ? enrolled.compensation()
                : step instanceof StintStep.CompensationChanged changed ? changed.compensation() : null;
        ExitOutcome outcome = step instanceof StintStep.Exited exited ? exited.outcome() : null;
        return new StintStepResponse(step.kind().name(), step.on(), step.recorded().by(), step.recorded().at(),
                step instanceof StintStep.Enrolled enrolled ? enrolled.consent() : null, compensation,
                compensation == null ? null : compensation.label(), outcome, outcome == null ? null : outcome.label(),
                step instanceof StintStep.Corrected corrected ? corrected.reason() : null);
    }
}
