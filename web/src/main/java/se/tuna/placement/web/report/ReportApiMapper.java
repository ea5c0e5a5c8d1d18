package se.tuna.placement.web.report;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.participants.participant.Gender;
import se.tuna.placement.participants.stint.Compensation;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.reports.status.ExitCounts;
import se.tuna.placement.reports.status.GoalAttainment;
import se.tuna.placement.reports.status.ReportLabels;
import se.tuna.placement.reports.status.ReportPhase;
import se.tuna.placement.reports.status.StatusReport;
import se.tuna.placement.web.report.ReportPayloads.CountResponse;
import se.tuna.placement.web.report.ReportPayloads.ExitsResponse;
import se.tuna.placement.web.report.ReportPayloads.GoalResponse;
import se.tuna.placement.web.report.ReportPayloads.OutcomeResponse;
import se.tuna.placement.web.report.ReportPayloads.StatusReportResponse;

/** Maps a status report to its answer: the period's days copied, each count listed in the domain's order with its Swedish name. */
@Mapper
interface ReportApiMapper {

    @Mapping(target = "from", source = "period.from")
    @Mapping(target = "until", source = "period.until")
    @Mapping(target = "asOf", source = "period.asOf")
    @Mapping(target = "active", source = "participation.active")
    @Mapping(target = "phases", source = "participation.byPhase")
    @Mapping(target = "meanAge", source = "participation.meanAge")
    @Mapping(target = "agesKnown", source = "participation.agesKnown")
    @Mapping(target = "genders", source = "participation.genders")
    @Mapping(target = "compensations", source = "participation.compensations")
    @Mapping(target = "referralQueue", source = "participation.referralQueue")
    StatusReportResponse toResponse(StatusReport report);

    @Mapping(target = "outcomes", source = "byOutcome")
    ExitsResponse toResponse(ExitCounts exits);

    @Mapping(target = "goal", expression = "java(attainment.goal().name())")
    @Mapping(target = "label", expression = "java(attainment.goal().label())")
    @Mapping(target = "targetPercent", expression = "java(attainment.goal().targetPercent())")
    GoalResponse toResponse(GoalAttainment attainment);

    default List<CountResponse> phases(Map<ReportPhase, Long> byPhase) {
        return Arrays.stream(ReportPhase.values())
                .map(phase -> new CountResponse(phase.name(), phase.label(), byPhase.getOrDefault(phase, 0L))).toList();
    }

    default List<CountResponse> genders(Map<Gender, Long> genders) {
        return Arrays.stream(Gender.values())
                .map(gender -> new CountResponse(gender.name(), ReportLabels.of(gender), genders.getOrDefault(gender, 0L))).toList();
    }

    default List<CountResponse> compensations(Map<Compensation, Long> compensations) {
        return Arrays.stream(Compensation.values()).map(compensation -> new CountResponse(compensation.name(), compensation.label(),
                compensations.getOrDefault(compensation, 0L))).toList();
    }

    default List<OutcomeResponse> outcomes(Map<ExitOutcome, Long> byOutcome) {
        return Arrays.stream(ExitOutcome.values()).map(outcome -> new OutcomeResponse(outcome.name(), outcome.label(),
                outcome.reportedAs(), byOutcome.getOrDefault(outcome, 0L))).toList();
    }
}
