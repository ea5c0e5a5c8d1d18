package se.tuna.placement.web.participant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.catalog.importer.RowError;
import se.tuna.placement.participants.caseload.CaseloadReport;
import se.tuna.placement.web.catalog.CatalogPayloads.RowErrorResponse;
import se.tuna.placement.web.participant.CaseloadPayloads.CaseloadReportResponse;

@Mapper
interface CaseloadApiMapper {

    @Mapping(target = "dryRun", expression = "java(report.mode() == se.tuna.placement.catalog.importer.ImportMode.DRY_RUN)")
    @Mapping(target = "ignoredColumns", source = "ignored")
    CaseloadReportResponse toResponse(CaseloadReport report);

    RowErrorResponse toResponse(RowError error);
}
