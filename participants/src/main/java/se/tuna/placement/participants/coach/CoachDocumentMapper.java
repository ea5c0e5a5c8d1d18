package se.tuna.placement.participants.coach;

import org.mapstruct.Mapper;
import se.tuna.placement.participants.coach.CoachDocuments.AssignmentDocument;
import se.tuna.placement.participants.coach.CoachDocuments.StandInDocument;

/** Maps coach assignments and stand-ins to their documents, and back. */
@Mapper
public interface CoachDocumentMapper {

    AssignmentDocument toDocument(CoachAssignment assignment);

    CoachAssignment toAssignment(AssignmentDocument document);

    StandInDocument toDocument(StandIn standIn);

    StandIn toStandIn(StandInDocument document);
}
