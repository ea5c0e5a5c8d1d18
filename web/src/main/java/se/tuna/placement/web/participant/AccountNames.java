package se.tuna.placement.web.participant;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import se.tuna.placement.access.account.Account;
import se.tuna.placement.access.account.AccountService;

/** The display names of staff accounts, for showing who recorded a step instead of an account id. */
@Component
public class AccountNames {

    private final AccountService accounts;

    AccountNames(AccountService accounts) {
        this.accounts = accounts;
    }

    /** The names of those of {@code accountIds} that exist, by account id. */
    public Map<String, String> of(Collection<String> accountIds) {
        return accounts.findAll(Set.copyOf(accountIds)).values().stream()
                .collect(Collectors.toMap(Account::id, Account::displayName));
    }
}
