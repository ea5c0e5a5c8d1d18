package se.tuna.placement.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.javamail.JavaMailSender;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.IssuedLink;
import se.tuna.placement.web.config.ElasticsearchProperties;

/**
 * Without a mail server a link a coordinator made is shown to them and never logged. A link asked
 * for on the "forgotten password" page is written to the log only on the embedded default, where
 * whoever started the service reads its log; on a configured cluster it reaches nobody and is not
 * made. (With a mail server, the log test sends the links.)
 */
@ExtendWith(OutputCaptureExtension.class)
class LinkDeliveryTest {

    private static final IssuedLink LINK = new IssuedLink("konto-1", "anna@example.se", LinkPurpose.RESET,
            "konto-1.hemlighetTillKontot", Instant.parse("2026-12-24T12:00:00Z"));
    private static final URI COORDINATORS_ADDRESS = URI.create("https://tuna.kommun.example");
    private static final List<URI> CLUSTER = List.of(URI.create("https://es.kommun.example:9200"));
    private static final List<URI> EMBEDDED = List.of();

    @Test
    void aLinkShownToTheCoordinatorIsNotLogged(CapturedOutput log) {
        for (List<URI> store : List.of(CLUSTER, EMBEDDED)) {
            String shown = withoutMail(store).deliver(LINK, COORDINATORS_ADDRESS);

            assertThat(shown).isEqualTo("https://tuna.kommun.example/konto/losenord?lank=konto-1.hemlighetTillKontot");
        }
        assertThat(log.getAll()).contains("Made a one-time link (reset) for supervisor account konto-1")
                .doesNotContain("hemlighetTillKontot");
    }

    @Test
    void onTheEmbeddedDefaultALinkAskedForIsLoggedForWhoeverStartedIt(CapturedOutput log) {
        LinkDelivery delivery = withoutMail(EMBEDDED);

        delivery.deliverAskedFor(LINK);

        assertThat(delivery.reachesWhoeverAsked()).isTrue();
        assertThat(log.getAll()).contains("/konto/losenord?lank=konto-1.hemlighetTillKontot");
    }

    @Test
    void onAConfiguredClusterALinkAskedForReachesNobodyAndIsNeverLogged(CapturedOutput log) {
        LinkDelivery delivery = withoutMail(CLUSTER);

        assertThat(delivery.reachesWhoeverAsked()).isFalse();
        assertThatThrownBy(() -> delivery.deliverAskedFor(LINK)).isInstanceOf(IllegalStateException.class);
        assertThat(log.getAll()).doesNotContain("hemlighetTillKontot");
    }

    private static LinkDelivery withoutMail(List<URI> clusterNodes) {
        return new LinkDelivery(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new ElasticsearchProperties(clusterNodes, null, null, null, null, null, null, null), "", "");
    }
}
