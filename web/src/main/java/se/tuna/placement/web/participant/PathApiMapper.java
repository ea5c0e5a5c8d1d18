package se.tuna.placement.web.participant;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
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
public interface PathApiMapper {

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

    /** One step with the fields of its kind; written by hand since a step is one of a sealed set. */
    default StepResponse toResponse(PathStep step) {
        StepResponse base = new StepResponse(step.kind().name(), step.kind().label(), step.on(), step.recorded().by(),
                step.recorded().at(), null, null, null, null, null, null);
        if (step instanceof StudyVisitBooked booked) {
            return with(base, booked.visit().at(), booked.visit().readySince(), null, null, null, null);
        }
        if (step instanceof StudyVisitAnswered answered) {
            return with(base, null, null, answered.answer().trial(), answered.answer().reason(), null, null);
        }
        if (step instanceof TrialStarted started) {
            return with(base, null, null, null, null, toResponse(started.trial()), null);
        }
        if (step instanceof Extended extended) {
            return with(base, null, null, null, null, toResponse(extended.extension()), null);
        }
        if (step instanceof Ended ended) {
            return with(base, null, null, null, null, null, toResponse(ended.ending()));
        }
        return with(base, null, null, null, ((Corrected) step).reason(), null, null);
    }

    private static StepResponse with(StepResponse base, LocalDateTime visitAt, LocalDate readySince, Boolean trial,
            String reason, PeriodResponse period, EndingResponse ending) {
        return new StepResponse(base.kind(), base.label(), base.on(), base.recordedBy(), base.recordedAt(), visitAt, readySince, trial,
                reason, period, ending);
    }
}
