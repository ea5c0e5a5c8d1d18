package se.tuna.placement.web.report;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.participants.stint.ExitOutcome;
import se.tuna.placement.reports.payoff.KeyFigureParameters;
import se.tuna.placement.reports.payoff.KeyFigureReport;
import se.tuna.placement.reports.payoff.KeyFigures;
import se.tuna.placement.reports.payoff.ParameterEntry;
import se.tuna.placement.web.report.KeyFigurePayloads.KeyFigureReportResponse;
import se.tuna.placement.web.report.KeyFigurePayloads.KeyFiguresResponse;
import se.tuna.placement.web.report.KeyFigurePayloads.ParametersRequest;
import se.tuna.placement.web.report.KeyFigurePayloads.ParametersResponse;

/**
 * Maps key-figure parameters and figures to their answers, and entered parameters to the domain;
 * outcomes by code, in the domain's order.
 */
@Mapper
interface KeyFigureApiMapper {

    ParameterEntry toEntry(ParametersRequest request);

    ParametersResponse toResponse(KeyFigureParameters parameters);

    @Mapping(target = "label", expression = "java(KeyFigures.LABEL)")
    @Mapping(target = "from", source = "period.from")
    @Mapping(target = "until", source = "period.until")
    @Mapping(target = "asOf", source = "period.asOf")
    KeyFigureReportResponse toResponse(KeyFigureReport report);

    @Mapping(target = "programmeCost", source = "basis.programmeCost")
    @Mapping(target = "served", source = "basis.served")
    @Mapping(target = "exits", source = "basis.exits")
    @Mapping(target = "valueCreated", source = "basis.valueCreated")
    @Mapping(target = "costBefore", source = "basis.costBefore")
    KeyFiguresResponse toResponse(KeyFigures figures);

    default Map<String, BigDecimal> values(Map<ExitOutcome, BigDecimal> values) {
        Map<String, BigDecimal> byCode = new LinkedHashMap<>();
        Arrays.stream(ExitOutcome.values()).forEach(outcome -> byCode.put(outcome.name(), values.getOrDefault(outcome, BigDecimal.ZERO)));
        return byCode;
    }
}
