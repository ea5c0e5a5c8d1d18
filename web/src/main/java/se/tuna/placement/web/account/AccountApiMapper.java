package se.tuna.placement.web.account;

import java.util.List;
import java.util.Set;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.token.ApiToken;
import se.tuna.placement.access.token.IssuedToken;
import se.tuna.placement.web.account.AccountPayloads.AccountResponse;
import se.tuna.placement.web.account.AccountPayloads.ApiTokenResponse;
import se.tuna.placement.web.account.AccountPayloads.IssuedTokenResponse;
import se.tuna.placement.web.account.AccountPayloads.MeResponse;
import se.tuna.placement.web.account.AccountPayloads.RoleResponse;
import se.tuna.placement.web.account.AccountPayloads.SupervisorResponse;

/** Maps accounts and API tokens to their API payloads. */
@Mapper
public interface AccountApiMapper {

    @Mapping(target = "createdAt", source = "audit.createdAt")
    @Mapping(target = "createdBy", source = "audit.createdBy")
    @Mapping(target = "changedAt", source = "audit.changedAt")
    @Mapping(target = "changedBy", source = "audit.changedBy")
    AccountResponse toResponse(Account account);

    @Mapping(target = "startPage", source = "startPage")
    MeResponse toMe(Account account, String startPage);

    SupervisorResponse toSupervisor(Account account);

    ApiTokenResponse toResponse(ApiToken token);

    IssuedTokenResponse toResponse(IssuedToken issued);

    /** Roles in their order of importance, each with its Swedish name. */
    default List<RoleResponse> toRoles(Set<Role> roles) {
        return roles.stream().sorted().map(role -> new RoleResponse(role, role.label())).toList();
    }
}
