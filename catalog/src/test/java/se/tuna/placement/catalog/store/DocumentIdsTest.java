package se.tuna.placement.catalog.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DocumentIdsTest {

    @Test
    void anIdOfUpTo512BytesCanExist() {
        assertThat(DocumentIds.canExist("x".repeat(512))).isTrue();
        assertThat(DocumentIds.canExist("a")).isTrue();
    }

    @Test
    void anIdPast512BytesCannotEvenWhenItHasFewerCharacters() {
        assertThat(DocumentIds.canExist("x".repeat(513))).isFalse();
        // 300 characters, 600 bytes in UTF-8.
        assertThat(DocumentIds.canExist("å".repeat(300))).isFalse();
    }

    @Test
    void anEmptyOrMissingIdCannotExist() {
        assertThat(DocumentIds.canExist("")).isFalse();
        assertThat(DocumentIds.canExist(null)).isFalse();
    }
}
