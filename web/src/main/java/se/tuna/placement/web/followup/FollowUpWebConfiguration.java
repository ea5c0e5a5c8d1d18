package se.tuna.placement.web.followup;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.tuna.placement.access.account.AccountFilter;
import se.tuna.placement.access.account.AccountService;
import se.tuna.placement.access.account.AccountStatus;
import se.tuna.placement.access.account.Role;
import se.tuna.placement.followup.planning.SiteCoaches;

/** What the follow-up module needs from the accounts: who the coaches of a site are. */
@Configuration(proxyBeanMethods = false)
class FollowUpWebConfiguration {

    /** A site has a handful of coaches; far more than any site has. */
    private static final int MOST_COACHES = 500;

    @Bean
    SiteCoaches siteCoaches(AccountService accounts) {
        return site -> accounts.list(new AccountFilter(Role.COACH, site, null, AccountStatus.ACTIVE, null), 0, MOST_COACHES).items()
                .stream().map(account -> account.id()).sorted().toList();
    }
}
