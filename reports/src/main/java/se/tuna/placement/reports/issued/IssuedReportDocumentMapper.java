package se.tuna.placement.reports.issued;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import se.tuna.placement.reports.issued.IssuedReportDocuments.IssuedReportDocument;

/**
 * Maps an issued report to its document and back; the report's records to their mirrors by name,
 * codes by their names. Reads the shape {@link IssuedReportDocuments#VERSION}.
 */
@Mapper
public interface IssuedReportDocumentMapper {

    @Mapping(target = "version", constant = "" + IssuedReportDocuments.VERSION)
    @Mapping(target = "sites", source = "report.sites")
    IssuedReportDocument toDocument(IssuedReport issued);

    IssuedReport toIssued(IssuedReportDocument document);
}
