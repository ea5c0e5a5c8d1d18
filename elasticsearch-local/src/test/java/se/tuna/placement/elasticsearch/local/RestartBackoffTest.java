package se.tuna.placement.elasticsearch.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import se.tuna.placement.elasticsearch.local.SupervisedNode.RestartBackoff;

class RestartBackoffTest {

    @Test
    void theWaitDoublesFromTheFirstUpToTheCap() {
        RestartBackoff backoff = new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMinutes(5));

        assertThat(backoff.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(backoff.delay(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(backoff.delay(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(backoff.delay(10_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void aCapBelowTheFirstWaitIsRefused() {
        assertThatThrownBy(() -> new RestartBackoff(Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
