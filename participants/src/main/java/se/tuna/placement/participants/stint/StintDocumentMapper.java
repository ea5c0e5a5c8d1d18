package se.tuna.placement.participants.stint;

import java.util.List;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.stint.StintDocument.StepDocument;
import se.tuna.placement.participants.stint.StintStep.Admitted;
import se.tuna.placement.participants.stint.StintStep.BackToMapping;
import se.tuna.placement.participants.stint.StintStep.CompensationChanged;
import se.tuna.placement.participants.stint.StintStep.Corrected;
import se.tuna.placement.participants.stint.StintStep.Enrolled;
import se.tuna.placement.participants.stint.StintStep.Exited;
import se.tuna.placement.participants.stint.StintStep.Queued;
import se.tuna.placement.participants.stint.StintStep.ReadyForPlacement;

/**
 * Maps stints to the documents the {@code stints} index holds, and back: the steps each with its
 * {@code kind}, and the figures lists and reports filter on, read from the stint.
 */
@Mapper
public interface StintDocumentMapper {

    @Mapping(target = "stage", expression = "java(stint.stage().name())")
    @Mapping(target = "startYear", expression = "java(stint.startYear().getValue())")
    @Mapping(target = "admittedOn", expression = "java(stint.admittedOn().orElse(null))")
    @Mapping(target = "enrolledOn", expression = "java(stint.enrolledOn().orElse(null))")
    @Mapping(target = "consent", expression = "java(stint.consent().map(Enum::name).orElse(null))")
    @Mapping(target = "compensation", expression = "java(stint.compensation().map(Enum::name).orElse(null))")
    @Mapping(target = "readySince", expression = "java(stint.readySince().orElse(null))")
    @Mapping(target = "exitedOn", expression = "java(stint.exit().map(StintStep.Exited::on).orElse(null))")
    @Mapping(target = "outcome", expression = "java(stint.exit().map(exited -> exited.outcome().name()).orElse(null))")
    StintDocument toDocument(Stint stint);

    @Mapping(target = "anonymised", ignore = true)
    @Mapping(target = "steps", expression = "java(toSteps(document.steps()))")
    Stint toStint(StintDocument document);

    default List<StepDocument> toDocuments(List<StintStep> steps) {
        return steps.stream().map(this::toDocument).toList();
    }

    default List<StintStep> toSteps(List<StepDocument> steps) {
        return steps.stream().map(this::toStep).toList();
    }

    default StepDocument toDocument(StintStep step) {
        // Java 17 has no pattern switch; the round trip test covers every kind of step.
        if (step instanceof Queued queued) {
            return toDocument(queued);
        } else if (step instanceof Admitted admitted) {
            return toDocument(admitted);
        } else if (step instanceof Enrolled enrolled) {
            return toDocument(enrolled);
        } else if (step instanceof CompensationChanged changed) {
            return toDocument(changed);
        } else if (step instanceof ReadyForPlacement ready) {
            return toDocument(ready);
        } else if (step instanceof BackToMapping back) {
            return toDocument(back);
        } else if (step instanceof Exited exited) {
            return toDocument(exited);
        }
        return toDocument((Corrected) step);
    }

    default StintStep toStep(StepDocument step) {
        Recorded recorded = new Recorded(step.recordedBy(), step.recordedAt());
        return switch (StintStepKind.valueOf(step.kind())) {
            case QUEUE -> new Queued(step.on(), recorded);
            case ADMIT -> new Admitted(step.on(), recorded);
            case ENROL -> new Enrolled(step.on(), Consent.valueOf(step.consent()), Compensation.valueOf(step.compensation()), recorded);
            case COMPENSATION -> new CompensationChanged(step.on(), Compensation.valueOf(step.compensation()), recorded);
            case READY -> new ReadyForPlacement(step.on(), recorded);
            case BACK_TO_MAPPING -> new BackToMapping(step.on(), recorded);
            case EXIT -> new Exited(step.on(), ExitOutcome.valueOf(step.outcome()), recorded);
            case CORRECT -> new Corrected(step.on(), step.reason(), recorded);
        };
    }

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "QUEUE")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(Queued step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "ADMIT")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(Admitted step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "ENROL")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(Enrolled step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "COMPENSATION")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(CompensationChanged step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "READY")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(ReadyForPlacement step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "BACK_TO_MAPPING")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(BackToMapping step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "EXIT")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(Exited step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "CORRECT")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    StepDocument toDocument(Corrected step);
}
