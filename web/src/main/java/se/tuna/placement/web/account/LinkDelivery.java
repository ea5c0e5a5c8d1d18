package se.tuna.placement.web.account;

import java.net.URI;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import se.tuna.placement.access.signin.Credentials.LinkPurpose;
import se.tuna.placement.access.signin.IssuedLink;
import se.tuna.placement.web.config.ElasticsearchProperties;

/**
 * Gets a one-time link to the supervisor it is for. With a mail server configured
 * ({@code spring.mail.host}) the link is e-mailed, built on the configured public address
 * ({@code tuna.public-url}), never on what a request claims its host is. Without one, a link a
 * coordinator made is given back to them to pass on.
 *
 * <p>A link is a secret that opens an account, so the log says a link was made and for which
 * account, never the link itself. The one exception is a link that has nowhere else to go: one
 * asked for on the "forgotten password" page of the embedded default without a mail server, the
 * platform tried out on one machine, whose log the person who started it reads. An installation on
 * a configured cluster never logs a link: without mail, its supervisors ask their coordinator.
 */
@Component
public class LinkDelivery {

    private static final Logger log = LoggerFactory.getLogger(LinkDelivery.class);
    private static final String SET_PASSWORD_PAGE = "/konto/losenord";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", Locale.forLanguageTag("sv-SE"))
            .withZone(ZoneId.of("Europe/Stockholm"));

    private final JavaMailSender mail;
    private final boolean logsLinks;
    private final URI publicUrl;
    private final String from;

    LinkDelivery(ObjectProvider<JavaMailSender> mail, ElasticsearchProperties elasticsearch,
            @Value("${tuna.public-url:}") String publicUrl, @Value("${tuna.mail.from:}") String from) {
        this.mail = mail.getIfAvailable();
        this.logsLinks = this.mail == null && elasticsearch.embedded();
        this.publicUrl = publicUrl.isBlank() ? null : URI.create(publicUrl);
        this.from = from;
        if (this.mail != null && (this.publicUrl == null || from.isBlank())) {
            throw new IllegalStateException("With a mail server configured, set TUNA_PUBLIC_URL (the address supervisors reach "
                    + "the platform at) and TUNA_MAIL_FROM, so the links in the e-mails are right");
        }
    }

    /** Whether links go by e-mail (else they are shown to the coordinator). */
    public boolean mails() {
        return mail != null;
    }

    /**
     * Whether a link asked for on the "forgotten password" page reaches anyone: by mail, or on the
     * embedded default through its log. Otherwise it is better not made, as it would only end an
     * older one.
     */
    public boolean reachesWhoeverAsked() {
        return mail != null || logsLinks;
    }

    /**
     * Sends a link a coordinator made, or returns it to be shown to them.
     *
     * @param link    the link just issued
     * @param shownTo the address the signed-in coordinator's request came to, for a link shown to
     *                them when no public address is configured
     * @return the link when it is to be shown; {@code null} when it was mailed
     */
    public String deliver(IssuedLink link, URI shownTo) {
        if (mail == null) {
            log.info("Made a one-time link ({}) for supervisor account {}, to be shown to the coordinator", purpose(link),
                    link.accountId());
            return url(publicUrl != null ? publicUrl : shownTo, link);
        }
        mail(link);
        return null;
    }

    /**
     * Sends a link asked for on the "forgotten password" page: mailed, or on the embedded default
     * without a mail server written to its log. Never shown to whoever asked, who may not be the
     * account's owner, nor built on what a signed-out request says its host is.
     */
    public void deliverAskedFor(IssuedLink link) {
        if (mail != null) {
            mail(link);
        } else if (logsLinks) {
            log.info("One-time link ({}) for supervisor account {}, no mail server configured: {}", purpose(link), link.accountId(),
                    publicUrl != null ? url(publicUrl, link) : path(link));
        } else {
            throw new IllegalStateException("A link asked for would reach nobody: check reachesWhoeverAsked() first");
        }
    }

    private void mail(IssuedLink link) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(link.email());
        message.setSubject(link.purpose() == LinkPurpose.INVITATION ? "Inbjudan till TUNA Platsbanken"
                : "Nytt lösenord till TUNA Platsbanken");
        message.setText(text(link, url(publicUrl, link)));
        mail.send(message);
        log.info("Mailed a one-time link ({}) to supervisor account {}", purpose(link), link.accountId());
    }

    private static String purpose(IssuedLink link) {
        return link.purpose().name().toLowerCase(Locale.ROOT);
    }

    private static String url(URI base, IssuedLink link) {
        return UriComponentsBuilder.fromUri(base).replacePath(SET_PASSWORD_PAGE).replaceQuery(null)
                .queryParam("lank", link.token()).build().toUriString();
    }

    /** The link without a host, for the log: whoever reads it knows where the service is. */
    private static String path(IssuedLink link) {
        return UriComponentsBuilder.fromPath(SET_PASSWORD_PAGE).queryParam("lank", link.token()).build().toUriString();
    }

    private static String text(IssuedLink link, String url) {
        String intro = link.purpose() == LinkPurpose.INVITATION
                ? "Du har bjudits in som handledare till TUNA Platsbanken, där ni anmäler och håller era arbetsträningsplatser aktuella."
                : "Någon (förhoppningsvis du) har bett om ett nytt lösenord till TUNA Platsbanken.";
        return intro + "\n\nVälj ditt lösenord här:\n" + url + "\n\nLänken fungerar en gång och gäller till "
                + WHEN.format(link.expiresAt()) + ".\nHar du inte väntat dig det här kan du bortse från mejlet.\n";
    }
}
