package se.tuna.placement.catalog.domain;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a longer list.
 *
 * @param items the items on this page
 * @param total how many there are in all
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param <T>   item type
 */
public record Page<T>(List<T> items, long total, int page, int size) {

    public Page {
        items = List.copyOf(items);
    }

    public <R> Page<R> map(Function<T, R> mapping) {
        return new Page<>(items.stream().map(mapping).toList(), total, page, size);
    }
}
