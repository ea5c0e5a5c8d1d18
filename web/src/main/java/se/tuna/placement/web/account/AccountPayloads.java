package se.tuna.placement.web.account;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.Role;

/** The JSON shapes of accounts, API tokens and supervisors' invitations. */
public final class AccountPayloads {

    private AccountPayloads() {
    }

    /** A role with its Swedish name. */
    public record RoleResponse(Role code, String label) {
    }

    /** The signed-in person: who they are, what they do, and where the UI starts for them. */
    public record MeResponse(String id, String displayName, String email, List<RoleResponse> roles, Set<String> sites,
            String employerId, @Schema(description = "The page the browser UI starts on for this person") String startPage) {
    }

    /** An identity provider's user. */
    public record IdentityPayload(@NotBlank String issuer, @NotBlank String subject) {
    }

    /** An account as an admin sees it. */
    public record AccountResponse(String id, String displayName, String email, IdentityPayload identity, List<RoleResponse> roles,
            Set<String> sites, String employerId, AccountStatus status, boolean demo, Instant createdAt, String createdBy,
            Instant changedAt, String changedBy) {
    }

    /** A member of staff registered ahead of their first sign-in. */
    public record StaffAccountRequest(@NotNull @Valid IdentityPayload identity, @NotBlank String displayName, String email,
            @NotNull Set<@NotNull Role> roles, Set<@NotBlank String> sites) {
    }

    /** What a member of staff does and where. */
    public record AccessRequest(@NotNull Set<@NotNull Role> roles, Set<@NotBlank String> sites) {
    }

    /** Issue an API token for an account. */
    public record ApiTokenRequest(@NotBlank String accountId, @NotBlank String name,
            @NotNull @Min(1) @Max(366) Integer validDays) {
    }

    /** An API token, without its secret. */
    public record ApiTokenResponse(String id, String accountId, String name, Instant createdAt, String createdBy, Instant expiresAt,
            @Schema(description = "When its person collected the secret; until then it works for nobody") Instant collectedAt,
            Instant revokedAt, String revokedBy) {
    }

    /** A token just collected by its person: the secret is shown this once. */
    public record IssuedTokenResponse(ApiTokenResponse token,
            @Schema(description = "Send as Authorization: Bearer <secret>; it cannot be shown again") String secret) {
    }

    /** Invite a supervisor to the employer. */
    public record InvitationRequest(@NotBlank String email, @NotBlank String displayName) {
    }

    /** A supervisor's account at an employer. */
    public record SupervisorResponse(String id, String displayName, String email, AccountStatus status) {
    }

    /**
     * A one-time link for a supervisor to set their password.
     *
     * @param supervisor who it is for
     * @param delivery   MAILED when sent by e-mail; SHOWN when this installation sends no mail, so the
     *                   link is given here for the coordinator to pass on
     * @param link       the link, only when SHOWN
     * @param expiresAt  when it stops working
     */
    public record LinkResponse(SupervisorResponse supervisor, String delivery, String link, Instant expiresAt) {
    }
}
