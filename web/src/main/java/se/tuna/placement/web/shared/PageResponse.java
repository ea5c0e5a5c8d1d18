package se.tuna.placement.web.shared;

import java.util.List;
import java.util.function.Function;

import se.tuna.placement.catalog.domain.Page;

/**
 * One page of results.
 *
 * @param items the results on this page
 * @param total how many results there are in all
 * @param page  zero-based page number
 * @param size  page size
 * @param <T>   result type
 */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    public static <D, T> PageResponse<T> of(Page<D> page, Function<D, T> mapping) {
        return new PageResponse<>(page.items().stream().map(mapping).toList(), page.total(), page.page(), page.size());
    }
}
