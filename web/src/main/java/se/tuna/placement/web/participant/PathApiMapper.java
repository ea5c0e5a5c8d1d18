package se.tuna.placement.web.participant;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import se.tuna.placement.participants.placement.EndingType;
import se.tuna.placement.participants.placement.path.DateSpan;
import se.tuna.placement.participants.placement.path.Ending;
import se.tuna.placement.participants.placement.path.PathStep;
import se.tuna.placement.participants.placement.path.PathStep.Corrected;
import se.tuna.placement.participants.placement.path.PathStep.Ended;
import se.tuna.placement.participants.placement.path.PathStep.Extended;
import se.tuna.placement.participants.placement.path.PathStep.StudyVisitAnswered;
import se.tuna.placement.participants.placement.path.PathStep.StudyVisitBooked;
import se.tuna.placement.participants.placement.path.PathStep.TrialStarted;
import se.tuna.placement.participants.placement.path.PlacementPath;
import se.tuna.placement.participants.placement.path.StintLimit;
import se.tuna.placement.participants.placement.path.TrainingPeriod;
import se.tuna.placement.participants.placement.path.VisitAnswer;
import se.tuna.placement.participants.placement.path.WeeklyTerms;
import se.tuna.placement.web.catalog.CatalogApiMapper;
import se.tuna.placement.web.participant.PathPayloads.AllowedStepResponse;
import se.tuna.placement.web.participant.PathPayloads.AnswerRequest;
import se.tuna.placement.web.participant.PathPayloads.EndingPayload;
import se.tuna.placement.web.participant.PathPayloads.EndingResponse;
import se.tuna.placement.web.participant.PathPayloads.ExtensionRequest;
import se.tuna.placement.web.participant.PathPayloads.PathResponse;
import se.tuna.placement.web.participant.PathPayloads.PeriodResponse;
import se.tuna.placement.web.participant.PathPayloads.StepResponse;
import se.tuna.placement.web.participant.PathPayloads.TrialRequest;

/** Maps the path's step requests to the domain, and a path to what a coordinator or coach sees of it. */
@Mapper(uses = CatalogApiMapper.class)
public interface PathApiMapper extends PathStep.Visitor<StepResponse> {

    VisitAnswer toAnswer(AnswerRequest request);

    WeeklyTerms toTerms(TrialRequest request);

    WeeklyTerms toTerms(ExtensionRequest request);

    /** The trial's days: three weeks from its start unless its last day is given. */
    default DateSpan toSpan(TrialRequest request) {
        return request.end() == null ? DateSpan.starting(request.start(), PlacementPath.TRIAL_LENGTH)
                : new DateSpan(request.start(), request.end());
    }

    default Ending toEnding(EndingPayload ending) {
        return ending.type().with(ending.destination(), ending.reason(), ending.until());
    }

    /** The path, with what may come next and how near the stint's last day it is on {@code today}. */
    default PathResponse toResponse(PlacementPath path, StintLimit limit, LocalDate today) {
        List<AllowedStepResponse> allowed = path.allowedSteps().stream().sorted(Comparator.naturalOrder())
                .map(kind -> new AllowedStepResponse(kind.name(), kind.label())).toList();
        return new PathResponse(path.stage().name(), path.stage().label(), path.standing().name(), path.standing().label(),
                path.steps().stream().map(this::toResponse).toList(), path.currentPeriod().map(this::toResponse).orElse(null),
                allowed, path.waitingSince().orElse(null), path.trialOutcome().map(Enum::name).orElse(null), limit.lastDay(),
                path.nearsStintEnd(today, limit));
    }

    @Mapping(target = "start", source = "span.start")
    @Mapping(target = "end", source = "span.end")
    @Mapping(target = "weeklyHours", source = "terms.weeklyHours")
    @Mapping(target = "schedule", source = "terms.schedule")
    @Mapping(target = "support", source = "terms.support")
    PeriodResponse toResponse(TrainingPeriod period);

    default EndingResponse toResponse(Ending ending) {
        return new EndingResponse(EndingType.of(ending), ending.label(), EndingType.destinationOf(ending), EndingType.reasonOf(ending),
                EndingType.untilOf(ending));
    }

    /** One step with the fields of its kind, by the mapping of that kind, which the step chooses. */
    default StepResponse toResponse(PathStep step) {
        return step.accept(this);
    }

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", expression = "java(step.kind().name())")
    @Mapping(target = "label", expression = "java(step.kind().label())")
    @Mapping(target = "on", expression = "java(step.on())")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Mapping(target = "visitAt", source = "visit.at")
    @Mapping(target = "readySince", source = "visit.readySince")
    @Override
    StepResponse visit(StudyVisitBooked step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", expression = "java(step.kind().name())")
    @Mapping(target = "label", expression = "java(step.kind().label())")
    @Mapping(target = "on", source = "answer.on")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Mapping(target = "trial", source = "answer.trial")
    @Mapping(target = "reason", source = "answer.reason")
    @Override
    StepResponse visit(StudyVisitAnswered step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", expression = "java(step.kind().name())")
    @Mapping(target = "label", expression = "java(step.kind().label())")
    @Mapping(target = "on", source = "trial.span.start")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Mapping(target = "period", source = "trial")
    @Mapping(target = "trial", ignore = true)
    @Override
    StepResponse visit(TrialStarted step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", expression = "java(step.kind().name())")
    @Mapping(target = "label", expression = "java(step.kind().label())")
    @Mapping(target = "on", source = "decidedOn")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Mapping(target = "period", source = "extension")
    @Override
    StepResponse visit(Extended step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", expression = "java(step.kind().name())")
    @Mapping(target = "label", expression = "java(step.kind().label())")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    StepResponse visit(Ended step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", expression = "java(step.kind().name())")
    @Mapping(target = "label", expression = "java(step.kind().label())")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    StepResponse visit(Corrected step);
}
