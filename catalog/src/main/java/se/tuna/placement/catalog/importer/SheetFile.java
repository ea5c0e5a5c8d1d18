package se.tuna.placement.catalog.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An uploaded sheet (kalkylark) spooled to a temporary file, so it is read as a stream from disk and never
 * held in memory whole. It holds personal data: only the service's own user may read it, and it is deleted
 * when closed.
 */
public final class SheetFile implements AutoCloseable {

    private final Path path;

    private SheetFile(Path path) {
        this.path = path;
    }

    /** A new, empty file readable and writable by the service's user alone. */
    public static SheetFile create() {
        try {
            Path path = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                    ? Files.createTempFile("tuna-sheet-", ".upload",
                            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile("tuna-sheet-", ".upload");
            return new SheetFile(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary file for an upload", e);
        }
    }

    /**
     * The stream copied to a new file, at most one byte past {@link SheetReader#MOST_BYTES} (the reader
     * refuses a file that large), so a huge stream never fills the disk.
     */
    public static SheetFile copyOf(InputStream input) {
        SheetFile file = create();
        try (OutputStream out = Files.newOutputStream(file.path)) {
            byte[] buffer = new byte[64 * 1024];
            long left = SheetReader.MOST_BYTES + 1L;
            int read;
            while (left > 0 && (read = input.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                out.write(buffer, 0, read);
                left -= read;
            }
            return file;
        } catch (IOException e) {
            file.close();
            throw SheetReader.fileError("could not be read: " + e.getMessage());
        }
    }

    public Path path() {
        return path;
    }

    /** Deletes the file; never throws, since it runs in a finally. */
    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
