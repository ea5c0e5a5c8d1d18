package se.tuna.placement.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.tuna.placement.catalog.store.ElasticsearchCalls.VersionConflictException;
import se.tuna.placement.elasticsearch.local.ElasticsearchExtension;
import se.tuna.placement.elasticsearch.local.RealElasticsearch;

/**
 * A create the client sent twice (to the next node, when the first died before answering)
 * finds its own earlier attempt and is done; a create that finds someone else's document under
 * the id is still a conflict.
 */
@RealElasticsearch
class CreateOnceIntegrationTest {

    record Note(String id, String text, Instant createdAt) {
    }

    private final ElasticsearchClient client =
            ElasticsearchClientFactory.create(ElasticsearchConnection.local(ElasticsearchExtension.httpUri()));
    private final String index = ElasticsearchExtension.indexPrefix(CreateOnceIntegrationTest.class) + "notes";

    @AfterEach
    void closeClient() throws IOException {
        client._transport().close();
    }

    @Test
    void theSameDocumentAgainIsDoneAndAnotherIsAConflict() {
        Note note = new Note("note-1", "Första försöket", Instant.now());
        ElasticsearchCalls.createOnce(client, index, note.id(), note, Refresh.True, () -> create(note));
        // The same write again, as the client's retry on another node would send it.
        ElasticsearchCalls.createOnce(client, index, note.id(), note, Refresh.True, () -> create(note));

        Note someoneElses = new Note("note-1", "Första försöket", note.createdAt().plusMillis(1));
        assertThatThrownBy(() -> ElasticsearchCalls.createOnce(client, index, note.id(), someoneElses, Refresh.True, () -> create(someoneElses)))
                .isInstanceOf(VersionConflictException.class);
        assertThat(ElasticsearchCalls.call(() -> client.get(g -> g.index(index).id(note.id()), Note.class)).source())
                .isEqualTo(note);
    }

    @Test
    void theRecognisedEarlierAttemptIsMadeVisibleAsTheCallerAsked() throws IOException {
        String slow = index + "-unrefreshed";
        // No refresh of its own: a document is searchable only after a refresh someone asks for.
        client.indices().create(c -> c.index(slow).settings(s -> s.refreshInterval(t -> t.time("-1"))));
        Note note = new Note("note-2", "Sparad men inte synlig", Instant.now());
        // The first attempt was stored, but its answer was lost before it could refresh.
        client.create(c -> c.index(slow).id(note.id()).document(note).refresh(Refresh.False));
        assertThat(count(slow)).as("not searchable yet").isZero();

        ElasticsearchCalls.createOnce(client, slow, note.id(), note, Refresh.True,
                () -> client.create(c -> c.index(slow).id(note.id()).document(note).refresh(Refresh.True)));
        assertThat(count(slow)).as("searchable at once, as Refresh.True asks").isEqualTo(1);

        Note another = new Note("note-3", "Väntar på nästa uppdatering", Instant.now());
        client.create(c -> c.index(slow).id(another.id()).document(another).refresh(Refresh.False));
        ElasticsearchCalls.createOnce(client, slow, another.id(), another, Refresh.WaitFor,
                () -> client.create(c -> c.index(slow).id(another.id()).document(another).refresh(Refresh.WaitFor)));
        assertThat(count(slow)).as("searchable on return, as Refresh.WaitFor asks").isEqualTo(2);
    }

    private long count(String in) throws IOException {
        return client.count(c -> c.index(in)).count();
    }

    private Object create(Note note) throws IOException {
        return client.create(c -> c.index(index).id(note.id()).document(note).refresh(Refresh.True));
    }
}
