package se.tuna.placement.reports.payoff;

import org.mapstruct.Mapper;

import se.tuna.placement.reports.payoff.KeyFigureParameterDocuments.KeyFigureParameterDocument;

/** Maps key-figure parameters to their document and back; the outcomes by their codes. */
@Mapper
public interface KeyFigureParameterDocumentMapper {

    KeyFigureParameterDocument toDocument(KeyFigureParameters parameters);

    KeyFigureParameters toParameters(KeyFigureParameterDocument document);
}
