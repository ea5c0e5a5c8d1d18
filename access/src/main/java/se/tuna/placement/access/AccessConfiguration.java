package se.tuna.placement.access;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import se.tuna.placement.access.account.AccountDocumentMapperImpl;
import se.tuna.placement.access.account.AccountIndices;
import se.tuna.placement.access.account.AccountRepository;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.access.account.StaffIdentity;
import se.tuna.placement.access.policy.AccessPolicy;
import se.tuna.placement.access.signin.CredentialsDocumentMapperImpl;
import se.tuna.placement.access.signin.CredentialsRepository;
import se.tuna.placement.access.signin.PasswordCredentials;
import se.tuna.placement.access.signin.SignInThrottle;
import se.tuna.placement.access.token.ApiTokenDocumentMapperImpl;
import se.tuna.placement.access.token.ApiTokenRepository;
import se.tuna.placement.access.token.ApiTokens;
import se.tuna.placement.catalog.reference.ReferenceData;
import se.tuna.placement.catalog.slot.SlotService;
import se.tuna.placement.catalog.store.EmployerRepository;
import se.tuna.placement.catalog.store.IndexNames;
import se.tuna.placement.catalog.store.IndexSet;
import se.tuna.placement.participants.coach.CoachDirectory;
import se.tuna.placement.participants.coach.Coaching;
import se.tuna.placement.participants.participant.ParticipantService;

/**
 * The access module's beans, over the participants' and the catalog's. The application supplies
 * an {@code ElasticsearchClient}, {@code IndexNames} and a {@code Clock}; everything else is built
 * here, the same way for the service and the tests. It also tells the participants module who is
 * a coach.
 */
@Configuration(proxyBeanMethods = false)
public class AccessConfiguration {

    @Bean
    IndexSet accessIndexSet() {
        return new IndexSet("access", List.of(AccountIndices.ACCOUNTS, AccountIndices.CREDENTIALS, AccountIndices.API_TOKENS));
    }

    @Bean
    AccountRepository accountRepository(ElasticsearchClient client, IndexNames names) {
        return new AccountRepository(client, names, new AccountDocumentMapperImpl());
    }

    /**
     * @param bootstrapAdmins identities ({@code issuer#subject}) that become admins when they sign
     *                        in (tuna.security.bootstrap-admins): how an installation gets its first admin
     */
    @Bean
    AccountService accountService(AccountRepository accounts, EmployerRepository employers, ReferenceData reference,
            CredentialsRepository credentials, Clock clock,
            @Value("${tuna.security.bootstrap-admins:}") List<String> bootstrapAdmins) {
        Set<StaffIdentity> admins = bootstrapAdmins.stream().map(String::strip).filter(entry -> !entry.isEmpty())
                .map(AccessConfiguration::identity).collect(Collectors.toSet());
        return new AccountService(accounts, employers, reference.sites(), admins,
                accountId -> credentials.find(accountId).map(read -> read.value().passwordHash() != null).orElse(false), clock);
    }

    @Bean
    CredentialsRepository credentialsRepository(ElasticsearchClient client, IndexNames names) {
        return new CredentialsRepository(client, names, new CredentialsDocumentMapperImpl());
    }

    /** Passwords hashed with bcrypt behind Spring Security's delegating encoder ({@code {bcrypt}…}). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordCredentials passwordCredentials(AccountRepository accounts, AccountService accountService,
            CredentialsRepository credentials, PasswordEncoder encoder, Clock clock) {
        return new PasswordCredentials(accounts, accountService, credentials, encoder, clock);
    }

    @Bean
    ApiTokens apiTokens(ElasticsearchClient client, IndexNames names, AccountService accounts, Clock clock) {
        return new ApiTokens(new ApiTokenRepository(client, names, new ApiTokenDocumentMapperImpl()), accounts, clock);
    }

    @Bean
    SignInThrottle signInThrottle(Clock clock) {
        return new SignInThrottle(clock);
    }

    /** A coach at a site is an active account with the coach role that serves the site. */
    @Bean
    CoachDirectory coachDirectory(AccountService accounts) {
        return (accountId, site) -> accounts.find(accountId)
                .filter(account -> account.active() && account.has(Role.COACH) && account.sites().contains(site)).isPresent();
    }

    @Bean
    AccessPolicy accessPolicy(ParticipantService participants, Coaching coaching, SlotService slots, ReferenceData reference,
            Clock clock) {
        return new AccessPolicy(participants, coaching, slots, reference.sites(), clock);
    }

    private static StaffIdentity identity(String entry) {
        // An issuer is a URL without a fragment, so the first '#' ends it; a subject may hold '#'.
        int hash = entry.indexOf('#');
        if (hash <= 0 || hash == entry.length() - 1) {
            throw new IllegalArgumentException("tuna.security.bootstrap-admins: '" + entry + "' is not issuer#subject");
        }
        return new StaffIdentity(entry.substring(0, hash), entry.substring(hash + 1));
    }
}
