package se.tuna.placement.participants.placement;

import java.util.List;

import org.mapstruct.BeanMapping;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;
import se.tuna.placement.catalog.store.SlotDocumentMapper;
import se.tuna.placement.participants.placement.PathStepDocument.EndingDocument;
import se.tuna.placement.participants.placement.PathStepDocument.PeriodDocument;
import se.tuna.placement.participants.placement.PathStepDocument.VisitDocument;
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
import se.tuna.placement.participants.placement.path.Recorded;
import se.tuna.placement.participants.placement.path.StepKind;
import se.tuna.placement.participants.placement.path.StudyVisit;
import se.tuna.placement.participants.placement.path.TrainingPeriod;
import se.tuna.placement.participants.placement.path.VisitAnswer;

/**
 * Maps a placement's path to the steps the {@code placements} index holds, each with its
 * {@code kind}, and back. Each kind of step has its own mapping, which the step chooses (the
 * mapper is a {@link PathStep.Visitor}).
 */
@Mapper(uses = SlotDocumentMapper.class)
public interface PathDocumentMapper extends PathStep.Visitor<PathStepDocument> {

    default List<PathStepDocument> toDocuments(PlacementPath path) {
        return path == null ? null : path.steps().stream().map(this::toDocument).toList();
    }

    default PlacementPath toPath(List<PathStepDocument> steps) {
        return steps == null || steps.isEmpty() ? null : new PlacementPath(steps.stream().map(this::toStep).toList());
    }

    default PathStepDocument toDocument(PathStep step) {
        return step.accept(this);
    }

    default PathStep toStep(PathStepDocument step) {
        Recorded recorded = new Recorded(step.recordedBy(), step.recordedAt());
        return switch (StepKind.valueOf(step.kind())) {
            case BOOK_STUDY_VISIT -> new StudyVisitBooked(toVisit(step.visit()), recorded);
            case ANSWER_STUDY_VISIT -> new StudyVisitAnswered(new VisitAnswer(step.on(), step.trial(), step.reason()), recorded);
            case START_TRIAL -> new TrialStarted(toPeriod(step.period()), recorded);
            case EXTEND -> new Extended(step.on(), toPeriod(step.period()), recorded);
            case END -> new Ended(step.on(), toEnding(step.ending()), recorded);
            case CORRECT -> new Corrected(step.on(), step.reason(), recorded);
        };
    }

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "BOOK_STUDY_VISIT")
    @Mapping(target = "on", source = "visit.bookedOn")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    PathStepDocument visit(StudyVisitBooked step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "ANSWER_STUDY_VISIT")
    @Mapping(target = "on", source = "answer.on")
    @Mapping(target = "trial", source = "answer.trial")
    @Mapping(target = "reason", source = "answer.reason")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    PathStepDocument visit(StudyVisitAnswered step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "START_TRIAL")
    @Mapping(target = "on", source = "trial.span.start")
    @Mapping(target = "period", source = "trial")
    @Mapping(target = "trial", ignore = true)
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    PathStepDocument visit(TrialStarted step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "EXTEND")
    @Mapping(target = "on", source = "decidedOn")
    @Mapping(target = "period", source = "extension")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    PathStepDocument visit(Extended step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "END")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    PathStepDocument visit(Ended step);

    @BeanMapping(unmappedTargetPolicy = ReportingPolicy.IGNORE)
    @Mapping(target = "kind", constant = "CORRECT")
    @Mapping(target = "recordedBy", source = "recorded.by")
    @Mapping(target = "recordedAt", source = "recorded.at")
    @Override
    PathStepDocument visit(Corrected step);

    VisitDocument toDocument(StudyVisit visit);

    StudyVisit toVisit(VisitDocument visit);

    @Mapping(target = "start", source = "span.start")
    @Mapping(target = "end", source = "span.end")
    @Mapping(target = "weeklyHours", source = "terms.weeklyHours")
    @Mapping(target = "schedule", source = "terms.schedule.windows")
    @Mapping(target = "support", source = "terms.support")
    PeriodDocument toDocument(TrainingPeriod period);

    @Mapping(target = "span", source = ".")
    @Mapping(target = "terms", source = ".")
    TrainingPeriod toPeriod(PeriodDocument period);

    default DateSpan toSpan(PeriodDocument period) {
        return new DateSpan(period.start(), period.end());
    }

    default EndingDocument toDocument(Ending ending) {
        return ending == null ? null : new EndingDocument(EndingType.of(ending).name(), EndingType.destinationOf(ending),
                EndingType.reasonOf(ending), EndingType.untilOf(ending));
    }

    default Ending toEnding(EndingDocument ending) {
        return EndingType.valueOf(ending.type()).with(ending.destination(), ending.reason(), ending.until());
    }
}
