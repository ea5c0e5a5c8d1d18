package se.tuna.placement.web.shared;

import java.nio.file.Path;

import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.error.InvalidInputException;
import se.tuna.placement.catalog.importer.SheetFile;

/**
 * A file sent in a multipart request, as the imports read it: spooled to a private temporary file
 * ({@link SheetFile}), never gathered in memory, so a large sheet can be read as a stream. A part without
 * a file name is a form field, not a file, and is refused (422 {@code file}). The multipart reader has kept
 * the file within {@code spring.webflux.multipart.max-disk-usage-per-part} (413 past it).
 */
public final class UploadedFile {

    private UploadedFile() {
    }

    /** Reads the file with a blocking call (off the event loop) and deletes it after, whatever happens. */
    @FunctionalInterface
    public interface Reading<T> {
        T read(Path file) throws Exception;
    }

    /** The file spooled to disk, then {@code reading} run on it off the event loop; the file is deleted after. */
    public static <T> Mono<T> read(Part file, Reading<T> reading) {
        return Mono.usingWhen(spooled(file), sheet -> Blocking.call(() -> reading.read(sheet.path())),
                sheet -> Blocking.run(sheet::close));
    }

    /** The file spooled to disk; whoever takes it closes it, which deletes it. */
    public static Mono<SheetFile> spooled(Part file) {
        if (!(file instanceof FilePart filePart)) {
            return Mono.error(InvalidInputException.of("file", "must be a file, sent with its file name"));
        }
        return Blocking.call(SheetFile::create).flatMap(sheet -> filePart.transferTo(sheet.path()).thenReturn(sheet)
                .doOnError(failed -> sheet.close())
                .doOnCancel(sheet::close));
    }
}
