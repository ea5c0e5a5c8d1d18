package se.tuna.placement.web.participant;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.participants.placement.ReconciliationReport;
import se.tuna.placement.web.participant.ReconciliationPayloads.ReconciliationResponse;
import se.tuna.placement.web.participant.ReconciliationPayloads.UnresolvedResponse;

/** Maps the seat reconciliation's report to its payload. */
@Mapper
public interface ReconciliationApiMapper {

    @Mapping(target = "repairs", expression = "java(report.repairs())")
    ReconciliationResponse toResponse(ReconciliationReport report, String askedBy);

    UnresolvedResponse toResponse(ReconciliationReport.Unresolved unresolved);
}
