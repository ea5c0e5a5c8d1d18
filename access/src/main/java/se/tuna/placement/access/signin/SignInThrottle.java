package se.tuna.placement.access.signin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down guessing: after a few failed sign-ins for an account, or from an address, each next
 * try must wait, twice as long each time, up to a quarter of an hour. An address gets more free
 * tries than an account, as a whole office may share one (an IPv6 address counts by its /64
 * network, which one household or office is given). Failures are forgotten a quarter of an hour
 * after the last one, and a successful sign-in clears the account's count. A try is counted as
 * failed before its password is checked, so guesses sent all at once are slowed down like guesses
 * sent one by one. Kept in memory, per service instance, with a bounded number of entries.
 */
public class SignInThrottle {

    static final int FREE_TRIES_PER_ACCOUNT = 5;
    static final int FREE_TRIES_PER_ADDRESS = 20;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    private static final int MOST_ENTRIES = 100_000;

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(1_024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MOST_ENTRIES;
        }
    };

    public SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long a sign-in for {@code account} from {@code address} must still wait; zero when it may try now. */
    public synchronized Duration waitBefore(String account, String address) {
        Instant now = clock.instant();
        Duration forAccount = remaining(accountKey(account), now);
        Duration forAddress = remaining(addressKey(address), now);
        return forAccount.compareTo(forAddress) >= 0 ? forAccount : forAddress;
    }

    /**
     * A try for {@code account} from {@code address}: how long it must still wait (then it is not
     * counted), or zero, when it may go on and is counted as failed until {@link #succeeded} says
     * otherwise.
     */
    public synchronized Duration attempt(String account, String address) {
        Duration wait = waitBefore(account, address);
        if (wait.isZero()) {
            failed(account, address);
        }
        return wait;
    }

    /** Counts a failed try for {@code account} from {@code address}. */
    public synchronized void failed(String account, String address) {
        Instant now = clock.instant();
        count(accountKey(account), FREE_TRIES_PER_ACCOUNT, now);
        count(addressKey(address), FREE_TRIES_PER_ADDRESS, now);
    }

    /** A try let through by {@link #attempt} succeeded: the account starts afresh, and the address gets its try back. */
    public synchronized void succeeded(String account, String address) {
        failures.remove(accountKey(account));
        String key = addressKey(address);
        Failures entry = failures.get(key);
        if (entry != null) {
            if (entry.count() <= 1) {
                failures.remove(key);
            } else {
                failures.put(key, new Failures(entry.count() - 1, entry.last(), entry.notBefore()));
            }
        }
    }

    private Duration remaining(String key, Instant now) {
        Failures entry = failures.get(key);
        if (entry == null || entry.notBefore().isBefore(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, entry.notBefore());
    }

    private void count(String key, int freeTries, Instant now) {
        Failures entry = failures.get(key);
        int count = entry == null || entry.last().plus(FORGET_AFTER).isBefore(now) ? 1 : entry.count() + 1;
        Duration wait = Duration.ZERO;
        if (count > freeTries) {
            int doublings = Math.min(count - freeTries - 1, 20);
            wait = Duration.ofSeconds(1L << doublings);
            if (wait.compareTo(LONGEST_WAIT) > 0) {
                wait = LONGEST_WAIT;
            }
        }
        failures.put(key, new Failures(count, now, now.plus(wait)));
    }

    private static String accountKey(String account) {
        return "account:" + (account == null ? "" : account.strip().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + (address == null ? "" : network(address));
    }

    /** An IPv6 address's /64 network, or the address as it is (an IPv4 address, or anything else). */
    private static String network(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            // A literal with a colon is never looked up in DNS.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private record Failures(int count, Instant last, Instant notBefore) {
    }
}
