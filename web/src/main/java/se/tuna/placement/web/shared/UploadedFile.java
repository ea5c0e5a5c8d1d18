package se.tuna.placement.web.shared;

import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import reactor.core.publisher.Mono;
import se.tuna.placement.catalog.error.InvalidInputException;

/** The bytes of a file sent in a multipart request, as the imports read them. */
public final class UploadedFile {

    private UploadedFile() {
    }

    /**
     * The file's bytes; a part without a file name is a form field, not a file, and is refused (422
     * {@code file}). The multipart reader has kept the file within
     * {@code spring.webflux.multipart.max-disk-usage-per-part} (413 past it).
     */
    public static Mono<byte[]> bytesOf(Part file) {
        if (!(file instanceof FilePart)) {
            return Mono.error(InvalidInputException.of("file", "must be a file, sent with its file name"));
        }
        return DataBufferUtils.join(file.content()).map(buffer -> {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            DataBufferUtils.release(buffer);
            return bytes;
        });
    }
}
